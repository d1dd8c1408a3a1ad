"""The repair rule for a failed call to the model, shared by live calls and jobs.

A call that failed leaves some items without a verdict; its `ErrorKind`'s `Rule` says
whether they go again and how they are regrouped (in halves when an answer was cut off
or malformed, alone when it broke around them, as they were otherwise), which items the
failure is charged to, and which items' own text steered the model. `ResilientBackend`
(live calls) and the Message Batches job path both repair by these functions only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass

from moderation.domain import BackendOutcome, Judgement
from moderation.upstream.errors import ErrorKind, UpstreamError, rule_for


@dataclass(frozen=True, slots=True)
class Repair:
    """What becomes of the items a failed call left without a verdict (live calls and jobs)."""

    again: list[list[str]]  # the next calls for the items asked again, in order
    spent: list[str]  # out of attempts, or not to be asked again: the fallback answers them
    culprits: frozenset[str]  # items whose own text steered the model (see `culprits`)


def repair(
    ids: Sequence[str],
    missing: Sequence[str],
    error: UpstreamError,
    attempts: MutableMapping[str, int],
    limit: int,
) -> Repair:
    """The one rule for asking again: each item the failed call is `charged` to spends an
    attempt (`attempts`, updated); while it has attempts left and the kind's `Rule` says
    retry, it goes again, `regroup`ed as the rule says; otherwise it is spent."""
    rule = rule_for(error.kind)
    for i in charged(list(missing), error):
        attempts[i] += 1
    retry = [i for i in missing if rule.retry and attempts[i] < limit]
    spent = [i for i in missing if i not in retry]
    again = regroup(retry, error, rule.split, rule.alone) if retry else []
    return Repair(again, spent, culprits(ids, error))


def incomplete(missing: Sequence[str]) -> UpstreamError:
    """An answer that ended without error but left ids out."""
    return UpstreamError(ErrorKind.INCOMPLETE, f"{len(missing)} id(s) missing from the answer")


def refusals_alone(
    error: UpstreamError,
    ids: Sequence[str],
    missing: Sequence[str],
    refusals: MutableMapping[str, int],
    model: str,
) -> list[Judgement]:
    """Refusal judgements for items refused a second time, asked alone (`refusals` counts
    each item's refusals, updated): the policy's refusal action decides, never the fallback."""
    if error.kind is not ErrorKind.REFUSED:
        return []
    out: list[Judgement] = []
    for i in error.ids:
        if i not in missing:
            continue
        refusals[i] += 1
        if refusals[i] >= 2 and list(ids) == [i]:
            out.append(
                Judgement(
                    item_id=i,
                    categories=(),
                    model=model,
                    rationale=(
                        "the model refused to judge this item, alone, twice; "
                        f"the policy's refusal action applies ({error})"
                    ),
                    refused=True,
                )
            )
    return out


def charged(missing: list[str], error: UpstreamError) -> list[str]:
    """The items a failed call counts as an attempt against.

    An answer broken around some items (CONFLICT) charges those alone: the rest lost
    their verdicts to another item's text, and asking them again, without it, costs
    them nothing, so a batch with several injected items cannot run its other items
    out of attempts. Each break sends at least one item off alone, so this ends.
    """
    if error.kind is ErrorKind.CONFLICT:
        blamed = [i for i in missing if i in error.ids]
        if blamed:
            return blamed
    return missing


def culprits(ids: Sequence[str], error: UpstreamError) -> frozenset[str]:
    """An item asked alone whose answer still broke around it, or ran past the max_tokens a
    lone verdict is given: its own text steers the model.

    (In a batch the break may lie between an injected item and the neighbour it names;
    alone, only the item itself is left to blame.)
    """
    if len(ids) != 1:
        return frozenset()
    if error.kind is ErrorKind.TRUNCATED or (
        error.kind is ErrorKind.CONFLICT and ids[0] in error.ids
    ):
        return frozenset(ids)
    return frozenset()


def flag_injection(outcome: BackendOutcome, culprits: frozenset[str]) -> BackendOutcome:
    """The fallback's verdict on a culprit says what the item tried (held for review)."""
    if isinstance(outcome, Judgement) and outcome.item_id in culprits:
        return dataclasses.replace(outcome, injection=True)
    return outcome


def regroup(ids: list[str], error: UpstreamError, split: bool, alone: bool) -> list[list[str]]:
    """The next calls for items asked again, in order."""
    if alone:
        single = [i for i in ids if i in error.ids]
        rest = [i for i in ids if i not in error.ids]
        return [[i] for i in single] + ([rest] if rest else [])
    if split and len(ids) > 1:
        half = len(ids) // 2
        return [ids[:half], ids[half:]]
    return [ids]
