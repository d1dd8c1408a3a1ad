"""The OpenAPI document kept in the repo is the one the contract generates."""

from __future__ import annotations

from moderation.http import openapi
from moderation.http.transcoding import routes


def test_the_kept_document_matches_the_proto() -> None:
    assert openapi.FILE.read_text(encoding="utf-8") == openapi.render(), (
        "run python -m moderation.http.openapi --write"
    )


def test_every_annotated_rpc_has_an_operation() -> None:
    document = openapi.document()
    operations = {op["operationId"] for path in document["paths"].values() for op in path.values()}
    assert operations == {f"ModerationService_{r.name}" for r in routes()}
    assert len(operations) == 12


def test_resource_names_are_path_parameters_with_their_pattern() -> None:
    [parameter] = openapi.document()["paths"]["/v1/{name}:cancel"]["post"]["parameters"]
    assert parameter["schema"]["pattern"] == "^jobs/[^/]+$"
