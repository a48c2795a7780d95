"""Score calendarize's events on articles of the genre beyond the bundled one.

`benchmarks/corpora/genre/` holds district-news articles written for the project, each with a gold file
in the format of the project's `score_events.py` (`NAME.txt` and `NAME.gold.json`). Each gold file was
made from the calendar a person wrote down from the article before the program read it. The rules were
then improved on what these articles showed, so they measure regressions, not the articles nobody here
has seen.

    python benchmarks/score_genre.py [--shared DIR] [--misses]

Runs `calendarize events FILE --format json` on each article, scores it with score_events.py and prints
a Markdown table: required events found, events output, spurious, duplicates.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = HERE / "corpora" / "genre"


def score(article: Path, scorer: Path, misses: bool) -> tuple[dict, str]:
    """score_events.py's counts for one article, and its list of misses when asked for."""
    events = subprocess.run([sys.executable, "-m", "calendarize.cli", "events", str(article), "--format", "json"],
                            capture_output=True, text=True, check=True).stdout
    gold = article.with_name(article.stem + ".gold.json")
    with tempfile.TemporaryDirectory() as folder:
        system = Path(folder) / "events.json"
        system.write_text(events, encoding="utf-8")
        out = subprocess.run([sys.executable, str(scorer), str(gold), str(system), *(["--misses"] if misses else [])],
                             capture_output=True, text=True, check=True).stdout.strip().splitlines()
    return json.loads(out[-1]), "\n".join(out[:-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the folder holding tools/")
    parser.add_argument("--misses", action="store_true", help="list each article's misses and extra events")
    args = parser.parse_args(argv)
    scorer = args.shared / "tools" / "score_events.py"
    if not scorer.is_file():
        parser.error(f"{scorer} not found; point --shared at the folder holding tools/score_events.py")
    rows, totals = [], {"required": 0, "found": 0, "events_out": 0, "spurious": 0, "duplicates": 0}
    for article in sorted(p for p in CORPUS.glob("*.txt")):
        counts, detail = score(article, scorer, args.misses)
        rows.append((article.stem, counts))
        for key in totals:
            totals[key] += counts[key]
        if detail:
            print(f"{article.stem}\n{detail}\n", file=sys.stderr)
    print("| article | found/required | events out | spurious | duplicates |")
    print("|---|--:|--:|--:|--:|")
    for name, c in [*rows, ("**all**", totals)]:
        print(f"| {name} | {c['found']}/{c['required']} | {c['events_out']} | {c['spurious']} | {c['duplicates']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
