"""The Kubernetes manifests against the real Kubernetes schemas (shipped in kubernetes-validate)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from moderation.config import ENV_PREFIX, Settings

K8S = Path(__file__).resolve().parents[2] / "k8s"
VERSION = "1.37.0"
MANIFESTS = sorted(K8S.glob("*.yaml"))


def load(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.name)
def test_manifest_is_valid_against_the_schema(path: Path) -> None:
    for doc in load(path):
        kubernetes_validate.validate(doc, VERSION, strict=True)


def test_the_validator_rejects_a_misspelled_field() -> None:
    [deployment] = load(K8S / "deployment.yaml")
    deployment["spec"]["replica"] = deployment["spec"].pop("replicas")
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, VERSION, strict=True)


def test_configmap_only_sets_known_settings() -> None:
    [configmap] = load(K8S / "configmap.yaml")
    known = {ENV_PREFIX + f.name.upper() for f in dataclasses.fields(Settings)}
    assert set(configmap["data"]) <= known
    Settings.load(env=configmap["data"])  # every value parses


def test_probes_and_service_use_the_grpc_port() -> None:
    [deployment] = load(K8S / "deployment.yaml")
    [container] = deployment["spec"]["template"]["spec"]["containers"]
    [configmap] = load(K8S / "configmap.yaml")
    port = int(configmap["data"]["MODERATION_PORT"])
    assert container["ports"][0]["containerPort"] == port
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["grpc"]["port"] == port
    [service] = load(K8S / "service.yaml")
    assert service["spec"]["clusterIP"] == "None"
