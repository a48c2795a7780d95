"""Subscription-grade .ics feeds: which feeds a build has, and the bytes of each.

Calendar clients that subscribe to a feed re-read it every few hours and trust it blindly, so every
choice here aims at a feed that does not churn and that every client reads the same way:

* Identical input gives identical bytes: events are sorted by start then UID, VTIMEZONEs by TZID,
  and nothing here reads the clock. DTSTAMP and LAST-MODIFIED are ``Event.last_modified`` (the time
  the event last changed, kept by :mod:`calendarize.identity`), never the build time.
* Timed events carry ``TZID=<event.timezone>`` with a VTIMEZONE that icalendar generates, bounded to
  the years the feed covers (so Seoul's 1987-88 daylight-saving rules do not appear); never floating.
* All-day events use VALUE=DATE and an exclusive DTEND (``Event.end`` is the inclusive last day).

Policy for events without an end (every VEVENT gets a DTEND, since Exchange and Outlook refuse or
misplace events without one):

* a timed start with no end lasts one hour, and its DESCRIPTION says "End time not announced.";
  an end equal to the start is treated the same way, and an end earlier on the same day is read as
  crossing midnight;
* an all-day start with no end (or an end before the start) lasts that one day;
* a timed start whose end is only a date lasts until the end of that day.

:func:`event_times` applies this policy; other outputs (the HTML agenda) can call it to show the
same ends as the feeds.

Recurring events: ``Event.recurrence`` is an RRULE value. When a recurring event's end falls on a
later day than its start ("10 a.m. to 6 p.m. daily from the 1st to the 15th"), the end is read as the
end of the last occurrence: the first occurrence ends on its start day, and the rule gets an UNTIL
on the last day unless it already has COUNT or UNTIL. An UNTIL is written in UTC for timed events and
as a date for all-day ones, as RFC 5545 requires.

Transparency: events that should not mark a subscriber busy are TRANSP:TRANSPARENT: all-day events
(a day with no announced hours), timed events spanning several days, and the kinds "application",
"sale", "ongoing" and "deadline". Ordinary timed events are OPAQUE.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, vRecur
from icalendar import Event as VEvent

from .config import Config, parse_duration
from .model import Event, Feed, day_of
from .vevents import (
    SerializedEvent,
    VeventStore,
    calendar_chunks,
    component_bytes,
    format_key,
    vtimezone_bytes,
    zone_data,
)

ALL_FEED_FILE = "calendar.ics"
ALL_FEED_NAME = "All events"

TRANSPARENT_KINDS = frozenset({"application", "sale", "ongoing", "deadline"})
END_NOT_ANNOUNCED = "End time not announced."
DEFAULT_TIMED_DURATION = timedelta(hours=1)
MAX_SLUG_LENGTH = 60
# Unbounded rules still need VTIMEZONE data for a while after the last dated start.
OPEN_RULE_YEARS = 10


# ---------------------------------------------------------------------------- feed planning


def slugify(name: str) -> str:
    """An ASCII, lowercase, path-safe slug: letters, digits and single hyphens, never empty.

    Names with nothing ASCII to keep (e.g. Hangul) get a short hash of the name, so they stay distinct
    and stable across builds.
    """
    ascii_only = name if name.isascii() else unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    folded = ascii_only.lower()  # (no ASCII character has a decomposition: NFKD would leave it as it is)
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:MAX_SLUG_LENGTH].strip("-")
    return slug or "x" + _short_hash(name)


def _short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def assign_slugs(names: Iterable[str]) -> dict[str, str]:
    """Map each name to a slug unique among them.

    When several names slug alike ("Culture", "culture!"), the one that sorts first keeps the plain slug
    and the others get a suffix from a hash of their own name, so the suffix does not depend on the
    order of the events or on which other names exist.
    """
    by_slug: dict[str, list[str]] = {}
    for name in sorted(set(names)):
        by_slug.setdefault(slugify(name), []).append(name)
    taken = set(by_slug)
    result: dict[str, str] = {}
    for slug, group in sorted(by_slug.items()):
        result[group[0]] = slug
        for name in group[1:]:
            length = 6
            candidate = f"{slug}-{_short_hash(name, length)}"
            while candidate in taken:
                length += 2
                candidate = f"{slug}-{_short_hash(name, length)}"
            taken.add(candidate)
            result[name] = candidate
    return result


# (and the byte-order mark, which icalendar drops from the start of a value: a title of it alone would read back empty)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")


def _clean(name: str | None) -> str:
    """One line of printable text: RFC 5545 forbids control characters, and icalendar writes them raw. A
    backslash before a capital N is written as before a small one: icalendar reads "\\N" as a line break's
    escape whatever the text meant, so only the small form reads back as written."""
    return " ".join(_CONTROL.sub(" ", name or "").split()).replace("\\N", "\\n")


def plan_feeds(events: Sequence[Event], organizers: bool = True, categories: bool = True) -> list[Feed]:
    """The feeds of a build: everything, then one per organizer, then one per category.

    Feeds come in a fixed order (all, organizers by file name, categories by file name) and their events
    sorted by start then UID, so the plan is the same whatever order the events arrive in.
    """
    ordered = sort_events(events)
    feeds = [
        Feed(
            name=ALL_FEED_NAME,
            file=ALL_FEED_FILE,
            description="Every event found in the articles.",
            events=tuple(ordered),
        )
    ]
    if organizers:
        feeds += _grouped_feeds(ordered, lambda e: [_clean(e.organizer)], "organizer", "Events organized by {}.")
    if categories:
        feeds += _grouped_feeds(ordered, lambda e: [_clean(c) for c in e.categories], "category",
                                "Events in the category {}.")
    return feeds


def _grouped_feeds(events: Sequence[Event], names_of, prefix: str, description: str) -> list[Feed]:
    """One feed per name (organizer or category), with a safe, distinct file name, ordered by file."""
    groups: dict[str, list[Event]] = {}
    for event in events:
        for name in dict.fromkeys(names_of(event)):
            if name:
                groups.setdefault(name, []).append(event)
    slugs = assign_slugs(groups)
    feeds = [Feed(name=name, file=f"{prefix}-{slugs[name]}.ics", description=description.format(name),
                  events=tuple(evs)) for name, evs in groups.items()]
    return sorted(feeds, key=lambda f: f.file)


def _start_instant(event: Event) -> datetime:
    """The UTC instant an event starts, to sort events of several zones together."""
    start = event.start
    return _instant(start, start.fold if isinstance(start, datetime) else 0, event.timezone)


@lru_cache(maxsize=1 << 16)  # a build sorts its events for every feed, and many share a start
def _instant(start: date | datetime, fold: int, timezone: str) -> datetime:  # (fold: a key, == ignores it)
    if not isinstance(start, datetime):
        start = datetime.combine(start, time())
    if start.tzinfo is None:
        start = start.replace(tzinfo=_zone(timezone))
    return start.astimezone(UTC)


def sort_events(events: Iterable[Event]) -> list[Event]:
    """Events by start, then UID: the one order used in every feed."""
    return sorted(events, key=lambda e: (_start_instant(e), e.uid))


def feeds_json(feeds: list[Feed]) -> bytes:
    """feeds.json: the list of feeds for the site and for people choosing what to subscribe to."""
    listing = [
        {"name": f.name, "file": f.file, "events": len(f.events), "description": f.description}
        for f in feeds
    ]
    return (json.dumps(listing, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------- rendering


@cache
def _zone(name: str) -> ZoneInfo:
    """The zone of that name, or UTC when tzdata does not know it (rendering falls back earlier)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@cache
def known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _with_known_zone(event: Event, fallback: str) -> Event:
    """An event whose zone tzdata does not know is shown in the feed's zone, and says so."""
    if event.all_day or known_zone(event.timezone):
        return event
    note = f"time zone {event.timezone!r} is unknown; times are read in {fallback}"
    return replace(event, timezone=fallback, inferred=(*event.inferred, note))


@dataclass(frozen=True)
class EventTimes:
    """An event's DTSTART/DTEND/RRULE as written, after the end policy above."""

    start: date | datetime
    end: date | datetime
    rule: vRecur | None
    end_not_announced: bool
    multi_day: bool
    note: str | None = None  # a problem met on the way, told in the DESCRIPTION


def _utc(value: datetime) -> datetime:
    """A naive value is taken as UTC already (that is what Event.last_modified holds)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _rule(event: Event) -> tuple[vRecur | None, str | None]:
    """The event's RRULE, or a note saying why it was left out (one bad rule must not sink a feed)."""
    if not event.recurrence:
        return None, None
    value = event.recurrence.strip()
    if value.upper().startswith("RRULE:"):
        value = value[6:]
    try:
        rule = vRecur.from_ical(value)
        if not rule.get("FREQ"):
            raise ValueError("no FREQ")
    except (ValueError, TypeError):
        return None, f"the repetition {value!r} could not be read; only the first occurrence is shown"
    return rule, None


def event_times(event: Event) -> EventTimes:
    """Apply the end policy of this module to one event: DTSTART, exclusive DTEND, RRULE as written."""
    rule, note = _rule(event)
    end_not_announced = False
    if event.all_day:
        start = day_of(event.start)
        last = day_of(event.end) if event.end is not None else start
        last = max(last, start)
        if rule is not None and last > start:
            _bound_rule(rule, last)
            last = start
        _all_day_until(rule)
        return EventTimes(start, last + timedelta(days=1), rule, False, last > start, note)

    zone = _zone(event.timezone)
    start_naive = event.start if isinstance(event.start, datetime) else datetime.combine(event.start, time())
    start_naive = start_naive.replace(tzinfo=None) if start_naive.tzinfo is None else (
        start_naive.astimezone(zone).replace(tzinfo=None)
    )
    end = event.end
    if end is not None and not isinstance(end, datetime):
        # Only a last day is known: the event lasts until that day ends.
        end_naive: datetime | None = datetime.combine(end + timedelta(days=1), time())
    elif isinstance(end, datetime):
        end_naive = end if end.tzinfo is None else end.astimezone(zone).replace(tzinfo=None)
    else:
        end_naive = None
    if end_naive is not None and rule is not None and end_naive.date() > start_naive.date():
        last_day = end_naive.date() if end_naive.time() != time() else end_naive.date() - timedelta(days=1)
        _bound_rule(rule, datetime.combine(last_day, time(23, 59, 59), zone).astimezone(UTC))
        end_naive = datetime.combine(start_naive.date(), end_naive.time()) if end_naive.time() > (
            start_naive.time()
        ) else None
    if end_naive is not None and end_naive < start_naive and end_naive.date() == start_naive.date():
        end_naive += timedelta(days=1)  # "10 p.m. to 2 a.m."
    if end_naive is None or end_naive <= start_naive:
        end_naive = start_naive + DEFAULT_TIMED_DURATION
        end_not_announced = True
    if rule is not None:
        _until_to_utc(rule, zone)
    multi_day = end_naive - start_naive >= timedelta(days=1)
    return EventTimes(
        start_naive.replace(tzinfo=zone), end_naive.replace(tzinfo=zone), rule, end_not_announced, multi_day, note
    )


def _bound_rule(rule: vRecur, last: date | datetime) -> None:
    """Give a rule an end on the period's last day, unless the text already bounded it."""
    if "COUNT" not in rule and "UNTIL" not in rule:
        rule["UNTIL"] = [last]


def _until_to_utc(rule: vRecur, zone: ZoneInfo) -> None:
    """RFC 5545: with a zoned DTSTART, UNTIL must be a UTC date-time; a date means that whole day."""
    untils = rule.get("UNTIL")
    if not untils:
        return
    until = untils[0]
    if not isinstance(until, datetime):
        until = datetime.combine(until, time(23, 59, 59), zone)
    elif until.tzinfo is None:
        until = until.replace(tzinfo=zone)
    rule["UNTIL"] = [until.astimezone(UTC)]


def _all_day_until(rule: vRecur | None) -> None:
    """RFC 5545: with a DATE DTSTART, UNTIL must be a DATE too."""
    if rule is None or not rule.get("UNTIL"):
        return
    until = rule["UNTIL"][0]
    if isinstance(until, datetime):
        rule["UNTIL"] = [until.date()]


def _description(event: Event, times: EventTimes) -> str:
    """What a subscriber needs to trust the entry: the source, the article, and what was guessed."""
    parts: list[str] = []
    main = event.description.strip() or event.source.text.strip()
    if main:
        parts.append(main)
    source = event.source.text.strip()
    if source and source not in main:
        parts.append(f"Source: {source}")
    if event.organizer:
        parts.append(f"Organizer: {event.organizer}")
    if event.article_title and event.url:
        parts.append(f"Article: {event.article_title} ({event.url})")
    elif event.article_title:
        parts.append(f"Article: {event.article_title}")
    elif event.url:
        parts.append(f"Article: {event.url}")
    notes = [n.strip() for n in event.inferred if n.strip()]
    for note in notes:
        parts.append(f"Inferred: {note}")
    if times.note:
        parts.append(f"Note: {times.note}")
    if times.end_not_announced and not any("end time not announced" in n.lower() for n in notes):
        parts.append(END_NOT_ANNOUNCED)
    return "\n".join(_CONTROL.sub(" ", part) for part in parts)


def _location(event: Event) -> str | None:
    location = _clean(event.location)
    if event.online:
        return f"{location} (online)" if location else "Online"
    return location or None


def _stamp(event: Event, times: EventTimes) -> datetime:
    """DTSTAMP/LAST-MODIFIED: when the event last changed; without that, its start (clock-free)."""
    if event.last_modified is not None:
        return _utc(event.last_modified).replace(microsecond=0)
    start = times.start if isinstance(times.start, datetime) else datetime.combine(times.start, time(), UTC)
    return start.astimezone(UTC)


def render_event(event: Event) -> VEvent:
    """One VEVENT whose bytes depend on the event alone (icalendar orders the properties)."""
    times = event_times(event)
    vevent = VEvent()
    stamp = _stamp(event, times)
    vevent.add("UID", event.uid)
    vevent.add("DTSTAMP", stamp)
    vevent.add("LAST-MODIFIED", stamp)
    vevent.add("SEQUENCE", event.sequence)
    vevent.add("SUMMARY", _clean(event.title) or "Untitled event")
    vevent.add("DTSTART", times.start)
    vevent.add("DTEND", times.end)
    if times.rule is not None:
        vevent.add("RRULE", times.rule)
        if event.exdates:  # the occurrences it skips, each at the start time of its day
            start = times.start
            vevent.add("EXDATE", [day if not isinstance(start, datetime) else datetime.combine(day, start.time(), start.tzinfo)
                                  for day in event.exdates])
    transparent = event.all_day or times.multi_day or event.kind in TRANSPARENT_KINDS
    vevent.add("TRANSP", "TRANSPARENT" if transparent else "OPAQUE")
    vevent.add("STATUS", "CONFIRMED")
    vevent.add("CLASS", "PUBLIC")
    location = _location(event)
    if location:
        vevent.add("LOCATION", location)
    if event.url:
        vevent.add("URL", event.url)
    categories = [c for c in dict.fromkeys(_clean(c) for c in event.categories) if c]
    if categories:
        vevent.add("CATEGORIES", categories)
    vevent.add("DESCRIPTION", _description(event, times))
    return vevent


def serialize_event(event: Event) -> SerializedEvent:
    """render_event's bytes, with the days its VTIMEZONE must cover."""
    vevent = render_event(event)
    rule = vevent.get("RRULE")
    until = day_of(rule["UNTIL"][0]) if rule is not None and rule.get("UNTIL") else None
    return SerializedEvent(component_bytes(vevent), day_of(vevent["DTSTART"].dt), day_of(vevent["DTEND"].dt), until,
                           rule is not None, rule is not None and "UNTIL" in rule,
                           rule is not None and "COUNT" in rule)


def new_vevent_store(folder: Path | None = None) -> VeventStore:
    """Where a build gets its serialized VEVENTs: each one once, and those of the last build from `folder`."""
    return VeventStore(serialize_event, folder)


def _zone_bounds(events: Sequence[SerializedEvent], unbounded: bool) -> tuple[date, date]:
    """Years the VTIMEZONEs must cover: from 1 January of the first start to well past the last end."""
    days: list[date] = []
    for event in events:
        days.append(event.first)
        days.append(event.last)
        if event.until is not None:
            days.append(event.until)
    first_year, last_year = min(days).year, max(days).year
    return date(first_year, 1, 1), date(last_year + (OPEN_RULE_YEARS if unbounded else 2), 1, 1)


def render_feed(feed: Feed, config: Config, vevents: VeventStore | None = None) -> bytes:
    """The .ics bytes of one feed: the same feed and config always give the same bytes.

    Pass the build's `vevents` so that an event in several feeds is serialized once.
    """
    return b"".join(feed_chunks(feed, config, vevents))


def feed_key(feed: Feed, config: Config, vevents: VeventStore) -> str:
    """The render key of feed_chunks: the feed's header values and each event's key (which names the
    program, icalendar and the data of the event's time zone too), in the feed's order, which decides
    the sorted one; and the data of the feed's zone, which events of an unknown zone are shown in."""
    header = ("feed", config.prodid, config.calendar_name, config.refresh_interval, config.timezone,
              config.feed_url(feed.file), feed.file, feed.name, feed.description, len(feed.events))
    digest = hashlib.sha256(format_key() + zone_data(config.timezone) + repr(header).encode("utf-8", "surrogatepass"))
    for event in feed.events:
        digest.update(vevents.key(event))
    return digest.hexdigest()


def feed_chunks(feed: Feed, config: Config, vevents: VeventStore | None = None) -> list[bytes]:
    """render_feed's bytes in pieces, so that a large feed is never copied whole."""
    vevents = vevents or new_vevent_store()
    calendar = Calendar()
    calendar.add("PRODID", config.prodid)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    title = config.calendar_name if feed.file == ALL_FEED_FILE else f"{config.calendar_name}: {feed.name}"
    calendar.add("NAME", title)
    calendar.add("X-WR-CALNAME", title)
    calendar.add("DESCRIPTION", feed.description)
    calendar.add("X-WR-CALDESC", feed.description)
    refresh = parse_duration(config.refresh_interval)
    calendar.add("REFRESH-INTERVAL", refresh, parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", config.refresh_interval)
    calendar.add("X-WR-TIMEZONE", config.timezone)
    url = config.feed_url(feed.file)
    if url:
        calendar.add("SOURCE", url, parameters={"VALUE": "URI"})
        calendar.add("URL", url, parameters={"VALUE": "URI"})

    events = [_with_known_zone(event, config.timezone) for event in sort_events(feed.events)]
    serialized = [vevents.get(event) for event in events]
    tzids = sorted({e.timezone for e in events if not e.all_day})
    timezones = []
    if tzids:
        # A COUNT rule may run for years past its first dates; give it the same margin as an open one.
        unbounded = any(s.has_rule and not s.has_until for s in serialized)
        first, last = _zone_bounds(serialized, unbounded)
        timezones = [vtimezone_bytes(tzid, first, last) for tzid in tzids]
    return calendar_chunks(calendar, timezones, serialized)
