"""The README and docs/ link to each other, and every relative link lands on a file and heading.

Pages move and headings get renamed; a link that no longer lands is found here, not by a
reader. Anchors follow GitHub's rule: the heading lower-cased, punctuation dropped, spaces
turned into hyphens.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
PAGES = sorted((ROOT / "docs").glob("*.md"))
FENCE = re.compile(r"^```.*?^```$", re.MULTILINE | re.DOTALL)
LINK = re.compile(r"\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#+ (.+)$", re.MULTILINE)


def prose(page: Path) -> str:
    """The page without its code blocks (a `#` comment there is not a heading)."""
    return FENCE.sub("", page.read_text(encoding="utf-8"))


def anchors(page: Path) -> set[str]:
    slugs = set()
    for heading in HEADING.findall(prose(page)):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower())
        slugs.add(slug.replace(" ", "-"))
    return slugs


def relative_links(page: Path) -> list[str]:
    return [t for t in LINK.findall(prose(page)) if not re.match(r"[a-z]+:", t)]


@pytest.mark.parametrize("page", [README, *PAGES], ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_lands_on_a_file_and_heading(page: Path) -> None:
    for link in relative_links(page):
        path, _, anchor = link.partition("#")
        target = (page.parent / path).resolve() if path else page
        assert target.exists(), f"{page.name}: {link} names no file"
        if anchor and target.suffix == ".md":
            assert anchor in anchors(target), f"{page.name}: {link} names no heading"


def test_the_readme_and_every_page_link_both_ways() -> None:
    assert PAGES, "docs/ has no pages"
    from_readme = {
        (README.parent / link.partition("#")[0]).resolve() for link in relative_links(README)
    }
    for page in PAGES:
        assert page.resolve() in from_readme, f"the README does not link {page.name}"
        to = {(page.parent / link.partition("#")[0]).resolve() for link in relative_links(page)}
        assert README.resolve() in to, f"{page.name} does not link back to the README"
