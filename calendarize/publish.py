"""Publish a build's files all at once, writing only what changed.

Files are written one by one, as they are rendered, into a staging folder beside the output folder,
which is then swapped with the output folder in one atomic rename: a reader (or a subscriber's
calendar) sees either the previous build or the new one, never a mix, whatever happens to the process
in between. A file whose bytes are those already published is hard-linked from the current output
instead of written again; when every file is unchanged, nothing is written at all.

The swap leaves the previous build in the staging folder's place. It is kept there, hidden beside the
output folder (`.<out>.back`), as the staging folder of the next build: a file unchanged since is
there already, as a hard link to the published one, so the next build writes what changed and links
only what changed in the build before, not the whole archive again. Right after the swap, the
previous versions of the files just written are removed from it, so that it costs almost no disk.
Nothing in it is trusted but a file that is the published one (the same inode); anything else is
replaced or removed, so a back folder left in any state by a killed build is still a good start.

Whether a file is unchanged is known without rendering it when the caller gives a render key (a digest
of everything its bytes depend on): the manifest in the cache folder remembers, for each published
file that had one, a digest of its key and the size, change time and inode it was published with, so a
file that nobody touched since and whose key is the same is linked as it is. Other files are rendered
and compared with the published bytes. Whether anybody touched a file, and whether the back folder
holds it linked already, a survey finds before the publisher starts: an lstat of each published file
the manifest names and one walk of the back folder (whose entries' inodes need no stat), made by a
process forked at the start of the build (OutputSurvey), so that an archive's hundred thousand files
cost the build's own path only a lookup each.

Durability: one sync of the staging folder's file system before the swap (rather than an fsync per
file, which cost more than rendering), then an fsync of the parent folder after it.
"""

from __future__ import annotations

import array
import contextlib
import ctypes
import errno
import hashlib
import marshal
import multiprocessing
import os
import posixpath
import re
import shutil
import signal
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Self

from .extract import Progress, write_quietly
from .render_pool import SharedState, Started, rendered, runs_in_parallel

_SEGMENT = r"(?!\.\.?(?:/|$))[^/]+"  # a path segment other than . and ..
_PLAIN_PATH = re.compile(rf"{_SEGMENT}(?:/{_SEGMENT})*")
MANIFEST_NAME = "outputs.manifest"
MANIFEST_FORMAT = 4


def back_folder(out: Path) -> Path:
    """Where the previous build is kept, beside the output folder, as the next build's staging folder."""
    return out.with_name(f".{out.name}.back")


class Manifest:
    """The keyed files of the previous build: by path, its key's `key_digest` and the size, change time
    and inode it was published with. Columns of numbers, not a tuple per file: an archive has a hundred
    thousand files, and the manifest is held while the site is in memory."""

    def __init__(self, names: Sequence[str] = (), columns: Sequence[array.array] | None = None):
        self.index = dict(zip(names, range(len(names))))
        self.keys, self.sizes, self.mtimes, self.inodes = columns or [array.array("Q") for _ in range(4)]

    def items(self) -> Iterator[tuple[str, tuple[int, int, int, int]]]:
        for name, i in self.index.items():
            yield name, (self.keys[i], self.sizes[i], self.mtimes[i], self.inodes[i])


@dataclass(frozen=True)
class Survey:
    """What the publisher must know of the folders before it adds a file: the previous build's manifest,
    which of its published files are no longer as it records them, and what the back folder holds."""

    previous: Manifest
    touched: frozenset[str]  # manifest paths whose published file is missing or not the one recorded
    back: bool  # whether there is a back folder; if so:
    unlinked: frozenset[str] = frozenset()  # manifest paths the back folder does not hold as the published inode
    others: dict[str, int] = field(default_factory=dict)  # its other entries but folders: their inodes
    back_folders: frozenset[str] = frozenset()
    back_links: frozenset[str] = frozenset()  # entries that are symbolic links

    def back_inode(self, name: str) -> int | None:
        """The inode of the back folder's entry `name`, when it is a file's (as the survey found it)."""
        if name in self.others:
            return self.others[name]
        i = self.previous.index.get(name)
        return None if i is None or name in self.unlinked else self.previous.inodes[i]


def survey(out: Path, cache_dir: Path | None) -> Survey:
    """The survey, made in this process (see OutputSurvey for one made meanwhile)."""
    out = Path(out).resolve()
    previous = load_manifest(cache_dir) if out.is_dir() else Manifest()
    return _decoded(previous, _surveyed(out, previous))


def _surveyed(out: Path, previous: Manifest) -> bytes:
    """A survey's findings, marshalled: an lstat of each published file the manifest names, and one walk of
    the back folder, whose entries' inodes the walk gives without a stat."""
    published = os.fspath(out) + "/"
    touched = []
    for name, (_, size, mtime, inode) in previous.items():
        try:
            st = os.lstat(published + name)
        except OSError:
            touched.append(name)
            continue
        if st.st_ino != inode or st.st_size != size or st.st_mtime_ns != mtime:
            touched.append(name)
    back = back_folder(out)
    if not back.is_dir() or back.is_symlink():
        return marshal.dumps((touched, None))
    linked, others, folders, links = set(), {}, [], []
    for name, entry in _walk(back):
        if entry.is_dir(follow_symlinks=False):
            folders.append(name)
            continue
        link = entry.is_symlink()
        if link:
            links.append(name)
        i = previous.index.get(name)
        if i is None:
            others[name] = entry.inode()
        elif entry.inode() == previous.inodes[i] and not link:
            linked.add(name)
    unlinked = [name for name in previous.index if name not in linked]
    return marshal.dumps((touched, (unlinked, others, folders, links)))


def _decoded(previous: Manifest, data: bytes) -> Survey:
    touched, back = marshal.loads(data)
    if back is None:
        return Survey(previous, frozenset(touched), False)
    unlinked, others, folders, links = back
    return Survey(previous, frozenset(touched), True, frozenset(unlinked), others, frozenset(folders),
                  frozenset(links))


class OutputSurvey:
    """The survey, made by a forked process while the build extracts, stabilizes and plans: a hundred
    thousand lstats and a walk of the back folder leave the build's own path.

    The first rebuild after a cold build has no back folder, and would hard-link every unchanged file
    into a new staging folder (seconds, for an archive, all of it system time). So the same process
    first links the published folder into a new back folder; the publisher then finds the unchanged
    files linked already. It links into a staging folder (which `build.recover` clears if the build is
    killed) and renames it into place only when complete."""

    def __init__(self, out: Path, cache_dir: Path | None = None, jobs: int | None = None):
        self.out = Path(out).resolve()
        self.cache_dir = cache_dir
        self.process = None
        self.staging: str | None = None
        self._found: Survey | None = None
        self.previous = Manifest()
        if self.out.is_dir() and runs_in_parallel(2, jobs, parallel_from=2):
            self.previous = load_manifest(cache_dir)
            back = back_folder(self.out)
            if not os.path.lexists(back):
                self.staging = tempfile.mkdtemp(prefix=f".{self.out.name}.staging-", dir=self.out.parent)
            context = multiprocessing.get_context("fork")
            self._reader, writer = context.Pipe(duplex=False)
            self.process = context.Process(target=_survey_in_background,
                                           args=(self.out, back, self.staging, self.previous, writer))
            self.process.start()
            writer.close()

    def result(self) -> Survey:
        """The survey; made here when no process made it (or the process failed)."""
        if self._found is None:
            data = None
            if self.process is not None:
                with contextlib.suppress(EOFError, OSError):
                    data = self._reader.recv_bytes()
                self._reader.close()
                self.wait()
            self._found = _decoded(self.previous, data) if data is not None else survey(self.out, self.cache_dir)
        return self._found

    def wait(self) -> None:
        """Once this returns, the back folder is complete or absent (which the publisher copes with)."""
        if self.process is not None:
            self.process.join()
            self.process = None

    def stop(self) -> None:
        """On a failed build: no process may outlive it, nor what it left half-linked (a killed build leaves
        that to `recover`)."""
        if self.process is not None:
            self.process.kill()
            self.wait()
            self._reader.close()
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)  # (gone already when the seed had finished)


def _survey_in_background(out: Path, back: Path, staging: str | None, previous: Manifest, writer) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle: it stops this process
    if staging is not None:
        _seed(out, back, staging)
    writer.send_bytes(_surveyed(out, previous))
    writer.close()


def _seed(out: Path, back: Path, staging: str) -> None:
    try:
        for name, entry in _walk(out):
            if entry.is_dir(follow_symlinks=False):
                os.mkdir(os.path.join(staging, name))
            else:
                os.link(entry.path, os.path.join(staging, name), follow_symlinks=False)
        os.rename(staging, back)  # (fails if a back folder appeared meanwhile: that one is as good)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)


@dataclass(frozen=True, slots=True)
class OutputFile:
    """One file of the output folder. `render` gives its bytes; `key`, when set, is a digest of everything
    the bytes depend on, so that the same key means the same bytes (a string, or a 64-bit digest as an
    int, which spares the publisher digesting it: an archive has a hundred thousand event files). A large
    file may give `chunks` instead, so that it is never whole in memory. Any process forked from the build
    can render it."""

    path: str
    render: Callable[[], bytes] | None = None
    key: str | int | None = None
    chunks: Callable[[], Iterable[bytes]] | None = None

    def bytes(self) -> bytes:
        return self.render() if self.render is not None else b"".join(self.chunks())


def load_manifest(cache_dir: Path | None) -> Manifest:
    """The manifest the last build saved; empty when missing or unreadable."""
    if cache_dir is None:
        return Manifest()
    try:
        with open(Path(cache_dir) / MANIFEST_NAME, "rb") as fh:
            found, names, *columns = marshal.loads(fh.read())  # (marshal.load reads a file in small pieces)
        if found == MANIFEST_FORMAT and len(columns) == 4:
            listed = names.split("\0") if names else []  # no path holds a NUL
            values = [array.array("Q", column) for column in columns]
            if all(len(column) == len(listed) for column in values):
                return Manifest(listed, values)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    return Manifest()


def save_manifest(cache_dir: Path | None, files: dict[str, list], known: dict[str, int] | None = None) -> None:
    """The files of a build (as `Publisher.manifest`), atomically, with the key digests already `known`
    (those of files kept by their key) not computed again; a manifest that cannot be written only costs
    the next build time. The names are one string and each value an array: a hundred thousand entries
    load and save in milliseconds."""
    if cache_dir is None:
        return
    known = known or {}
    keyed = [(name, entry) for name, entry in files.items() if entry[3] is not None]
    digests = array.array("Q", [known[name] if name in known else key_digest(entry[3]) for name, entry in keyed])
    columns = [digests, *(array.array("Q", [entry[i] for _, entry in keyed]) for i in range(3))]
    data = marshal.dumps((MANIFEST_FORMAT, "\0".join(name for name, _ in keyed), *(c.tobytes() for c in columns)))
    write_quietly(Path(cache_dir) / MANIFEST_NAME, lambda fh: fh.write(data))


def key_digest(key: str | int) -> int:
    """A render key as the manifest keeps it (a key given as a 64-bit digest is kept as it is)."""
    if isinstance(key, int):
        return key
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def _signature(st: os.stat_result) -> list:
    return [st.st_size, st.st_mtime_ns, st.st_ino]


class Publisher:
    """Collects the files of the next build of `out`; :meth:`finish` swaps them in if anything changed.

    The staging folder is made (or the back folder taken) on the first file that differs from the
    published one, so a build that changes nothing writes nothing. Use as a context manager: on an
    error a new staging folder goes (the back folder stays, good as it is for the next build).

    Paths inside are plain strings: for a hundred thousand files, Path objects cost seconds.
    """

    def __init__(self, out: Path, cache_dir: Path | None = None, surveyed: Survey | OutputSurvey | None = None):
        self.out = Path(out).resolve()
        self.back = back_folder(self.out)
        self.cache_dir = cache_dir
        self._pending = surveyed  # made here when None, and waited for only once a file comes
        self._surveyed = False
        self.survey = Survey(Manifest(), frozenset(), False)
        self.previous = self.survey.previous
        self._back_ready = False  # (asked for every file found unchanged)
        self.staging: Path | None = None
        self.reusing = False  # the staging folder is the back folder, which may hold files already
        self.manifest: dict[str, list] = {}  # the new build's files, as `previous`
        self._kept_by_key: dict[str, int] = {}  # files found unchanged by their key: their key digests
        self._kept: list[str] = []  # unchanged files not linked yet (no staging folder yet)
        self._early: set[str] = set()  # paths given to render_ahead, which add_all passes over
        self._ahead: list[tuple[list[str], Started]] = []  # files rendering in workers, by name
        self._fresh: list[str] = []  # files written (not linked) by this process
        self._folders: set[str] = set()  # folders known to exist in staging, in this process
        self._published = os.fspath(self.out) + "/"
        self._staged = ""  # the staging folder + "/", once there is one
        self.written = 0
        self.linked = 0

    def __enter__(self) -> Self:
        return self

    def _ready(self) -> None:
        """The survey at hand, once."""
        if not self._surveyed:
            found = self._pending.result() if isinstance(self._pending, OutputSurvey) else self._pending
            self.survey = found or survey(self.out, self.cache_dir)
            self.previous = self.survey.previous
            self._back_ready = self._back_is_ready()
            self._surveyed = True

    def __exit__(self, *exc_info) -> None:
        for _, started in self._ahead:
            started.close()  # on an error, no worker may go on writing once the build has let go
        if self.staging is not None and not self.reusing:
            shutil.rmtree(self.staging, ignore_errors=True)
        self.staging = None

    # ---- adding files

    def render_ahead(self, files: Sequence[OutputFile], jobs: int | None = 1, shared: SharedState | None = None) -> None:
        """Start on these files now, in workers that leave this process a core, when the back folder makes a
        staging folder free (a file found unchanged by its key is kept): on a rebuild, the largest files,
        rendered while the caller plans the others. add_all collects them; without a back folder (or with
        one process), add_all adds them as any other."""
        self._ready()
        if not self._back_ready or not runs_in_parallel(len(files), jobs, parallel_from=1):
            return
        todo = []
        for file in files:
            name = self._checked(file.path)
            self._early.add(file.path)
            if file.key is not None and (found := self._published_with_key(name, file.key)):
                self._keep(name, found[0], file.key, linked=found[1])
            else:
                todo.append((name, file))
        if todo:
            self._staging()  # before the workers fork, so that they write into it
            tasks = [partial(self._add_here, file, name) for name, file in todo]
            self._ahead.append(([name for name, _ in todo],
                                Started(tasks, jobs, shared, chunk=1, parallel_from=1, leave_a_core=True)))

    def add_all(self, files: Sequence[OutputFile], jobs: int | None = 1, shared: SharedState | None = None) -> None:
        """Every file: those found unchanged by their key kept, the others rendered, across `jobs` processes
        when there are many (or when they are the files without a key, see _render_ahead), each of which
        writes its own files into the staging folder and hands back only their manifest entries; and the
        files given to render_ahead collected."""
        self._ready()
        progress = Progress(len(files), "Writing the output")
        todo: list[tuple[str, OutputFile]] = []
        try:
            ahead = self._render_ahead(files, jobs, shared)
            if ahead is not None:
                self._ahead.append(ahead)
            for file in files:
                if file.path in self._early or (file.key is None and ahead is not None):
                    continue
                name = self._checked(file.path)
                if file.key is not None and (found := self._published_with_key(name, file.key)):
                    self._keep(name, found[0], file.key, linked=found[1])
                    progress.advance()
                else:
                    todo.append((name, file))
            # What is left was not found unchanged by its key: the workers forked below need not look again.
            self.previous = Manifest()
            if runs_in_parallel(len(todo), jobs):
                self._staging()  # made before the workers fork, so that they all write into it
            tasks = [partial(self._add_here, file, name) for name, file in todo]
            for (name, _), (entry, written, linked) in zip(todo, rendered(tasks, jobs, shared)):
                self._adopt(name, entry, written, linked)
                progress.advance()
            while self._ahead:
                names, results = self._ahead[0]
                for name, (entry, written, linked) in zip(names, results(), strict=True):
                    self._adopt(name, entry, written, linked)
                    progress.advance()
                self._ahead.pop(0)
            progress.advance(max(0, progress.total - progress.done))  # the files render_ahead kept
        finally:
            for _, started in self._ahead:
                started.close()  # on an error, no worker may go on writing once the build has let go
            progress.close()

    def _render_ahead(self, files: Sequence[OutputFile], jobs: int | None,
                      shared: SharedState | None) -> tuple[list[str], Started] | None:
        """Files without a key are rendered whatever the others' keys say (on a rebuild, the largest files,
        which every change rewrites). When the back folder makes a staging folder free, workers start on
        them now, one file each, while this process checks the other files' keys: their names, and what
        collects their manifest entries. None otherwise."""
        unkeyed = [(self._checked(file.path), file) for file in files if file.key is None and file.path not in self._early]
        if not runs_in_parallel(len(unkeyed), jobs, parallel_from=2) or not self._back_ready:
            return None
        self._staging()  # before the workers fork, so that they all write into it
        tasks = [partial(self._add_here, file, name) for name, file in unkeyed]
        return [name for name, _ in unkeyed], Started(tasks, jobs, shared, chunk=1, parallel_from=2)

    def _back_is_ready(self) -> bool:
        return self.survey.back and self.back.is_dir() and not self.back.is_symlink()

    def _adopt(self, name: str, entry: list, written: int, linked: int) -> None:
        """A file's manifest entry and counts, from whichever process added it."""
        self.manifest[name] = entry
        self.written += written
        self.linked += linked
        if written:
            self._fresh.append(name)

    def _add_here(self, file: OutputFile, name: str) -> tuple[list, int, int]:
        """add() in whichever process runs it: the file's manifest entry and what it wrote and linked."""
        before = self.written, self.linked, len(self._fresh)
        self.add(file, name)
        done = self.manifest.pop(name), self.written - before[0], self.linked - before[1]
        self.written, self.linked = before[:2]  # the caller counts them, in whichever process this ran
        del self._fresh[before[2]:]
        return done

    def add(self, file: OutputFile, name: str | None = None) -> None:
        self._ready()
        name = name or self._checked(file.path)
        if file.key is not None and (found := self._published_with_key(name, file.key)):
            self._keep(name, found[0], file.key, linked=found[1])
        elif file.render is None:
            self._add_chunks(name, file.chunks(), file.key)
        else:
            self._add_rendered(name, file.render(), file.key)

    def add_bytes(self, name: str, data: bytes) -> None:
        self.add(OutputFile(name, lambda: data))

    def _add_rendered(self, name: str, data: bytes, key: str | int | None) -> None:
        current = self._published_bytes_stat(name, data)
        if current is not None:
            self._keep(name, _signature(current), key)
        else:
            self._write(name, data, key)

    def _add_chunks(self, name: str, chunks: Iterable[bytes], key: str | int | None) -> None:
        """Compare the chunks with the published file as they come; write only from the first difference
        on (with the equal part copied from the published file), so a large page is never whole in memory."""
        source = self._published_file(name)
        matched = 0
        writer = None
        try:
            for chunk in chunks:
                if writer is None and source is not None and source.read(len(chunk)) == chunk:
                    matched += len(chunk)
                    continue
                if writer is None:
                    writer = self._open_new(name)
                    if matched:
                        source.seek(0)
                        _write_to(writer, source.read(matched))
                _write_to(writer, chunk)
            if writer is None and source is not None and source.read(1) == b"":
                self._keep(name, _signature(os.fstat(source.fileno())), key)
                return
            if writer is None:  # the published file is longer: the new one is its beginning
                writer = self._open_new(name)
                if source is not None:
                    source.seek(0)
                    _write_to(writer, source.read(matched))
            writer.flush()
            self.manifest[name] = [*_signature(os.fstat(writer.fileno())), key]
            self.written += 1
            self._fresh.append(name)
        finally:
            if source is not None:
                source.close()
            if writer is not None:
                writer.close()

    def _published_file(self, name: str):
        try:
            path = self._published + name
            if stat.S_ISREG(os.stat(path, follow_symlinks=False).st_mode):
                return open(path, "rb")
        except OSError:
            pass
        return None

    def _open_new(self, name: str):
        return open(self._target(name), "xb")

    def _target(self, name: str) -> str:
        """Where the file goes in staging, its folder made; in the back folder, whatever was there removed
        (only the name: the file may be a published one, linked, and is never written into)."""
        self._staging()
        folder = name.rpartition("/")[0]
        if folder and folder not in self._folders:
            self._make_folder(folder)
        target = self._staged + name
        if self.reusing:
            _remove(target)
        return target

    def _make_folder(self, folder: str) -> None:
        try:
            os.makedirs(self._staged + folder, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            if not self.reusing:
                raise
            parts = folder.split("/")  # a file of an older build where this one has a folder
            for i in range(1, len(parts) + 1):
                path = self._staged + "/".join(parts[:i])
                if not os.path.isdir(path) or os.path.islink(path):
                    _remove(path)
                    break
            os.makedirs(self._staged + folder, exist_ok=True)
        while folder and folder not in self._folders:
            self._folders.add(folder)
            folder = folder.rpartition("/")[0]

    def _checked(self, name: str) -> str:
        """A relative path that stays inside the folder, judged by its text (the staging folder is ours and
        holds no links to follow)."""
        if _PLAIN_PATH.fullmatch(name):
            return name  # already normal (the site's own names): normpath costs more than this check
        normal = posixpath.normpath(name)
        if not name or name.startswith("/") or normal == "." or normal == ".." or normal.startswith("../"):
            raise OSError(errno.EPERM, f"refusing to write outside the output folder: {name!r}",
                          str(self.out / name))
        return normal

    def _published_with_key(self, name: str, key: str | int) -> tuple[list, bool] | None:
        """The published file's signature when it was made from the same key and nobody touched it since
        (see the survey), and whether the back folder, which will be the staging folder, holds it linked
        already (the same inode)."""
        previous = self.previous
        i = previous.index.get(name)
        if i is None or name in self.survey.touched or key_digest(key) != previous.keys[i]:
            return None
        self._kept_by_key[name] = previous.keys[i]
        return [previous.sizes[i], previous.mtimes[i], previous.inodes[i]], self._back_ready and name not in self.survey.unlinked

    def _published_bytes_stat(self, name: str, data: bytes) -> os.stat_result | None:
        """The published file's stat when it holds exactly `data` (a plain file), else None."""
        path = self._published + name
        try:
            st = os.stat(path, follow_symlinks=False)
            if not stat.S_ISREG(st.st_mode) or st.st_size != len(data):
                return None
            with open(path, "rb") as fh:
                return st if fh.read() == data else None
        except OSError:
            return None

    def _keep(self, name: str, signature: list, key: str | int | None, linked: bool = False) -> None:
        self.manifest[name] = [*signature, key]
        if linked:
            self.linked += 1
        elif self.staging is None:
            self._kept.append(name)
        else:
            self._link(name)

    def _write(self, name: str, data: bytes, key: str | int | None) -> None:
        self.manifest[name] = [*_write_file(self._target(name), data), key]
        self.written += 1
        self._fresh.append(name)

    def _staging(self) -> Path:
        if self.staging is None:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            if self._back_ready:
                self.staging, self.reusing = self.back, True
            else:
                self.staging = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.staging-", dir=self.out.parent))
            self._staged = os.fspath(self.staging) + "/"
            for name in self._kept:
                self._link(name)
            self._kept = []
        return self.staging

    def _link(self, name: str) -> None:
        """The published file into staging, as a hard link (the bytes are shared, never modified); in the
        back folder, it is there already when the build before left it unchanged."""
        assert self.staging is not None
        if self.reusing and self.survey.back_inode(name) == self.manifest[name][2]:
            self.linked += 1
            return
        source, target = self._published + name, self._target(name)
        try:
            os.link(source, target, follow_symlinks=False)
        except OSError as exc:
            if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
                raise
            with open(source, "rb") as fh:  # a file system without hard links: copy
                self.manifest[name][:3] = _write_file(target, fh.read())
            self._kept_by_key.pop(name, None)  # another inode: its digest is another
        self.linked += 1

    # ---- publishing

    def finish(self) -> bool:
        """Swap the new build in; False (and nothing written) when it equals the published folder."""
        self._ready()
        if not self.written and self._folder_matches():
            if self.staging is not None and not self.reusing:  # made for the workers, who found no change
                shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None
            save_manifest(self.cache_dir, self.manifest, self._kept_by_key)
            return False
        staging = self._staging()
        if self.reusing:
            self._prune()
        os.chmod(staging, 0o755)
        _sync(staging)
        if self.out.exists():
            _exchange(staging, self.out)  # staging now holds the previous build
            self._keep_as_back(staging)
        else:
            os.rename(staging, self.out)
        self.staging = None
        _fsync_dir(self.out.parent)
        save_manifest(self.cache_dir, self.manifest, self._kept_by_key)
        return True

    def _keep_as_back(self, previous: Path) -> None:
        """The previous build, swapped out, becomes the back folder, less the old versions of the files
        this build wrote (to save their disk; the next build links or writes them again)."""
        if previous != self.back:
            _remove(os.fspath(self.back))
            os.rename(previous, self.back)
        back = os.fspath(self.back) + "/"
        for name in self._fresh:
            with contextlib.suppress(OSError):
                os.unlink(back + name)

    def _prune(self) -> None:
        """Remove from the reused back folder every entry that is not part of this build. The survey listed
        it before the build added anything, and every file of the build there was put or found there by
        the build, so only the listed entries need looking at."""
        folders: set[str] = set()  # the build's own
        for name in self.manifest:
            parent = name.rpartition("/")[0]
            while parent and parent not in folders:
                folders.add(parent)
                parent = parent.rpartition("/")[0]
        for name in sorted(self.survey.back_links & folders):
            raise OSError(errno.EEXIST, f"a link where the build has a folder; remove the folder {self.back} and "
                          "build again", self._staged + name)
        listed = [*self.survey.back_folders, *self.survey.others, *self.survey.previous.index]
        doomed = {name for name in listed if name not in self.manifest and name not in folders}
        for name in sorted(doomed):
            parent = name.rpartition("/")[0]
            while parent and parent not in doomed and parent not in self.manifest:
                parent = parent.rpartition("/")[0]
            if not parent:  # (what a removed folder, or a file of the build, held went with it)
                _remove(self._staged + name)

    def _folder_matches(self) -> bool:
        """The published folder holds exactly the files of this build (each already found unchanged)."""
        if not self.out.is_dir():
            return False
        return _relative_files(self.out) == set(self.manifest)


def _relative_files(folder: Path) -> set[str]:
    """Every entry under `folder` that is not a folder, by relative path."""
    return {name for name, entry in _walk(folder) if not entry.is_dir(follow_symlinks=False)}


def _walk(folder: Path) -> Iterator[tuple[str, os.DirEntry]]:
    """Every entry under `folder` with its relative path, a folder before what it holds (scandir, with
    plain strings: for a hundred thousand files, Path objects cost seconds)."""
    stack = [("", os.fspath(folder))]
    while stack:
        rel, path = stack.pop()
        with os.scandir(path) as listing:
            for entry in listing:
                yield rel + entry.name, entry
                if entry.is_dir(follow_symlinks=False):
                    stack.append((rel + entry.name + "/", entry.path))


def _remove(path: str) -> None:
    """Whatever is at `path` (a file, a link or a folder), gone; nothing there is fine."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError:
        if not os.path.isdir(path) or os.path.islink(path):
            raise
        shutil.rmtree(path)


def _write_file(path: str | Path, data: bytes) -> list:
    """Write one new file; its size, change time and inode for the manifest."""
    with open(path, "xb") as fh:
        _write_to(fh, data)
        fh.flush()
        return _signature(os.fstat(fh.fileno()))


def _write_to(fh, data: bytes) -> None:
    """Every byte of the output is written here: the one place where a full disk shows before the sync."""
    fh.write(data)


def publish(out: Path, files: dict[str, bytes], cache_dir: Path | None = None) -> bool:
    """Publish these files as the whole output folder; False when it already held exactly them."""
    with Publisher(out, cache_dir) as publisher:
        for name, data in files.items():
            publisher.add_bytes(name, data)
        return publisher.finish()


def _sync(folder: Path) -> None:
    """Flush the file system that holds `folder` (Linux syncfs); elsewhere, every file system."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        syncfs = getattr(libc, "syncfs", None)
        if syncfs is None:
            os.sync()
        elif syncfs(fd) != 0:
            err = ctypes.get_errno()
            raise OSError(err, os.strerror(err), str(folder))
    finally:
        os.close(fd)


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
