"""Run the whole pipeline and publish its outputs all at once.

Outputs are written to a staging folder beside the output folder and swapped in with one atomic
rename, so a reader (or a subscriber's calendar) sees either the previous build or the new one,
never a mix, whatever happens to the process in between.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial
from pathlib import Path

from . import feeds as feed_module
from . import identity
from .config import Config
from .documents import DocumentError, DocumentWarning, far_from_anchor, impossible_dates
from .events import merge_across_documents
from .extract import default_cache_dir, extract_all
from .model import Document, Event, Feed
from .publish import OutputFile, Publisher
from .site import site_files
from .vevents import VeventStore

RENDER_CACHE_NAME = "render"  # serialized VEVENTs, inside the cache folder


class BuildError(Exception):
    """A build that must not go on; nothing was written and the previous output is as it was."""

    def __init__(self, message: str, warnings: Sequence[DocumentWarning] = ()):
        super().__init__(message)
        self.warnings = list(warnings)  # with --strict, the warnings that failed every document


@dataclass(frozen=True)
class BuildResult:
    documents: int
    events: tuple[Event, ...]
    feeds: tuple[Feed, ...]
    out: Path
    changed: bool  # False when the build reproduced the previous output byte for byte
    warnings: tuple[DocumentWarning, ...] = ()
    failed: tuple[str, ...] = ()  # documents left out because --strict made their warnings failures
    errors: tuple[DocumentError, ...] = ()  # documents whose reading crashed; the others were built


def collect_events(docs: Sequence[Document], jobs: int | None = 1, cache_dir: Path | None = None) -> list[Event]:
    """All events of all documents, in start order (timed and all-day events interleaved by day).

    Extraction is cached per document in `cache_dir` and spread over `jobs` processes (None: one per core).
    """
    events = merge_across_documents(extract_all(docs, jobs=jobs, cache_dir=cache_dir))
    return sorted(events, key=event_sort_key)


def collect_events_safely(docs: Sequence[Document], jobs: int | None = 1,
                          cache_dir: Path | None = None) -> tuple[list[Event], list[DocumentError]]:
    """collect_events, but a document that makes the reader crash fails alone: the others keep their
    events, and the crash is reported against its file so that it can be sent in with the file."""
    with contextlib.suppress(Exception):  # which document, and why, is found and reported below
        return collect_events(docs, jobs=jobs, cache_dir=cache_dir), []
    good: list[Document] = []
    errors: list[DocumentError] = []
    for doc in docs:
        try:
            collect_events([doc], jobs=1, cache_dir=cache_dir)
            good.append(doc)
        except Exception as exc:  # noqa: BLE001 - a bug met on one document must not cost the others
            errors.append(DocumentError(doc.path, None, f"the date reader failed on this document "
                                                        f"({type(exc).__name__}: {exc}); please report it with the file"))
    with contextlib.suppress(Exception):  # the documents that work, together (merged across articles)
        return collect_events(good, jobs=jobs, cache_dir=cache_dir), errors
    # Only several documents together fail (merging across articles): each keeps its own events.
    events = [e for doc in good for e in collect_events([doc], jobs=1, cache_dir=cache_dir)]
    return sorted(events, key=event_sort_key), errors


def event_sort_key(e: Event) -> tuple:
    start = e.start if isinstance(e.start, datetime) else datetime.combine(e.start, datetime.min.time())
    return (start.date(), not e.all_day, start, e.title, e.uid)


def render_outputs(docs: Sequence[Document], events: Sequence[Event], config: Config, previous: identity.State,
                   templates_dir: Path | None = None, vevents: VeventStore | None = None,
                   ) -> tuple[list[OutputFile], list[Event], list[Feed]]:
    """Every file of the output folder, each rendered when the publisher asks for its bytes."""
    vevents = vevents or feed_module.new_vevent_store()
    published = {d.path: d.published for d in docs}  # keyed like Event.source.document
    stable, state = identity.stabilize(list(events), previous, published)
    stable.sort(key=event_sort_key)
    feeds = feed_module.plan_feeds(stable, config.organizer_feeds, config.category_feeds)
    # "Upcoming" is judged against the newest article, not the clock, so rebuilds are reproducible.
    today = max((d.anchor for d in docs), default=None)
    # The site first: its per-event files render across processes, and the VEVENTs they serialize
    # come back for the feeds.
    files = site_files(stable, feeds, base_url=config.base_url, templates_dir=templates_dir,
                       calendar_name=config.calendar_name, today=today, vevents=vevents)
    files += [OutputFile(f.file, chunks=partial(feed_module.feed_chunks, f, config, vevents)) for f in feeds]
    files.append(OutputFile("feeds.json", partial(feed_module.feeds_json, feeds)))
    files.append(OutputFile("events.json", chunks=partial(_events_json, stable)))
    files.append(OutputFile(identity.STATE_FILE, chunks=partial(identity.state_chunks, state)))
    return files, stable, feeds


def _events_json(events: Sequence[Event]) -> Iterator[bytes]:
    """json.dumps(list, indent=2) + newline, one event at a time (strings in JSON hold no raw newline,
    so indenting an item's lines by two spaces nests it exactly as dumping the whole list would)."""
    if not events:
        yield b"[]\n"
        return
    for i, event in enumerate(events):
        item = json.dumps(event.to_json(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
        yield ("[\n  " if i == 0 else ",\n  ").encode() + item.encode()
    yield b"\n]\n"


def review(docs: Sequence[Document], events: Sequence[Event]) -> list[DocumentWarning]:
    """What a person should look at, by document and line: impossible dates (which made no event) and
    events far from their article's publication date (kept, but likely a typo)."""
    by_path = {d.path: d for d in docs}
    found = {d.path: impossible_dates(d) for d in docs}
    for e in events:
        doc = by_path.get(e.source.document)
        if doc is None:
            continue
        first = e.start.date() if isinstance(e.start, datetime) else e.start
        last = e.end.date() if isinstance(e.end, datetime) else e.end if isinstance(e.end, date) else first
        for day in dict.fromkeys((first, last)):
            warning = far_from_anchor(doc, day, e.source.line, e.source.mention or e.title)
            if warning is not None:
                found[doc.path].append(warning)
                break
    return [w for d in docs for w in sorted(found[d.path], key=lambda w: (w.line or 0, w.message))]


def build(docs: Sequence[Document], config: Config, templates_dir: Path | None = None,
          jobs: int | None = None, *, strict: bool = False,
          on_wait: Callable[[Path], None] | None = None) -> BuildResult:
    """Extract, render and publish. With `strict`, documents with warnings are left out like failed ones.

    Rendering needs only the documents' names and dates, so their texts are let go once read; a caller
    that wants that memory back for an archive hands its list over (see cli.build).

    Raises BuildError when there is nothing to publish or the output folder is not ours to replace,
    OSError when it cannot be written; in both cases the previous output is kept as it was.
    """
    out = Path(config.out)
    with build_lock(out, on_wait):
        recover(out)
        check_output_folder(out)
        previous = identity.load_state(out)
        events, errors = collect_events_safely(docs, jobs=jobs, cache_dir=default_cache_dir(out))
        crashed = {e.path for e in errors}
        docs = [d for d in docs if d.path not in crashed]
        warnings = review(docs, events)
        failed: tuple[str, ...] = ()
        if strict and warnings:
            failed = tuple(dict.fromkeys(w.path for w in warnings))
            docs = [d for d in docs if d.path not in failed]
            # Again without them, so that no event merged from a left-out article stays (the cache makes it cheap).
            events, _ = collect_events_safely(docs, jobs=jobs, cache_dir=default_cache_dir(out))
        if not docs:
            raise BuildError("no document could be used, so nothing was built", [*errors, *warnings])
        docs = [replace(d, text="") for d in docs]
        cache_dir = default_cache_dir(out)
        vevents = feed_module.new_vevent_store(cache_dir / RENDER_CACHE_NAME)
        files, stable, feeds = render_outputs(docs, events, config, previous, templates_dir, vevents)
        with Publisher(out, cache_dir) as publisher:
            publisher.add_all(files, jobs, vevents.shared())
            changed = publisher.finish()
        vevents.save()
    return BuildResult(len(docs), tuple(stable), tuple(feeds), out, changed, tuple(warnings), failed, tuple(errors))


def check_output_folder(out: Path) -> None:
    """Refuse to replace a folder that holds something other than a previous build: the swap would
    move its files away (think of `--out .` or `--out articles`)."""
    if out.exists() and not out.is_dir():
        raise BuildError(f"{out}: exists and is not a folder; choose another output folder with --out")
    if out.is_dir() and not (out / identity.STATE_FILE).is_file() and any(out.iterdir()):
        raise BuildError(f"{out}: this folder is not empty and is not a calendarize output (it has no "
                         f"{identity.STATE_FILE}); refusing to replace it; choose a new or empty folder with --out")


def recover(out: Path) -> None:
    """Clear what a killed build left beside the output folder (called under the lock, so no other
    build is using it): staging folders, and a half-done swap of the two-rename fallback."""
    out = out.resolve()
    previous = out.with_name(out.name + ".previous")
    if previous.is_dir():
        if out.exists():
            shutil.rmtree(previous, ignore_errors=True)
        else:
            os.rename(previous, out)  # killed between the two renames: the old build goes back
    for stale in out.parent.iterdir():
        if stale.name.startswith(f".{out.name}.staging-") and stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)


def describe_os_error(exc: OSError, out: Path) -> str:
    """A failed write said the way a person can act on: which folder, what happened, what to do."""
    where = exc.filename or out
    parent = Path(out).resolve().parent
    advice = {
        errno.ENOSPC: "the disk is full; free some space and build again",
        errno.EDQUOT: "the disk quota is used up; free some space and build again",
        errno.EROFS: "the file system is read-only; choose another folder with --out",
        errno.EACCES: f"permission denied; make {parent} writable or choose another folder with --out",
        errno.EPERM: f"not permitted; make {parent} writable or choose another folder with --out",
    }.get(exc.errno or 0, "fix the cause and build again")
    return f"cannot write {out}: {exc.strerror or exc} ({where}); {advice}"


@contextmanager
def build_lock(out: Path, on_wait: Callable[[Path], None] | None = None) -> Iterator[None]:
    """One build at a time per output folder; a second one says so and waits for the first."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out.parent / f".{out.name}.lock"
    with open(lock_path, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait(lock_path)
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
