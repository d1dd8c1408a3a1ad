"""Per-item results as `moderate` writes them: jsonl, csv or table, each with its input line;
shadow reports and promotions as `moderate policies` prints them.

Results come back from a stream in completion order; `Reorder` holds the early ones so
they are written in input order unless the caller asks for `--unordered`.
"""

from __future__ import annotations

import csv
import json
from collections import deque
from collections.abc import Iterator
from enum import StrEnum
from typing import IO

from google.protobuf.json_format import MessageToDict

from moderation_client.v1 import moderation_pb2 as pb

DECISIONS = {pb.DECISION_ALLOW: "allow", pb.DECISION_REVIEW: "review", pb.DECISION_BLOCK: "block"}
SOURCES = {
    pb.VERDICT_SOURCE_MODEL: "model",
    pb.VERDICT_SOURCE_CACHE: "cache",
    pb.VERDICT_SOURCE_BLOCKLIST: "blocklist",
    pb.VERDICT_SOURCE_FALLBACK: "fallback",
    pb.VERDICT_SOURCE_REFUSAL: "refusal",
}
CSV_COLUMNS = (
    "line",
    "item_id",
    "decision",
    "flagged",
    "categories",
    "source",
    "model",
    "error_code",
    "error",
)


class Format(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    TABLE = "table"


def describe(result: pb.ItemResult) -> str:
    """One human line: id, decision, flagged categories, rationale, source and model."""
    if result.HasField("error"):
        return f"{result.item_id}: error {result.error.code} {result.error.message}"
    v = result.verdict
    flagged = [
        f"{c.category}({pb.Severity.Name(c.severity).removeprefix('SEVERITY_').lower()})"
        for c in v.categories
        if c.flagged
    ]
    parts = [f"{result.item_id}: {DECISIONS.get(v.decision, '?').upper()}"]
    if flagged:
        parts.append(", ".join(flagged))
    if v.rationale:
        parts.append(f"- {v.rationale}")
    spans = _spans(v)
    if spans:
        parts.append(f"at {spans}")
    parts.append(f"[{SOURCES.get(v.source, '?')}, {v.model}]")
    return " ".join(parts)


def _spans(v: pb.Verdict) -> str:
    """The evidence of the flagged categories, each span once: `3-9 "quote" (list: term)`."""
    seen: dict[tuple[int, int], str] = {}
    for c in v.categories:
        for e in c.evidence if c.flagged else ():
            seen.setdefault((e.start, e.end), _span(e))
    return ", ".join(seen[k] for k in sorted(seen))


def _span(e: pb.Evidence) -> str:
    """`3-9 "quote" (list: term)`; the quote only where there is one (a shadow report's spans
    carry offsets only unless the operator allows content)."""
    quote = f" {json.dumps(e.quote, ensure_ascii=False)}" if e.quote else ""
    where = f" ({e.blocklist}: {e.term})" if e.blocklist else ""
    return f"{e.start}-{e.end}{quote}{where}"


def _share(agreed: int, compared: int) -> str:
    return f"{100.0 * agreed / compared:.1f} %" if compared else "-"


def describe_shadow_report(r: pb.ShadowReport) -> str:
    """A candidate's report for a person: agreement overall and per category, the flips
    (ids and spans), the cost so far."""
    lines = [
        f"{r.policy_id} (version {r.policy_version}) shadowing {r.live_policy_id}"
        + (f" (version {r.live_policy_version})" if r.live_policy_version else ""),
        f"  agreement: {r.agreed} of {r.compared} items ({_share(r.agreed, r.compared)})",
    ]
    if r.categories:
        per = ", ".join(
            f"{c.category} {c.agreed}/{c.compared} ({_share(c.agreed, c.compared)})"
            for c in r.categories
        )
        lines.append(f"  per category: {per}")
    listed = f" (first {len(r.flips)} listed)" if len(r.flips) < r.flip_count else ""
    lines.append(f"  flips: {r.flip_count}{listed}")
    for f in r.flips:
        spans = ", ".join(_span(e) for e in f.spans)
        lines.append(
            f"    {f.item_id}: {DECISIONS.get(f.live_decision, '?')} -> "
            f"{DECISIONS.get(f.candidate_decision, '?')}" + (f" at {spans}" if spans else "")
        )
    lines.append(
        f"  cost so far: {r.cost_usd:.4f} USD (skipped {r.skipped_busy} busy, "
        f"{r.skipped_cost_cap} at the cost cap; {r.errors} errors)"
    )
    return "\n".join(lines)


def describe_promotion(answer: pb.PromoteShadowPolicyResponse) -> str:
    """One line: which policy took which version, and the candidate's report at that moment."""
    r, p = answer.report, answer.policy
    return (
        f"promoted {r.policy_id or 'the candidate'}: policy {p.id} is now version {p.version} "
        f"(was {answer.previous_version}); its shadow report: agreed on {r.agreed} of "
        f"{r.compared} items ({_share(r.agreed, r.compared)}), {r.flip_count} flips, cost "
        f"{r.cost_usd:.4f} USD"
    )


class Writer:
    """Writes each result as one record of the chosen format, with its input line number."""

    def __init__(self, out: IO[str], fmt: Format) -> None:
        self._out = out
        self._format = fmt
        self._csv = csv.writer(out, lineterminator="\n") if fmt is Format.CSV else None
        if self._csv is not None:
            self._csv.writerow(CSV_COLUMNS)

    def write(self, line: int, result: pb.ItemResult, **extra: str) -> None:
        if self._format is Format.JSONL:
            record = {"line": line, **MessageToDict(result), **extra}
            self._out.write(json.dumps(record) + "\n")
        elif self._csv is not None:
            self._csv.writerow(csv_row(line, result))
        else:
            self._out.write(f"{line:>6}  {describe(result)}\n")
        self._out.flush()


def csv_row(line: int, result: pb.ItemResult) -> list[str | int]:
    if result.HasField("error"):
        return [line, result.item_id, "", "", "", "", "", result.error.code, result.error.message]
    v = result.verdict
    flagged = ";".join(c.category for c in v.categories if c.flagged)
    decision = DECISIONS.get(v.decision, "?")
    source = SOURCES.get(v.source, "?")
    return [
        line,
        result.item_id,
        decision,
        str(v.flagged).lower(),
        flagged,
        source,
        v.model,
        "",
        "",
    ]


class Reorder:
    """Releases results in the order their lines were sent (or as they come, if unordered).

    `sent` is called from the thread that feeds the call, `arrived` from the one reading
    results; deque appends and pops are atomic, and a line is always sent before its
    result can arrive.
    """

    def __init__(self, ordered: bool = True) -> None:
        self.ordered = ordered
        self._sent: deque[int] = deque()
        self._held: dict[int, pb.ItemResult] = {}
        self.received = 0

    def sent(self, line: int) -> None:
        self._sent.append(line)

    def arrived(self, line: int, result: pb.ItemResult) -> Iterator[tuple[int, pb.ItemResult]]:
        """The results now ready to write, in order."""
        self.received += 1
        if not self.ordered:
            if line in self._sent:
                self._sent.remove(line)
            yield line, result
            return
        self._held[line] = result
        while self._sent and self._sent[0] in self._held:
            first = self._sent.popleft()
            yield first, self._held.pop(first)

    def rest(self) -> Iterator[tuple[int, pb.ItemResult]]:
        """What is still held when the call ends early, by line (gaps are lines without one)."""
        for line in sorted(self._held):
            self._sent.remove(line)
            yield line, self._held.pop(line)

    def missing(self) -> list[int]:
        """Lines sent that never got a result."""
        return list(self._sent)
