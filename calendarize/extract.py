"""Extract events from many documents: cached by content, in parallel, in input order.

An archive rebuilds on every new article, so the cost of a build must follow what changed. Each
document's events are stored under a key made of its content, its anchor and the program version
(``calendarize.__version__`` plus a hash of the package's source files, so a changed rule never serves
stale events); an unchanged document costs a file read and a JSON load. Documents not in the cache
are extracted across processes in chunks and the results come back in input order, so the output of
``jobs=2`` is the output of ``jobs=1``.

Two entry points: :func:`extract_all` for documents already read, and :func:`extract_paths`, which
reads each file only to hash it and leaves parsing to the worker, so that the texts of an archive are
never all in memory at once. :func:`extract_paths` also keeps the extractions of its last call in one
pack file (pickled per document), from which a rebuild loads what did not change: one read instead of
ten thousand files decoded.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import marshal
import os
import pickle
import stat
import sys
import tempfile
import time as _time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

import click

from . import __version__
from .documents import MAX_BYTES, DocumentError, DocumentWarning, impossible_dates, read_bytes, read_document
from .events import extract_events
from .identity import with_fingerprint
from .model import Document, Event, Source

CACHE_DIR_NAME = ".calendarize-cache"
CACHE_FORMAT = 1
PACK_NAME = "extractions.pack"
PACK_FORMAT = 2  # 2: events carry their fingerprints
CHUNK = 16  # documents per task: large enough to amortise pickling, small enough to balance the workers
PROGRESS_AFTER_S = 0.5  # a build quicker than this shows no bar


# ---------------------------------------------------------------------------- program version


@cache
def program_version() -> str:
    """The release plus a hash of every source file of the package, computed once per process.

    A release number alone would let an edited rule reuse events extracted by the old one.
    """
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".json", ".txt") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:16]}"


def default_cache_dir(out: Path) -> Path:
    """The cache lives beside the output folder, never inside it (the output is swapped whole)."""
    return Path(out).resolve().parent / CACHE_DIR_NAME


# ---------------------------------------------------------------------------- serialisation


def _encode(value: Any) -> Any:
    """JSON for the values an Event holds, tagged so that a date never comes back as a datetime."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):  # before date: a datetime is a date
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, time):
        return {"$time": value.isoformat()}
    if isinstance(value, tuple):
        return {"$tuple": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, Source):
        return {"$source": {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(Source)}}
    raise TypeError(f"cannot store a {type(value).__name__} in the event cache")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    (tag, inner), = value.items()
    if tag == "$datetime":
        return datetime.fromisoformat(inner)
    if tag == "$date":
        return date.fromisoformat(inner)
    if tag == "$time":
        return time.fromisoformat(inner)
    if tag == "$tuple":
        return tuple(_decode(v) for v in inner)
    if tag == "$source":
        return Source(**{k: _decode(v) for k, v in inner.items()})
    raise ValueError(f"unknown tag {tag!r} in the event cache")


def event_to_dict(event: Event) -> dict[str, Any]:
    """Every field of an Event, exactly: dates stay dates, tuples stay tuples."""
    return {f.name: _encode(getattr(event, f.name)) for f in dataclasses.fields(Event)}


_PLAIN = frozenset({"uid", "title", "all_day", "timezone", "organizer", "location", "online", "description",
                    "kind", "recurrence", "url", "article_title", "sequence"})


def _when(value: Any) -> Any:
    """A tagged date or datetime (or None): the common case of _decode, without its generality."""
    if value is None:
        return None
    if "$date" in value:
        return date.fromisoformat(value["$date"])
    return _decode(value)


def event_from_dict(data: dict[str, Any]) -> Event:
    """The Event that event_to_dict stored. The fields every event has are decoded directly: a warm
    rebuild of a large archive spends most of its time here."""
    fields: dict[str, Any] = {}
    for name, value in data.items():
        if name in _PLAIN:
            fields[name] = value
        elif name in ("start", "end", "last_modified"):
            fields[name] = _when(value)
        elif name in ("categories", "inferred"):
            fields[name] = tuple(value["$tuple"])
        elif name == "source":
            fields[name] = Source(**value["$source"])
        else:
            fields[name] = _decode(value)
    return Event(**fields)


# ---------------------------------------------------------------------------- the cache


def document_key(doc: Document) -> str:
    """A document's cache key: everything extraction reads from it, and the program version."""
    parts = [program_version(), doc.path, doc.text, repr(doc.published), doc.timezone, repr(doc.url),
             repr(doc.title), str(doc.body_line)]
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def file_key(path: Path, raw: bytes, anchor: date | None) -> str:
    """A file's cache key, from its bytes as read: hashing needs no decoding and no parsing."""
    head = "\0".join([program_version(), str(path), repr(anchor), ""]).encode("utf-8", "surrogatepass")
    return hashlib.sha256(head + raw).hexdigest()


# Keys of files hashed earlier in this process, by the file's identity and change time: the build
# command hashes every input to know whether anything changed, and extraction need not read them again.
_hashed: dict[tuple, str] = {}


def _identity(path: Path, anchor: date | None, st: os.stat_result | None = None) -> tuple | None:
    """What makes a remembered key valid: the path as given, the anchor, and the file as it is now."""
    try:
        st = st or os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_BYTES:
        return None
    return str(path), anchor, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev


def hashed_file_key(path: Path, anchor: date | None) -> str:
    """The file read and its file_key, remembered for extraction when the file did not change while it
    was read. OSError when it cannot be read."""
    with open(path, "rb") as fh:
        before = os.fstat(fh.fileno())
        raw = fh.read()
        after = os.fstat(fh.fileno())
    key = file_key(path, raw, anchor)
    identity = _identity(path, anchor, before)
    if identity is not None and identity == _identity(path, anchor, after):
        _hashed[identity] = key
    return key


class FileKeyMemo:
    """File keys remembered across builds in the cache folder, by each file's identity (path as given,
    anchor, size, change times, inode, device): an archive's unchanged files need a stat, not a read.

    Time stamps are coarser than the time a write takes, so a file changed right before its key was
    taken could change again unseen with the same size and times; as git does for its index, such a
    file (changed less than RACY_NS before the memo's files began to be read) is always read again.
    (The clock is read for that, never for anything a build writes.)
    """

    NAME = "file-keys.json"
    RACY_NS = 2_000_000_000

    def __init__(self, cache_dir: Path | None):
        self.path = Path(cache_dir) / self.NAME if cache_dir is not None else None
        self.saved: dict[str, str] = {}
        self.trusted_before = 0  # change times (ns) older than this are not racy
        self.now: dict[str, str] = {}
        self.started_ns = _time.time_ns()  # before any file is read here
        self.read = False
        if self.path is None:
            return
        try:
            data = json.loads(self.path.read_bytes())
            if data.get("version") == program_version() and isinstance(data.get("files"), dict):
                self.saved = data["files"]
                self.trusted_before = int(data["started_ns"]) - self.RACY_NS
        except (OSError, ValueError, AttributeError, KeyError, TypeError):
            pass

    def key(self, path: Path, anchor: date | None) -> str:
        """hashed_file_key(path, anchor), without reading the file when it is remembered and not racy."""
        st = os.stat(path)
        identity = _identity(path, anchor, st)
        name = "\0".join(map(str, identity)) if identity is not None else None
        key = self.saved.get(name) if name is not None and st.st_ctime_ns < self.trusted_before else None
        if key is None:
            key = hashed_file_key(path, anchor)
            self.read = True
        else:  # remembered, so the file has an identity
            _hashed[identity] = key  # type: ignore[index]
        if identity is not None and _hashed.get(identity) == key:  # not changed while it was read
            self.now[name] = key  # type: ignore[index]
        return key

    def save(self) -> None:
        """Keep this call's files (only those: the memo does not grow with the history) when any was read
        (changed, new or racy: a racy one is trusted once this memo is older than it)."""
        if self.path is not None and (self.read or self.now != self.saved):
            write_json_quietly(self.path, {"version": program_version(), "started_ns": self.started_ns,
                                           "files": self.now})


REWRITE_SHARE = 256  # a whole-archive cache file is written again once 1/256 of its entries changed


def worth_rewriting(entries: int, changed: int) -> bool:
    """Whether a cache file of `entries` entries (0: none yet) should be written again for `changed` new or
    dropped ones. A few are cheaper to make again on the next builds (a document from its own cache
    file, a VEVENT or a piece of events.json anew) than tens of megabytes are to write on every one."""
    return changed > 0 and (not entries or changed * REWRITE_SHARE >= entries)


def write_json_quietly(path: Path, data: Any) -> None:
    """write_quietly of `data` as compact JSON."""
    # dumps, not dump: only the one-shot form uses the C encoder (several times faster)
    write_quietly(path, lambda fh: fh.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()))


def write_quietly(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write a cache file atomically (`write` fills a temporary file, which is then renamed); one that
    cannot be written only costs the next build time, never this build."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass


class EventCache:
    """Serialized events per document key, one small JSON file each, written atomically."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / f"v{CACHE_FORMAT}" / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[Event] | None:
        """The cached events, or None when absent or unreadable (then they are extracted again)."""
        try:
            data = json.loads(self._path(key).read_bytes())
            return [event_from_dict(d) for d in data["events"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def get_meta(self, key: str) -> dict[str, Any] | None:
        try:
            return json.loads(self._path(key).read_bytes())
        except (OSError, ValueError):
            return None

    def put(self, key: str, events: Sequence[Event], meta: dict[str, Any] | None = None) -> None:
        """Write atomically; a cache that cannot be written only costs speed, never the build."""
        write_json_quietly(self._path(key), {"events": [event_to_dict(e) for e in events], **(meta or {})})


# ---------------------------------------------------------------------------- progress


class Progress:
    """A bar on stderr once the work has lasted a moment, and only when stderr is a terminal."""

    def __init__(self, total: int, label: str):
        self.total, self.label = total, label
        self.done = 0
        self.started = _time.monotonic()
        self.bar: Any = None
        self.enabled = total > 0 and sys.stderr.isatty()

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        if self.bar is None:
            if _time.monotonic() - self.started < PROGRESS_AFTER_S:
                return
            self.bar = click.progressbar(length=self.total, label=self.label, file=sys.stderr)
            self.bar.__enter__()
            self.bar.update(self.done)
        else:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


# ---------------------------------------------------------------------------- extraction


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _extract_documents(batch: Sequence[tuple[str, Document]], cache_root: str | None) -> list[list[Event]]:
    """Worker: extract a chunk of documents and store each one's events."""
    store = EventCache(Path(cache_root)) if cache_root else None
    out = []
    for key, doc in batch:
        events = extract_events(doc)
        if store is not None:
            store.put(key, events)
        out.append(events)
    return out


@dataclass(frozen=True)
class DocumentInfo:
    """What the rest of a build needs of a document once its text is gone."""

    path: str
    published: date | datetime

    @property
    def anchor(self) -> date:
        return self.published.date() if isinstance(self.published, datetime) else self.published


def reader_failure(path: str, exc: Exception) -> DocumentError:
    """A crash of the date reader on one document, said so that it can be reported with the file."""
    return DocumentError(path, None, f"the date reader failed on this document ({type(exc).__name__}: {exc}); "
                                     "please report it with the file")


@dataclass(frozen=True)
class _Outcome:
    events: list[Event]
    info: DocumentInfo | None
    error: tuple[str, int | None, str] | None  # a DocumentError's fields (exceptions pickle badly)
    warnings: tuple[DocumentWarning, ...] = ()  # impossible dates, found while the text is at hand
    crashed: bool = False  # read, but the date reader failed on it
    cached: bool = False  # found in the cache, not extracted
    packed: bytes | None = None  # a document read: its info, warnings and events, pickled (see _packed)


def _failed(exc: DocumentError, crashed: bool = False) -> _Outcome:
    return _Outcome([], None, (exc.path, exc.line, exc.message), crashed=crashed)


def _packed(info: DocumentInfo, warnings: Sequence[DocumentWarning], events: Sequence[Event],
            cached: bool = False) -> _Outcome:
    """A document read, as workers hand it back and the pack keeps it: pickled once, in the worker, its
    events carrying their fingerprints (see identity.with_fingerprint)."""
    events = [with_fingerprint(e) for e in events]
    return _Outcome([], None, None, cached=cached,
                    packed=pickle.dumps((info, tuple(warnings), events), pickle.HIGHEST_PROTOCOL))


def _from_pack(pack: dict[str, bytes], key: str) -> _Outcome | None:
    """The document packed under `key`, or None; a damaged entry is dropped (and the pack written again)."""
    packed = pack.get(key)
    if packed is None:
        return None
    try:
        return _outcome_of(packed, cached=True)
    except Exception:  # noqa: BLE001 - whatever a damaged pickle raises, the document is read again
        del pack[key]
        return None


def _unpacked(outcome: _Outcome) -> _Outcome:
    return outcome if outcome.packed is None else _outcome_of(outcome.packed, outcome.cached)


def _outcome_of(packed: bytes, cached: bool) -> _Outcome:
    info, warnings, events = pickle.loads(packed)
    return _Outcome(events, info, None, warnings, cached=cached)


def _extract_files(batch: Sequence[tuple[str, str]], cache_root: str | None, anchor: date | None,
                   packing: bool = False) -> list[_Outcome]:
    """Worker: each file's cached extraction, or else read, parse and extract it, and store its events
    and warnings in a cache file of its own, unless the pack is `packing` them all anyway."""
    store = EventCache(Path(cache_root)) if cache_root else None
    out = []
    for key, name in batch:
        if store is not None and (cached := _cached_outcome(store.get_meta(key))) is not None:
            out.append(cached)
            continue
        try:
            doc = read_document(Path(name), anchor)
        except DocumentError as exc:
            out.append(_failed(exc))
            continue
        try:
            events = extract_events(doc)
        except Exception as exc:  # noqa: BLE001 - a bug met on one document must not cost the others
            out.append(_failed(reader_failure(doc.path, exc), crashed=True))
            continue
        warnings = tuple(impossible_dates(doc))
        info = DocumentInfo(doc.path, doc.published)
        if store is not None and not packing:
            store.put(key, events, {"path": doc.path, "published": _encode(doc.published),
                                    "impossible": [[w.line, w.message] for w in warnings]})
        out.append(_packed(info, warnings, events))
    return out


def _run(tasks: list[Any], work: Callable[..., list[Any]], jobs: int, progress: Progress,
         *args: Any) -> Iterator[list[Any]]:
    """Results of `work` over chunks of tasks, in order; across processes when that can help."""
    chunks = list(_chunks(tasks, CHUNK))
    if jobs <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            result = work(chunk, *args)
            progress.advance(len(chunk))
            yield result
        return
    pool: Executor = ProcessPoolExecutor(max_workers=min(jobs, len(chunks)))
    with pool:
        for chunk, result in zip(chunks, pool.map(work, chunks, *([a] * len(chunks) for a in args))):
            progress.advance(len(chunk))
            yield result


def _jobs(jobs: int | None) -> int:
    return max(1, jobs if jobs is not None else (os.cpu_count() or 1))


def extract_all(docs: Iterable[Document], jobs: int | None = None, cache_dir: Path | None = None) -> list[Event]:
    """The events of every document, in document order then reading order (not sorted by start).

    With a cache folder, unchanged documents are not read again; without one, everything is extracted.
    """
    store = EventCache(cache_dir) if cache_dir is not None else None
    per_doc: list[list[Event] | None] = []
    misses: list[tuple[int, tuple[str, Document]]] = []
    for doc in docs:
        key = document_key(doc) if store is not None else ""
        found = store.get(key) if store is not None else None
        if found is None:
            misses.append((len(per_doc), (key, doc)))
        per_doc.append(found)
    _fill_slots(per_doc, misses, _extract_documents, jobs, store)
    return [e for events in per_doc if events for e in events]


def _fill_slots(slots: list, tasks: list, work, jobs: int | None, store, *args) -> None:
    """Run `work` over the (slot, task) pairs across processes and put each result in its slot."""
    progress = Progress(len(tasks), "Reading articles")
    try:
        results = _run([task for _, task in tasks], work, _jobs(jobs), progress,
                       str(store.root) if store else None, *args)
        positions = iter(i for i, _ in tasks)
        for chunk in results:
            for outcome in chunk:
                slots[next(positions)] = outcome
    finally:
        progress.close()


@dataclass(frozen=True)
class Extraction:
    """Events of a set of files, what is known of each document read, and the files that failed."""

    events: list[Event]
    documents: list[DocumentInfo]
    errors: list[DocumentError]
    extracted: int  # documents not found in the cache
    warnings: list[DocumentWarning] = dataclasses.field(default_factory=list)  # impossible dates, in file order
    crashed: int = 0  # documents read on which the date reader failed (their errors are among `errors`)


def extract_paths(paths: Iterable[Path], anchor: date | None = None, jobs: int | None = None,
                  cache_dir: Path | None = None, save_pack: bool = True) -> Extraction:
    """Like :func:`extract_all` for files: each is read here only to hash it (not at all when the build
    command just hashed it), and parsed in a worker. An unchanged file's extraction comes from the pack
    of the last call (one read, then one unpickling per document); the workers load the others from the
    per-document cache, or extract them, and hand each back pickled, as the new pack keeps it.

    Memory follows the events kept, not the text read: a file's bytes are dropped once hashed. The pack
    is written again when enough of it changed (see worth_rewriting); without `save_pack` (a second
    call on part of the same files), it is left as it is.
    """
    store = EventCache(cache_dir) if cache_dir is not None else None
    pack = _read_pack(cache_dir)
    damaged = len(pack)
    slots: list[_Outcome | None] = []
    keys: list[str | None] = []  # of each slot
    tasks: list[tuple[int, tuple[str, str]]] = []
    kept: dict[str, bytes] = {}  # the next pack
    for path in paths:
        identity = _identity(path, anchor)
        key = _hashed.get(identity) if identity is not None else None
        if key is None:
            try:
                raw = read_bytes(path)  # checks first: a named pipe must not block the build
            except DocumentError as exc:
                slots.append(_failed(exc))
                keys.append(None)
                continue
            key = file_key(path, raw, anchor)
            del raw
        found = _from_pack(pack, key)
        if found is None:
            tasks.append((len(slots), (key, str(path))))
        else:
            kept[key] = pack[key]
        slots.append(found)
        keys.append(key)
    damaged -= len(pack)  # the entries _from_pack found damaged, and dropped: the pack is mended at once
    coming = kept.keys() | {key for _, (key, _) in tasks}  # (less any file that fails)
    repack = save_pack and cache_dir is not None and bool(damaged or worth_rewriting(len(pack), len(coming ^ pack.keys())))
    # A cold build's ten thousand documents go into the pack alone: a cache file of its own for each
    # would cost about a tenth of the extraction, and is needed only by documents that the pack leaves out.
    _fill_slots(slots, tasks, _extract_files, jobs, store, anchor, repack)
    for i, _ in tasks:
        if (packed := slots[i].packed) is not None:  # type: ignore[union-attr]
            kept[keys[i]] = packed  # type: ignore[index]
            slots[i] = _unpacked(slots[i])  # type: ignore[arg-type]
    if repack:
        _write_pack(cache_dir, kept)
    extracted = sum(not slots[i].cached for i, _ in tasks)  # type: ignore[union-attr]
    del pack, kept, tasks
    done = [s for s in slots if s is not None]
    return Extraction(
        events=[e for s in done for e in s.events],
        documents=[s.info for s in done if s.info is not None],
        # Files that could not be read, then those that crashed the reader: as when all were read first.
        errors=[DocumentError(*s.error) for s in sorted(done, key=lambda s: s.crashed) if s.error is not None],
        extracted=extracted,
        warnings=[w for s in done for w in s.warnings],
        crashed=sum(s.crashed for s in done),
    )


def _cached_outcome(meta: dict[str, Any] | None) -> _Outcome | None:
    """A stored extraction of a file, or None when absent or from an older layout."""
    if meta is None:
        return None
    try:
        info = DocumentInfo(meta["path"], _decode(meta["published"]))
        warnings = tuple(DocumentWarning(info.path, line, message) for line, message in meta["impossible"])
        return _packed(info, warnings, [event_from_dict(d) for d in meta["events"]], cached=True)
    except (KeyError, TypeError, ValueError):
        return None


def _pack_header() -> tuple:
    """What a pack's pickles depend on: its layout, the program (whose classes they name) and Python."""
    return PACK_FORMAT, program_version(), sys.version


def _read_pack(cache_dir: Path | None) -> dict[str, bytes]:
    """The last extract_paths' documents by file key, pickled; empty when missing, unreadable or made
    by another program or Python."""
    if cache_dir is None:
        return {}
    try:
        with open(Path(cache_dir) / PACK_NAME, "rb") as fh:
            header, entries = marshal.loads(fh.read())  # (marshal.load reads a file in small pieces)
        if header == _pack_header() and isinstance(entries, dict):
            return entries
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return {}


def _write_pack(cache_dir: Path | None, entries: dict[str, bytes]) -> None:
    if cache_dir is not None:
        write_quietly(Path(cache_dir) / PACK_NAME, lambda fh: marshal.dump((_pack_header(), entries), fh))
