"""Renders the kustomizations in k8s/ in-process: the small subset of kustomize they use.

No kustomize ships in a PyPI or npm package we can install, and the tests must not download
a binary, so this renders the subset k8s/ uses, with kustomize's semantics: `resources`
(files and directories), `components` (kind Component, applied after the parent's
resources and before its patches) and `patches` given by `path` as strategic-merge
patches, matched by kind and name. Maps merge, `null` deletes a key, lists of containers,
volumes and env vars merge by `name` (their patch merge key in the Kubernetes API), every
other list is replaced. Any other kustomization field fails loudly, so a manifest that
starts using one cannot render differently here than under `kubectl apply -k`.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

Object = dict[str, Any]

KNOWN_FIELDS = {"apiVersion", "kind", "resources", "components", "patches"}
# Lists a strategic merge patch merges item by item, and the key that matches items
# (Kubernetes' patchMergeKey); every other list is replaced whole.
MERGE_KEYS = {
    "containers": "name",
    "initContainers": "name",
    "volumes": "name",
    "env": "name",
    "volumeMounts": "mountPath",
}


class KustomizeError(ValueError):
    """The kustomization uses something this renderer does not do, or is wrong."""


def load_yaml(path: Path) -> list[Object]:
    return [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]


def render(directory: Path) -> list[Object]:
    """The objects `kubectl kustomize directory` prints (in the order they are declared)."""
    return _build(directory, expect_kind="Kustomization")


def _build(directory: Path, expect_kind: str, objects: list[Object] | None = None) -> list[Object]:
    [kustomization] = load_yaml(directory / "kustomization.yaml")
    unknown = set(kustomization) - KNOWN_FIELDS
    if unknown:
        raise KustomizeError(f"{directory}: unsupported fields {sorted(unknown)}")
    if kustomization.get("kind", "Kustomization") != expect_kind:
        raise KustomizeError(f"{directory}: expected a {expect_kind}")
    objects = [] if objects is None else objects
    for entry in kustomization.get("resources", []):
        path = directory / entry
        added = _build(path, "Kustomization") if path.is_dir() else load_yaml(path)
        for obj in added:
            if any(_key(obj) == _key(o) for o in objects):
                raise KustomizeError(f"{directory}: {_key(obj)} defined twice")
            objects.append(copy.deepcopy(obj))
    for entry in kustomization.get("components", []):
        _build(directory / entry, "Component", objects)
    for patch_entry in kustomization.get("patches", []):
        if set(patch_entry) != {"path"}:
            raise KustomizeError(f"{directory}: only `path` patches are supported")
        for patch in load_yaml(directory / patch_entry["path"]):
            _apply(objects, patch, directory)
    return objects


def _key(obj: Object) -> tuple[str, str]:
    return obj["kind"], obj["metadata"]["name"]


def _apply(objects: list[Object], patch: Object, where: Path) -> None:
    for index, obj in enumerate(objects):
        if _key(obj) == _key(patch):
            objects[index] = merge(obj, patch)
            return
    raise KustomizeError(f"{where}: patch target {_key(patch)} not found")


def merge(base: Any, patch: Any, field: str = "") -> Any:
    """A strategic-merge patch of `patch` onto `base` (the subset described above)."""
    if isinstance(base, dict) and isinstance(patch, dict):
        merged = dict(base)
        for key, value in patch.items():
            if value is None:
                merged.pop(key, None)
            elif key in merged:
                merged[key] = merge(merged[key], value, key)
            else:
                merged[key] = copy.deepcopy(value)
        return merged
    if isinstance(base, list) and isinstance(patch, list) and field in MERGE_KEYS:
        key = MERGE_KEYS[field]
        merged_list = [copy.deepcopy(item) for item in base]
        for item in patch:
            names = [m.get(key) for m in merged_list]
            if item.get(key) in names:
                at = names.index(item[key])
                merged_list[at] = merge(merged_list[at], item)
            else:
                merged_list.append(copy.deepcopy(item))
        return merged_list
    return copy.deepcopy(patch)
