"""Offline evaluation of the embedded text classifiers, straight on the classifier (no server).

    python -m bench.eval_local [--results bench/RESULTS.md] [--head PATH]

Measures on the held-out 30 % of the public OpenAI moderation sample (the fixed split the
head was trained without; see training/dataset.py), on the hand-written
functional checks in training/data/functional_checks.jsonl, and times single-core throughput.
A flag is what the service does: some category reaches its review_at severity under the
default policy.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bench.machine import cpu
from bench.metrics import prf, roc_auc, roc_auc_interval
from bench.results import record
from moderation.backends.base import Batch
from moderation.backends.local import LocalBackend
from moderation.backends.local.assets import validated_languages
from moderation.backends.local.early_exit import flag_scale, review_thresholds
from moderation.backends.local.head import Head
from moderation.backends.local.text import MiniLMClassifier, ProfanityClassifier
from moderation.domain import Item, Judgement, TextContent
from moderation.policy import Policy, default_policy
from training import DATA_DIR
from training.dataset import (
    DEFAULT_DATA,
    LABELLED_CATEGORIES,
    SPLIT_SEED,
    TEST_FRACTION,
    load_openai,
    sha256_file,
    split,
)
from training.research import hate_functional

FUNCTIONAL = DATA_DIR / "functional_checks.jsonl"
FUNCTIONAL_DEV = DATA_DIR / "functional_dev.jsonl"
# Hand-written everyday messages (chat, support tickets, reviews, slang, figurative violent
# words, identity mentions), none harmful: the tune part may choose knobs, the held-out part
# is only measured.
EVERYDAY: tuple[tuple[str, Path], ...] = (
    ("tune", DATA_DIR / "everyday_tune.jsonl"),
    ("held-out", DATA_DIR / "everyday_heldout.jsonl"),
)
# The parts of the templated hate-speech set, and what each may be used for.
HATE_PARTS: tuple[tuple[str, Path, str], ...] = (
    ("tune", hate_functional.TUNE, "for choosing training knobs"),
    (
        "first held-out",
        hate_functional.HELD_OUT,
        "looked at while choosing between models (bench/RESULTS.md counts the looks), so it "
        "flatters the models chosen with it; it may now serve as training rows",
    ),
    (
        "second held-out",
        hate_functional.HELD_OUT_2,
        "other templates, groups and targets than the parts before it; looked at once, for two "
        "models (bench/RESULTS.md), before the third part was written",
    ),
    (
        "third held-out",
        hate_functional.HELD_OUT_3,
        "other templates, groups, targets and hateful words than the parts before it; looked "
        "at once, for two models, to choose between them by a rule fixed before the second "
        "was scored (bench/RESULTS.md), before the fourth part was written",
    ),
    (
        "fourth held-out",
        hate_functional.HELD_OUT_4,
        "other templates, groups, targets and hateful words than every other part; looked at "
        "once, for two models, to choose between them by a rule fixed before either was scored "
        "(bench/RESULTS.md); never trained on",
    ),
)
FAMILY = "Embedded classifier (local)"  # its section in bench/RESULTS.md
# Timed passes per throughput figure; the median is reported.
PASSES = 7
Array = npt.NDArray[np.float64]


def notes(
    held_out_auc: float,
    strict: tuple[float, float, float],
    cv_auc: float,
    long_rate: float,
    short_rate: float,
    short_model: bool = False,
    cv_strict_auc: float | None = None,
) -> list[str]:
    strict_auc, strict_low, strict_high = strict
    strict_cv = ""
    if cv_strict_auc is not None:
        where = (
            "above the held-out interval: the held-out split's fully labelled rows are "
            "harder than the training split's"
            if cv_strict_auc > strict_high
            else "inside the held-out interval"
        )
        strict_cv = (
            f"; cross-validated on the training rows' strict subset it is "
            f"{cv_strict_auc:.3f}, {where}"
        )
    goal = "meets" if held_out_auc >= 0.90 else "misses"
    rate = (
        "reaches 200 items/s per core for long and short texts"
        if min(long_rate, short_rate) >= 200
        else "reaches 200 items/s per core only for short messages"
    )
    counter_note = (
        "- Short texts go to a model fine-tuned end to end, which reads word order: there "
        "counter-speech (quoting hate to condemn it) and negated hate mostly pass (tables "
        "above). Longer texts are still scored from bags of features (static vectors, "
        "n-grams) and MiniLM's pooled embedding, which see the hateful words and cannot tell "
        "who says them and why."
        if short_model
        else "- Counter-speech (quoting hate to condemn it) and reclaimed terms are mostly "
        "flagged: the features see the hateful words and cannot tell who says them and why."
    )
    return [
        "Notes:",
        "",
        "- harassment/threatening, self-harm/intent, self-harm/instructions, illicit and "
        "illicit/violent have no labels in the public data. Their heads learn positives only "
        "from the hand-written rows (10–12 per category), with public rows as negatives where a "
        "related label is 0; their operating point is fixed (raw 0.5), not tuned. No held-out "
        "figure exists for them: treat them as weak.",
        f"- Any-flag (lenient) ROC-AUC on the held-out rows is {held_out_auc:.3f}, which "
        f"{goal} the 0.90 goal; the cross-validated figure on the training rows that chose the "
        f"model is {cv_auc:.3f} (eight labelled heads, before alignment). The held-out figure "
        "is the one to quote. On rows whose labels are all known (strict) it is "
        f"{strict_auc:.3f} (95 % bootstrap interval {strict_low:.3f}–{strict_high:.3f}), "
        f"against an aim of 0.85 ({'reached' if strict_auc >= 0.85 else 'not reached'})"
        f"{strict_cv}.",
        counter_note,
        f"- Throughput {rate} (CPU time of the scoring thread): a long text costs about "
        f"{1000 / long_rate:.0f} ms of CPU, most of it in the encoder; where it goes stage by "
        "stage is measured by `training/research/local_profile.py` (section below).",
        "- profanity: one probability read as harassment (x1.0) and hate (x0.5, so at most LOW); "
        "every other category is 0.",
    ]


def policy_matrix(rows: Sequence[dict[str, float]], policy: Policy) -> Array:
    return np.array([[r.get(c, 0.0) for c in policy.category_names] for r in rows])


def any_score(scores: Array, policy: Policy) -> Array:
    """Max over categories of the score rescaled so that each review threshold sits at 0.5."""
    return flag_scale(scores, policy)


def auc(y: Array, s: Array) -> float:
    return roc_auc(y, s)


def metrics_table(name: str, scores: Array, labels: dict[str, Array], policy: Policy) -> list[str]:
    thr = review_thresholds(policy)
    lines = [
        f"**{name}** — held-out rows",
        "",
        "| target | n (pos) | ROC-AUC (95 % bootstrap interval) | precision | recall | F1 |",
        "|---|---|---|---|---|---|",
    ]
    a = any_score(scores, policy)
    flagged: npt.NDArray[np.bool_] = np.asarray((scores >= thr).any(axis=1), dtype=bool)
    for key in ("any (lenient)", "any (strict)", *LABELLED_CATEGORIES):
        y = labels[key]
        known = ~np.isnan(y)
        if key.startswith("any"):
            s, pred = a[known], flagged[known]
        else:
            j = policy.category_names.index(key)
            s, pred = scores[known, j], scores[known, j] >= thr[j]
        yk = y[known]
        p, r, f = prf(yk, pred)
        shown = f"{auc(yk, s):.3f}"
        if key.startswith("any"):
            low, high = roc_auc_interval(yk, s)
            shown += f" ({low:.3f}–{high:.3f})"
        lines.append(
            f"| {key} | {int(known.sum())} ({int(yk.sum())}) | {shown} "
            f"| {p:.2f} | {r:.2f} | {f:.2f} |"
        )
    return lines


def functional_table(results: dict[str, dict[str, list[bool]]]) -> list[str]:
    names = list(results)
    lines = [
        "| functionality | expected | n | " + " | ".join(f"{n} accuracy" for n in names) + " |",
        "|---|---|---|" + "---|" * len(names),
    ]
    first = results[names[0]]
    for func in first:
        expected = "flag" if func.endswith("(flag)") else "allow"
        cells = [f"{np.mean(results[n][func]):.2f}" for n in names]
        lines.append(
            f"| {func.removesuffix(' (flag)').removesuffix(' (allow)')} | {expected} "
            f"| {len(first[func])} | " + " | ".join(cells) + " |"
        )
    return lines


def functional(
    clf: MiniLMClassifier | ProfanityClassifier, policy: Policy, path: Path = FUNCTIONAL
) -> dict[str, list[bool]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    checks = [json.loads(line) for line in lines if line.strip()]
    scores = policy_matrix(clf.score([c["text"] for c in checks]), policy)
    flagged = np.asarray((scores >= review_thresholds(policy)).any(axis=1), dtype=bool).tolist()
    out: dict[str, list[bool]] = defaultdict(list)
    for c, f in zip(checks, flagged, strict=True):
        key = f"{c['functionality']} ({'flag' if c['expect_flag'] else 'allow'})"
        out[key].append(bool(f) == c["expect_flag"])
    return dict(out)


def everyday_rows(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def held_for_language(texts: Sequence[str], policy: Policy) -> npt.NDArray[np.bool_]:
    """Which texts the local backend marks as judged outside its validated languages, read
    from its own verdicts: the rule (a few Latin-script words too short to tell stand on the
    English judge) is the service's, not repeated here."""

    async def run() -> dict[str, bool]:
        backend = LocalBackend(text_model="minilm")
        await backend.start()
        try:
            items = tuple(Item(f"e{n}", TextContent(t)) for n, t in enumerate(texts))
            outcomes = [o async for o in backend.classify(Batch(items, policy))]
        finally:
            await backend.close()
        return {o.item_id: isinstance(o, Judgement) and not o.language_validated for o in outcomes}

    held = asyncio.run(run())
    return np.array([held[f"e{n}"] for n in range(len(texts))], dtype=bool)


def everyday_table(clf: MiniLMClassifier | ProfanityClassifier, policy: Policy) -> list[str]:
    """Flag rates on the everyday sets: by the model's scores, by the language policy (the
    default `review` of texts in a language the model is not validated for), and either."""
    thr = review_thresholds(policy)
    lines = [
        "| everyday set | kind | n | flagged by the scores | held for language | not ALLOW |",
        "|---|---|---|---|---|---|",
    ]
    for part, path in EVERYDAY:
        rows = everyday_rows(path)
        scores = policy_matrix(clf.score([r["text"] for r in rows]), policy)
        flagged = np.asarray((scores >= thr).any(axis=1), dtype=bool)
        unvalidated = held_for_language([r["text"] for r in rows], policy)
        kinds = ["all", *dict.fromkeys(r["kind"] for r in rows)]
        for kind in kinds:
            sel = np.array([kind in ("all", r["kind"]) for r in rows])
            lines.append(
                f"| {part} | {kind} | {int(sel.sum())} | {flagged[sel].mean():.3f} "
                f"| {unvalidated[sel].mean():.3f} | {(flagged | unvalidated)[sel].mean():.3f} |"
            )
    return lines


def recall_lines(hate: dict[str, dict[str, dict[str, list[bool]]]]) -> list[str]:
    """Recall (flag rows flagged) and false alarms (allow rows flagged) per templated part."""
    lines = [
        "| templated part | minilm recall | minilm false alarms | profanity recall |",
        "|---|---|---|---|",
    ]
    for part, by_model in hate.items():
        cells = []
        for model in ("minilm", "profanity"):
            flag = [ok for f, oks in by_model[model].items() if f.endswith("(flag)") for ok in oks]
            allow = [
                ok for f, oks in by_model[model].items() if f.endswith("(allow)") for ok in oks
            ]
            cells.append((float(np.mean(flag)), 1.0 - float(np.mean(allow))))
        lines.append(f"| {part} | {cells[0][0]:.3f} | {cells[0][1]:.3f} | {cells[1][0]:.3f} |")
    return lines


@dataclass(frozen=True)
class Rate:
    """Items/s: per core (CPU time of the scoring thread) and per wall-second, medians, and
    the lowest and highest per-core pass."""

    per_core: float
    wall: float
    low: float
    high: float

    def cell(self) -> str:
        return (
            f"{self.per_core:.0f} per core ({self.low:.0f}–{self.high:.0f}; "
            f"{self.wall:.0f} wall) items/s"
        )


def throughput(clf: MiniLMClassifier | ProfanityClassifier, texts: Sequence[str]) -> Rate:
    """(items per CPU-second of the scoring thread, items per wall-second), batches of 32,
    each the median of PASSES passes over the texts.

    The first is items/s per core; it still moves by ±15 % from one pass to the next on a
    shared machine (caches and memory bandwidth are shared), hence the median. The second
    moves with the machine's load.
    """
    clf.score(list(texts[:16]))  # warm-up
    cpu_rates, wall_rates = [], []
    for _ in range(PASSES):
        cpu, start = time.thread_time(), time.perf_counter()
        for i in range(0, len(texts), 32):  # the backend's default batch size
            clf.score(list(texts[i : i + 32]))
        cpu_rates.append(len(texts) / (time.thread_time() - cpu))
        wall_rates.append(len(texts) / (time.perf_counter() - start))
    return Rate(
        float(np.median(cpu_rates)),
        float(np.median(wall_rates)),
        float(min(cpu_rates)),
        float(max(cpu_rates)),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--results",
        type=Path,
        help="rewrite this section of a RESULTS.md (the previous one goes to HISTORY.md beside it)",
    )
    parser.add_argument("--timing-rows", type=int, default=256, help="held-out rows timed")
    parser.add_argument(
        "--onnx", type=Path, help="MiniLM ONNX file to measure (default: the shipped one)"
    )
    parser.add_argument(
        "--head",
        type=Path,
        help="head file to measure (its n-gram file beside it); default: shipped",
    )
    args = parser.parse_args(argv)

    policy = default_policy()
    rows = load_openai(args.data)
    train_idx, test_idx = split(rows)
    held = [rows[i] for i in test_idx]
    texts = [r.text for r in held]
    labels: dict[str, Array] = {
        "any (lenient)": np.array(
            [np.nan if (v := r.any_flag(False)) is None else v for r in held]
        ),
        "any (strict)": np.array([np.nan if (v := r.any_flag(True)) is None else v for r in held]),
    }
    for c in LABELLED_CATEGORIES:
        labels[c] = np.array([np.nan if (v := r.labels[c]) is None else v for r in held])

    head = None if args.head is None else Head.load(args.head)
    minilm = MiniLMClassifier(head, model=args.onnx)
    minilm_scores = policy_matrix(minilm.score(texts), policy)
    profanity = ProfanityClassifier()
    prof_scores = policy_matrix(profanity.score(texts), policy)

    short = [
        json.loads(line)["text"] for line in FUNCTIONAL.read_text(encoding="utf-8").splitlines()
    ]
    short = (short * 3)[:256]
    timing = {
        f"minilm ({minilm.encoder.runtime}, {minilm.head.max_seq_length} tokens)": (
            throughput(minilm, texts[: args.timing_rows]),
            throughput(minilm, short),
        ),
        "profanity": (
            throughput(profanity, texts[: args.timing_rows]),
            throughput(profanity, short),
        ),
    }
    func = {"minilm": functional(minilm, policy), "profanity": functional(profanity, policy)}
    dev = {
        "minilm": functional(minilm, policy, FUNCTIONAL_DEV),
        "profanity": functional(profanity, policy, FUNCTIONAL_DEV),
    }
    hate = {
        part: {
            "minilm": functional(minilm, policy, path),
            "profanity": functional(profanity, policy, path),
        }
        for part, path, _ in HATE_PARTS
    }

    meta = minilm.head.metadata
    cv = meta.get("cv", {})
    char = meta.get("char_ngrams", {})
    out = [
        f"## {FAMILY}",
        "",
        f"Run of {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. "
        "Reproduce: `.venv/bin/python -m bench.eval_local --results bench/RESULTS.md`. The "
        "model files come from `make local-assets` and the head from `make train-local` (train "
        "extra); the shipped head was fitted on the fp32 MiniLM export's embeddings and runs "
        "unchanged on the shipped int8 export.",
        "",
        f"- Data: `{args.data.name}` (sha256 `{sha256_file(args.data)[:16]}…`), fixed split "
        f"seed {SPLIT_SEED}, {int(TEST_FRACTION * 100)} % held out, stratified on any-flag: "
        f"{len(train_idx)} training rows, {len(test_idx)} held-out rows. Every figure below is "
        "on held-out rows only (never trained or tuned on).",
        f"- Head: `{minilm.model}`: logistic regression on [MiniLM mean-pooled embedding "
        f"({minilm.encoder.runtime} runtime, {minilm.head.max_seq_length} tokens), "
        "alt-profanity-check logit (its model read with numpy)], its logits blended with a "
        f"char n-gram TF-IDF logistic regression ({char.get('features')} n-grams of 2–5 "
        "characters). Every choice made by "
        f"{cv.get('folds')}-fold CV on the training rows only (any-flag ROC-AUC, max over the "
        f"eight labelled heads): MiniLM C={meta.get('c')} (by C: {cv.get('any_auc_by_c')}), "
        f"char C={char.get('c')} (by C: {cv.get('char_any_auc_by_c')}), blend weight "
        f"{meta.get('blend')} (by weight: {cv.get('any_auc_by_blend')}); trained with "
        f"{meta.get('extra_rows')} hand-written rows ({extra_files(meta.get('extra'))}) at "
        f"sample weight {meta.get('extra_weight', 1.0)} each in both models.",
        *cascade_lines(minilm.head),
        *short_lines(minilm.head),
        "- Labels: a missing key is unknown and excluded per category. Any-flag *lenient*: 1 if "
        "any label is 1, else 0 when at least one label is known; *strict*: 0 only when all "
        "eight labels are known and 0.",
        "- Flag = some category reaches its `review_at` severity under the default policy "
        "(all 13 categories, as the service decides). Any-flag ROC-AUC ranks by the max over "
        "categories of the score rescaled so each review threshold sits at 0.5.",
        "",
    ]
    out += metrics_table("minilm (default)", minilm_scores, labels, policy)
    out += [""]
    out += metrics_table("profanity (light)", prof_scores, labels, policy)
    out += [
        "",
        "**Functional checks** (`training/data/functional_checks.jsonl`, hand-written, never used "
        "in training): share of sentences where the flag matches the expectation.",
        "",
    ]
    out += functional_table(func)
    out += [
        "",
        "**Dev sentences** (`training/data/functional_dev.jsonl`, hand-written, distinct from the "
        "training rows and the checks, never used in training; they are for choosing training "
        "knobs such as the weight of the hand-written rows, so once used they flatter the model):",
        "",
    ]
    out += functional_table(dev)
    trained_on = short_template_files(minilm.head)
    trained = "; **training rows of the short-text model measured here**"
    for part, path, use in HATE_PARTS:
        out += [
            "",
            f"**Templated hate-speech functional set, {part} part** (`training/data/{path.name}`, "
            f"written by `python -m training.research.hate_functional`; {use}"
            f"{trained if path.name in trained_on else ''}):",
            "",
        ]
        out += functional_table(hate[part])
    out += [
        "",
        "**Recall on the templated parts** (share of the rows expected to be flagged that are; "
        "false alarms: share of the rows expected to pass that are flagged):",
        "",
        *recall_lines(hate),
        "",
        "**Everyday messages** (`training/data/everyday_tune.jsonl`, "
        "`training/data/everyday_heldout.jsonl`: hand-written, none harmful; the tune part chose "
        "knobs, the held-out part is only measured). *Flagged by the scores*: some category "
        "reaches its review threshold; *held for language*: the local backend's verdict says "
        "its judge is not validated for the text's language (validated: "
        f"{', '.join(sorted(validated_languages()))}; a few Latin-script words too short to "
        "tell stand on the English judge), so the default policy "
        "(`unvalidated_language = review`) holds it; *not ALLOW*: either.",
        "",
        *everyday_table(minilm, policy),
    ]
    out += [
        "",
        f"**Throughput**, one core (one onnxruntime thread), batches of 32, median of "
        f"{PASSES} passes, "
        f"{cpu()}, shared machine: items per CPU-second "
        "of the scoring thread (items/s per core; in brackets the slowest and fastest "
        "pass, then per wall-second, which moves with the machine's load):",
        "",
        "| classifier | held-out texts (mean "
        f"{int(np.mean([len(t) for t in texts[: args.timing_rows]]))} chars) | short messages "
        f"(mean {int(np.mean([len(t) for t in short]))} chars) |",
        "|---|---|---|",
    ]
    for name, (long_rate, short_rate) in timing.items():
        out.append(f"| {name} | {long_rate.cell()} | {short_rate.cell()} |")
    held_any = auc(*_known_pair(labels["any (lenient)"], any_score(minilm_scores, policy)))
    strict_any = auc(*_known_pair(labels["any (strict)"], any_score(minilm_scores, policy)))
    strict_interval = roc_auc_interval(
        *_known_pair(labels["any (strict)"], any_score(minilm_scores, policy))
    )
    cv_best = max(cv.get("any_auc_by_blend", {"": 0.0}).values())
    cv_strict = None
    if minilm.head.cascade is not None:  # the cascade is what serves; its CV figure chose it
        cascade_meta = meta.get("cascade", {})
        cv_best = float(cascade_meta.get("cascade_any_auc", cv_best))
        cv_strict = cascade_meta.get("cascade_strict_any_auc")
    minilm_rates = next(iter(timing.values()))
    out += [
        "",
        *notes(
            held_any,
            (strict_any, *strict_interval),
            cv_best,
            minilm_rates[0].per_core,
            minilm_rates[1].per_core,
            minilm.head.short is not None,
            None if cv_strict is None else float(cv_strict),
        ),
    ]
    text = "\n".join(out) + "\n"
    print(text)
    if args.results:
        record(text, FAMILY, args.results)
    return 0


def cascade_lines(head: Head) -> list[str]:
    """How the head's cascade was chosen, when it has one."""
    if head.cascade is None:
        return []
    doc = head.metadata.get("cascade", {})
    lo, hi = head.cascade.band
    return [
        "- Cascade: every text is first scored by a cheap stage with no transformer: logistic "
        "regression on [static MiniLM token vectors averaged over the whole text "
        "(`minilm-static-int8.npz`), alt-profanity-check logit], blended with the same char "
        "n-gram model; only texts whose cheap any-flag raw score lies in "
        f"[{lo:.3f}, {hi:.3f}] are encoded by MiniLM, and the head above then replaces their "
        f"cheap logits. The band holds {doc.get('route_share')} of the training rows "
        "(a budget set for speed, not tuned) and was placed by the same 5-fold CV: static "
        f"C={doc.get('c')} (by C: {doc.get('any_auc_by_c')}), cheap blend weight "
        f"{head.cascade.blend} (by weight: {doc.get('any_auc_by_blend')}); CV any-flag "
        f"ROC-AUC of the cascade {doc.get('cascade_any_auc')}.",
    ]


def short_template_files(head: Head) -> set[str]:
    """Names of the templated files the short-text model was trained on."""
    if head.short is None:
        return set()
    files = head.short.head.metadata.get("templates", [])
    return {Path(f).name for f in files}


def short_lines(head: Head) -> list[str]:
    """How the short-text model was trained, when the head has one."""
    if head.short is None:
        return []
    short = head.short.head
    meta = short.metadata
    val = meta.get("split", {}).get("validation", {})
    lines = [
        f"- Short texts (at most {head.short.max_tokens} tokens) skip the cascade: "
        f"`{short.model}`, a shortened MiniLM fine-tuned end to end at "
        f"{short.max_seq_length} tokens "
        f"(`{short.encoder_path.name if short.encoder_path else '?'}`, int8; "
        f"`{meta.get('command')}`) with its own "
        "linear head over [embedding, profanity logit]; trained on the training rows less a "
        f"validation fifth ({val.get('rows')} rows, which chose its operating points), the "
        f"hand-written rows and {meta.get('template_rows')} templated rows "
        f"({', '.join(f'`{t}`' for t in meta.get('templates', []))}); "
        f"{meta.get('optimiser')}. Validation any-flag ROC-AUC (int8) "
        f"{meta.get('val_any_auc_int8')}.",
        *changed_templates(meta),
    ]
    refit, lead = meta.get("any_head_refit"), "Its linear heads were refitted"
    while refit:  # the latest refit first, then the one it started from
        lines.append(
            f"- {lead} on frozen embeddings with everyday messages as negatives by "
            f"`{refit.get('command')}` ({refit.get('everyday_negatives')}); encoder unchanged."
        )
        refit, lead = refit.get("started_from"), "That refit started from heads refitted"
    if redone := meta.get("rethresholded"):
        lines.append(
            f"- Its operating points were re-derived on the same validation rows by "
            f"`{redone.get('command')}` ({redone.get('rule')}); encoder and weights unchanged."
        )
    return lines


def changed_templates(meta: dict[str, Any]) -> list[str]:
    """A note for each templated file that no longer holds the rows the model was trained on."""
    out: list[str] = []
    names, digests = meta.get("templates", []), meta.get("templates_sha256", [])
    for name, digest in zip(names, digests, strict=True):
        path = Path(name)
        if path.is_file() and sha256_file(path) != digest:
            out.append(
                f"- `{name}` has changed since: the model was trained on the version with "
                f"sha256 `{digest[:16]}…` (in the repository's history)."
            )
    return out


def extra_files(extra: object) -> str:
    """The hand-written row files named in a head's metadata (one path or a list)."""
    paths = [extra] if isinstance(extra, str) else list(extra) if isinstance(extra, list) else []
    return ", ".join(f"`{p}`" for p in paths) or "unrecorded files"


def _known(values: Sequence[int | None]) -> Array:
    """Labels as floats, unknown as NaN (excluded from every figure)."""
    return np.array([np.nan if v is None else float(v) for v in values])


def _known_pair(y: Array, s: Array) -> tuple[Array, Array]:
    known = ~np.isnan(y)
    return y[known], s[known]


if __name__ == "__main__":
    sys.exit(main())
