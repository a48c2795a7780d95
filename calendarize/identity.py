"""Stable event identity across rebuilds, kept in a small state file beside the outputs.

A subscribed calendar matches events by UID: a UID that changes duplicates the event on every
refresh. The extractor derives a UID from the content (document, organizer, title, start day), so a
corrected time would give a new UID. :func:`stabilize` maps each event of a build to the event it
continues from the previous build, by, in order:

1. the same extractor UID as last time (or the same UID the event was published with);
2. within the same document, the same organizer and normalised title, when exactly one previous
   event and exactly one new event share them;
3. within the same document, the same organizer and the same start of the source sentence, uniquely.

A matched event keeps its published UID. If its own details (anything that is rendered: times,
title, place, description, recurrence, categories, source sentence, article title and URL...)
changed, its SEQUENCE goes up by one and its change time moves on; otherwise SEQUENCE and change
time are kept as they were, so its VEVENT is byte for byte the same. Events not in the build are
dropped from the state, and so from the feeds.

Change times (``Event.last_modified``, rendered as DTSTAMP and LAST-MODIFIED):

* a new event: the publication instant of its document, from the ``published`` mapping
  (document name -> date or naive local datetime); a date means midnight in the event's time zone.
  Without one, ``SOURCE_DATE_EPOCH`` if set, else 1970-01-01T00:00:00Z, so a new event never depends
  on the clock and a build from scratch is reproducible;
* a changed event: ``SOURCE_DATE_EPOCH`` if set, else the current UTC time. The clock is read only
  when something changed, and the value is then kept in the state, so rebuilding unchanged input
  stays byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from json.encoder import encode_basestring  # what json.dumps uses for a str when ensure_ascii=False
from operator import attrgetter
from pathlib import Path
from zoneinfo import ZoneInfo

from .model import Event, iso_minutes

STATE_FILE = ".calendarize-state.json"
STATE_VERSION = 1
SENTENCE_PREFIX = 80
STATE_CHUNK = 1000  # records per chunk of the state file: ~0.5 MB
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class StateError(ValueError):
    """The state file cannot be read; the message names it and says what to do."""


@dataclass(frozen=True, slots=True)
class Record:
    """What the previous build published for one event, and what is needed to recognise it."""

    uid: str  # the UID published in the feeds
    content_uid: str  # the UID the extractor gave it last time
    document: str
    organizer: str
    title: str  # normalised
    sentence: str  # normalised prefix of the source sentence
    fingerprint: str  # hash of everything rendered about the event
    sequence: int
    last_modified: datetime  # UTC

    def to_json(self) -> dict:
        return {
            "content_uid": self.content_uid,
            "document": self.document,
            "organizer": self.organizer,
            "title": self.title,
            "sentence": self.sentence,
            "fingerprint": self.fingerprint,
            "sequence": self.sequence,
            "last_modified": _format_utc(self.last_modified),
        }


@dataclass(frozen=True)
class State:
    """The published identity of every event of the last build, by published UID."""

    records: Mapping[str, Record]

    @classmethod
    def empty(cls) -> State:
        return cls(records={})


def _format_utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_utc(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)


def load_state(out_dir: Path) -> State:
    """Read the state of the previous build; a missing file means a first build."""
    path = Path(out_dir) / STATE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return State.empty()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StateError(
            f"{path}: cannot be read ({exc}); restore it, or delete it to start over "
            "(subscribers would then see events re-created where their times were corrected)"
        ) from None
    try:
        if data.get("version") != STATE_VERSION:
            raise ValueError(f"version {data.get('version')!r}, expected {STATE_VERSION}")
        # An archive's state holds tens of thousands of records that repeat documents, organizers and
        # change times: each distinct value is kept once.
        shared: dict[object, str] = {}
        times: dict[str, datetime] = {}
        records = {}
        for uid, r in data["events"].items():
            content_uid = str(r["content_uid"])
            stamp = r["last_modified"]
            if stamp not in times:
                times[stamp] = _parse_utc(stamp)
            records[uid] = Record(
                uid=uid,
                content_uid=uid if content_uid == uid else content_uid,
                document=shared.setdefault(r["document"], str(r["document"])),
                organizer=shared.setdefault(r["organizer"], str(r["organizer"])),
                title=str(r["title"]),
                sentence=str(r["sentence"]),
                fingerprint=str(r["fingerprint"]),
                sequence=int(r["sequence"]),
                last_modified=times[stamp],
            )
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise StateError(f"{path}: not a calendarize state file ({exc}); delete it to start over") from None
    return State(records=records)


def dump_state(state: State) -> bytes:
    """The state file's bytes: sorted keys and fixed layout, so unchanged builds write the same file."""
    return b"".join(state_chunks(state))


def state_chunks(state: State) -> Iterator[bytes]:
    """The bytes of :func:`dump_state` a thousand records at a time, so that an archive's state is never
    whole in memory: json.dumps(indent=1, sort_keys=True) of {"events": ..., "version": ...}, laid out
    record by record."""
    uids = sorted(state.records)
    if not uids:
        yield (json.dumps({"events": {}, "version": STATE_VERSION}, indent=1) + "\n").encode()
        return
    yield b'{\n "events": {'
    for at in range(0, len(uids), STATE_CHUNK):
        items = (f"{encode_basestring(uid)}: {_record_json(state.records[uid])}" for uid in uids[at:at + STATE_CHUNK])
        yield (("\n  " if at == 0 else ",\n  ") + ",\n  ".join(items)).encode("utf-8")
    yield f'\n }},\n "version": {STATE_VERSION}\n}}\n'.encode()


def _record_json(record: Record) -> str:
    """A record as json.dumps(indent=1, sort_keys=True) lays it out two levels deep (its values are
    strings and numbers, never containers)."""
    items = sorted(record.to_json().items())
    return "{\n   " + ",\n   ".join([f"{encode_basestring(k)}: {_json_value(v)}" for k, v in items]) + "\n  }"


def _json_value(value: object) -> str:
    """json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")), without its overhead
    for the strings, None, booleans and integers that events and records hold."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def write_state(out_dir: Path, state: State) -> Path:
    """Write the state file atomically (temporary file, then rename)."""
    path = Path(out_dir) / STATE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.writelines(state_chunks(state))
    except BaseException:
        tmp.unlink(missing_ok=True)  # a state that cannot be written leaves no half file behind
        raise
    tmp.replace(path)
    return path


_WORDS = re.compile(r"\w+")


def _normalise(text: str | None) -> str:
    """Case-folded words joined by single spaces (no character is both a word character and a space,
    so this is the same as replacing runs of non-word characters by spaces and splitting)."""
    return " ".join(_WORDS.findall(unicodedata.normalize("NFKC", text or "").casefold()))


def _opening(text: str | None) -> str:
    """_normalise(text)[:SENTENCE_PREFIX], normalising no more of a long sentence than that takes.

    Cut before a space, the two parts normalise apart (NFKC composes nothing across a space, case
    folding goes character by character, and a space ends a word), so the words of the part before
    the cut begin those of the whole.
    """
    text = text or ""
    cut = text.find(" ", SENTENCE_PREFIX * 6 // 5)
    if cut > 0:
        head = _normalise(text[:cut])
        if len(head) >= SENTENCE_PREFIX:
            return head[:SENTENCE_PREFIX]
    return _normalise(text)[:SENTENCE_PREFIX]


def fingerprint(event: Event) -> str:
    """_fingerprint_of(event), or the value it carries (see with_fingerprint)."""
    known = event.__dict__.get(_CARRIED)
    return known if known is not None else _fingerprint_of(event)


_CARRIED = "_fingerprint"


def with_fingerprint(event: Event) -> Event:
    """The event, carrying its fingerprint: the extraction workers compute it while they have the event
    at hand, and it travels with it (pickled), so that stabilize does not compute it again for each
    event of an archive on every build. It is an attribute outside the dataclass's fields: equality,
    repr and replace() ignore it (a replaced event is fingerprinted anew)."""
    object.__setattr__(event, _CARRIED, _fingerprint_of(event))
    return event


def _fingerprint_of(event: Event) -> str:
    """A hash of everything rendered about an event except its identity and change bookkeeping.

    The source line is left out: an edit elsewhere in the article moves it without changing the event.
    The hashed text is json.dumps(ensure_ascii=False, sort_keys=True, separators=(",", ":")) of
    ``Event.to_json()`` without "uid", with "source" as {"document", "text"}, and with "article_title",
    "exact_start" and "exact_end" (the reprs of start and end) added. It is laid out here key by key,
    sorted, because it runs for every event of every build; the tests hold it to that definition,
    since the value is stored in published state files.
    """
    source = event.source
    start, exact_start = _bound_json(event.start)
    end, exact_end = _bound_json(event.end)
    blob = (
        f'{{"all_day":{_json_value(event.all_day)},"article_title":{_json_value(event.article_title)},'
        f'"categories":{_json_list(event.categories)},"description":{_json_value(event.description)},'
        f'"end":{end},"exact_end":{exact_end},"exact_start":{exact_start},'
        + (f'"exdates":{_json_list(d.isoformat() for d in event.exdates)},' if event.exdates else "")
        + f'"inferred":{_json_list(event.inferred)},'
        f'"kind":{_json_value(event.kind)},"location":{_json_value(event.location)},'
        f'"online":{_json_value(event.online)},"organizer":{_json_value(event.organizer)},'
        f'"recurrence":{_json_value(event.recurrence)},'
        f'"source":{{"document":{_json_value(source.document)},"text":{_json_value(source.text)}}},'
        f'"start":{start},"timezone":{_json_value(event.timezone)},'
        f'"title":{_json_value(event.title)},"url":{_json_value(event.url)}}}'
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _bound_json(value: date | datetime | None) -> tuple[str, str]:
    """A start or end as JSON, in to_json's form and as its repr. An archive's events share a few hundred
    days and times, so plain dates and naive times are remembered: equal ones of one type and fold print
    alike (an aware time may not: equal instants can be in different zones)."""
    if type(value) is date or (type(value) is datetime and value.tzinfo is None):
        return _plain_bound_json(value, getattr(value, "fold", 0))
    return _json_value(iso_minutes(value)), _json_value(repr(value))


@lru_cache(maxsize=4096, typed=True)
def _plain_bound_json(value: date, fold: int) -> tuple[str, str]:  # fold: a key, repr shows it
    return _json_value(iso_minutes(value)), _json_value(repr(value))


def _json_list(values: Iterable[object]) -> str:
    return "[" + ",".join(map(_json_value, values)) + "]"


def _source_date_epoch() -> datetime | None:
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (ValueError, OverflowError, OSError):
        raise StateError(f"SOURCE_DATE_EPOCH={value!r} is not a number of seconds since 1970") from None


def change_time() -> datetime:
    """When a change is recorded: SOURCE_DATE_EPOCH if set (reproducible builds), else now, in UTC."""
    return _source_date_epoch() or datetime.now(UTC).replace(microsecond=0)


def publication_instant(published: date | datetime, timezone: str) -> datetime:
    """A document's publication as a UTC instant; a date or naive time is local to the document."""
    if not isinstance(published, datetime):
        published = datetime.combine(published, time())
    if published.tzinfo is None:
        published = published.replace(tzinfo=ZoneInfo(timezone))
    return published.astimezone(UTC).replace(microsecond=0)


def _start_key(event: Event) -> str:
    start = event.start
    return start.isoformat() if isinstance(start, datetime) else f"{start.isoformat()}T"


def _unique_by_content(events: Sequence[Event], prints: Sequence[str]) -> tuple[list[Event], list[str]]:
    """Drop exact duplicates and give events that share an extractor UID distinct ones; the events come
    back with their fingerprints (``prints``, one for each of ``events``).

    Two sessions of one class on one day share the extractor's UID; ordered by start, then line, the
    first keeps it and the others get -2, -3..., so the order of the input does not matter. Events
    identical in everything rendered would show twice in a calendar, so only the first is kept.
    """
    uids = [event.uid for event in events]
    counts = Counter(uids)
    groups: dict[str, list[int]] = {}  # only the shared UIDs: most are not, and a list each costs
    for i, uid in enumerate(uids):
        if counts[uid] > 1:
            groups.setdefault(uid, []).append(i)
    if not groups:
        return list(events), list(prints)
    seen = set(counts)
    renamed: dict[int, Event | None] = {}
    for uid, group in groups.items():
        ordered = sorted(group, key=lambda i: (_start_key(events[i]), events[i].source.line, prints[i]))
        kept: set[str] = set()
        n = 1
        for i in ordered:
            event = events[i]
            if prints[i] in kept:
                renamed[id(event)] = None
                continue
            kept.add(prints[i])
            if n > 1:
                candidate = _with_suffix(uid, n)
                while candidate in seen:
                    n += 1
                    candidate = _with_suffix(uid, n)
                seen.add(candidate)
                renamed[id(event)] = _restamped(event, candidate, event.sequence, event.last_modified)
            n += 1
    result = list(events)
    dropped: set[int] = set()
    for group in groups.values():
        for i in group:
            new = renamed.get(id(events[i]), events[i])
            if new is None:
                dropped.add(i)
            else:
                result[i] = new
    if not dropped:
        return result, list(prints)
    kept_at = [i for i in range(len(result)) if i not in dropped]
    return [result[i] for i in kept_at], [prints[i] for i in kept_at]


_RECORD_VALUES = attrgetter(*(f.name for f in fields(Record)))


def _restamped(event: Event, uid: str, sequence: int, last_modified: datetime | None) -> Event:
    """replace(event, uid=uid, sequence=sequence, last_modified=last_modified), made as a copy of the
    event's attributes (replace and a frozen dataclass's __init__ set every field one by one, which
    costs more than the rest of stabilize); the fingerprint, which none of the three changes, is
    copied with them."""
    restamped = object.__new__(Event)
    attributes = event.__dict__.copy()
    attributes["uid"], attributes["sequence"], attributes["last_modified"] = uid, sequence, last_modified
    object.__setattr__(restamped, "__dict__", attributes)
    return restamped


class _Keys:
    """The normalised texts that recognise an event, as a Record keeps them. An archive's events share a
    few hundred organizers and titles, and many share a sentence, so each distinct text is normalised
    once."""

    def __init__(self) -> None:
        self.words = cache(_normalise)
        self.opening = cache(_opening)

    def title(self, event: Event) -> tuple[str, str, str]:
        return (event.source.document, self.words(event.organizer), self.words(event.title))

    def sentence(self, event: Event) -> tuple[str, str, str]:
        return (event.source.document, self.words(event.organizer), self.opening(event.source.text))


def _with_suffix(uid: str, n: int) -> str:
    """uid-2, or local-2@domain when the UID has a domain part."""
    local, at, domain = uid.partition("@")
    return f"{local}-{n}{at}{domain}"


def _unique_matches(
    events: Iterable[Event], records: Iterable[Record], key_of_event, key_of_record
) -> dict[str, Record]:
    """Pair events and records whose key is shared by exactly one of each."""
    by_key_e: dict[tuple, list[Event]] = {}
    for event in events:
        by_key_e.setdefault(key_of_event(event), []).append(event)
    by_key_r: dict[tuple, list[Record]] = {}
    for record in records:
        by_key_r.setdefault(key_of_record(record), []).append(record)
    pairs: dict[str, Record] = {}
    for key, evs in by_key_e.items():
        recs = by_key_r.get(key, [])
        if len(evs) == 1 and len(recs) == 1 and key[2]:
            pairs[evs[0].uid] = recs[0]
    return pairs


def _file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _published_of(document: str, published: Mapping[str, date | datetime]) -> date | datetime | None:
    """Look a document up by the name the event gives or, failing that, by file name alone (when unique)."""
    if document in published:
        return published[document]
    wanted = _file_name(document)
    found = [value for key, value in published.items() if _file_name(key) == wanted]
    return found[0] if len(found) == 1 else None


def _first_seen(published: Mapping[str, date | datetime]) -> Callable[[str, str], datetime]:
    """The change time of a new event, by document and time zone (computed once for each)."""

    @cache
    def stamp(document: str, timezone: str) -> datetime:
        when = _published_of(document, published)
        if when is not None:
            return publication_instant(when, timezone)
        return _source_date_epoch() or EPOCH

    return stamp


def stabilize(
    events: Sequence[Event],
    state: State,
    published: Mapping[str, date | datetime] | None = None,
) -> tuple[list[Event], State]:
    """Give each event its published UID, SEQUENCE and change time; return them and the new state.

    ``published`` maps a document name (``Event.source.document``, or its file name alone) to its
    publication date or time, for the change time of events seen for the first time; the build can pass
    ``{doc.name: doc.published for doc in documents}``. Events come back in the order given.
    """
    incoming, prints = _unique_by_content(events, [fingerprint(e) for e in events])
    records = dict(state.records)
    keys = _Keys()

    # 1. Same extractor UID as last time, or an event that already carries its published UID.
    by_content = {r.content_uid: r for r in records.values()}
    matched: dict[str, Record] = {}
    claimed: set[str] = set()
    for lookup in (by_content, records):
        for event in incoming:
            uid = event.uid
            if uid in matched:
                continue
            record = lookup.get(uid)
            if record is not None and record.uid not in claimed:
                matched[uid] = record
                claimed.add(record.uid)

    # 2 and 3. Same document, organizer and title; then same document, organizer and sentence start.
    free_events = [e for e in incoming if e.uid not in matched]
    free_records = [r for r in records.values() if r.uid not in claimed]
    for key_of_event, attr in ((keys.title, "title"), (keys.sentence, "sentence")):
        pairs = _unique_matches(
            free_events, free_records, key_of_event, lambda r, a=attr: (r.document, r.organizer, getattr(r, a))
        )
        for uid, record in pairs.items():
            matched[uid] = record
            claimed.add(record.uid)
        free_events = [e for e in free_events if e.uid not in matched]
        free_records = [r for r in free_records if r.uid not in claimed]

    # New events keep their extractor UID unless a published one already holds it.
    taken = set(claimed)
    first_seen = _first_seen(published or {})
    now: datetime | None = None
    out: list[Event] = []
    new_records: dict[str, Record] = {}
    for event, print_ in zip(incoming, prints, strict=True):
        record = matched.get(event.uid)
        if record is None:
            uid = event.uid
            n = 2
            while uid in taken:
                uid = _with_suffix(event.uid, n)
                n += 1
            taken.add(uid)
            stamp = first_seen(event.source.document, event.timezone)
            sequence = 0
        elif record.fingerprint == print_:
            uid, sequence, stamp = record.uid, record.sequence, record.last_modified
        else:
            if now is None:
                now = change_time()
            uid, sequence = record.uid, record.sequence + 1
            stamp = max(now, record.last_modified + timedelta(seconds=1))
        values = (uid, event.uid, event.source.document, keys.words(event.organizer), keys.words(event.title),
                  keys.opening(event.source.text), print_, sequence, stamp)
        # An unchanged event keeps its record itself: on an archive, an equal copy of each costs more than
        # comparing (mostly in garbage collection).
        new_records[uid] = record if record is not None and _RECORD_VALUES(record) == values else Record(*values)
        out.append(_restamped(event, uid, sequence, stamp))
    return out, State(records=new_records)
