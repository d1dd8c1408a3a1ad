"""Every documented snippet that calls the service runs, as pasted, against a server started here.

Fenced `sh`, `python` and `ts` blocks in README.md, every page of docs/ and
clients/python/README.md that call a server (`moderate`, a `ModerationClient`, `grpcurl`)
are executed with MODERATION_TARGET pointing at a local server; a block that cannot run
here (it needs a real TLS deployment, a cluster or a tool the project does not install)
says why in a `<!-- docs-test: skip: REASON -->` line right above it. The Node snippets
run against the built client (clients/node/dist, built by `make test-node`, which
`make test` runs first).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.test_cli import BIN, server_port

ROOT = Path(__file__).resolve().parents[2]
DOCS = (
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
    ROOT / "clients" / "python" / "README.md",
)
NODE_CLIENT = ROOT / "clients" / "node" / "dist" / "src" / "index.js"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
SKIP = re.compile(r"<!-- docs-test: skip: (.+?) -->\n$")
CALLS_A_SERVER = re.compile(r"\bmoderate\b|ModerationClient|grpcurl")
RUNNABLE = {"sh", "python", "ts"}

__all__ = ["server_port"]  # the fixture: a server on the embedded default, on loopback


@dataclass(frozen=True)
class Snippet:
    doc: Path
    line: int
    lang: str
    code: str
    skip: str | None

    @property
    def id(self) -> str:
        return f"{self.doc.relative_to(ROOT)}:{self.line}"


def snippets() -> Iterator[Snippet]:
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            lang, code = match.group(1), match.group(2)
            if lang not in RUNNABLE or not CALLS_A_SERVER.search(code):
                continue
            skip = SKIP.search(text, 0, match.start())
            reason = skip.group(1) if skip and skip.end() == match.start() else None
            yield Snippet(doc, text.count("\n", 0, match.start()) + 1, lang, code, reason)


SNIPPETS = list(snippets())


def test_the_snippets_are_found_and_every_skip_says_why() -> None:
    langs = {s.lang for s in SNIPPETS if s.skip is None}
    assert langs == {"sh", "python", "ts"}, SNIPPETS
    readme = {s.lang for s in SNIPPETS if s.skip is None and s.doc == ROOT / "README.md"}
    assert readme == {"sh", "python", "ts"}, "the README shows each client, runnable"
    assert all(len(s.skip) > 20 for s in SNIPPETS if s.skip is not None)


def env_for(port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MODERATION_")}
    env["MODERATION_TARGET"] = f"127.0.0.1:{port}"
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


def command(snippet: Snippet, workdir: Path) -> list[str]:
    if snippet.lang == "sh":
        return ["bash", "-euo", "pipefail", "-c", snippet.code]
    if snippet.lang == "python":
        return [sys.executable, "-c", snippet.code]
    if shutil.which("node") is None or not NODE_CLIENT.exists():
        pytest.skip("the Node client is not built (make test-node builds it)")
    script = workdir / "snippet.mjs"
    script.write_text(
        snippet.code.replace('from "moderation-client"', f'from "{NODE_CLIENT}"'),
        encoding="utf-8",
    )
    return [str(shutil.which("node")), str(script)]


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.id for s in SNIPPETS])
def test_snippet_runs_as_pasted(snippet: Snippet, server_port: int, tmp_path: Path) -> None:
    if snippet.skip is not None:
        pytest.skip(snippet.skip)
    result = subprocess.run(
        command(snippet, tmp_path),
        cwd=tmp_path,
        env=env_for(server_port),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, f"{snippet.id}:\n{result.stdout}\n{result.stderr}"
    assert result.stdout.strip(), f"{snippet.id} printed nothing"
    assert "Traceback" not in result.stderr
