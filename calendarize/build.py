"""Run the whole pipeline and publish its outputs all at once.

Outputs are written to a staging folder beside the output folder and swapped in with one atomic
rename, so a reader (or a subscriber's calendar) sees either the previous build or the new one,
never a mix, whatever happens to the process in between.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import feeds as feed_module
from . import identity
from .config import Config
from .extract import default_cache_dir, extract_all
from .model import Document, Event, Feed
from .site import render_site


@dataclass(frozen=True)
class BuildResult:
    documents: int
    events: tuple[Event, ...]
    feeds: tuple[Feed, ...]
    out: Path
    changed: bool  # False when the build reproduced the previous output byte for byte


def collect_events(docs: Sequence[Document], jobs: int | None = 1, cache_dir: Path | None = None) -> list[Event]:
    """All events of all documents, in start order (timed and all-day events interleaved by day).

    Extraction is cached per document in `cache_dir` and spread over `jobs` processes (None: one per core).
    """
    events = extract_all(docs, jobs=jobs, cache_dir=cache_dir)
    return sorted(events, key=event_sort_key)


def event_sort_key(e: Event) -> tuple:
    start = e.start if isinstance(e.start, datetime) else datetime.combine(e.start, datetime.min.time())
    return (start.date(), not e.all_day, start, e.title, e.uid)


def render_outputs(docs: Sequence[Document], events: Sequence[Event], config: Config, previous: identity.State,
                   templates_dir: Path | None = None) -> tuple[dict[str, bytes], list[Event], list[Feed]]:
    """Every file of the output folder, by relative path."""
    published = {d.path: d.published for d in docs}  # keyed like Event.source.document
    stable, state = identity.stabilize(list(events), previous, published)
    stable.sort(key=event_sort_key)
    feeds = feed_module.plan_feeds(stable, config.organizer_feeds, config.category_feeds)
    files = {f.file: feed_module.render_feed(f, config) for f in feeds}
    files["feeds.json"] = feed_module.feeds_json(feeds)
    files["events.json"] = (json.dumps([e.to_json() for e in stable], ensure_ascii=False, indent=2) + "\n").encode()
    # "Upcoming" is judged against the newest article, not the clock, so rebuilds are reproducible.
    today = max((d.anchor for d in docs), default=None)
    files.update(render_site(stable, feeds, base_url=config.base_url, templates_dir=templates_dir,
                             calendar_name=config.calendar_name, today=today))
    files[identity.STATE_FILE] = identity.dump_state(state)
    return files, stable, feeds


def build(docs: Sequence[Document], config: Config, templates_dir: Path | None = None,
          jobs: int | None = None) -> BuildResult:
    out = Path(config.out)
    with build_lock(out):
        previous = identity.load_state(out)
        events = collect_events(docs, jobs=jobs, cache_dir=default_cache_dir(out))
        files, stable, feeds = render_outputs(docs, events, config, previous, templates_dir)
        changed = not same_tree(out, files)
        if changed:
            publish(out, files)
    return BuildResult(len(docs), tuple(stable), tuple(feeds), out, changed)


def same_tree(out: Path, files: dict[str, bytes]) -> bool:
    """True when the output folder already holds exactly these files with these bytes."""
    if not out.is_dir():
        return False
    present = {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()}
    if present != set(files):
        return False
    return all((out / name).read_bytes() == data for name, data in files.items())


def publish(out: Path, files: dict[str, bytes]) -> None:
    """Write the files into a staging folder and swap it with `out` in one step."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-", dir=out.parent))
    try:
        for name, data in files.items():
            target = (staging / name).resolve()
            if staging.resolve() not in target.parents:
                raise ValueError(f"refusing to write outside the output folder: {name}")
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        os.chmod(staging, 0o755)
        if out.exists():
            _exchange(staging, out)  # staging now holds the previous build
        else:
            os.rename(staging, out)
        _fsync_dir(out.parent)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> None:
    """Atomically swap two folders (Linux renameat2). Elsewhere, two renames: a short window only."""
    libc = ctypes.CDLL(None, use_errno=True)
    fn = getattr(libc, "renameat2", None)
    if fn is not None:
        if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
            return
        err = ctypes.get_errno()
        if err not in (errno.ENOSYS, errno.EINVAL):
            raise OSError(err, os.strerror(err), str(b))
    old = b.with_name(b.name + ".previous")
    os.rename(b, old)
    os.rename(a, b)
    os.rename(old, a)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """One build at a time per output folder; a second one waits for the first."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out.parent / f".{out.name}.lock"
    with open(lock_path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
