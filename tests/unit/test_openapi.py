"""The OpenAPI document kept in the repo is the one the contract generates."""

from __future__ import annotations

from moderation.http import openapi
from moderation.http.transcoding import SERVICE, routes


def test_the_kept_document_matches_the_proto() -> None:
    assert openapi.FILE.read_text(encoding="utf-8") == openapi.render(), (
        "run python -m moderation.http.openapi --write"
    )


def test_every_annotated_rpc_has_an_operation() -> None:
    document = openapi.document()
    operations = {op["operationId"] for path in document["paths"].values() for op in path.values()}
    assert operations == {f"ModerationService_{r.name}" for r in routes()}
    assert len(operations) == len(SERVICE.methods) == 20  # every RPC has an HTTP route


def test_resource_names_are_path_parameters_with_their_pattern() -> None:
    [parameter] = openapi.document()["paths"]["/v1/{name}:cancel"]["post"]["parameters"]
    assert parameter["schema"]["pattern"] == "^jobs/[^/]+$"


def test_templates_differing_only_in_segments_get_numbered_variables() -> None:
    paths = openapi.document()["paths"]
    (job,) = paths["/v1/{name}"]["get"]["parameters"]
    (blocklist,) = paths["/v1/{name_1}"]["get"]["parameters"]
    assert (job["name"], job["schema"]["pattern"]) == ("name", "^jobs/[^/]+$")
    assert (blocklist["name"], blocklist["schema"]["pattern"]) == ("name_1", "^blocklists/[^/]+$")
    assert paths["/v1/{name_1}"]["delete"]["operationId"] == "ModerationService_DeleteBlocklist"


def test_a_body_bound_to_one_field_is_that_fields_message_and_the_rest_is_query() -> None:
    create = openapi.document()["paths"]["/v1/blocklists"]["post"]
    schema = create["requestBody"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/moderation.v1.Blocklist"}
    assert [(p["name"], p["in"]) for p in create["parameters"]] == [("blocklistId", "query")]
