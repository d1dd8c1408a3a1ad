"""`moderate --jsonl` input: items read as the file goes, and bad input named by file and line."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from moderation_client.cli import CliError, count_lines, read_jsonl

GOOD = b'{"id": "a", "text": "hello"}\n\n{"prompt": "there", "id": null}\n'


def ids_and_texts(path: Path) -> list[tuple[str, str]]:
    return [(row.item.id, row.item.text) for row in read_jsonl(path)]


@pytest.mark.parametrize("name", ["in.jsonl", "in.jsonl.gz"])
def test_items_take_their_id_else_the_line_number(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(GOOD) if name.endswith(".gz") else GOOD)
    assert ids_and_texts(path) == [("a", "hello"), ("3", "there")]
    assert count_lines(path) == 2


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"text": "ok"}\n{"id": "x"}\n', "in.jsonl:2: no 'text' or 'prompt' string"),
        (b'{"text": "ok"}\n{"text": 3}\n', "in.jsonl:2: no 'text' or 'prompt' string"),
        (b'{"text": "ok"}\n{text: "x"}\n', "in.jsonl:2: not JSON (Expecting property name"),
        (b'{"text": "ok"}\n["x"]\n', "in.jsonl:2: not a JSON object"),
        (b'{"text": "ok"}\n{"text": "\xff"}\n', "in.jsonl:2: not UTF-8"),
    ],
)
def test_a_bad_line_is_named_by_file_and_line(tmp_path: Path, body: bytes, message: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(body)
    with pytest.raises(CliError) as info:
        ids_and_texts(path)
    assert str(info.value).startswith(f"{tmp_path}/{message}")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (gzip.compress(GOOD * 50)[:-30], "Compressed file ended"),
        (GOOD, "Not a gzipped file"),
    ],
)
def test_a_broken_gzip_file_is_named(tmp_path: Path, body: bytes, reason: str) -> None:
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(body)
    for read in (ids_and_texts, count_lines):
        with pytest.raises(CliError) as info:
            read(path)
        assert str(info.value).startswith(f"cannot read {path}: {reason}")


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.jsonl"
    with pytest.raises(CliError) as info:
        count_lines(path)
    assert str(info.value) == f"cannot read {path}: No such file or directory"
