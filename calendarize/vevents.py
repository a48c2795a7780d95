"""Each event's VEVENT serialized once, reused by every feed and page that carries it, and kept
across builds.

An event appears in the all-events feed, its organizer's feed, a feed per category and its own .ics
file; icalendar's serialisation (line folding above all) is most of the cost of a build, so it is done
once per event. The bytes of a component are the same inside any calendar (icalendar writes
``BEGIN``, properties, subcomponents, ``END``, folding each line on its own), so a calendar's bytes are
its head, the serialized components, and ``END:VCALENDAR``.

Across builds the bytes are kept in one file in the cache folder, keyed by a digest of the whole event
(UID, SEQUENCE, change time and every other field) and the program and icalendar versions: an event
that did not change is not serialized again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
import zoneinfo
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from importlib import resources
from pathlib import Path
from typing import BinaryIO

import icalendar
from icalendar import Calendar, Component, Timezone

from .extract import worth_rewriting, write_quietly
from .identity import fingerprint
from .model import Event
from .render_pool import SharedState, Started

PACK_NAME = "vevents.bin"
CALENDAR_END = b"END:VCALENDAR\r\n"
_RECORD = struct.Struct("<32sIiiiB")  # key, length, first, last, until (ordinals, 0: none), flags
_HAS_RULE, _HAS_UNTIL, _HAS_COUNT = 1, 2, 4


@dataclass(frozen=True)
class SerializedEvent:
    """A VEVENT's bytes and the days its VTIMEZONE must cover."""

    data: bytes  # BEGIN:VEVENT ... END:VEVENT, CRLF line ends
    first: date  # DTSTART's day
    last: date  # DTEND's day
    until: date | None  # the RRULE's UNTIL day
    has_rule: bool
    has_until: bool
    has_count: bool


@cache
def format_key() -> bytes:
    """What every file made of VEVENTs depends on besides the events themselves."""
    from .extract import program_version  # the package's own sources: a changed renderer, new bytes

    return f"{program_version()}\0icalendar {icalendar.__version__}\0".encode()


@cache
def zone_data(tzid: str) -> bytes:
    """A digest of the data zoneinfo reads for this zone (the first file of that name on its search
    path, else the tzdata package's): the VTIMEZONEs, and the times that pages show, come from it."""
    with contextlib.suppress(OSError, ValueError):
        for folder in zoneinfo.TZPATH:
            path = os.path.join(folder, *tzid.split("/"))
            if os.path.isfile(path):
                with open(path, "rb") as fh:
                    return hashlib.sha256(fh.read()).digest()[:8]
    with contextlib.suppress(Exception):  # no package, or no such zone in it
        return hashlib.sha256(resources.files("tzdata.zoneinfo").joinpath(*tzid.split("/")).read_bytes()).digest()[:8]
    return b"no data"


def event_key(event: Event) -> bytes:
    """A digest of everything about the event, the versions, and the data of its time zone. The event's
    identity fingerprint covers every field but those below; the extraction workers computed it, so
    an archive's events are not each written out again here."""
    source = event.source
    own = repr((event.uid, event.sequence, event.last_modified, source.line, source.mention, source.mention_start,
                source.mention_end))
    return hashlib.sha256(format_key() + zone_data(event.timezone) + fingerprint(event).encode()
                          + own.encode("utf-8", "surrogatepass")).digest()


class VeventStore:
    """Serialized VEVENTs by event key: those of this build, and those the last build saved."""

    def __init__(self, serialize: Callable[[Event], SerializedEvent], folder: Path | None = None):
        self._serialize = serialize
        self.folder = Path(folder) if folder is not None else None  # the render cache, if any
        self._path = self.folder / PACK_NAME if self.folder is not None else None
        self._saved = _read_pack(self._path) if self._path is not None else {}
        self._used: dict[bytes, SerializedEvent] = {}
        self._new: dict[bytes, SerializedEvent] = {}  # serialized here since the last take_new()
        self._keys: dict[int, tuple[Event, bytes]] = {}
        self.serialized = 0  # how many this build had to serialize

    def key(self, event: Event) -> bytes:
        """event_key, computed once per event object of this build (every feed and page asks for it)."""
        held = self._keys.get(id(event))
        if held is None or held[0] is not event:
            held = self._keys[id(event)] = (event, event_key(event))  # the event is held, so its id stays its own
        return held[1]

    def get(self, event: Event) -> SerializedEvent:
        key = self.key(event)
        found = self._used.get(key)
        if found is None:
            found = self._saved.get(key)
            if found is None:
                found = self._serialize(event)
                self.serialized += 1
                self._new[key] = found
            self._used[key] = found
        return found

    def fill(self, events: Iterable[Event], jobs: int | None = 1) -> _Filling:
        """Start serializing, across `jobs` processes, every event not serialized yet; returns what waits
        for them and keeps them. The caller goes on meanwhile; renderers forked after the wait find
        every VEVENT they need (each would otherwise serialize those it needs on its own)."""
        missing: dict[bytes, Event] = {}
        for event in events:
            key = self.key(event)
            if key in self._used:
                continue
            if (saved := self._saved.get(key)) is not None:
                self._used[key] = saved  # used here, not only in the renderers: save() keeps what is used
            else:
                missing.setdefault(key, event)
        tasks = [partial(self._serialize, event) for event in missing.values()]
        return _Filling(self, missing, Started(tasks, jobs))

    def shared(self) -> SharedState:
        """For a render pool: what workers serialize comes back here, to be saved and reused."""
        return SharedState(self._take_new, self._adopt)

    def _take_new(self) -> dict[bytes, SerializedEvent]:
        new, self._new = self._new, {}
        return new

    def _adopt(self, entries: dict[bytes, SerializedEvent]) -> None:
        for key, value in entries.items():
            if key not in self._used:
                self._used[key] = value
                self.serialized += 1

    def save(self) -> None:
        """Keep this build's VEVENTs (only those: the file does not grow with the history), once enough of
        them are new or gone (see extract.worth_rewriting). A cache that cannot be written costs the next
        build time, never this one."""
        if self._path is None or not worth_rewriting(len(self._saved), len(self._used.keys() ^ self._saved.keys())):
            return
        write_quietly(self._path, self._write)

    def _write(self, fh: BinaryIO) -> None:
        fh.write(format_key())
        for key, s in self._used.items():
            flags = (_HAS_RULE * s.has_rule) | (_HAS_UNTIL * s.has_until) | (_HAS_COUNT * s.has_count)
            fh.write(_RECORD.pack(key, len(s.data), s.first.toordinal(), s.last.toordinal(),
                                  s.until.toordinal() if s.until else 0, flags))
            fh.write(s.data)


class _Filling:
    """What VeventStore.fill started: calling it (once or more) waits for the VEVENTs and keeps them;
    `in_workers` tells whether workers serialize them meanwhile (else the first call does it)."""

    def __init__(self, store: VeventStore, missing: dict[bytes, Event], collect: Started):
        self.store, self.missing, self.collect = store, missing, collect
        self.in_workers = collect.parallel

    def __call__(self) -> None:
        self.store._adopt(dict(zip(self.missing, self.collect(), strict=True)))
        self.missing = {}  # kept: a second call has nothing to wait for


def _read_pack(path: Path) -> dict[bytes, SerializedEvent]:
    """The saved VEVENTs, or none when the file is missing, from another version, or damaged."""
    try:
        blob = path.read_bytes()
    except OSError:
        return {}
    head = format_key()
    if not blob.startswith(head):
        return {}
    found: dict[bytes, SerializedEvent] = {}
    at = len(head)
    try:
        while at < len(blob):
            key, length, first, last, until, flags = _RECORD.unpack_from(blob, at)
            at += _RECORD.size
            data = blob[at:at + length]
            if len(data) != length:
                return {}
            at += length
            found[key] = SerializedEvent(data, date.fromordinal(first), date.fromordinal(last),
                                         date.fromordinal(until) if until else None,
                                         bool(flags & _HAS_RULE), bool(flags & _HAS_UNTIL), bool(flags & _HAS_COUNT))
    except (struct.error, ValueError):
        return {}
    return found


FOLD_AT = 75  # octets: RFC 5545 folds longer content lines, and icalendar already folds one this long


def component_bytes(component: Component) -> bytes:
    """component.to_ical(), but only the lines long enough to fold are folded, and an ASCII one without
    icalendar's walk over every character (almost every line of a VEVENT is short, and most long ones,
    the descriptions, are ASCII)."""
    lines = []
    for line in component.content_lines():
        if line:
            raw = line.encode("utf-8")
            if len(raw) < FOLD_AT:
                lines.append(raw)
            else:
                lines.append(_folded_ascii(raw) if len(raw) == len(line) else line.to_ical())
    return b"\r\n".join(lines) + b"\r\n"


def _folded_ascii(line: bytes) -> bytes:
    """icalendar's folding of an ASCII line: pieces of FOLD_AT - 1 octets, except that a piece never
    ends with a backslash or a caret (the start of an escape), which goes on to the next piece."""
    pieces = []
    start, width = 0, FOLD_AT - 1
    while len(line) - start > width:
        end = start + width
        if line[end - 1] in b"\\^":
            end -= 1
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return b"\r\n ".join(pieces)


@cache
def vtimezone_bytes(tzid: str, first: date, last: date) -> bytes:
    """A VTIMEZONE bounded to these days, serialized once per process (generating one is slow)."""
    return Timezone.from_tzid(tzid, first_date=first, last_date=last).to_ical()


def calendar_bytes(head: Calendar | bytes, timezones: list[bytes], events: list[SerializedEvent]) -> bytes:
    """What `head` (a calendar without components, or its bytes) with these VTIMEZONEs and VEVENTs added
    as components would serialize to."""
    return b"".join(calendar_chunks(head, timezones, events))


def calendar_chunks(head: Calendar | bytes, timezones: list[bytes], events: list[SerializedEvent]) -> list[bytes]:
    """calendar_bytes in pieces (the VEVENTs' own bytes, not copied)."""
    opening = head if isinstance(head, bytes) else head.to_ical()
    assert opening.endswith(CALENDAR_END)
    return [opening[:-len(CALENDAR_END)], *timezones, *(e.data for e in events), CALENDAR_END]
