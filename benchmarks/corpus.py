"""Generate a corpus of N articles of the genre calendarize reads, deterministically for a seed.

Each article recombines a few items (one organization each) of the bundled article, told of a made-up
organization (the head of one organizer's name and the tail of another's, so that two articles do not
report the same happening), moved by a whole
number of months with the publication date kept on the same day of the month. Moving by months keeps
every bare day ("held on the 27th") meaning the same thing relative to the publication date, so the
generated articles stay truthful to what the reader should find; month names and the years written
next to them move with the shift. Months whose length would lose a day the item names (a 30 September
moved into February) are not used for that article. Ranges and single days are rewritten in one of
three phrasings per article ("November 1 to 6", "Nov. 1-6", "1–6 November").

    python benchmarks/corpus.py 1000 --seed 1 --out benchmarks/corpora/1k

Corpora go to `benchmarks/corpora/` by default, which git ignores.
"""

from __future__ import annotations

import argparse
import calendar
import os
import random
import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("BENCH_CODE", str(ROOT)))  # bench.py points it at the code it measures

from calendarize.dates import find_mentions
from calendarize.documents import sample_document
from calendarize.segment import split_items

DEFAULT_DIR = Path(__file__).resolve().parent / "corpora"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_MONTH_WORD = re.compile(
    r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(\.?)")
_YEAR_WORD = re.compile(r"(?<![\d,.])(19\d\d|20\d\d)(?!\d)")
# "November 1 to 6", "Nov 1-6", "November 1?15" (a lost dash); and a single "November 1" not part of a range.
_MD_RANGE = re.compile(rf"\b({'|'.join(MONTHS)})\s+(\d{{1,2}})(?:\s+to\s+|\s*[-–?]\s*)(\d{{1,2}})\b(?!\s*(?:[ap]\.|:))")
_MD_SINGLE = re.compile(rf"(?<!to )\b({'|'.join(MONTHS)})\s+(\d{{1,2}})\b(?!\s*(?:to\s+\d|[-–?]\s*\d|[ap]\.|:|\d))")
MAX_SHIFT_MONTHS = 60
MIN_SHIFT_MONTHS = -30


@dataclass(frozen=True)
class SourceItem:
    """One item of the bundled article, with what a month shift must respect."""

    text: str
    offset: int  # where the item starts in the bundled article's text
    organizer: str
    months: tuple[tuple[int, int, int], ...]  # (year, month, largest day named in it) for day-level dates


def _month_number(word: str) -> int:
    return next(i for i, name in enumerate(MONTHS, start=1) if name.lower().startswith(word[:3].lower()))


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + k
    return index // 12, index % 12 + 1


def source_items() -> tuple[date, list[SourceItem], list[tuple[int, int, str]]]:
    """The bundled article's anchor, its organization items, and its mention spans (start, end, grain)."""
    doc = sample_document()
    mentions = find_mentions(doc.text, doc.anchor)
    spans = [(m.start_offset, m.end_offset, m.grain) for m in mentions]
    items = []
    for item in split_items(doc.text):
        if item.organizer is None:
            continue
        days: dict[tuple[int, int], int] = {}
        for m in mentions:
            if not item.start <= m.start_offset < item.end or m.grain not in ("day", "time"):
                continue
            for bound in (m.start, m.end):
                if isinstance(bound, date):
                    key = (bound.year, bound.month)
                    days[key] = max(days.get(key, 0), bound.day)
        months = tuple((y, mo, d) for (y, mo), d in sorted(days.items()))
        items.append(SourceItem(doc.text[item.start:item.end], item.start, item.organizer, months))
    return doc.anchor, items, spans


def _fits(item: SourceItem, k: int, anchor: date) -> bool:
    """True when every day the item names still exists once its month moves by k, in the same year
    relative to the publication date ("this year" must stay true)."""
    anchor_year = _add_months(anchor.year, anchor.month, k)[0]
    for year, month, day in item.months:
        y, m = _add_months(year, month, k)
        if day > calendar.monthrange(y, m)[1] or y - anchor_year != year - anchor.year:
            return False
    return True


def _shift_span(text: str, k: int, anchor: date, style: int) -> str:
    """Move the months (and the years written with them) of one date expression by k months."""
    year_carry = _add_months(anchor.year, anchor.month, k)[0] - anchor.year
    last_year_of_month: list[int] = []

    def month_sub(m: re.Match) -> str:
        number = _month_number(m.group(1))
        # The month's year: the one written after it, else the anchor's (a month before or after the
        # anchor's by more than half a year belongs to the neighbouring year, as the reader decides).
        y = anchor.year
        after = _YEAR_WORD.search(text, m.end(), m.end() + 8)
        if after:
            y = int(after.group(1))
        ny, nm = _add_months(y, number, k)
        last_year_of_month.append(ny)
        name = MONTHS[nm - 1]
        if len(m.group(1)) <= 4 and m.group(1) != "June" and m.group(1) != "July":
            return name[:3] + m.group(2)  # keep abbreviations abbreviated
        return name

    shifted = _MONTH_WORD.sub(month_sub, text)

    def year_sub(m: re.Match) -> str:
        before = shifted[max(0, m.start() - 14):m.start()]
        if _MONTH_WORD.search(before) and last_year_of_month:
            return str(last_year_of_month[-1])
        return str(int(m.group(1)) + year_carry)

    shifted = _YEAR_WORD.sub(year_sub, shifted)
    return _rephrase(shifted, style)


def _rephrase(text: str, style: int) -> str:
    """One of three ways news writes a day or a range of days in a month."""
    if style == 0:
        return text

    def rng(m: re.Match) -> str:
        month, a, b = m.group(1), m.group(2), m.group(3)
        if style == 1:
            return f"{month[:3]}. {a}-{b}" if month != "May" else f"May {a}-{b}"
        return f"{a}–{b} {month}"

    def single(m: re.Match) -> str:
        month, a = m.group(1), m.group(2)
        if style == 1:
            return f"{month[:3]}. {a}" if month != "May" else f"May {a}"
        return f"{a} {month}"

    return _MD_SINGLE.sub(single, _MD_RANGE.sub(rng, text))


def _shift_item(item: SourceItem, spans: list[tuple[int, int, str]], k: int, anchor: date, style: int) -> str:
    """The item's text with each of its date expressions moved by k months."""
    out, pos = [], 0
    lo, hi = item.offset, item.offset + len(item.text)
    for start, end, _grain in spans:
        if start < lo or end > hi:
            continue
        out.append(item.text[pos:start - lo])
        out.append(_shift_span(item.text[start - lo:end - lo], k, anchor, style))
        pos = end - lo
    out.append(item.text[pos:])
    return "".join(out)


def _blend(a: str, b: str) -> str:
    """A made-up place name from two real ones: the head of one, the tail of the other."""
    return a[:(len(a) + 1) // 2] + b[len(b) // 2:].lower()


def _rename(text: str, organizer: str, name: str) -> str:
    """The item told of another organization: the organizer's name (and its bare stem) replaced.

    Without it, the same item with the same shift in two articles would be the same happening
    reported twice, which the build merges: an archive of distinct news needs distinct organizers."""
    stem = organizer.split("-")[0]
    return re.sub(rf"\b{re.escape(stem)}\b", name, text)


def generate(n: int, seed: int = 1, items_per_article: tuple[int, int] = (2, 5)) -> Iterator[tuple[str, str]]:
    """(file name, text) of n articles; the same seed gives the same articles."""
    rng = random.Random(seed)
    anchor, items, spans = source_items()
    for i in range(n):
        chosen = rng.sample(items, rng.randint(*items_per_article))
        shifts = [k for k in range(MIN_SHIFT_MONTHS, MAX_SHIFT_MONTHS + 1) if all(_fits(it, k, anchor) for it in chosen)]
        k = rng.choice(shifts)
        style = rng.randrange(3)
        y, m = _add_months(anchor.year, anchor.month, k)
        published = date(y, m, anchor.day)
        stems = sorted({it.organizer.split("-")[0] for it in items})
        names = [_blend(*rng.sample(stems, 2)) for _ in chosen]
        orgs = list(dict.fromkeys(f"{name}-{it.organizer.split('-', 1)[1]}" if "-" in it.organizer else name
                                  for name, it in zip(names, chosen)))
        headline = f"[District News] {', '.join(orgs[:-1])} and {orgs[-1]}: what the districts are doing" \
            if len(orgs) > 1 else f"[District News] {orgs[0]}: what the district is doing"
        body = "".join(_rename(_shift_item(it, spans, k, anchor, style), it.organizer, name).rstrip("\n") + "\n"
                       for it, name in zip(chosen, names))
        text = (f"---\npublished: {published.isoformat()}\nurl: https://news.example.org/article/{seed}-{i}\n"
                f"---\n{headline}\n{body}")
        yield f"{published.isoformat()}-{i:06d}.txt", text


def write_corpus(out: Path, n: int, seed: int = 1) -> Path:
    """Write n articles into out/ (replacing what was there); articles spread over 100 folders."""
    if out.exists():
        shutil.rmtree(out)
    for i, (name, text) in enumerate(generate(n, seed)):
        folder = out / f"{i % 100:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help=f"folder to write (default: {DEFAULT_DIR}/N-seedS)")
    args = parser.parse_args(argv)
    out = args.out or DEFAULT_DIR / f"{args.n}-seed{args.seed}"
    write_corpus(out, args.n, args.seed)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
