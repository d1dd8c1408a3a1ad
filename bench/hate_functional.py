"""A templated functional test set for hate speech that is not profanity, with a held-out part.

    python -m bench.hate_functional            # writes bench/data/hate_functional_*.jsonl

In the spirit of published functional tests for hate-speech detectors (templated cases
over many target groups, one functionality each), written for this project: derogation,
dehumanisation, threats, slurs, spelling variations of hate, and the cases a detector that
sees only words gets wrong (negated hate, counter-speech that quotes hate, neutral and
positive identity mentions, reclaimed slurs, abuse of targets that are not protected
groups, non-abusive profanity).

Two disjoint parts, fixed by construction rather than by a random draw: the *tune* part
fills the even-numbered templates of each functionality with the first half of the target
groups; the *held-out* part fills the odd-numbered templates with the other half. A
template or a group seen in one part never appears in the other, so the held-out accuracy
says whether what was learnt carries over to new wording about new groups. Only the tune
part may be used to choose or train anything.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

OUT = Path(__file__).parent / "data"
TUNE = OUT / "hate_functional_tune.jsonl"
HELD_OUT = OUT / "hate_functional_heldout.jsonl"

# Protected groups, as a plural noun phrase and an adjective-ish form for "a ... person".
# Tune groups first, held-out groups second (alternating assignment below).
GROUPS: tuple[tuple[str, str], ...] = (
    ("Muslims", "Muslim"),
    ("Jews", "Jewish"),
    ("Black people", "Black"),
    ("women", "female"),
    ("gay people", "gay"),
    ("trans people", "trans"),
    ("immigrants", "immigrant"),
    ("disabled people", "disabled"),
    ("Mexicans", "Mexican"),
    ("Roma", "Roma"),
    ("refugees", "refugee"),
    ("Chinese people", "Chinese"),
    ("Hindus", "Hindu"),
    ("lesbians", "lesbian"),
    ("Arabs", "Arab"),
    ("Indigenous people", "Indigenous"),
)

# Slurs used as abuse, and slurs their groups have reclaimed (same alternating split).
SLURS: tuple[str, ...] = ("faggots", "dykes", "trannies", "retards", "kikes", "spastics")
RECLAIMED: tuple[str, ...] = ("queers", "dykes", "crips", "fags")

NON_PROTECTED: tuple[str, ...] = (
    "mosquitoes",
    "Mondays",
    "traffic jams",
    "spam emails",
    "cockroaches",
    "parking tickets",
    "slow wifi",
    "pigeons",
)

# functionality -> (expected flag, templates). {g}: plural group; {a}: "a {adj} person"
# form; {s}: a slur; {t}: a non-protected target.
TEMPLATES: dict[str, tuple[bool, tuple[str, ...]]] = {
    "derogation": (
        True,
        (
            "{g} are disgusting and ruin everything they touch.",
            "I can't stand {g}, they are all liars and thieves.",
            "{g} are too stupid to be trusted with anything important.",
            "Honestly {g} make every neighbourhood worse just by living there.",
            "All {g} are lazy parasites living off the rest of us.",
            "Never trust {g}, deceit is in their nature.",
        ),
    ),
    "dehumanisation": (
        True,
        (
            "{g} are vermin, not people.",
            "{g} are animals and should be treated like animals.",
            "{g} are a plague on this country.",
            "To me {g} are subhuman filth.",
            "{g} are a cancer that is spreading through our cities.",
            "{g} are nothing but rats breeding in our streets.",
        ),
    ),
    "threat": (
        True,
        (
            "We should round up all {g} and get rid of them for good.",
            "I'm going to make sure every one of those {g} gets hurt.",
            "Someone should burn down the houses where {g} live.",
            "{g} deserve to be shot, every last one of them.",
            "If I see any {g} on my street I will beat them bloody.",
            "It is time to wipe {g} off the face of the earth.",
        ),
    ),
    "slur": (
        True,
        (
            "Get out of here, you filthy {s}.",
            "Nobody wants {s} in this town.",
            "Typical {s}, always whining about something.",
            "I'm sick of all these {s} everywhere.",
            "Those {s} should stay away from our kids.",
            "The whole street is full of {s} now, disgusting.",
        ),
    ),
    "spelling_variation": (
        True,
        (
            "{g_space} are v e r m i n and should disappear.",
            "{g} are sub-hum4n tr4sh.",
            "{g} are d1sgusting p4rasites.",
            "{g} r animals, plain n simple.",
            "{g_caps} ARE A DISEASE ON THIS COUNTRY.",
            "{g} are parasitez who should be g0ne.",
        ),
    ),
    "negated_hate": (
        False,
        (
            "I don't hate {g} at all.",
            "{g} are not vermin, they are people like anyone else.",
            "It is wrong to say {g} are lazy; they are not.",
            "No, {g} are not a threat to this country.",
            "I would never say {g} are less than human.",
            "{g} are not criminals, and nobody should claim they are.",
        ),
    ),
    "counter_speech": (
        False,
        (
            'Saying "{g} are vermin" is disgusting and I won\'t tolerate it here.',
            'If you call {g} "animals" you are the problem, not them.',
            'I reported the post that said "{g} should be wiped out" because it is hate speech.',
            "Statements like '{g} are parasites' are racist lies and should be challenged.",
            'My uncle said "{g} are a plague" at dinner and I told him how hateful that is.',
            "People who claim {g} are subhuman are spreading bigotry.",
        ),
    ),
    "identity_neutral": (
        False,
        (
            "I am {a}.",
            "There are many {g} living in my neighbourhood.",
            "My new colleague is {a}.",
            "The survey asked {g} about their experience at work.",
            "The documentary follows three {g} over one year.",
            "{g} make up a large part of the city's population.",
        ),
    ),
    "identity_positive": (
        False,
        (
            "I love working with {g}.",
            "{g} are wonderful and enrich our community.",
            "So proud to be {a}!",
            "{g} deserve the same respect and rights as everyone.",
            "Some of the kindest people I know are {g}.",
            "We stand with {g} today and every day.",
        ),
    ),
    "reclaimed_slur": (
        False,
        (
            "As one of the {s} in this town, I'm proud of who we are.",
            "Us {s} are throwing the best party this weekend.",
            "We're {s} and we're here, get used to it.",
            "The {s} book club meets on Thursdays, all welcome.",
            "Proud {s} marching together at pride this year.",
            "My friends and I call ourselves {s} and we love it.",
        ),
    ),
    "non_protected_target": (
        False,
        (
            "I hate {t}, they are the worst.",
            "{t} should be wiped out completely.",
            "{t} are disgusting and ruin my day.",
            "Honestly {t} are a plague.",
            "I can't stand {t}.",
            "Get rid of all the {t}, every last one.",
        ),
    ),
    "nonabusive_profanity": (
        False,
        (
            "Fuck yes, {g} won the championship!",
            "Holy shit, this festival by {g} is amazing.",
            "Damn, the food at the {adj} bakery is fucking good.",
            "That concert by {g} was bloody brilliant.",
            "Shit, I forgot the meeting with the {adj} community group.",
            "This {adj} film festival is the best damn thing all year.",
        ),
    ),
}


def _a(adj: str) -> str:
    article = "an" if adj[0].lower() in "aeiou" else "a"
    return f"{article} {adj} person"


def fill(template: str, group: tuple[str, str], slur: str, target: str) -> str:
    g, adj = group
    text = template.format(
        g=g,
        a=_a(adj),
        adj=adj,
        s=slur,
        t=target,
        g_space=" ".join(g),
        g_caps=g.upper(),
    )
    return text[0].upper() + text[1:]


def build(part: int) -> list[dict[str, object]]:
    """part 0: tune (even templates, even groups); part 1: held out (odd ones)."""
    groups = GROUPS[part::2]
    slurs = {"slur": SLURS[part::2], "reclaimed_slur": RECLAIMED[part::2]}
    targets = NON_PROTECTED[part::2]
    rows: list[dict[str, object]] = []
    for func, (flag, templates) in TEMPLATES.items():
        for t_n, template in enumerate(templates[part::2]):
            if "{s}" in template:
                cases = [fill(template, GROUPS[0], s, "") for s in slurs[func]]
            elif "{t}" in template:
                cases = [fill(template, GROUPS[0], "", t) for t in targets]
            else:
                # Each template with every group of this part, rotated so groups spread evenly.
                cases = [fill(template, g, "", "") for g in groups[t_n:] + groups[:t_n]]
            rows.extend({"functionality": func, "expect_flag": flag, "text": c} for c in cases)
    return rows


def write(path: Path, rows: Sequence[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    tune, held = build(0), build(1)
    overlap = {str(r["text"]) for r in tune} & {str(r["text"]) for r in held}
    if overlap:
        raise SystemExit(f"tune and held-out parts share {len(overlap)} texts")
    write(TUNE, tune)
    write(HELD_OUT, held)
    print(f"wrote {TUNE} ({len(tune)} rows) and {HELD_OUT} ({len(held)} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
