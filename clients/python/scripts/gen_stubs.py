"""Writes the committed stubs, the client's and the server's, from protos/moderation/v1/.

    python clients/python/scripts/gen_stubs.py [--out DIR]   # the client's
    python clients/python/scripts/gen_stubs.py --server      # the server's (moderation/v1/)

`make gen` runs both.

The stubs are committed, not built by a packaging hook: `pip install ./clients/python` (or
from an sdist, a git URL or a wheel) then needs neither `protos/` (outside the client's
directory, so absent from its sdist) nor grpcio-tools at build time, and installs exactly the
three runtime packages. tests/unit/test_client_stubs.py regenerates them and fails when they
differ from protos/. The server's stubs are committed too, for the reasons given beside its
package data in pyproject.toml, and checked by the same tests.

The proto keeps its own file name and package (`moderation/v1/moderation.proto`,
`moderation.v1`), so the server's stubs and these register the same descriptors and can
share a process; only the Python import root of the client's changes, to
`moderation_client.v1`.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CLIENT = Path(__file__).resolve().parents[1]
ROOT = CLIENT.parents[1]
PROTOS = ROOT / "protos"
OUT = CLIENT / "moderation_client" / "v1"
PACKAGE = "moderation_client.v1"
SERVER_OUT = ROOT / "moderation" / "v1"
SERVER_PACKAGE = "moderation.v1"
INIT = '"""Generated from protos/moderation/v1 by `make gen` ({script}); do not edit."""\n'


def _retarget(text: str, package: str) -> str:
    """`moderation.v1` as a Python import root becomes `package`.

    Only import lines and the module name given to the builder change: the serialized
    descriptor and the wire names ("/moderation.v1.ModerationService/...") stay as they are.
    """
    lines = []
    for line in text.splitlines(keepends=True):
        if line.startswith(("from moderation.v1 ", "import moderation.v1")) or (
            line.startswith("_builder.") and "'moderation.v1." in line
        ):
            lines.append(line.replace("moderation.v1", package, 1))
        else:
            lines.append(line)
    return "".join(lines)


def generate(out: Path, package: str = PACKAGE) -> list[Path]:
    """Generate into `out` (replaced), importable as `package`; returns the files written."""
    protos = sorted((PROTOS / "moderation" / "v1").glob("*.proto"))
    with tempfile.TemporaryDirectory() as tmp:
        bindir = str(Path(sys.executable).parent)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "grpc_tools.protoc",
                f"-I{PROTOS}",
                f"--python_out={tmp}",
                f"--grpc_python_out={tmp}",
                f"--mypy_out={tmp}",
                f"--mypy_grpc_out={tmp}",
                *map(str, protos),
            ],
            check=True,
            env={"PATH": f"{bindir}:/usr/bin:/bin"},
        )
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        written = []
        for path in sorted((Path(tmp) / "moderation" / "v1").iterdir()):
            target = out / path.name
            text = _retarget(path.read_text(encoding="utf-8"), package)
            target.write_text(text, encoding="utf-8")
            written.append(target)
    # Named from the root of the distribution the stubs belong to.
    script = Path(__file__).resolve().relative_to(CLIENT if package == PACKAGE else ROOT)
    (out / "__init__.py").write_text(INIT.format(script=script), encoding="utf-8")
    (out / "py.typed").write_text("", encoding="utf-8")
    return [*written, out / "__init__.py", out / "py.typed"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"default {OUT}")
    parser.add_argument(
        "--server",
        action="store_true",
        help=f"the server's stubs ({SERVER_PACKAGE}, into {SERVER_OUT} unless --out)",
    )
    args = parser.parse_args()
    if args.server:
        out = SERVER_OUT if args.out == OUT else args.out
        written = generate(out, SERVER_PACKAGE)
    else:
        written = generate(args.out)
    for path in written:
        print(path)


if __name__ == "__main__":
    main()
