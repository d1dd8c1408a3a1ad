"""Imports run down the floors: what calls the model never reaches up to what batches or serves.

`moderation/upstream/` (pacing, budget, breaker, error kinds, warm-up, token estimates)
and `moderation/backends/` are used by the batcher, the engine and the transports; an
import the other way would tie a backend to the batcher's internals (as the haiku
backend once imported `estimate_tokens` from the batcher). Read from the source with
`ast`, so an import inside a function or under TYPE_CHECKING counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import moderation

PACKAGE = Path(moderation.__file__).parent
LOWER_FLOORS = ("backends", "upstream")
UPPER_FLOORS = (
    "moderation.batching",
    "moderation.engine",
    "moderation.transport",
    "moderation.server",
)


def _module_name(path: Path, root: Path = PACKAGE.parent) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, root: Path = PACKAGE.parent) -> set[str]:
    """Every module `path` imports, absolute, with `from a import b` counted as `a.b` too."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path, root)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def reaches_up(module: str) -> bool:
    return any(module == up or module.startswith(up + ".") for up in UPPER_FLOORS)


def lower_floor_files() -> list[Path]:
    return sorted(p for floor in LOWER_FLOORS for p in (PACKAGE / floor).rglob("*.py"))


def test_the_lower_floors_are_found() -> None:
    names = {_module_name(p) for p in lower_floor_files()}
    assert {"moderation.upstream.pacing", "moderation.backends.haiku.backend"} <= names


@pytest.mark.parametrize("path", lower_floor_files(), ids=_module_name)
def test_backends_and_upstream_import_nothing_above_them(path: Path) -> None:
    upward = sorted(m for m in imported_modules(path) if reaches_up(m))
    assert upward == [], f"{_module_name(path)} imports {upward}"


def test_an_upward_import_is_seen_in_every_form(tmp_path: Path) -> None:
    """The check itself: absolute, `from moderation import x`, nested and relative imports."""
    floor = tmp_path / "moderation" / "backends"
    floor.mkdir(parents=True)
    cases = {
        "from moderation.batching import estimate_tokens": "moderation.batching",
        "from moderation import engine": "moderation.engine",
        "import moderation.transport.servicer": "moderation.transport.servicer",
        "def f():\n    from ..server import serve": "moderation.server",
    }
    for source, module in cases.items():
        path = floor / "probe.py"
        path.write_text(source + "\n", encoding="utf-8")
        seen = {m for m in imported_modules(path, tmp_path) if reaches_up(m)}
        assert module in seen, source
