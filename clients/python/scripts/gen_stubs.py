"""Writes the client's committed stubs, moderation_client/v1/, from protos/moderation/v1/.

    python clients/python/scripts/gen_stubs.py [--out DIR]     # `make gen` runs it

The stubs are committed, not built by a packaging hook: `pip install ./clients/python` (or
from an sdist, a git URL or a wheel) then needs neither `protos/` (outside the client's
directory, so absent from its sdist) nor grpcio-tools at build time, and installs exactly the
three runtime packages. tests/unit/test_client_stubs.py regenerates them and fails when they
differ from protos/.

The proto keeps its own file name and package (`moderation/v1/moderation.proto`,
`moderation.v1`), so the server's stubs and these register the same descriptors and can
share a process; only the Python import root changes, to `moderation_client.v1`.
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
INIT = (
    '"""Generated from protos/moderation/v1 by `make gen` (scripts/gen_stubs.py); do not edit."""\n'
)


def _retarget(text: str) -> str:
    """`moderation.v1` as a Python import root becomes `moderation_client.v1`.

    Only import lines and the module name given to the builder change: the serialized
    descriptor and the wire names ("/moderation.v1.ModerationService/...") stay as they are.
    """
    lines = []
    for line in text.splitlines(keepends=True):
        if line.startswith(("from moderation.v1 ", "import moderation.v1")) or (
            line.startswith("_builder.") and "'moderation.v1." in line
        ):
            lines.append(line.replace("moderation.v1", "moderation_client.v1", 1))
        else:
            lines.append(line)
    return "".join(lines)


def generate(out: Path) -> list[Path]:
    """Generate into `out` (replaced); returns the files written."""
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
            target.write_text(_retarget(path.read_text(encoding="utf-8")), encoding="utf-8")
            written.append(target)
    (out / "__init__.py").write_text(INIT, encoding="utf-8")
    (out / "py.typed").write_text("", encoding="utf-8")
    return [*written, out / "__init__.py", out / "py.typed"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"default {OUT}")
    args = parser.parse_args()
    for path in generate(args.out):
        print(path)


if __name__ == "__main__":
    main()
