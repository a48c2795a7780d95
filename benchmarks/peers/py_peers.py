"""Run the Python date parsers that calendarize is measured against (dateparser, timefhuman).

Input on stdin, one JSON object per line: {"doc", "anchor": "YYYY-MM-DD", "text"}.
Output on stdout, one JSON object per result: {"peer", "doc", "line", "start", "end", "text"}, with `line`
1-based in the given text and start/end ISO ("YYYY-MM-DD", or "YYYY-MM-DDTHH:MM" when the matched text
names a clock time). Both parsers run line by line, so line numbers are exact, and a failure on one line
only costs that line.

    python py_peers.py [--peer dateparser|dateparser-en|timefhuman|timefhuman-past|all] < docs.jsonl > results.jsonl
    python py_peers.py --bench FILE [N] [--peer NAME]   # throughput in MB/s (default: dateparser)
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

PEERS = ("dateparser", "dateparser-en", "timefhuman", "timefhuman-past")
LINE_TIMEOUT_S = 20
PROGRESS_EVERY_S = 15

# A clock time written in the text: "10:30", "3 p.m.", "7pm", "noon", "midnight", "5 o'clock".
CLOCK = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)|\bnoon\b|\bmidnight\b|o'clock",
    re.IGNORECASE,
)

Finder = Callable[[str, datetime], list[tuple[str, Any]]]


class LineTimeout(Exception):
    """A parser spent too long on one line."""


def _on_alarm(signum: int, frame: object) -> None:
    raise LineTimeout(f"no answer within {LINE_TIMEOUT_S} s")


def iso(value: date | datetime, with_clock: bool) -> str:
    """ISO day, or day and clock when the text named a time."""
    if isinstance(value, datetime) and with_clock:
        return value.strftime("%Y-%m-%dT%H:%M")
    return value.strftime("%Y-%m-%d")


def spans(value: Any) -> Iterator[tuple[date, date | None]]:
    """(start, end) pairs of a parser's value: a datetime, a (start, end) range, or a list of those."""
    if isinstance(value, date):  # datetime is a date too
        yield value, None
    elif isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, date) for v in value):
        yield value[0], value[1]
    elif isinstance(value, list | tuple):
        for item in value:
            yield from spans(item)
    # times without a day and bare durations claim no date: nothing to report


def dateparser_finder(languages: list[str] | None = None) -> Finder:
    """search_dates as a user would call it for news: relative to the anchor, naive datetimes.

    Without `languages` dateparser guesses the language of every line, which is slow and reads words
    such as "to" or "on" as dates in other languages; "dateparser-en" pins English.
    """
    from dateparser.search import search_dates

    def find(line: str, anchor: datetime) -> list[tuple[str, Any]]:
        settings = {
            "RELATIVE_BASE": anchor,
            "PREFER_DATES_FROM": "current_period",
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
        return list(search_dates(line, languages=languages, settings=settings) or [])

    return find


def timefhuman_finder(past: bool = False) -> Finder:
    """timefhuman 0.1.x: the anchor goes in a tfhConfig; matched text comes back with each value.

    By default a weekday means the coming one; "timefhuman-past" asks for the previous one, as news
    written after the fact mostly means.
    """
    from timefhuman import Direction, tfhConfig, timefhuman

    direction = Direction.previous if past else Direction.next

    def find(line: str, anchor: datetime) -> list[tuple[str, Any]]:
        config = tfhConfig(now=anchor, return_matched_text=True, direction=direction)
        return [(text, value) for text, _pos, value in timefhuman(line, config)]

    return find


FINDERS: dict[str, Callable[[], Finder]] = {
    "dateparser": dateparser_finder,
    "dateparser-en": lambda: dateparser_finder(["en"]),
    "timefhuman": timefhuman_finder,
    "timefhuman-past": lambda: timefhuman_finder(past=True),
}


def scan(doc: dict[str, Any], peer: str, find: Finder) -> Iterator[dict[str, Any]]:
    """Results of one parser over one document, line by line."""
    anchor = datetime.fromisoformat(doc["anchor"]).replace(hour=12)
    for number, line in enumerate(doc["text"].split("\n"), start=1):
        if not line.strip():
            continue
        signal.alarm(LINE_TIMEOUT_S)
        try:
            found = find(line, anchor)
        except Exception as err:  # noqa: BLE001 - a peer's bug must not end the run
            print(f"py_peers: {peer}: {doc['doc']}:{number}: skipped line: {err!r}", file=sys.stderr)
            continue
        finally:
            signal.alarm(0)
        for text, value in found:
            with_clock = bool(CLOCK.search(text))
            for start, end in spans(value):
                yield {
                    "peer": peer,
                    "doc": doc["doc"],
                    "line": number,
                    "start": iso(start, with_clock),
                    "end": iso(end, with_clock) if end is not None else None,
                    "text": text,
                }


def run(peers: list[str]) -> None:
    """Scan every document on stdin with every chosen parser; progress goes to stderr."""
    finders = {peer: FINDERS[peer]() for peer in peers}
    docs = [json.loads(raw) for raw in sys.stdin if raw.strip()]
    for peer, find in finders.items():
        started = last = time.monotonic()
        for i, doc in enumerate(docs, start=1):
            for result in scan(doc, peer, find):
                sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()
            now = time.monotonic()
            if now - last >= PROGRESS_EVERY_S or i == len(docs):
                last = now
                print(f"  {peer}: {i}/{len(docs)} documents, {now - started:.0f} s", file=sys.stderr, flush=True)


def bench(path: str, times: int, peer: str) -> None:
    """Throughput of one parser over a file, scanned line by line, start-up excluded.

    The first pass over the file is reported on its own: timefhuman keeps results of text it has seen,
    so later passes over the same text measure its caches more than its parser.
    """
    with open(path, encoding="utf-8") as f:
        text = f.read()
    find = FINDERS[peer]()
    warm_up = {"doc": "warm-up", "anchor": "2021-10-28", "text": "The fair runs from the 3rd to May 5 at 2 p.m."}
    sum(1 for _ in scan(warm_up, peer, find))  # imports, language data, compiled grammars
    doc = {"doc": path, "anchor": "2021-10-28", "text": text}
    mb = len(text.encode("utf-8")) / 1e6
    started = time.perf_counter()
    found = sum(1 for _ in scan(doc, peer, find))
    first = time.perf_counter() - started
    line = f"{peer}: {mb / first:.3f} MB/s first pass"
    if times > 1:
        started = time.perf_counter()
        for _ in range(times - 1):
            sum(1 for _ in scan(doc, peer, find))
        line += f", {mb * (times - 1) / (time.perf_counter() - started):.3f} MB/s repeated"
    print(f"{line} ({times} x {path}, {found} results per pass)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--peer", choices=[*PEERS, "all"], default="all")
    parser.add_argument("--bench", nargs="+", metavar=("FILE", "N"), help="throughput over FILE, N passes")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")  # dateparser's deprecation chatter would drown the progress lines
    signal.signal(signal.SIGALRM, _on_alarm)
    if args.bench:
        times = int(args.bench[1]) if len(args.bench) > 1 else 3
        bench(args.bench[0], times, "dateparser" if args.peer == "all" else args.peer)
        return 0
    run(list(PEERS) if args.peer == "all" else [args.peer])
    return 0


if __name__ == "__main__":
    sys.exit(main())
