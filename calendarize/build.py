"""Run the whole pipeline and publish its outputs all at once.

Outputs are written to a staging folder beside the output folder and swapped in with one atomic
rename, so a reader (or a subscriber's calendar) sees either the previous build or the new one,
never a mix, whatever happens to the process in between (see publish).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import gc
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
from .events_json import events_json_chunks
from .extract import DocumentInfo, default_cache_dir, extract_all, extract_paths, reader_failure
from .model import Document, Event, Feed
from .publish import OutputFile, OutputSurvey, Publisher
from .render_cache import files_signature
from .site import site_files
from .vevents import VeventStore

BUILD_GC_THRESHOLD = 500_000  # new objects between two collections while building (Python's default: 700)
RENDER_CACHE_NAME = "render"  # serialized VEVENTs, inside the cache folder


class BuildError(Exception):
    """A build that must not go on; nothing was written and the previous output is as it was."""

    def __init__(self, message: str, warnings: Sequence[DocumentWarning] = ()):
        super().__init__(message)
        self.warnings = list(warnings)  # with --strict, the warnings that failed every document


class NothingRead(BuildError):
    """No input document could be read at all (each one's error is in `warnings`)."""


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
    tree: str | None = None  # the output folder's render_cache.tree_signature, known from publishing


def collect_events(docs: Sequence[Document], jobs: int | None = 1, cache_dir: Path | None = None) -> list[Event]:
    """All events of all documents, in start order (timed and all-day events interleaved by day).

    Extraction is cached per document in `cache_dir` and spread over `jobs` processes (None: one per core).
    """
    return _merged(extract_all(docs, jobs=jobs, cache_dir=cache_dir))


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
            errors.append(reader_failure(doc.path, exc))
    return collect_events(good, jobs=jobs, cache_dir=cache_dir), errors


def event_sort_key(e: Event) -> tuple:
    start = e.start if isinstance(e.start, datetime) else datetime.combine(e.start, datetime.min.time())
    return (start.date(), not e.all_day, start, e.title, e.uid)


def render_outputs(docs: Sequence[Document] | Sequence[DocumentInfo], events: Sequence[Event], config: Config,
                   previous: identity.State, templates_dir: Path | None = None, vevents: VeventStore | None = None,
                   jobs: int | None = 1, publisher: Publisher | None = None,
                   ) -> tuple[list[OutputFile], list[Event], list[Feed]]:
    """Every file of the output folder, each rendered when the publisher asks for its bytes, with every
    VEVENT serialized (across `jobs` processes, while the site is planned). Given the publisher, the
    largest files start rendering before the site is planned (see Publisher.render_ahead)."""
    vevents = vevents or feed_module.new_vevent_store()
    published = {d.path: d.published for d in docs}  # keyed like Event.source.document
    stable, state = identity.stabilize(list(events), previous, published)
    stable.sort(key=event_sort_key)
    gc.freeze()  # see build_from
    keep_vevents = vevents.fill(stable, jobs)  # forks now, before the site's views take their memory
    feeds = feed_module.plan_feeds(stable, config.organizer_feeds, config.category_feeds)
    # The two largest files that every change rewrites go first, so that a worker starts on them while
    # the other renders the pages (last, one of them would be left to render alone).
    files = [OutputFile("events.json", chunks=partial(events_json_chunks, stable, vevents, vevents.folder)),
             OutputFile(identity.STATE_FILE, chunks=partial(identity.state_chunks, state))]
    feed_files = [OutputFile(f.file, chunks=partial(feed_module.feed_chunks, f, config, vevents),
                             key=feed_module.feed_key(f, config, vevents)) for f in feeds]
    feed_files.append(OutputFile("feeds.json", partial(feed_module.feeds_json, feeds)))
    if publisher is not None:
        if not keep_vevents.in_workers:  # (a rebuild: the few new VEVENTs are made here and now)
            keep_vevents()
            files, feed_files = files + feed_files, []
        publisher.render_ahead(files, jobs, vevents.shared())
    # "Upcoming" is judged against the newest article, not the clock, so rebuilds are reproducible.
    today = max((d.anchor for d in docs), default=None)
    files += site_files(stable, feeds, base_url=config.base_url, templates_dir=templates_dir,
                        calendar_name=config.calendar_name, today=today, vevents=vevents)
    keep_vevents()  # the site was planned while the VEVENTs were being serialized
    return files + feed_files, stable, feeds


def review(docs: Sequence[Document], events: Sequence[Event]) -> list[DocumentWarning]:
    """What a person should look at, by document and line: impossible dates (which made no event) and
    events far from their article's publication date (kept, but likely a typo)."""
    return review_found(docs, [w for d in docs for w in impossible_dates(d)], events)


def review_found(docs: Sequence[Document | DocumentInfo], impossible: Sequence[DocumentWarning],
                 events: Sequence[Event]) -> list[DocumentWarning]:
    """`review` from impossible dates already found (during extraction, while each text was at hand):
    far-off dates need only each document's path and publication date."""
    by_path = {d.path: d for d in docs}
    found: dict[str, list[DocumentWarning]] = {d.path: [] for d in docs}
    for w in impossible:
        if w.path in found:
            found[w.path].append(w)
    for e in events:
        doc = by_path.get(e.source.document)
        if doc is None:
            continue
        first = e.start.date() if isinstance(e.start, datetime) else e.start
        last = e.end.date() if isinstance(e.end, datetime) else e.end if isinstance(e.end, date) else first
        for day in dict.fromkeys((first, last)):
            warning = far_from_anchor(doc, day, e.source.line, e.source.mention or e.title)  # type: ignore[arg-type]
            if warning is not None:
                found[doc.path].append(warning)
                break
    return [w for d in docs for w in sorted(found[d.path], key=lambda w: (w.line or 0, w.message))]


@dataclass(frozen=True)
class Gathered:
    """What a build needs of its inputs: the usable documents (no text), their events sorted, the
    warnings to show, and the documents that failed."""

    documents: list[Document] | list[DocumentInfo]
    events: list[Event]
    warnings: list[DocumentWarning]
    errors: list[DocumentError]
    read: int  # documents that could be read, usable or not


Gather = Callable[[Path, frozenset[str]], Gathered]  # (cache folder, paths to leave out) -> Gathered


def gather_documents(docs: Sequence[Document], jobs: int | None) -> Gather:
    """Documents already read (the bundled article, tests, callers with texts at hand)."""
    def gather(cache_dir: Path, leave_out: frozenset[str]) -> Gathered:
        kept = [d for d in docs if d.path not in leave_out]
        events, errors = collect_events_safely(kept, jobs=jobs, cache_dir=cache_dir)
        crashed = {e.path for e in errors}
        kept = [d for d in kept if d.path not in crashed]
        warnings = review(kept, events)
        # Rendering needs only each document's name and dates: the texts are not kept past here.
        return Gathered([replace(d, text="") for d in kept], events, warnings, errors, len(kept) + len(crashed))
    return gather


def gather_files(paths: Sequence[Path], anchor: date | None, jobs: int | None) -> Gather:
    """Files read one at a time by the extraction workers: no text of the archive is held here."""
    def gather(cache_dir: Path, leave_out: frozenset[str]) -> Gathered:
        # A second call leaves some out (--strict): the pack stays that of the whole build.
        found = extract_paths([p for p in paths if str(p) not in leave_out], anchor, jobs, cache_dir,
                              save_pack=not leave_out)
        events = _merged(found.events)
        warnings = review_found(found.documents, found.warnings, events)
        return Gathered(found.documents, events, warnings, found.errors, len(found.documents) + found.crashed)
    return gather


def _merged(events: list[Event]) -> list[Event]:
    """Events merged across documents, in start order; if merging them all fails, each document's alone."""
    with contextlib.suppress(Exception):  # a bug met merging articles must not cost their events
        return sorted(merge_across_documents(events), key=event_sort_key)
    by_document: dict[str, list[Event]] = {}
    for e in events:
        by_document.setdefault(e.source.document, []).append(e)
    return sorted((e for mine in by_document.values() for e in merge_across_documents(mine)), key=event_sort_key)


def build(docs: Sequence[Document], config: Config, templates_dir: Path | None = None,
          jobs: int | None = None, *, strict: bool = False,
          on_wait: Callable[[Path], None] | None = None) -> BuildResult:
    """Extract, render and publish. With `strict`, documents with warnings are left out like failed ones.

    For an archive, `build_files` keeps memory down: it never holds the texts, which are read one at a
    time by the extraction workers.

    Raises BuildError when there is nothing to publish or the output folder is not ours to replace,
    OSError when it cannot be written; in both cases the previous output is kept as it was.
    """
    return build_from(gather_documents(docs, jobs), config, templates_dir, jobs, strict=strict, on_wait=on_wait)


def build_files(paths: Sequence[Path], anchor: date | None, config: Config, templates_dir: Path | None = None,
                jobs: int | None = None, *, strict: bool = False,
                on_wait: Callable[[Path], None] | None = None) -> BuildResult:
    """`build` of files, each read in an extraction worker: an archive's texts are never all in memory.
    Files that cannot be read are among the result's errors; NothingRead when none can."""
    return build_from(gather_files(paths, anchor, jobs), config, templates_dir, jobs, strict=strict,
                      on_wait=on_wait)


def build_from(gather: Gather, config: Config, templates_dir: Path | None = None, jobs: int | None = None, *,
               strict: bool = False, on_wait: Callable[[Path], None] | None = None) -> BuildResult:
    out = Path(config.out)
    with build_lock(out, on_wait), _long_lived_heap():
        recover(out)
        check_output_folder(out)
        survey = OutputSurvey(out, default_cache_dir(out), jobs)  # made while this process extracts and plans
        try:
            return _build(out, gather, config, templates_dir, jobs, strict, survey)
        finally:
            survey.stop()


def _build(out: Path, gather: Gather, config: Config, templates_dir: Path | None, jobs: int | None, strict: bool,
           survey: OutputSurvey) -> BuildResult:
    previous = identity.load_state(out)
    cache_dir = default_cache_dir(out)
    first = used = gather(cache_dir, frozenset())
    gc.freeze()
    if not first.read:
        raise NothingRead(f"none of the {len(first.errors)} document(s) could be read, so nothing was done",
                          first.errors)
    warnings = first.warnings
    failed: tuple[str, ...] = ()
    if strict and warnings:
        failed = tuple(dict.fromkeys(w.path for w in warnings))
        # Again without them, so that no event merged from a left-out article stays (the cache makes it cheap).
        used = gather(cache_dir, frozenset(failed))
    if not used.documents:
        raise BuildError("no document could be used, so nothing was built", [*first.errors, *warnings])
    vevents = feed_module.new_vevent_store(cache_dir / RENDER_CACHE_NAME)
    with Publisher(out, cache_dir, survey) as publisher:
        files, stable, feeds = render_outputs(used.documents, used.events, config, previous, templates_dir, vevents,
                                              jobs, publisher)
        documents, errors = len(used.documents), first.errors
        del first, used  # the extracted events are not needed once stabilized
        gc.freeze()  # the views and keys of the site, before the renderers fork
        publisher.add_all(files, jobs, vevents.shared())
        changed = publisher.finish()
        tree = files_signature((name, entry[0], entry[1]) for name, entry in publisher.manifest.items())
    vevents.save()
    return BuildResult(documents, tuple(stable), tuple(feeds), out, changed, tuple(warnings), failed, tuple(errors),
                       tree)


@contextmanager
def _long_lived_heap() -> Iterator[None]:
    """A build holds hundreds of thousands of objects (events, views, keys) until it ends. Python's
    cyclic collector would walk them all again and again (seconds, on an archive), and in forked
    workers each walk would copy the pages it touches; so each stage freezes what it made
    (gc.freeze), collection sees only new objects, and it runs less often while they pile up. The
    build's end lets them all go."""
    thresholds = gc.get_threshold()
    gc.set_threshold(BUILD_GC_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


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
