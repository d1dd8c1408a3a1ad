"""A caller's ledger: every item sent, every answer received, and what is wrong with them.

"Nothing lost" is checked item by item: an item is answered once by a verdict,
an explicit per-item error, or the status of the call that carried it (a
failed unary call, or a stream that ended in an error before the item's
result). No answer is lost; two are duplicated; a model or cache verdict that
differs from the oracle's labels is mismatched.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import grpc

from bench.reliability.harness import Labelled, count, flagged
from moderation.v1 import moderation_pb2 as pb

CHECKED_SOURCES = (pb.VERDICT_SOURCE_MODEL, pb.VERDICT_SOURCE_CACHE)
ITEM_CODES = {c.value[0]: c.name for c in grpc.StatusCode}


@dataclass
class Ledger:
    sent: dict[str, Labelled] = field(default_factory=dict)
    answers: dict[str, list[str]] = field(default_factory=dict)
    strays: int = 0  # answers for ids never sent
    mismatched: list[str] = field(default_factory=list)
    outcomes: dict[str, int] = field(default_factory=dict)

    def send(self, item_id: str, item: Labelled) -> None:
        self.sent[item_id] = item

    def _answer(self, item_id: str, what: str) -> bool:
        if item_id not in self.sent:
            self.strays += 1
            return False
        self.answers.setdefault(item_id, []).append(what)
        count(self.outcomes, what)
        return True

    def result(self, result: pb.ItemResult) -> None:
        """One ItemResult (from a unary response or a stream)."""
        if result.WhichOneof("outcome") == "verdict":
            v = result.verdict
            source = pb.VerdictSource.Name(v.source).removeprefix("VERDICT_SOURCE_").lower()
            if not self._answer(result.item_id, f"verdict:{source}"):
                return
            if v.source in CHECKED_SOURCES:
                want = dict(self.sent[result.item_id].expected)
                got = flagged(v)
                if got != want:
                    self.mismatched.append(f"{result.item_id}: oracle {want}, verdict {got}")
        else:
            code = ITEM_CODES.get(result.error.code, str(result.error.code))
            self._answer(result.item_id, f"item-error:{code}")

    def response(self, ids: Sequence[str], response: pb.ModerateResponse) -> None:
        """A unary response: one result per item, in request order."""
        got = [r.item_id for r in response.results]
        if got != list(ids):
            self.strays += sum(1 for i in got if i not in set(ids))
        for r in response.results:
            self.result(r)

    def call_failed(self, ids: Sequence[str], code: grpc.StatusCode) -> None:
        """A failed call answers each of its (still unanswered) items with its status."""
        for i in ids:
            self._answer(i, f"call:{code.name}")

    def unanswered(self, ids: Sequence[str]) -> list[str]:
        return [i for i in ids if i not in self.answers]

    # --- what the goals read -------------------------------------------------------

    @property
    def lost(self) -> int:
        return sum(1 for i in self.sent if i not in self.answers)

    @property
    def duplicated(self) -> int:
        return sum(1 for a in self.answers.values() if len(a) > 1)

    def unavailable(self) -> int:
        return sum(n for k, n in self.outcomes.items() if k.endswith("UNAVAILABLE"))

    def by_kind(self) -> Mapping[str, int]:
        return dict(self.outcomes)
