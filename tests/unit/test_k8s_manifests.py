"""Every kustomize overlay in k8s/, rendered and checked against the real Kubernetes schemas.

Rendering uses tests/kustomize.py (the subset of kustomize these manifests use; see its
docstring for why not the binary); the schemas ship in kubernetes-validate.
"""

from __future__ import annotations

import asyncio
import dataclasses
import socket
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import kubernetes_validate
import pytest

from moderation.config import ENV_PREFIX, Settings
from moderation.observability import PREFIX, serve_prometheus
from moderation.server import build_engine
from moderation.tenants import parse_tenants
from tests.fakes import KeywordBackend
from tests.kustomize import KustomizeError, load_yaml, merge, render

K8S = Path(__file__).resolve().parents[2] / "k8s"
VERSION = "1.37.0"
OVERLAYS = sorted(p.name for p in (K8S / "overlays").iterdir())
# Custom resources: not in the Kubernetes schemas; checked by shape below.
CUSTOM_KINDS = {"ServiceMonitor"}

Object = dict[str, Any]


def overlay(name: str) -> list[Object]:
    return render(K8S / "overlays" / name)


def one(objects: list[Object], kind: str, name: str = "moderation") -> Object:
    [found] = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return found


def container(objects: list[Object]) -> Object:
    [found] = one(objects, "Deployment")["spec"]["template"]["spec"]["containers"]
    return dict(found)


def port_of(c: Object, name: str) -> int:
    [port] = [p["containerPort"] for p in c["ports"] if p["name"] == name]
    return int(port)


def with_servicemonitor(tmp_path: Path, base: str) -> list[Object]:
    """An overlay as a user would write it: one of ours plus the optional ServiceMonitor."""
    (tmp_path / "kustomization.yaml").write_text(
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
        f"resources: [{K8S / 'overlays' / base}]\n"
        f"components: [{K8S / 'components' / 'servicemonitor'}]\n"
    )
    return render(tmp_path)


def test_the_overlays_are_the_documented_three() -> None:
    assert OVERLAYS == ["haiku", "haiku-redis", "local"]


@pytest.mark.parametrize("name", OVERLAYS)
def test_every_rendered_object_is_valid_against_the_schema(name: str) -> None:
    objects = overlay(name)
    assert {o["kind"] for o in objects} >= {
        "ConfigMap",
        "Deployment",
        "Service",
        "HorizontalPodAutoscaler",
        "PodDisruptionBudget",
        "NetworkPolicy",
    }
    for obj in objects:
        kubernetes_validate.validate(obj, VERSION, strict=True)


def test_the_secret_example_is_valid_and_holds_the_key_the_haiku_overlay_reads() -> None:
    [secret] = load_yaml(K8S / "overlays" / "haiku" / "secret.example.yaml")
    kubernetes_validate.validate(secret, VERSION, strict=True)
    refs = [e["secretRef"] for e in container(overlay("haiku"))["envFrom"] if "secretRef" in e]
    assert refs == [{"name": secret["metadata"]["name"]}]  # required, not optional
    assert set(secret["stringData"]) == {"ANTHROPIC_API_KEY"}


def test_the_validator_rejects_a_misspelled_field() -> None:
    deployment = one(overlay("local"), "Deployment")
    deployment["spec"]["template"]["spec"]["topologySpreadConstraint"] = []
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, VERSION, strict=True)


@pytest.mark.parametrize("name", OVERLAYS)
def test_configmap_only_sets_known_settings(name: str) -> None:
    configmap = one(overlay(name), "ConfigMap", "moderation-config")
    known = {ENV_PREFIX + f.name.upper() for f in dataclasses.fields(Settings)}
    assert set(configmap["data"]) <= known
    Settings.load(env=configmap["data"])  # every value parses


@pytest.mark.parametrize(("name", "backend"), [("local", "local"), ("haiku", "haiku")])
def test_each_overlay_picks_its_backend(name: str, backend: str) -> None:
    configmap = one(overlay(name), "ConfigMap", "moderation-config")
    assert Settings.load(env=configmap["data"]).backend == backend


@pytest.mark.parametrize("name", OVERLAYS)
def test_no_replicas_field_fights_the_hpa(name: str) -> None:
    objects = overlay(name)
    scaled = {h["spec"]["scaleTargetRef"]["name"] for h in objects if h["kind"].startswith("Horiz")}
    assert scaled == {"moderation"}
    for deployment in (o for o in objects if o["kind"] == "Deployment"):
        if deployment["metadata"]["name"] in scaled:
            assert "replicas" not in deployment["spec"]


def test_hpa_signal_fits_the_backend() -> None:
    [local] = one(overlay("local"), "HorizontalPodAutoscaler")["spec"]["metrics"]
    assert local["type"] == "Resource" and local["resource"]["name"] == "cpu"
    for name in ("haiku", "haiku-redis"):
        [queued] = one(overlay(name), "HorizontalPodAutoscaler")["spec"]["metrics"]
        assert queued["type"] == "Pods"
        assert queued["pods"]["metric"]["name"] == "moderation_queue_items"


def scrape(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as reply:
        return str(reply.read().decode())


async def test_the_haiku_hpa_metric_is_on_a_real_scrape() -> None:
    [queued] = one(overlay("haiku"), "HorizontalPodAutoscaler")["spec"]["metrics"]
    settings = Settings(host="127.0.0.1", port=0)
    engine = await build_engine(settings, backend=KeywordBackend())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    stop = serve_prometheus(engine.metrics, "127.0.0.1", port)
    try:
        scraped = await asyncio.to_thread(scrape, f"http://127.0.0.1:{port}/metrics")
    finally:
        stop()
        await engine.close()
    name = queued["pods"]["metric"]["name"]
    assert name.startswith(PREFIX)
    assert any(line.split(" ")[0] == name for line in scraped.splitlines()), scraped


@pytest.mark.parametrize("name", OVERLAYS)
def test_pods_are_hardened_and_spread(name: str) -> None:
    for deployment in (o for o in overlay(name) if o["kind"] == "Deployment"):
        pod = deployment["spec"]["template"]["spec"]
        assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["automountServiceAccountToken"] is False
        for c in pod["containers"]:
            assert c["securityContext"]["allowPrivilegeEscalation"] is False
            assert c["securityContext"]["readOnlyRootFilesystem"] is True
    deployment = one(overlay(name), "Deployment")
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    spread = deployment["spec"]["template"]["spec"]["topologySpreadConstraints"]
    assert {s["topologyKey"] for s in spread} == {
        "topology.kubernetes.io/zone",
        "kubernetes.io/hostname",
    }
    for s in spread:
        assert s["labelSelector"]["matchLabels"].items() <= labels.items()


@pytest.mark.parametrize("name", OVERLAYS)
def test_probes_service_and_metrics_use_the_configured_ports(name: str) -> None:
    objects = overlay(name)
    c = container(objects)
    data = one(objects, "ConfigMap", "moderation-config")["data"]
    assert port_of(c, "grpc") == int(data["MODERATION_PORT"])
    assert port_of(c, "metrics") == int(data["MODERATION_METRICS_PORT"])
    assert port_of(c, "http") == int(data["MODERATION_HTTP_PORT"])
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert c[probe]["grpc"]["port"] == port_of(c, "grpc")
    service = one(objects, "Service")
    assert service["spec"]["clusterIP"] == "None"
    assert {p["name"]: p["targetPort"] for p in service["spec"]["ports"]} == {
        "grpc": "grpc",
        "metrics": "metrics",
        "http": "http",
    }


def egress_ports(objects: list[Object]) -> set[int]:
    policies = [
        o
        for o in objects
        if o["kind"] == "NetworkPolicy"
        and o["spec"]["podSelector"]["matchLabels"] == {"app.kubernetes.io/name": "moderation"}
    ]
    return {p["port"] for n in policies for rule in n["spec"]["egress"] for p in rule["ports"]}


def test_network_policies_open_only_what_each_backend_needs() -> None:
    local = overlay("local")
    policy = one(local, "NetworkPolicy")
    assert set(policy["spec"]["policyTypes"]) == {"Ingress", "Egress"}
    ingress = {p["port"] for rule in policy["spec"]["ingress"] for p in rule["ports"]}
    assert ingress == {"grpc", "http", "metrics"}
    assert egress_ports(local) == {53}
    assert egress_ports(overlay("haiku")) == {53, 443}
    assert egress_ports(overlay("haiku-redis")) == {53, 443, 6379}


def secret_env(c: Object) -> dict[str, Object]:
    """The container's variables read from a Secret: name -> its secretKeyRef."""
    return {
        e["name"]: e["valueFrom"]["secretKeyRef"]
        for e in c.get("env", [])
        if "secretKeyRef" in e.get("valueFrom", {})
    }


def redis_secrets() -> dict[str, Object]:
    docs = load_yaml(K8S / "components" / "redis" / "secret.example.yaml")
    return {d["metadata"]["name"]: d for d in docs}


def test_the_redis_overlay_points_the_cache_at_its_redis() -> None:
    objects = overlay("haiku-redis")
    env = secret_env(container(objects))
    ref = env["MODERATION_REDIS_URL"]
    url = urlsplit(redis_secrets()[ref["name"]]["stringData"][ref["key"]])
    service = one(objects, "Service", "moderation-redis")
    [port] = service["spec"]["ports"]
    assert (url.scheme, url.hostname, url.port, url.path) == (
        "rediss",
        service["metadata"]["name"],
        port["port"],
        "/0",
    )
    redis = one(objects, "Deployment", "moderation-redis")
    assert (
        service["spec"]["selector"].items()
        <= redis["spec"]["template"]["metadata"]["labels"].items()
    )
    assert (
        one(overlay("haiku"), "ConfigMap", "moderation-config")["data"]["MODERATION_REDIS_URL"]
        == ""
    )


def test_redis_speaks_tls_only_to_an_acl_user_limited_to_the_service_keys() -> None:
    objects = overlay("haiku-redis")
    secrets = redis_secrets()
    for secret in secrets.values():
        kubernetes_validate.validate(secret, VERSION, strict=True)
    pod = one(objects, "Deployment", "moderation-redis")["spec"]["template"]["spec"]
    [redis] = pod["containers"]
    args = redis["args"]
    flag = {a: args[i + 1] for i, a in enumerate(args) if a.startswith("--")}
    assert flag["--port"] == "0" and flag["--tls-port"] == "6379"
    volumes = {v["name"]: v for v in pod["volumes"]}
    mounts = {m["mountPath"]: volumes[m["name"]] for m in redis["volumeMounts"]}
    acl_dir, acl_file = flag["--aclfile"].rsplit("/", 1)
    acl_secret = mounts[acl_dir]["secret"]
    assert [i["path"] for i in acl_secret["items"]] == [acl_file]
    acl = secrets[acl_secret["secretName"]]["stringData"][acl_file].splitlines()
    assert "user default off" in acl
    [user] = [line.split() for line in acl if line.startswith("user moderation ")]
    assert "~moderation:*" in user and "-@dangerous" in user and "+info" in user
    assert not [t for t in user if t.startswith("~") and t != "~moderation:*"]
    tls_dir = flag["--tls-cert-file"].rsplit("/", 1)[0]
    assert mounts[tls_dir]["secret"]["secretName"] in secrets
    # The service connects as that user, with that password, checking the server's CA.
    c = container(objects)
    env = secret_env(c)
    ref = env["MODERATION_REDIS_URL"]
    url = urlsplit(secrets[ref["name"]]["stringData"][ref["key"]])
    assert url.username == "moderation" and f">{url.password}" in user
    [ca_file] = parse_qs(url.query)["ssl_ca_certs"]
    app_volumes = {
        v["name"]: v for v in one(objects, "Deployment")["spec"]["template"]["spec"]["volumes"]
    }
    app_mounts = {m["mountPath"]: m["name"] for m in c["volumeMounts"]}
    ca_dir, ca_name = ca_file.rsplit("/", 1)
    ca_secret = app_volumes[app_mounts[ca_dir]]["secret"]
    assert ca_secret["secretName"] == mounts[tls_dir]["secret"]["secretName"]
    assert [i["path"] for i in ca_secret["items"]] == [ca_name]
    key = env["MODERATION_CACHE_HMAC_KEY"]
    assert secrets[key["name"]]["stringData"][key["key"]]


def test_the_redis_overlay_shares_one_upstream_budget() -> None:
    data = one(overlay("haiku-redis"), "ConfigMap", "moderation-config")["data"]
    for bucket in ("REQUESTS", "INPUT_TOKENS", "OUTPUT_TOKENS"):
        assert float(data[f"MODERATION_BUDGET_{bucket}_PER_MINUTE"]) > 0
    assert 0 < float(data["MODERATION_BUDGET_LOCAL_SHARE"]) < 1
    alone = one(overlay("haiku"), "ConfigMap", "moderation-config")["data"]
    assert not any(key.startswith("MODERATION_BUDGET_") and float(alone[key]) for key in alone)


@pytest.mark.parametrize("base", ["local", "haiku-redis"])
def test_the_optional_servicemonitor_scrapes_the_metrics_port(tmp_path: Path, base: str) -> None:
    objects = with_servicemonitor(tmp_path, base)
    monitor = one(objects, "ServiceMonitor")
    assert monitor["apiVersion"] == "monitoring.coreos.com/v1"
    service = one(objects, "Service")
    assert (
        monitor["spec"]["selector"]["matchLabels"].items() <= service["metadata"]["labels"].items()
    )
    [endpoint] = monitor["spec"]["endpoints"]
    assert endpoint["port"] in {p["name"] for p in service["spec"]["ports"]}
    for obj in objects:
        if obj["kind"] not in CUSTOM_KINDS:
            kubernetes_validate.validate(obj, VERSION, strict=True)


# --- the renderer itself -------------------------------------------------------------


def test_strategic_merge_merges_named_lists_and_replaces_others() -> None:
    base = {
        "containers": [{"name": "a", "image": "x", "args": ["1", "2"]}, {"name": "b"}],
        "metrics": [{"type": "Resource"}],
        "data": {"keep": "1", "drop": "2"},
    }
    patch = {
        "containers": [{"name": "a", "args": ["3"]}, {"name": "c"}],
        "metrics": [{"type": "Pods"}],
        "data": {"drop": None, "new": "3"},
    }
    assert merge(base, patch) == {
        "containers": [{"name": "a", "image": "x", "args": ["3"]}, {"name": "b"}, {"name": "c"}],
        "metrics": [{"type": "Pods"}],
        "data": {"keep": "1", "new": "3"},
    }


def test_the_renderer_refuses_what_it_does_not_implement(tmp_path: Path) -> None:
    (tmp_path / "kustomization.yaml").write_text(
        f"resources: [{K8S / 'base'}]\nnamePrefix: prod-\n"
    )
    with pytest.raises(KustomizeError, match="namePrefix"):
        render(tmp_path)


def test_a_patch_without_a_target_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "kustomization.yaml").write_text(
        f"resources: [{K8S / 'base'}]\npatches: [{{path: p.yaml}}]\n"
    )
    (tmp_path / "p.yaml").write_text("kind: ConfigMap\nmetadata: {name: nope}\ndata: {}\n")
    with pytest.raises(KustomizeError, match="not found"):
        render(tmp_path)


@pytest.mark.parametrize("name", OVERLAYS)
def test_the_data_dir_is_a_mounted_volume(name: str) -> None:
    objects = overlay(name)
    data = one(objects, "ConfigMap", "moderation-config")["data"]
    settings = Settings.load(env=data)
    assert settings.data_dir is not None
    c = container(objects)
    mounts = {m["mountPath"]: m["name"] for m in c["volumeMounts"]}
    assert str(settings.data_dir) in mounts
    volumes = one(objects, "Deployment")["spec"]["template"]["spec"]["volumes"]
    assert mounts[str(settings.data_dir)] in {v["name"] for v in volumes}


def test_the_redis_overlay_shares_jobs_in_a_redis_that_never_evicts_them() -> None:
    objects = overlay("haiku-redis")
    data = one(objects, "ConfigMap", "moderation-config")["data"]
    assert Settings.load(env=data).jobs_store == "redis"
    [redis] = one(objects, "Deployment", "moderation-redis")["spec"]["template"]["spec"][
        "containers"
    ]
    args = redis["args"]
    assert args[args.index("--maxmemory-policy") + 1].startswith("volatile-")
    assert args[args.index("--appendonly") + 1] == "yes"
    assert (
        Settings.load(
            env=one(overlay("local"), "ConfigMap", "moderation-config")["data"]
        ).jobs_store
        == "sqlite"
    )


def test_volume_mounts_merge_by_mount_path_as_kubernetes_merges_them() -> None:
    base = {"volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}]}
    patch = {
        "volumeMounts": [{"name": "t", "mountPath": "/etc/t"}, {"name": "x", "mountPath": "/tmp"}]
    }
    assert merge(base, patch) == {
        "volumeMounts": [{"name": "x", "mountPath": "/tmp"}, {"name": "t", "mountPath": "/etc/t"}]
    }


@pytest.mark.parametrize("name", OVERLAYS)
def test_every_overlay_reads_its_tenants_from_the_secret(name: str) -> None:
    objects = overlay(name)
    c = container(objects)
    [path] = [e["value"] for e in c["env"] if e["name"] == "MODERATION_TENANTS_FILE"]
    [mount] = [m for m in c["volumeMounts"] if path.startswith(m["mountPath"] + "/")]
    assert mount["readOnly"] is True
    volumes = one(objects, "Deployment")["spec"]["template"]["spec"]["volumes"]
    [volume] = [v for v in volumes if v["name"] == mount["name"]]
    [secret] = load_yaml(K8S / "components" / "tenants" / "secret.example.yaml")
    assert volume["secret"]["secretName"] == secret["metadata"]["name"]
    assert "optional" not in volume["secret"]  # no Secret, no pod: never open by accident
    assert path.rsplit("/", 1)[1] in secret["stringData"]


def test_the_tenants_secret_example_is_valid_and_a_usable_tenants_file() -> None:
    [secret] = load_yaml(K8S / "components" / "tenants" / "secret.example.yaml")
    kubernetes_validate.validate(secret, VERSION, strict=True)
    directory = parse_tenants(secret["stringData"]["tenants.toml"], "secret.example.yaml")
    assert [t.id for t in directory.tenants] == ["team-a", "team-b", "platform"]
    assert [t.id for t in directory.tenants if t.is_admin] == ["platform"]
