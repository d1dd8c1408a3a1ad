"""The OpenAPI 3 document of moderation.v1 over HTTP/JSON, generated from the contract.

Paths come from the RPCs' `google.api.http` annotations (the routes the server
serves), schemas from the messages in proto3 JSON form (lowerCamelCase names,
64-bit integers as strings, enums by name, Timestamps as RFC 3339 strings).
`python -m moderation.http.openapi --write` regenerates moderation/http/openapi.json
(served at /openapi.json); `--check` fails when it is out of date (`make lint`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from google.protobuf import descriptor
from google.protobuf.descriptor import FieldDescriptor as F
from google.rpc import status_pb2

from moderation.http.transcoding import NDJSON, SERVICE, VARIABLE, Route, routes

FILE = Path(__file__).with_name("openapi.json")
_REF = "#/components/schemas/"
_STATUS = "google.rpc.Status"
_SCALARS: dict[int, dict[str, str]] = {
    F.TYPE_DOUBLE: {"type": "number", "format": "double"},
    F.TYPE_FLOAT: {"type": "number", "format": "float"},
    F.TYPE_INT64: {"type": "string", "format": "int64"},
    F.TYPE_UINT64: {"type": "string", "format": "uint64"},
    F.TYPE_SINT64: {"type": "string", "format": "int64"},
    F.TYPE_FIXED64: {"type": "string", "format": "uint64"},
    F.TYPE_SFIXED64: {"type": "string", "format": "int64"},
    F.TYPE_INT32: {"type": "integer", "format": "int32"},
    F.TYPE_SINT32: {"type": "integer", "format": "int32"},
    F.TYPE_SFIXED32: {"type": "integer", "format": "int32"},
    F.TYPE_UINT32: {"type": "integer", "format": "uint32"},
    F.TYPE_FIXED32: {"type": "integer", "format": "uint32"},
    F.TYPE_BOOL: {"type": "boolean"},
    F.TYPE_STRING: {"type": "string"},
    F.TYPE_BYTES: {"type": "string", "format": "byte"},
}
_WELL_KNOWN: dict[str, dict[str, Any]] = {
    "google.protobuf.Timestamp": {"type": "string", "format": "date-time"},
    "google.protobuf.Duration": {"type": "string"},
    "google.protobuf.Any": {
        "type": "object",
        "properties": {"@type": {"type": "string"}},
        "additionalProperties": True,
    },
}


def document() -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    for route in routes():
        _message(route.method.input_type, schemas)
        _message(route.method.output_type, schemas)
        path, aliases = _unique_path(route, paths)
        paths.setdefault(path, {})[route.verb.lower()] = _operation(route, aliases)
    _message(_status_descriptor(), schemas)
    return {
        "openapi": "3.0.3",
        "info": {
            "title": SERVICE.full_name,
            "version": "v1",
            "description": (
                "moderation.v1 over HTTP/JSON (proto3 JSON mapping). Generated from "
                "protos/moderation/v1/moderation.proto by moderation/http/openapi.py; do not "
                "edit. Streaming RPCs take and answer newline-delimited JSON."
            ),
        },
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"bearer": []}],
    }


def _status_descriptor() -> descriptor.Descriptor:
    out: descriptor.Descriptor = status_pb2.Status.DESCRIPTOR
    return out


def _path(template: str) -> str:
    """ "/v1/{name=jobs/*}:cancel" as OpenAPI writes it: "/v1/{name}:cancel"."""
    out, depth, skipping = [], 0, False
    for ch in template:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            skipping = False
        elif ch == "=" and depth:
            skipping = True
            continue
        if not skipping:
            out.append(ch)
    return "".join(out)


def _unique_path(route: Route, paths: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """The route's OpenAPI path, and its variables' names there. Templates that differ only
    in a variable's segments ("/v1/{name=jobs/*}", "/v1/{name=blocklists/*}") would share
    one path: a later one's variables are numbered ("/v1/{name_1}"), as protoc-gen-openapiv2
    numbers them; the segments' pattern tells them apart."""
    variables = [name.replace("__", ".") for name in route.pattern.groupindex]
    path, n, aliases = _path(route.template), 0, {v: v for v in variables}
    while route.verb.lower() in paths.get(path, {}):
        n += 1
        aliases = {v: f"{v}_{n}" for v in variables}
        path = _path(VARIABLE.sub(rf"{{\1_{n}}}", route.template))
    return path, aliases


def _operation(route: Route, aliases: dict[str, str]) -> dict[str, Any]:
    method = route.method
    variables = [name.replace("__", ".") for name in route.pattern.groupindex]
    parameters: list[dict[str, Any]] = [
        {"name": aliases[v], "in": "path", "required": True, "schema": _path_schema(route, v)}
        for v in variables
    ]
    for parameter, v in zip(parameters, variables, strict=True):
        if parameter["name"] != v:
            parameter["description"] = f"The request's {v} field."
    if route.body != "*" and not method.client_streaming:
        for field in method.input_type.fields:
            if field.name in variables or field.name == route.body or field.type == F.TYPE_MESSAGE:
                continue
            parameters.append({"name": field.json_name, "in": "query", "schema": _field(field, {})})
    operation: dict[str, Any] = {
        "operationId": f"{SERVICE.name}_{method.name}",
        "tags": [SERVICE.name],
    }
    if parameters:
        operation["parameters"] = parameters
    if route.body or method.client_streaming:
        media = NDJSON if method.client_streaming else "application/json"
        named = method.input_type.fields_by_name.get(route.body)
        body = named.message_type if named is not None else None
        body = body or method.input_type
        operation["requestBody"] = {
            "required": True,
            "content": {media: {"schema": {"$ref": _REF + body.full_name}}},
        }
    answer = NDJSON if method.server_streaming else "application/json"
    operation["responses"] = {
        "200": {
            "description": "OK" + (" (one message a line)" if method.server_streaming else ""),
            "content": {answer: {"schema": {"$ref": _REF + method.output_type.full_name}}},
        },
        "default": {
            "description": "An error, as a google.rpc.Status",
            "content": {"application/json": {"schema": {"$ref": _REF + _STATUS}}},
        },
    }
    return operation


def _path_schema(route: Route, variable: str) -> dict[str, Any]:
    """A path variable's schema; one bound to segments ("jobs/*") says so in a pattern."""
    for match in VARIABLE.finditer(route.template):
        if match.group(1) == variable and match.group(2):
            segments = ("[^/]+" if s == "*" else s for s in match.group(2).split("/"))
            return {"type": "string", "pattern": "^" + "/".join(segments) + "$"}
    return {"type": "string"}


def _message(message: descriptor.Descriptor, schemas: dict[str, Any]) -> None:
    if message.full_name in schemas or message.full_name in _WELL_KNOWN:
        return
    schema: dict[str, Any] = {"type": "object", "properties": {}}
    schemas[message.full_name] = schema  # before the fields: messages may refer to themselves
    for field in message.fields:
        schema["properties"][field.json_name] = _field(field, schemas)


def _field(field: descriptor.FieldDescriptor, schemas: dict[str, Any]) -> dict[str, Any]:
    entry = field.message_type
    if entry is not None and entry.GetOptions().map_entry:
        value = entry.fields_by_name["value"]
        return {"type": "object", "additionalProperties": _single(value, schemas)}
    single = _single(field, schemas)
    if field.is_repeated:
        return {"type": "array", "items": single}
    return single


def _single(field: descriptor.FieldDescriptor, schemas: dict[str, Any]) -> dict[str, Any]:
    if field.enum_type is not None:
        return {"type": "string", "enum": [v.name for v in field.enum_type.values]}
    if field.message_type is not None:
        name = field.message_type.full_name
        if name in _WELL_KNOWN:
            known: dict[str, Any] = dict(_WELL_KNOWN[name])
            return known
        _message(field.message_type, schemas)
        return {"$ref": _REF + name}
    return dict(_SCALARS[field.type])


def render() -> str:
    return json.dumps(document(), indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", action="store_true", help=f"regenerate {FILE.name}")
    action.add_argument("--check", action="store_true", help="fail if it is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.write:
        FILE.write_text(text, encoding="utf-8")
        return 0
    if FILE.read_text(encoding="utf-8") != text:
        print(
            f"{FILE} does not match the proto: run python -m moderation.http.openapi --write",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
