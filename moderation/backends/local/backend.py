"""The `local` backend: embedded classifiers that run offline on CPU.

Models load in a worker thread at start(); each batch is scored in those same few threads
(onnxruntime releases the GIL), so the event loop never runs model code. A flagged text
whose evidence is checked by encoder passes is answered once its checks have run, as units
of their own after the batch (workers.py): the batch's slot is given back when its scores
are in. The models ship in assets/, ready to run: nothing is downloaded, derived or written
on start.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from moderation.backends.base import Batch
from moderation.backends.local.assets import MANIFEST, digest, validated_languages
from moderation.backends.local.attribution import Attribution, Deferred
from moderation.backends.local.early_exit import DEEP_DIR, EarlyExit
from moderation.backends.local.head import HEAD_RESOURCE, SHORT_RESOURCE
from moderation.backends.local.image import NudeNetClassifier
from moderation.backends.local.multilingual import (
    CUT_ONNX,
    MULTILINGUAL_HEAD,
    MULTILINGUAL_NGRAMS,
    MULTILINGUAL_PIECES,
)
from moderation.backends.local.ngrams import NGRAM_RESOURCE
from moderation.backends.local.steps import Steps, run_steps, then
from moderation.backends.local.text import MiniLMClassifier, ProfanityClassifier, TextClassifier
from moderation.backends.local.workers import Dropped, Workers
from moderation.config import Settings
from moderation.domain import (
    BackendOutcome,
    CategoryJudgement,
    ErrorCode,
    Evidence,
    ImageContent,
    Item,
    ItemFailure,
    Judgement,
    TextContent,
)
from moderation.language import (
    NO_LINGUISTIC_CONTENT,
    UNDETERMINED,
    Language,
    identify,
    warm_language_identifier,
)
from moderation.policy import Policy
from moderation.tenants import DEFAULT_TENANT
from moderation.upstream.tokens import estimate_tokens

log = logging.getLogger(__name__)

TEXT_MODELS = ("minilm", "profanity")
# The shipped head's model name (read from the head once it is loaded).
MINILM_MODEL = "local/minilm-cascade-v3"
# The files that decide MiniLM's scores beyond the ONNX and static ones, whose sha256 the
# manifest holds: the heads, the n-gram model and the manifest itself.
MINILM_FILES = (
    MANIFEST,
    HEAD_RESOURCE,
    SHORT_RESOURCE,
    NGRAM_RESOURCE,
    MULTILINGUAL_PIECES,
    CUT_ONNX,
    MULTILINGUAL_HEAD,
    MULTILINGUAL_NGRAMS,
    f"{DEEP_DIR}/{CUT_ONNX}",
    f"{DEEP_DIR}/{MULTILINGUAL_HEAD}",
    f"{DEEP_DIR}/{MULTILINGUAL_NGRAMS}",
)
# Texts identified in one of these (or in no language) go to the English model; every other
# language to the multilingual one, validated or not (the manifest says which it is).
ENGLISH_JUDGED = frozenset({"en", UNDETERMINED, NO_LINGUISTIC_CONTENT})
# Two cores per replica: one onnxruntime thread per scoring call, two calls at once.
WORKERS = 2
# Images are decoded and scored in a pool of their own, one at a time: a decode costs up
# to the pixel budget x 4 bytes, and texts never wait behind images for a worker.
IMAGE_WORKERS = 1

# A batch's texts are scored in parts of about this many estimated tokens (one text at
# least), each part a unit of the workers' own and its verdicts answered as it ends: the
# items the batcher took first (another tenant's, when one waits behind a flood: it takes
# the least served first) wait for their part, not for the whole batch, and another batch's
# part may be scored in between. The encoders read one text per call, so a part costs what
# its texts cost.
SCORING_PART_TOKENS = 250

# A text's evidence spans, by flagged category.
Spans = dict[str, tuple[Evidence, ...]]


@dataclass(frozen=True, slots=True)
class _Later:
    """A text's evidence spans still to be checked (an `attribution.Deferred`, as spans)."""

    steps: Callable[[], Steps[Spans]]
    unchecked: Spans


@dataclass(frozen=True, slots=True)
class _Checking:
    """A scored text whose evidence is being checked: what its verdict needs meanwhile."""

    item: Item
    row: dict[str, float]
    language: Language
    model: str
    unchecked: Spans


class LocalBackend:
    """Judge text with MiniLM (or profanity-check) and images with NudeNet."""

    def __init__(
        self,
        text_model: str = "minilm",
        fallback: bool = False,
        policies: Sequence[Policy] = (),
        spans: bool = True,
        threads: int = WORKERS,
    ) -> None:
        if text_model not in TEXT_MODELS:
            raise ValueError(f"unknown local text model {text_model!r}; use one of {TEXT_MODELS}")
        self.text_model = text_model
        self.fallback = fallback
        # Evidence spans on flagged text categories (off only to measure what they cost).
        self.spans = spans
        self._threads = threads
        self.policies = tuple(policies)
        self._files_digest = digest(MINILM_FILES)
        # The manifest lists each validated language with the held-out figures that earned
        # it: English for the English models, others for the multilingual one.
        self.validated_languages = validated_languages()
        self._text: TextClassifier | None = None
        # Texts in languages other than English, with the MiniLM text model.
        self._multilingual: TextClassifier | None = None
        self._image: NudeNetClassifier | None = None
        self._pool: Workers | None = None
        self._image_pool: ThreadPoolExecutor | None = None
        self._start_lock = asyncio.Lock()

    @property
    def name(self) -> str:
        return "local"

    @property
    def model(self) -> str:
        """The text model and, for MiniLM, a digest of its shipped files: retrained files make
        another model, so verdicts cached under the old one are not served for it."""
        if self.text_model != "minilm":
            return ProfanityClassifier.model
        name = self._text.model if self._text is not None else MINILM_MODEL
        return f"{name}@{self._files_digest}"

    @property
    def problem(self) -> str:
        return ""  # embedded: nothing outside the process can refuse it

    @property
    def image_model(self) -> str:
        """The model named on image judgements."""
        return NudeNetClassifier.model

    async def start(self) -> None:
        async with self._start_lock:
            if self._text is not None:
                return
            if self._pool is None:
                self._pool = Workers(self._threads)
            if self._image_pool is None:
                self._image_pool = ThreadPoolExecutor(
                    IMAGE_WORKERS, thread_name_prefix="local-image"
                )
            loop = asyncio.get_running_loop()
            text, multilingual, image = await loop.run_in_executor(self._pool, self._load)
            self._text, self._multilingual, self._image = text, multilingual, image
            log.info("local backend ready: %s, %s", text.model, image.model)
            self._warn_unscored(set(text.categories()) | set(image.categories))

    def _warn_unscored(self, scored: set[str]) -> None:
        """Say once, at start, which policy categories these classifiers never flag: a
        category they have no score for fails open, so its operator must know."""
        role = "as the fallback, " if self.fallback else ""
        for policy in self.policies:
            unscored = [c.name for c in policy.categories if c.name not in scored]
            if unscored:
                log.warning(
                    "policy %r: the embedded classifiers have no score for %s; %sitems are "
                    "never flagged for them",
                    policy.id,
                    ", ".join(unscored),
                    role,
                )

    def _load(self) -> tuple[TextClassifier, TextClassifier | None, NudeNetClassifier]:
        """Every model a verdict reads, loaded before the first batch: the classifiers and
        the shared language identifier (about 0.4 s, which the first texts paid)."""
        warm_language_identifier()
        if self.text_model == "minilm":
            return MiniLMClassifier(), EarlyExit(), NudeNetClassifier()
        return ProfanityClassifier(), None, NudeNetClassifier()

    @property
    def multilingual_model(self) -> str:
        """The name multilingual judgements carry (the same files' digest as `model`)."""
        return f"{EarlyExit.model}@{self._files_digest}"

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        if self._text is None or self._pool is None:
            await self.start()
        loop = asyncio.get_running_loop()
        texts = [i for i in batch.items if isinstance(i.content, TextContent)]
        images = [i for i in batch.items if isinstance(i.content, ImageContent)]
        checks: dict[asyncio.Future[Spans], _Checking] = {}
        try:
            # Texts are answered first: a text that shares a batch with images never waits
            # for them to be decoded.
            async for outcome in self._score_batch(loop, texts, batch, checks):
                yield outcome
            for item in images:
                yield await self._image_outcome(loop, item, batch.policy)
            batch.scored()
            if checks and batch.slot is not None:
                batch.slot.release()  # what is left is evidence: the next batch may be scored
            waiting = set(checks)
            while waiting:
                done, waiting = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                for future in done:
                    yield self._checked(future, checks[future], batch.policy)
        finally:
            for future in checks:
                future.cancel()  # a unit not yet taken is never run

    async def _score_batch(
        self,
        loop: asyncio.AbstractEventLoop,
        texts: Sequence[Item],
        batch: Batch,
        checks: dict[asyncio.Future[Spans], _Checking],
    ) -> AsyncIterator[BackendOutcome]:
        """The batch's texts scored, a part at a time (`SCORING_PART_TOKENS`), each part's
        verdicts as it ends; the flagged texts whose evidence is still to check are queued
        as checks of their own and added to `checks`, but for those another judge will
        decide (`batch.elsewhere`), answered as scored."""
        pool = self._pool
        assert pool is not None
        for part in _parts(texts):
            try:
                if pool.closed:
                    raise asyncio.CancelledError
                rows, tags, spans, models = await loop.run_in_executor(
                    pool, self._score_texts, part, batch.policy
                )
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if task is not None and task.cancelling():
                    raise  # the batch itself is cancelled
                for i in part:  # the backend closed under it
                    yield ItemFailure(i.id, ErrorCode.UNAVAILABLE, "the embedded classifier closed")
                continue
            except Exception as exc:  # one failed model call fails its items, not the server
                log.exception("local text classifier failed")
                for i in part:
                    yield ItemFailure(i.id, ErrorCode.INTERNAL, f"text classifier: {exc}")
                continue
            ready: list[BackendOutcome] = []
            for i, row, tag, ev, model in zip(part, rows, tags, spans, models, strict=True):
                if not isinstance(ev, _Later):
                    ready.append(self._judgement(i.id, row, batch.policy, model, tag, ev))
                    continue
                as_scored = self._judgement(i.id, row, batch.policy, model, tag, ev.unchecked)
                if pool.closed or batch.elsewhere(as_scored):  # no checks now, or none needed
                    ready.append(as_scored)  # quoted by share
                    continue
                unit = pool.evidence(
                    ev.steps(),
                    batch.senders.get(i.id, DEFAULT_TENANT),
                    functools.partial(batch.waiting, i.id),
                )
                checks[asyncio.wrap_future(unit)] = _Checking(i, row, tag, model, ev.unchecked)
            for judgement in ready:
                yield judgement

    async def _image_outcome(
        self, loop: asyncio.AbstractEventLoop, item: Item, policy: Policy
    ) -> BackendOutcome:
        try:
            row = await loop.run_in_executor(self._image_pool, self._score_image, item)
        except (OSError, ValueError) as exc:  # undecodable: that item's fault only
            return ItemFailure(item.id, ErrorCode.INVALID_ARGUMENT, f"image: {exc}")
        except Exception as exc:
            log.exception("local image classifier failed")
            return ItemFailure(item.id, ErrorCode.INTERNAL, f"image model: {exc}")
        return self._judgement(
            item.id, row, policy, self.image_model, Language(NO_LINGUISTIC_CONTENT)
        )

    def _checked(
        self, future: asyncio.Future[Spans], checking: _Checking, policy: Policy
    ) -> BackendOutcome:
        """A flagged text's verdict once its evidence checks are over: with the checked
        spans, or with the unchecked ones if the checks failed or the backend closed first
        (the scores stand)."""
        item_id = checking.item.id
        error = None if future.cancelled() else future.exception()  # cancelled: closed
        if isinstance(error, Dropped):
            return ItemFailure(item_id, ErrorCode.CANCELLED, "the caller left")
        spans = checking.unchecked
        if error is not None:
            log.error("evidence check failed; quoting by share alone", exc_info=error)
        elif not future.cancelled():
            spans = future.result()
        return self._judgement(
            item_id, checking.row, policy, checking.model, checking.language, spans
        )

    def _score_texts(
        self, items: Sequence[Item], policy: Policy
    ) -> tuple[list[dict[str, float]], list[Language], list[Spans | _Later], list[str]]:
        """Scores, the language of each text item (of the item's own text: a context in
        another language does not make the item's language), the evidence spans of the
        categories the policy flags (attributed only for those: most items have none) or the
        checks still to run for them, and the model that judged each: English and
        undetermined texts the English model, other languages the multilingual one."""
        assert self._text is not None
        texts = [i for i in items if isinstance(i.content, TextContent)]
        tags = [identify(_text_of(i)) for i in texts]
        foreign = (
            [n for n, tag in enumerate(tags) if tag.tag not in ENGLISH_JUDGED]
            if self._multilingual is not None
            else []
        )
        models = [self.model] * len(texts)
        rows: list[dict[str, float]] = [{} for _ in texts]
        spans: list[Spans | _Later] = [{} for _ in texts]
        routes: list[tuple[TextClassifier, list[int]]] = [
            (self._text, sorted(set(range(len(texts))) - set(foreign)))
        ]
        if self._multilingual is not None and foreign:
            routes.append((self._multilingual, foreign))
            for n in foreign:
                models[n] = self.multilingual_model
        for classifier, idx in routes:
            if not idx:
                continue
            chosen = [texts[n] for n in idx]
            scored, found = self._score_with(classifier, chosen, policy)
            for n, row, ev in zip(idx, scored, found, strict=True):
                rows[n], spans[n] = row, ev
        return rows, tags, spans, models

    def _score_with(
        self, classifier: TextClassifier, items: Sequence[Item], policy: Policy
    ) -> tuple[list[dict[str, float]], list[Spans | _Later]]:
        # Context is part of what is judged (and of the cache key): score it with the text.
        texts = [
            f"{i.context}\n{i.content.text}" if i.context else i.content.text
            for i in items
            if isinstance(i.content, TextContent)
        ]
        # Without spans no category is wanted, and no text is attributed.
        rows, found = classifier.judge(
            texts, lambda row: _flagged(row, policy) if self.spans else (), policy
        )
        spans: list[Spans | _Later] = []
        for item, evidence in zip(items, found, strict=True):
            if isinstance(evidence, Deferred):
                steps = functools.partial(_checked_spans, item, evidence)
                spans.append(_Later(steps, _spans(item, evidence.unchecked)))
            else:
                spans.append(_spans(item, evidence))
        return rows, spans

    def _score_image(self, item: Item) -> dict[str, float]:
        assert self._image is not None and isinstance(item.content, ImageContent)
        return self._image.score([item.content.data])[0]

    def _judgement(
        self,
        item_id: str,
        scores: dict[str, float],
        policy: Policy,
        model: str,
        language: Language,
        spans: Mapping[str, tuple[Evidence, ...]] | None = None,
    ) -> Judgement:
        cats: list[CategoryJudgement] = []
        flagged: list[tuple[float, str]] = []
        for cat in policy.categories:
            score = _clamped(scores, cat.name)
            severity = cat.bands.severity(score)
            evidence = spans.get(cat.name, ()) if spans else ()
            cats.append(CategoryJudgement(cat.name, severity, round(score, 4), evidence))
            if severity >= cat.review_at:
                flagged.append((score, cat.name))
        # A few Latin-script words too short to tell apart ("hi", "lol") stand on a judge
        # validated for English: they hold no other language's words to miss.
        validated = (
            language.tag == NO_LINGUISTIC_CONTENT
            or language.tag in self.validated_languages
            or (language.too_short and "en" in self.validated_languages)
        )
        reasons = []
        if flagged:
            top = ", ".join(f"{name} {score:.2f}" for score, name in sorted(flagged, reverse=True))
            reasons.append(top)
        if not validated:
            known = ", ".join(sorted(self.validated_languages)) or "none"
            reasons.append(f"not validated for language {language.tag} (validated: {known})")
        return Judgement(
            item_id=item_id,
            categories=tuple(cats),
            model=model,
            rationale=f"local classifier: {'; '.join(reasons)}" if reasons else "",
            fallback=self.fallback,
            language=language.tag,
            language_validated=validated,
        )

    async def close(self) -> None:
        for pool in (self._pool, self._image_pool):
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._image_pool = None


def _text_of(item: Item) -> str:
    assert isinstance(item.content, TextContent)
    return item.content.text


def _spans(item: Item, attribution: Attribution | None) -> Spans:
    """The item's evidence spans of each attributed category, in its own text."""
    if attribution is None or not isinstance(item.content, TextContent):
        return {}
    offset = len(item.context) + 1 if item.context else 0  # after "{context}\n"
    return {c: attribution.evidence(item.content.text, c, offset) for c in attribution.categories}


def _parts(texts: Sequence[Item]) -> list[list[Item]]:
    """The texts in order, in parts of at most SCORING_PART_TOKENS (one text at least)."""
    parts: list[list[Item]] = []
    tokens = SCORING_PART_TOKENS
    for item in texts:
        cost = estimate_tokens(item)
        if tokens + cost > SCORING_PART_TOKENS:
            parts.append([])
            tokens = 0
        parts[-1].append(item)
        tokens += cost
    return parts


def run_checks(spans: Sequence[Spans | _Later]) -> list[Spans]:
    """Every text's spans, their deferred checks run here, in this thread (for benches that
    time a batch's whole cost)."""
    return [run_steps(s.steps()) if isinstance(s, _Later) else s for s in spans]


def _checked_spans(item: Item, deferred: Deferred) -> Steps[Spans]:
    return then(deferred.steps(), functools.partial(_spans, item))


def _clamped(scores: Mapping[str, float], category: str) -> float:
    return min(max(scores.get(category, 0.0), 0.0), 1.0)


def _flagged(scores: Mapping[str, float], policy: Policy) -> list[str]:
    """The categories these scores flag under the policy (as `_judgement` decides them)."""
    return [
        cat.name
        for cat in policy.categories
        if cat.bands.severity(_clamped(scores, cat.name)) >= cat.review_at
    ]


def build_local_backend(
    settings: Settings, fallback: bool = False, policies: Sequence[Policy] = ()
) -> LocalBackend:
    """The local backend the settings ask for (also used, with fallback=True, behind haiku)."""
    return LocalBackend(text_model=settings.local_text_model, fallback=fallback, policies=policies)
