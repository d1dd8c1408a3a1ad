"""How near each language's train parts come to its second held-out part, the
Latin-letter Hindi held-out part to Hindi's training lines, the second and fourth
held-out parts to each language's training lines, and the third and fourth held-out parts
to the second and fifth train parts.

    python -m training.research.heldout_nearness

For every line of a train part, its nearest second-held-out line by the cosine of character
3-5-gram TF-IDF (`training.multilingual.train.nearest`, the measure `too_close` uses): the
mean, and the share above NEAR. A part written knowing the held-out part's frames would
stand out from the first train parts and from the other languages' second parts.
"""

from __future__ import annotations

import contextlib
import importlib

import numpy as np

from bench.eval_multilingual import measure, table
from moderation.backends.local.multilingual import MultilingualClassifier
from moderation.language import ROMANISED_HINDI, LanguageIdentifier
from moderation.policy import default_policy
from training.multilingual import extra, heldout3, heldout4, implicit
from training.multilingual.train import extra_parts, language_modules, nearest

NEAR = 0.5


def nearness(near: list[float]) -> tuple[float, float]:
    """The mean of the nearest cosines, and the share above NEAR."""
    values = np.array(near)
    return float(np.mean(values)), float(np.mean(values > NEAR))


def main() -> int:
    print("| language | first train part: mean / > 0.5 | second train part: mean / > 0.5 |")
    print("|---|---|---|")
    for code, mod in sorted(language_modules().items()):
        held = [t for _, _, t in mod.FUNCTIONAL_HELDOUT2]
        first = nearness(nearest([t for _, _, t in mod.FUNCTIONAL_TRAIN], held))
        second = importlib.import_module(f"{extra.__name__}.{code}")
        other = nearness(nearest([t for _, _, t in second.FUNCTIONAL_TRAIN2], held))
        print(f"| {code} | {first[0]:.3f} / {first[1]:.1%} | {other[0]:.3f} / {other[1]:.1%} |")
    fresh_part()
    later_parts()
    fifth_part()
    return 0


def training_lines(code: str) -> list[str]:
    """Every line the shipped model trains on in language `code`."""
    mod = language_modules()[code]
    more_f, more_e = extra_parts(code, implicit=True)
    trained = [t for _, _, t in [*mod.FUNCTIONAL_TRAIN, *mod.FUNCTIONAL_HELDOUT, *more_f]]
    return trained + [t for _, t in [*mod.EVERYDAY_TRAIN, *mod.EVERYDAY_HELDOUT, *more_e]]


def later_parts() -> None:
    """Each held-out part's lines against the language's training lines: the second parts
    (which training reads only to leave out lines too close to them) and the fourth
    (written by writers who read no other part)."""
    print("\n| language | second held-out part: mean / > 0.5 | fourth: mean / > 0.5 |")
    print("|---|---|---|")
    for code, mod in sorted(language_modules().items()):
        trained = training_lines(code)
        second = [t for _, _, t in mod.FUNCTIONAL_HELDOUT2]
        second += [t for _, t in mod.EVERYDAY_HELDOUT2]
        cells = [nearness(nearest(second, trained))]
        with contextlib.suppress(ModuleNotFoundError):
            fourth = importlib.import_module(f"{heldout4.__name__}.{code}")
            lines = [t for _, _, t in fourth.FUNCTIONAL_HELDOUT4]
            lines += [t for _, t in fourth.EVERYDAY_HELDOUT4]
            cells.append(nearness(nearest(lines, trained)))
        print(f"| {code} | " + " | ".join(f"{m:.3f} / {a:.1%}" for m, a in cells) + " |")


def fifth_part() -> None:
    """The third and fourth held-out parts' lines against the fifth train part (implicit
    hate, written by writers who read no held-out part) and against the second train part,
    over the ten languages."""
    print("\n| held-out part | to the second train part: mean / > 0.5 | to the fifth |")
    print("|---|---|---|")
    for n, package in ((3, heldout3), (4, heldout4)):
        near: dict[str, list[float]] = {"second": [], "fifth": []}
        for code in sorted(language_modules()):
            held = importlib.import_module(f"{package.__name__}.{code}")
            lines = [t for *_, t in getattr(held, f"FUNCTIONAL_HELDOUT{n}")]
            lines += [t for _, t in getattr(held, f"EVERYDAY_HELDOUT{n}")]
            for name, mod, suffix in (
                ("second", importlib.import_module(f"{extra.__name__}.{code}"), "2"),
                ("fifth", importlib.import_module(f"{implicit.__name__}.{code}"), "5"),
            ):
                part = [t for *_, t in getattr(mod, f"FUNCTIONAL_TRAIN{suffix}")]
                part += [t for _, t in getattr(mod, f"EVERYDAY_TRAIN{suffix}")]
                near[name] += nearest(lines, part)
        cells = [nearness(near["second"]), nearness(near["fifth"])]
        print(f"| {n} | " + " | ".join(f"{m:.3f} / {a:.1%}" for m, a in cells) + " |")


def fresh_part() -> None:
    """The Latin-letter Hindi held-out part against every Hindi training line, and the
    shipped model on its lines no nearer than NEAR to any of them."""
    try:
        fresh = importlib.import_module("training.multilingual.hinglish_heldout")
    except ModuleNotFoundError:
        return
    trained = training_lines("hi")
    rows, lines = fresh.FUNCTIONAL_HELDOUT_LATN, fresh.EVERYDAY_HELDOUT_LATN
    near = nearest([t for _, _, t in rows] + [t for _, t in lines], trained)
    mean, above = nearness(near)
    print(
        f"\nhinglish_heldout.py against Hindi's training lines: mean {mean:.3f}, "
        f"{above:.1%} above {NEAR}, of {len(near)} lines"
    )
    n = len(rows)
    functional = [r for r, v in zip(rows, near[:n], strict=True) if v <= NEAR]
    everyday = [t for (_, t), v in zip(lines, near[n:], strict=True) if v <= NEAR]
    clf, policy, langid = MultilingualClassifier(), default_policy(), LanguageIdentifier()
    figures = measure(ROMANISED_HINDI, functional, everyday, clf, policy, langid)
    print(f"\nThe shipped model on those no nearer than {NEAR}:\n")
    print("\n".join(table([figures])))


if __name__ == "__main__":
    raise SystemExit(main())
