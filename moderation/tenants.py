"""Tenants: who is calling, resolved once at the edge and carried with every item.

A tenant is a team sharing the service. Its callers present a bearer token (or
a client certificate whose name the tenants file lists); every stored thing
(job, usage) belongs to one tenant, verdicts are cached for the tenant whose
call produced them, and capacity is shared between tenants by weight.

Three ways to configure it, from most to least specific:

- ``MODERATION_TENANTS_FILE``: a TOML file of tenants, re-read when it changes
  (a Kubernetes Secret volume swaps its files atomically);
- ``MODERATION_AUTH_TOKENS``: tokens of one tenant, ``default``;
- neither: no authentication, every caller is the tenant ``default``.

Tokens are kept as SHA-256 digests only (the file may hold either a token or
``sha256:<hex>`` of it), so neither the process nor a log line holds them, and
a lookup is a dictionary probe of the presented token's digest.
"""

from __future__ import annotations

import hashlib
import logging
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from moderation import watch
from moderation.watch import FileWatch

log = logging.getLogger(__name__)

DEFAULT_TENANT_ID = "default"
TENANT_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,62}")  # fullmatch: also a metric label
_SHA256 = re.compile(r"sha256:([0-9a-f]{64})")
# How often, at most, the tenants file is checked for a change (a stat, no read).
CHECK_SECONDS = watch.CHECK_SECONDS


class Role(StrEnum):
    MEMBER = "member"  # its own jobs and usage only
    ADMIN = "admin"  # every tenant's jobs and usage, with their owners shown


@dataclass(frozen=True, slots=True)
class Tenant:
    """One tenant and its share: `weight` against the other tenants, optional hard caps."""

    id: str
    role: Role = Role.MEMBER
    weight: float = 1.0
    max_items_in_flight: int | None = None
    max_bytes_in_flight: int | None = None
    jobs_max_items: int | None = None
    jobs_max_bytes: int | None = None

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


DEFAULT_TENANT = Tenant(DEFAULT_TENANT_ID)


class TenantsConfigError(ValueError):
    """The tenants file or tokens cannot be used; one line naming the field."""


@dataclass(frozen=True, slots=True)
class Directory:
    """Who is who: token digests and client-certificate names to tenants."""

    tenants: tuple[Tenant, ...]
    by_token: Mapping[str, Tenant] = field(default_factory=dict)
    by_cert_name: Mapping[str, Tenant] = field(default_factory=dict)

    @property
    def authenticates(self) -> bool:
        """True when callers must say who they are."""
        return bool(self.by_token or self.by_cert_name)

    @property
    def has_tenants(self) -> bool:
        """True when callers authenticate as tenants of their own (a tenants file), not as the
        one `default` tenant of MODERATION_AUTH_TOKENS: operator calls are then the admin's."""
        return self.authenticates and self.tenants != (DEFAULT_TENANT,)

    def get(self, tenant_id: str) -> Tenant | None:
        return next((t for t in self.tenants if t.id == tenant_id), None)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def single_tenant(tokens: Sequence[str] = ()) -> Directory:
    """One tenant, `default`: with tokens (MODERATION_AUTH_TOKENS), or open to anyone."""
    tenant = DEFAULT_TENANT
    return Directory((tenant,), {token_digest(t): tenant for t in tokens if t})


_CAPS = ("max_items_in_flight", "max_bytes_in_flight", "jobs_max_items", "jobs_max_bytes")
_TENANT_KEYS = {"tokens", "client_cert_names", "role", "weight", *_CAPS}


def parse_tenants(text: str, source: str) -> Directory:
    """A Directory from the tenants file's TOML; TenantsConfigError names the field at fault."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TenantsConfigError(f"{source}: not TOML ({exc})") from None
    unknown = set(doc) - {"tenants"}
    if unknown:
        raise TenantsConfigError(f"{source}: unknown key {sorted(unknown)[0]!r}")
    table = doc.get("tenants")
    if not isinstance(table, dict) or not table:
        raise TenantsConfigError(f"{source}: tenants: needs at least one [tenants.<id>] table")
    tenants: list[Tenant] = []
    by_token: dict[str, Tenant] = {}
    by_cert: dict[str, Tenant] = {}
    for tenant_id, spec in table.items():
        where = f"{source}: tenants.{tenant_id}"
        tenant, digests, names = _parse_tenant(tenant_id, spec, where)
        tenants.append(tenant)
        for digest in digests:
            if digest in by_token:
                other = by_token[digest].id
                raise TenantsConfigError(
                    f"{where}.tokens: a token of tenant {other!r} is listed again here"
                )
            by_token[digest] = tenant
        for name in names:
            if name in by_cert:
                other = by_cert[name].id
                raise TenantsConfigError(
                    f"{where}.client_cert_names: {name!r} already names tenant {other!r}"
                )
            by_cert[name] = tenant
    return Directory(tuple(tenants), by_token, by_cert)


def _parse_tenant(tenant_id: str, spec: Any, where: str) -> tuple[Tenant, list[str], list[str]]:
    if TENANT_ID.fullmatch(tenant_id) is None:
        raise TenantsConfigError(
            f"{where}: a tenant id is 1-63 of a-z, 0-9, '.', '_', '-', starting with a letter "
            "or digit"
        )
    if not isinstance(spec, dict):
        raise TenantsConfigError(f"{where}: must be a table")
    unknown = set(spec) - _TENANT_KEYS
    if unknown:
        raise TenantsConfigError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    tokens = _strings(spec.get("tokens", []), f"{where}.tokens")
    names = _strings(spec.get("client_cert_names", []), f"{where}.client_cert_names")
    if not tokens and not names:
        raise TenantsConfigError(f"{where}: needs tokens or client_cert_names")
    digests = []
    for token in tokens:
        found = _SHA256.fullmatch(token)
        digests.append(found.group(1) if found else token_digest(token))
    role_name = spec.get("role", Role.MEMBER.value)
    try:
        role = Role(role_name)
    except ValueError:
        raise TenantsConfigError(f"{where}.role: must be member or admin") from None
    weight = spec.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not weight > 0:
        raise TenantsConfigError(f"{where}.weight: must be a number above 0")
    caps = {key: _positive_int(spec.get(key), f"{where}.{key}") for key in _CAPS}
    tenant = Tenant(tenant_id, role, float(weight), **caps)
    return tenant, digests, names


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise TenantsConfigError(f"{where}: must be a list of non-empty strings")
    return list(value)


def _positive_int(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise TenantsConfigError(f"{where}: must be a whole number of at least 1")
    return value


class Tenants:
    """The live directory: from the tenants file (re-read when it changes) or fixed.

    A changed file that cannot be used keeps the previous directory and logs one
    line naming the field; the next change is tried again. Tenants removed from
    the file lose access at once; their stored jobs stay theirs.
    """

    def __init__(self, directory: Directory, path: Path | None = None) -> None:
        self._directory = directory
        self._path = path
        self._watch = FileWatch([path] if path else [], CHECK_SECONDS)

    @classmethod
    def from_settings(cls, tenants_file: Path | None, auth_tokens: Sequence[str]) -> Tenants:
        """Raises TenantsConfigError with one line naming the file and field."""
        if tenants_file is None:
            return cls(single_tenant(auth_tokens))
        if auth_tokens:
            raise TenantsConfigError(
                "set MODERATION_TENANTS_FILE or MODERATION_AUTH_TOKENS, not both "
                "(tokens of one tenant go in the file)"
            )
        return cls(_read(tenants_file), tenants_file)

    @property
    def directory(self) -> Directory:
        self._refresh()
        return self._directory

    def all(self) -> tuple[Tenant, ...]:
        return self.directory.tenants

    def by_token(self, token: str) -> Tenant | None:
        return self.directory.by_token.get(token_digest(token))

    def by_cert_names(self, names: Iterable[str]) -> Tenant | None:
        """The tenant a client certificate names (its common name or a DNS/URI SAN)."""
        by_name = self.directory.by_cert_name
        return next((by_name[n] for n in names if n in by_name), None)

    def _refresh(self) -> None:
        if self._path is None or not self._watch.changed():
            return
        try:
            directory = _read(self._path)
        except TenantsConfigError as exc:
            log.error("tenants file not reloaded, the previous one stays in force: %s", exc)
            return
        self._directory = directory
        log.info("tenants reloaded from %s: %d tenants", self._path, len(directory.tenants))


def _read(path: Path) -> Directory:
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise TenantsConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise TenantsConfigError(f"{path}: not UTF-8") from None
    return parse_tenants(text, str(path))
