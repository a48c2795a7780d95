"""events.json, from per-event pieces kept across builds.

One new article rewrites events.json, which holds every event of the archive. Each event's piece (its
JSON object, indented as json.dumps(indent=2) would) depends only on the event and the program, so it
is kept in a pack keyed like the event's VEVENT (a digest of every field and of the program's
version), and a rebuild copies the pieces of unchanged events instead of encoding them again.

The pack is read and written by whichever process renders the file (a render worker, on an archive),
piece by piece: the pieces are never all in memory, only an index of where each one is.
"""

from __future__ import annotations

import marshal
import os
import struct
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO

from .extract import worth_rewriting
from .json_text import indented_json
from .model import Event
from .vevents import VeventStore, format_key

PACK_NAME = "events-json.bin"
PER_CHUNK = 1000  # events per chunk of bytes handed to the publisher
_TRAILER = struct.Struct("<Q")  # where the index starts

Index = dict[bytes, tuple[int, int]]  # event key -> (offset, length) of its piece


def events_json_chunks(events: Sequence[Event], vevents: VeventStore, folder: Path | None = None) -> Iterator[bytes]:
    """json.dumps([e.to_json() for e in events], ensure_ascii=False, indent=2) + newline, in chunks; with
    a folder, the pieces of the events it saved are reused, and this build's are saved when all is done."""
    if not events:
        yield b"[]\n"
        return
    keys = [vevents.key(event) for event in events]
    with ExitStack() as stack:
        saved, index = _open(folder, stack)
        changed = len(set(keys) ^ index.keys()) if folder is not None else 0
        writer = _Writer(folder, stack) if worth_rewriting(len(index), changed) else None
        for at in range(0, len(events), PER_CHUNK):
            pieces = []
            for event, key in zip(events[at:at + PER_CHUNK], keys[at:at + PER_CHUNK], strict=True):
                where = index.get(key)
                piece = os.pread(saved, where[1], where[0]) if saved is not None and where else None
                if piece is None or len(piece) != where[1]:
                    piece = indented_json(event.to_json(), "\n  ").encode("utf-8")
                if writer is not None:
                    writer.add(key, piece)
                pieces.append(piece)
            yield (b"[\n  " if at == 0 else b",\n  ") + b",\n  ".join(pieces)
        yield b"\n]\n"
        if writer is not None:
            writer.commit()


def _open(folder: Path | None, stack: ExitStack) -> tuple[int | None, Index]:
    """The saved pack's descriptor and index; (None, {}) when missing, damaged or from another version."""
    if folder is None:
        return None, {}
    try:
        fd = os.open(Path(folder) / PACK_NAME, os.O_RDONLY)
        stack.callback(os.close, fd)
        size = os.fstat(fd).st_size
        (start,) = _TRAILER.unpack(os.pread(fd, _TRAILER.size, size - _TRAILER.size))
        head, index = marshal.loads(os.pread(fd, size - _TRAILER.size - start, start))
        if head == format_key() and isinstance(index, dict):
            return fd, index
    except (OSError, EOFError, ValueError, TypeError, struct.error):
        pass
    return None, {}


class _Writer:
    """A new pack, written beside the old one as the pieces come and swapped in whole at the end; one
    that cannot be written costs the next build time, never this one."""

    def __init__(self, folder: Path, stack: ExitStack):
        self.path = Path(folder) / PACK_NAME
        self.index: Index = {}
        self.fh: BinaryIO | None = None
        self.tmp = ""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self.tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.path.parent)
            self.fh = stack.enter_context(os.fdopen(fd, "wb"))
            stack.callback(self._discard)  # unless committed
        except OSError:
            self.fh = None

    def add(self, key: bytes, piece: bytes) -> None:
        if self.fh is None or key in self.index:
            return
        try:
            self.index[key] = (self.fh.tell(), len(piece))
            self.fh.write(piece)
        except OSError:
            self._discard()

    def commit(self) -> None:
        if self.fh is None:
            return
        try:
            start = self.fh.tell()
            self.fh.write(marshal.dumps((format_key(), self.index)))
            self.fh.write(_TRAILER.pack(start))
            self.fh.flush()
            os.replace(self.tmp, self.path)
            self.tmp = ""
        except OSError:
            self._discard()

    def _discard(self) -> None:
        self.fh = None
        if self.tmp:
            Path(self.tmp).unlink(missing_ok=True)
            self.tmp = ""
