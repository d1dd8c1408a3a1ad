"""Moderation policies: loading, versioning and the thresholds that turn findings into decisions.

A policy is a TOML document (categories, definitions, examples, a severity
scale, per-category thresholds). Its version is a hash of its parsed content,
so a verdict cached under one version is never served under another.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import threading
import tomllib
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

from moderation.domain import CategoryResult, Decision, Judgement, Severity
from moderation.errors import NotACandidate, PolicyNotFound
from moderation.watch import CHECK_SECONDS, FileWatch, file_stamp

log = logging.getLogger(__name__)

DEFAULT_POLICY_RESOURCE = "default.toml"
# The longest a reloaded version waits to be prepared (its prompt cache warmed) before it
# takes traffic anyway.
PREPARE_SECONDS = 10.0


class PolicyError(ValueError):
    """A policy document is malformed; raised at start-up, never per request."""


class UnvalidatedLanguage(StrEnum):
    """What happens to an item in a language its judge is not validated for
    (``unvalidated_language`` in the file). Such a verdict is a guess, so it is never a silent
    ALLOW: REVIEW holds it for a person; ALLOW keeps the judge's decision (the verdict still
    says the language is unvalidated); ESCALATE sends it to Claude where the backend has it
    (the cascade) and is REVIEW where it has not."""

    REVIEW = "review"
    ALLOW = "allow"
    ESCALATE = "escalate"


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    severity: Severity


@dataclass(frozen=True, slots=True)
class ScoreBands:
    """Score cut-offs that map a classifier's score in [0, 1] to a severity."""

    low: float
    medium: float
    high: float

    def severity(self, score: float) -> Severity:
        if score >= self.high:
            return Severity.HIGH
        if score >= self.medium:
            return Severity.MEDIUM
        if score >= self.low:
            return Severity.LOW
        return Severity.NONE

    def score(self, severity: Severity) -> float:
        """A representative score for a severity, for judges that give none."""
        return {
            Severity.NONE: 0.0,
            Severity.LOW: self.low,
            Severity.MEDIUM: self.medium,
            Severity.HIGH: self.high,
        }[severity]


@dataclass(frozen=True, slots=True)
class PolicyCategory:
    name: str
    description: str
    examples: tuple[Example, ...]
    allowed_examples: tuple[str, ...]
    review_at: Severity
    block_at: Severity
    bands: ScoreBands


@dataclass(frozen=True, slots=True)
class Policy:
    id: str
    description: str
    guidance: str
    severity_scale: tuple[tuple[Severity, str], ...]
    categories: tuple[PolicyCategory, ...]
    version: str
    # The decision for an item the model refuses to judge (``refusal_action`` in the file).
    refusal_action: Decision = Decision.REVIEW
    # Ids of the caller's tenant's blocklists (the Blocklist RPCs) this policy applies.
    blocklists: tuple[str, ...] = ()
    # A candidate for the policy of this id: judged in shadow on a sample of its live traffic.
    shadow_of: str = ""
    # What a verdict from a judge not validated for the item's language becomes.
    unvalidated_language: UnvalidatedLanguage = UnvalidatedLanguage.REVIEW
    # The parsed document, as canonical JSON (what the version hashes): a promoted
    # candidate's version is the one its content would have in the live policy's file.
    document: str = field(default="", compare=False, repr=False)

    @property
    def category_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.categories)

    def decide(self, judgement: Judgement) -> tuple[Decision, tuple[CategoryResult, ...]]:
        """Apply the thresholds: block if any category reaches block_at, review at review_at."""
        if judgement.refused:
            results = [CategoryResult(c.name, False, Severity.NONE, 0.0) for c in self.categories]
            return self.refusal_action, tuple(results)
        found = {c.category: c for c in judgement.categories}
        results = []
        decision = Decision.ALLOW
        for cat in self.categories:
            hit = found.get(cat.name)
            severity = hit.severity if hit else Severity.NONE
            score = hit.score if hit and hit.score is not None else cat.bands.score(severity)
            flagged = severity >= cat.review_at
            if severity >= cat.block_at:
                decision = Decision.BLOCK
            elif flagged and decision is Decision.ALLOW:
                decision = Decision.REVIEW
            # A backend's spans stand only for a category the policy flags.
            evidence = hit.evidence if hit is not None and flagged else ()
            results.append(CategoryResult(cat.name, flagged, severity, float(score), evidence))
        if (judgement.hold_for_review or judgement.injection) and decision is Decision.ALLOW:
            decision = Decision.REVIEW
        guessed = (
            not judgement.language_validated
            and self.unvalidated_language is not UnvalidatedLanguage.ALLOW
        )
        if guessed and decision is Decision.ALLOW:
            decision = Decision.REVIEW
        return decision, tuple(results)


def _severity(raw: Any, where: str) -> Severity:
    if not isinstance(raw, str):
        raise PolicyError(f"{where}: severity must be a string")
    try:
        return Severity.parse(raw)
    except ValueError as exc:
        raise PolicyError(f"{where}: {exc}") from None


def _str(doc: Mapping[str, Any], key: str, where: str) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not value.strip():
        raise PolicyError(f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def _tables(doc: Mapping[str, Any], key: str, where: str) -> list[Mapping[str, Any]]:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise PolicyError(f"{where}: {key} must be an array of tables ([[{key}]])")
    return value


def _strings(doc: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyError(f"{where}: {key} must be an array of strings")
    return tuple(value)


def _scale(doc: Mapping[str, Any], source: str) -> tuple[tuple[Severity, str], ...]:
    """The optional description of each severity, in severity order."""
    scale = doc.get("severity_scale", {})
    if not isinstance(scale, dict):
        raise PolicyError(f"{source}: severity_scale must be a table")
    out = []
    for sev in Severity:
        key = sev.name.lower()
        if key in scale:
            if not isinstance(scale[key], str):
                raise PolicyError(f"{source}: severity_scale.{key} must be a string")
            out.append((sev, scale[key].strip()))
    return tuple(out)


def _category(doc: Mapping[str, Any], index: int) -> PolicyCategory:
    where = f"categories[{index}]"
    name = _str(doc, "name", where)
    bands_doc = doc.get("score_bands", {"low": 0.35, "medium": 0.6, "high": 0.85})
    try:
        bands = ScoreBands(
            float(bands_doc["low"]), float(bands_doc["medium"]), float(bands_doc["high"])
        )
    except (KeyError, TypeError, ValueError):
        raise PolicyError(f"{where}: score_bands needs numeric low, medium, high") from None
    if not 0 < bands.low <= bands.medium <= bands.high <= 1:
        raise PolicyError(f"{where}: score_bands must satisfy 0 < low <= medium <= high <= 1")
    examples = tuple(
        Example(_str(e, "text", f"{where}.examples"), _severity(e.get("severity"), where))
        for e in _tables(doc, "examples", where)
    )
    allowed = _strings(doc, "allowed_examples", where)
    review_at = _severity(doc.get("review_at", "medium"), f"{where}.review_at")
    block_at = _severity(doc.get("block_at", "high"), f"{where}.block_at")
    if review_at is Severity.NONE or block_at < review_at:
        raise PolicyError(f"{where}: need NONE < review_at <= block_at")
    return PolicyCategory(
        name, _str(doc, "description", where), examples, allowed, review_at, block_at, bands
    )


def _optional_str(doc: Mapping[str, Any], key: str, where: str) -> str:
    value = doc.get(key, "")
    if not isinstance(value, str):
        raise PolicyError(f"{where}: '{key}' must be a string")
    return value.strip()


def parse_policy(text: str, source: str = "<policy>") -> Policy:
    """Parse and validate a policy document; the version hashes its parsed content."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{source}: {exc}") from None
    return _from_mapping(doc, source)


def policy_from_document(document: str, source: str = "<document>") -> Policy:
    """A policy from its canonical document (`Policy.document`, as a promotion stores it);
    its version is the one the same content has in a file."""
    try:
        doc = json.loads(document)
    except ValueError as exc:
        raise PolicyError(f"{source}: {exc}") from None
    if not isinstance(doc, dict):
        raise PolicyError(f"{source}: a policy document is a JSON object")
    return _from_mapping(doc, source)


def _from_mapping(doc: Mapping[str, Any], source: str) -> Policy:
    policy_id = _str(doc, "id", source)
    categories = tuple(_category(c, i) for i, c in enumerate(_tables(doc, "categories", source)))
    if not categories:
        raise PolicyError(f"{source}: a policy needs at least one category")
    names = [c.name for c in categories]
    if len(set(names)) != len(names):
        raise PolicyError(f"{source}: category names must be unique")
    scale = _scale(doc, source)
    guidance = doc.get("guidance", "")
    if not isinstance(guidance, str):
        raise PolicyError(f"{source}: guidance must be a string")
    refusal = doc.get("refusal_action", Decision.REVIEW.value)
    if refusal not in {d.value for d in Decision}:
        raise PolicyError(f"{source}: refusal_action must be one of allow, review, block")
    unvalidated = doc.get("unvalidated_language", UnvalidatedLanguage.REVIEW.value)
    if unvalidated not in {u.value for u in UnvalidatedLanguage}:
        raise PolicyError(f"{source}: unvalidated_language must be one of review, allow, escalate")
    canonical, version = _canonical(doc)
    return Policy(
        id=policy_id,
        description=_str(doc, "description", source),
        guidance=guidance.strip(),
        severity_scale=scale,
        categories=categories,
        version=version,
        refusal_action=Decision(refusal),
        blocklists=_strings(doc, "blocklists", source),
        shadow_of=_optional_str(doc, "shadow_of", source),
        unvalidated_language=UnvalidatedLanguage(unvalidated),
        document=canonical,
    )


def _canonical(doc: Mapping[str, Any]) -> tuple[str, str]:
    """A document as canonical JSON, and the version that hashes it."""
    canonical = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return canonical, hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def promoted(candidate: Policy) -> Policy:
    """A shadow candidate as the live version of the policy it shadows: the live id, no
    `shadow_of`, and the version its content has when written into the live policy's file
    (so a promotion by RPC and one by file change name the same version)."""
    doc = json.loads(candidate.document) if candidate.document else {}
    doc["id"] = candidate.shadow_of
    doc.pop("shadow_of", None)
    canonical, version = _canonical(doc)
    return replace(
        candidate, id=candidate.shadow_of, shadow_of="", version=version, document=canonical
    )


class PromotedBy(StrEnum):
    """How a candidate became live: the PromoteShadowPolicy RPC, or its content written into
    the live policy's file."""

    RPC = "rpc"
    FILE = "file"


@dataclass(frozen=True, slots=True)
class Promotion:
    """A candidate made the live version of the policy it shadowed."""

    candidate: Policy
    previous: Policy
    live: Policy
    by: PromotedBy


@dataclass(frozen=True, slots=True)
class FileState:
    """What a live policy's file held when last read, and when it was last modified (wall
    clock, following symlinks): a promotion by RPC compares both with its own."""

    version: str
    modified_at: float


def load_policy(path: Path) -> Policy:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{path}: not UTF-8 (byte {exc.start})") from None
    try:
        return parse_policy(text, str(path))
    except PolicyError as exc:
        message = str(exc)
        raise PolicyError(
            message if message.startswith(str(path)) else f"{path}: {message}"
        ) from None


def default_policy() -> Policy:
    """The policy shipped with the package."""
    text = resources.files("moderation.policies").joinpath(DEFAULT_POLICY_RESOURCE)
    return parse_policy(text.read_text(encoding="utf-8"), DEFAULT_POLICY_RESOURCE)


class PolicyRegistry:
    """The policies a server applies, by id; the first one is the default.

    Built from files, it reloads a file when it changes (see `moderation.watch`):
    the new version serves items admitted after the swap, while an item already
    admitted holds the `Policy` it was given and finishes on that version. A
    changed file that cannot be used keeps the previous version in force, logs
    one line naming the field and is counted (`on_reload`'s `ok` is False).
    """

    def __init__(
        self,
        policies: Iterable[Policy],
        paths: Sequence[Path] = (),
        on_reload: Callable[[Policy | None, bool], None] | None = None,
        check_seconds: float = CHECK_SECONDS,
    ) -> None:
        self._policies: dict[str, Policy] = {}
        for p in policies:
            if p.id in self._policies:
                raise PolicyError(f"two policies share the id {p.id!r}")
            self._policies[p.id] = p
        if not self._policies:
            raise PolicyError("no policy configured")
        self.default_id = next(iter(self._policies))
        for p in self._policies.values():
            if p.shadow_of and (p.id == self.default_id or p.shadow_of not in self._policies):
                raise PolicyError(
                    f"policy {p.id!r}: shadow_of must name another configured policy, and the "
                    "default (first) policy cannot be a shadow"
                )
        # Each file's policy id, in file order (reloads keep the order, so the default).
        self._paths = dict(zip(paths, self._policies, strict=False))
        # What each file held when last read: a touch, or a ConfigMap swap that leaves the file's
        # content as it was, neither reloads it nor undoes a promotion.
        self._from_file = {path: self._policies[pid] for path, pid in self._paths.items()}
        self._watch = FileWatch(self._paths, check_seconds)
        self._on_reload = on_reload
        self._lock = threading.Lock()
        # Run on a reloaded version before it takes traffic (the batcher's prompt-cache
        # warm-up); the old version serves until it returns (or PREPARE_SECONDS pass).
        self.prepare: Callable[[Policy], Awaitable[None]] | None = None
        # Told of every promotion, by RPC or by file (the shadow reports log their numbers).
        self.on_promote: Callable[[Promotion], None] | None = None
        self._pending: dict[Path, Policy] = {}
        self._preparing: set[asyncio.Task[None]] = set()

    @classmethod
    def from_paths(
        cls,
        paths: Iterable[Path],
        on_reload: Callable[[Policy | None, bool], None] | None = None,
        check_seconds: float = CHECK_SECONDS,
    ) -> PolicyRegistry:
        paths = list(paths)
        loaded = [load_policy(p) for p in paths]
        return cls(loaded or [default_policy()], paths, on_reload, check_seconds)

    def get(self, policy_id: str = "", field: str = "policy_id") -> Policy:
        """The policy for an id; empty means the default. Unknown ids are the caller's error."""
        self.refresh()
        try:
            return self._policies[policy_id or self.default_id]
        except KeyError:
            raise PolicyNotFound(policy_id, field) from None

    def all(self) -> list[Policy]:
        self.refresh()
        return list(self._policies.values())

    def candidates_for(self, policy_id: str) -> list[Policy]:
        """The shadow candidates of a live policy (no reload check: called per verdict)."""
        return [p for p in self._policies.values() if p.shadow_of == policy_id]

    def version_of(self, policy_id: str) -> str | None:
        """The version in force for an id; None when no policy has it here."""
        self.refresh()
        policy = self._policies.get(policy_id)
        return policy.version if policy is not None else None

    def file_of(self, policy_id: str) -> FileState | None:
        """The file a live policy was read from, as last read; None when it has none (or it
        cannot be read now)."""
        for path, pid in self._paths.items():
            if pid == policy_id and path in self._from_file:
                stamp = file_stamp(path)
                if stamp is None:
                    return None
                return FileState(self._from_file[path].version, stamp[0] / 1e9)
        return None

    def candidate(self, candidate_id: str, expected_version: str = "") -> Policy:
        """A shadow candidate at the version its report was read at; NotACandidate else."""
        candidate = self.get(candidate_id)
        if not candidate.shadow_of:
            raise NotACandidate(candidate_id, f"policy {candidate_id!r} is not a shadow candidate")
        if expected_version and candidate.version != expected_version:
            raise NotACandidate(
                candidate_id,
                f"policy {candidate_id!r} is at version {candidate.version}, not "
                f"{expected_version}: read its shadow report again",
            )
        return candidate

    async def promote(self, candidate_id: str, expected_version: str = "") -> Promotion:
        """Make a shadow candidate the live version of the policy it shadows, here and until
        the live policy's file changes; the candidate is no longer judged (the other replicas
        and a restart follow through `moderation.promotions`).

        The new version is prepared (its prompt cache warmed) first, as a reloaded one is;
        items admitted before the swap hold the `Policy` they were given.
        """
        candidate = self.candidate(candidate_id, expected_version)
        live = promoted(candidate)
        if self.prepare is not None:
            await _prepared(live, self.prepare)
        with self._lock:
            if self._policies.get(candidate_id) != candidate:
                raise NotACandidate(candidate_id, f"policy {candidate_id!r} changed meanwhile")
            previous = self._swap(live, candidate_id)
        promotion = Promotion(candidate, previous, live, PromotedBy.RPC)
        if self.on_promote is not None:
            self.on_promote(promotion)
        return promotion

    async def adopt(self, live: Policy, candidate_id: str, candidate_version: str) -> Policy | None:
        """Make `live`, a promotion made elsewhere (another replica, or before a restart), the
        version in force here, prepared first as a reload is; the candidate, when configured
        here at the version promoted, is no longer judged. The version it replaced; None
        when it is already in force or its id is not served here."""
        current = self._policies.get(live.id)
        if current is None or current.version == live.version:
            return None
        if self.prepare is not None:
            await _prepared(live, self.prepare)
        with self._lock:
            current = self._policies.get(live.id)
            if current is None or current.version == live.version:
                return None
            candidate = self._policies.get(candidate_id)
            if candidate is not None and (
                candidate.shadow_of != live.id or candidate.version != candidate_version
            ):
                candidate = None  # another candidate now: judged on
            previous = self._swap(live, candidate.id if candidate is not None else None)
        if candidate is not None and self.on_promote is not None:
            self.on_promote(Promotion(candidate, previous, live, PromotedBy.RPC))
        return previous

    def _swap(self, live: Policy, candidate_id: str | None) -> Policy:
        """Put `live` in force for its id and drop the candidate (under the lock); the
        version it replaced."""
        previous = self._policies[live.id]
        self._policies = {
            pid: (live if pid == live.id else p)
            for pid, p in self._policies.items()
            if pid != candidate_id
        }
        return previous

    def refresh(self) -> list[Policy]:
        """Reload the files that changed (a stat per file, at most once a second); the
        policies that took effect."""
        changed = self._watch.changed()
        if not changed:
            return []
        with self._lock:
            return [p for p in (self._reload(path) for path in changed) if p is not None]

    def _reload(self, path: Path) -> Policy | None:
        old_id = self._paths[path]
        # A promoted candidate's file: it is out of the registry until it changes (then it is
        # a new candidate, added back).
        current = self._policies.get(old_id)
        try:
            policy = load_policy(path)
            if policy.id != old_id and policy.id in self._policies:
                raise PolicyError(f"{path}: id: {policy.id!r} is already another file's policy")
        except (PolicyError, OSError) as exc:
            log.error(
                "policy file not reloaded, version %s stays in force: %s",
                current.version if current is not None else "(promoted)",
                _one_line(exc),
            )
            if self._on_reload is not None:
                self._on_reload(None, False)
            return None
        if policy == self._from_file.get(path, current):
            self._pending.pop(path, None)  # changed back before a pending version took over
            return None
        if policy == self._pending.get(path):
            return None  # touched, not changed
        if self.prepare is not None and _running_loop():
            self._pending[path] = policy
            task = asyncio.ensure_future(self._prepare_then_install(path, policy, self.prepare))
            self._preparing.add(task)
            task.add_done_callback(self._preparing.discard)
            return None
        return self._install(path, policy)

    async def _prepare_then_install(
        self, path: Path, policy: Policy, prepare: Callable[[Policy], Awaitable[None]]
    ) -> None:
        await _prepared(policy, prepare)
        if self._pending.get(path) is policy:  # not overtaken by a later edit
            del self._pending[path]
            with self._lock:
                self._install(path, policy)

    def _install(self, path: Path, policy: Policy) -> Policy:
        old_id = self._paths[path]
        previous = self._policies.get(old_id)
        # Rebuild in file order, so the first file's policy stays the default.
        replaced = {pid: (policy if pid == old_id else p) for pid, p in self._policies.items()}
        if old_id not in self._policies:  # a promoted candidate's file changed: back it comes
            replaced[policy.id] = policy
        self._policies = {p.id: p for p in replaced.values()}
        self._paths[path] = policy.id
        self._from_file[path] = policy
        self.default_id = next(iter(self._policies))
        log.info("policy %s reloaded from %s: version %s", policy.id, path, policy.version)
        for candidate in self._promoted_by(policy):
            del self._policies[candidate.id]
            if self.on_promote is not None:
                self.on_promote(Promotion(candidate, previous or policy, policy, PromotedBy.FILE))
        if self._on_reload is not None:
            self._on_reload(policy, True)
        return policy

    def _promoted_by(self, live: Policy) -> list[Policy]:
        """The candidates of `live` whose content it now holds: promoted by file change."""
        return [c for c in self.candidates_for(live.id) if promoted(c).version == live.version]


async def _prepared(policy: Policy, prepare: Callable[[Policy], Awaitable[None]]) -> None:
    """Run `prepare` on a version about to take traffic, for at most PREPARE_SECONDS."""
    try:
        async with asyncio.timeout(PREPARE_SECONDS):
            await prepare(policy)
    except Exception as exc:  # a failed warm-up delays nothing: the first call warms
        log.warning("policy %s version %s: not prepared (%r)", policy.id, policy.version, exc)


def _running_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())
