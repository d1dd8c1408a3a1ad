"""Size of what a runtime install holds: a fresh venv, `pip install ./clients/python .`, no extras.

    python bench/runtime_size.py [--keep DIR] [--top 15] [--limit-mb 400]

Builds the venv in a temporary directory (or DIR), installs this project and the client
distribution it requires (clients/python) into it from a copy of the source (so the work
tree gets no build/ or egg-info), then prints the total size of site-packages, its largest
top-level entries, and any package that the runtime must not hold (torch, transformers,
scikit-learn, scipy, opencv). Exits 1 when one is there or the total is over --limit-mb.
pip's cache is used; only the venv is measured.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = (
    "torch",
    "transformers",
    "scikit-learn",
    "scipy",
    "opencv-python",
    "opencv-python-headless",
    "opencv-contrib-python",
)
# What `pip install .` reads: the package sources and packaging files (no venvs or caches).
SOURCES = ("pyproject.toml", "README.md", "moderation", "clients")
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache", "*.egg-info", "build")


def du(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(venv: Path) -> Path:
    src = venv.parent / "src"
    src.mkdir(parents=True, exist_ok=True)
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=IGNORE, dirs_exist_ok=True)
        else:
            shutil.copy2(path, src / name)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
    subprocess.run([*pip, str(src / "clients" / "python"), str(src)], check=True)
    (site,) = (venv / "lib").glob("python*/site-packages")
    return site


def installed(venv: Path) -> set[str]:
    out = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "list", "--format=freeze"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {line.split("==")[0].lower().replace("_", "-") for line in out.splitlines() if line}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a temp dir)")
    parser.add_argument("--top", type=int, default=15, help="largest entries to list")
    parser.add_argument("--limit-mb", type=float, default=400.0, help="fail above this size")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="runtime-size-") as tmp:
        base = args.keep or Path(tmp)
        venv = base / "venv"
        start = time.monotonic()
        site = build(venv)
        took = time.monotonic() - start
        entries = sorted(((du(p), p.name) for p in site.iterdir()), reverse=True)
        total = sum(size for size, _ in entries)
        bad = sorted(set(FORBIDDEN) & installed(venv))
        print(
            f"pip install ./clients/python . (no extras), "
            f"Python {sys.version.split()[0]}, {took:.0f} s"
        )
        print(f"site-packages: {total / 1e6:.0f} MB ({site})")
        print(f"largest {args.top}:")
        for size, name in entries[: args.top]:
            print(f"  {size / 1e6:8.1f} MB  {name}")
        print(f"forbidden packages present: {', '.join(bad) or 'none'}")
    return 1 if bad or total > args.limit_mb * 1e6 else 0


if __name__ == "__main__":
    sys.exit(main())
