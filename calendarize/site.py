"""The static HTML agenda: the pages people open, built from the same events the feeds carry.

``render_site`` returns every file of the site as bytes keyed by relative path; the caller writes them.
The pages are plain HTML that works from disk or from any folder of any static host:

* every link is relative (pages in sub-folders get a ``root`` prefix of ``../``), nothing is loaded
  from elsewhere (no CDN, no web font), and the only script is our own ``assets/agenda.js``, which
  adds in-page filtering and copy buttons; without it every event is still listed and the static
  organizer and category pages stand in for the filters;
* identical input gives identical bytes: nothing reads the clock. Whether an event is upcoming or past
  is decided against the *reference day*: ``today`` when the caller passes it, otherwise the newest
  ``Event.last_modified`` day in the input (the builder sets it from the article that last changed the
  event, so it stands for "the newest publication"), otherwise the earliest event day, so that a
  build without either shows everything as upcoming rather than hiding it among past events. The
  builder should pass ``today`` explicitly (e.g. the newest publication date) when it knows better.

Templates are Jinja2 with autoescaping; any of them (and the CSS, JS and favicon) can be replaced by
a file of the same name in ``templates_dir``. Pages receive view objects (``EventView``, ``DayGroup``,
``MonthView``, ``FeedView``, ``Facet``) so that a replacement template needs no date arithmetic:

* every page: ``base.html`` layout with ``root`` ("" or "../"), ``calendar_name``, ``reference_day``,
  ``organizers``, ``categories``, ``feeds``, ``main_feed``, ``months``, ``month_for_ref``, counts;
* ``index.html`` / ``past.html``: ``groups`` (DayGroup list), ``listed``, ``options`` (FilterOptions);
* ``facet.html`` (organizer and category pages): ``facet``, ``groups``, ``past_groups``, ``options``;
* ``month.html``: ``month``, ``prev_month``, ``next_month``;  ``event.html``: ``ev``, ``json_ld``,
  ``is_past``;  ``subscribe.html``: the common values only;
* ``_macros.html`` holds the pieces they share (an event in a list, day groups, filters, feed cards);
  ``style.css``, ``agenda.js`` and ``favicon.svg`` are copied as they are.
"""

from __future__ import annotations

import calendar as _calendar
import hashlib
import re
import string
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

import jinja2
from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrulestr
from icalendar import Calendar
from markupsafe import Markup, escape

from .extract import program_version
from .feeds import ALL_FEED_FILE, assign_slugs, new_vevent_store, slugify
from .json_text import indented_json
from .model import Event, Feed, day_of
from .publish import OutputFile
from .render_cache import templates_digest
from .vevents import VeventStore, calendar_bytes, vtimezone_bytes

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
KIND_LABELS = {
    "event": "",
    "application": "Applications",
    "sale": "On sale",
    "deadline": "Deadline",
    "ongoing": "Ongoing",
}
ASSETS = {"assets/style.css": "style.css", "assets/agenda.js": "agenda.js", "favicon.svg": "favicon.svg"}
# A rule without COUNT or UNTIL, or a span of years, must not turn into thousands of grid entries.
MAX_OCCURRENCES = 400
MAX_SPAN_DAYS = 400
MAX_MONTHS = 36
GOOGLE_DETAILS_LIMIT = 1200
PRODID = "-//calendarize//calendarize agenda//EN"


# ---------------------------------------------------------------------------- formatting


def day_long(d: date) -> str:
    """'Thursday 28 October 2021': English names, independent of the machine's locale."""
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


def day_short(d: date) -> str:
    """'28 Oct'."""
    return f"{d.day} {MONTHS[d.month - 1][:3]}"


def clock(t: datetime | time) -> str:
    """24-hour local time, as Korean notices and most of the world write it."""
    return f"{t.hour:02d}:{t.minute:02d}"


def day_range_long(first: date, last: date) -> str:
    """'Thursday 28 October – Friday 26 November 2021', the year written once when shared."""
    if first == last:
        return day_long(first)
    if first.year == last.year:
        return f"{WEEKDAYS[first.weekday()]} {first.day} {MONTHS[first.month - 1]} – {day_long(last)}"
    return f"{day_long(first)} – {day_long(last)}"


def day_range_short(first: date, last: date) -> str:
    """'1–2 Nov', '28 Oct – 3 Nov', '30 Dec 2021 – 2 Jan 2022'."""
    if first == last:
        return day_short(first)
    if first.year != last.year:
        return f"{day_short(first)} {first.year} – {day_short(last)} {last.year}"
    if first.month == last.month:
        return f"{first.day}–{last.day} {MONTHS[last.month - 1][:3]}"
    return f"{day_short(first)} – {day_short(last)}"


def day_range_plain(first: date, last: date) -> str:
    """'2–30 November 2021', '28 October – 3 November 2021': no weekdays, the year once."""
    if first == last:
        return f"{first.day} {MONTHS[first.month - 1]} {first.year}"
    if first.year != last.year:
        return f"{day_range_plain(first, first)} – {day_range_plain(last, last)}"
    if first.month == last.month:
        return f"{first.day}–{last.day} {MONTHS[last.month - 1]} {last.year}"
    return f"{first.day} {MONTHS[first.month - 1]} – {last.day} {MONTHS[last.month - 1]} {last.year}"


def month_title(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def utc_offset(zone: str, moment: datetime) -> str:
    """'+09:00' for a naive local time in `zone` (zoneinfo knows the historical rules)."""
    offset = moment.replace(tzinfo=_zone(zone)).utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def category_label(name: str) -> str:
    """Categories are often stored lowercase ('culture'); people read 'Culture'."""
    return name[:1].upper() + name[1:] if name.islower() else name


@lru_cache(maxsize=1 << 16)  # asked for each event's title, organizer and categories by every page
def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def view_title(event: Event) -> str:
    return _clean(event.title) or "Untitled event"


# ---------------------------------------------------------------------------- event times


@dataclass(frozen=True)
class Span:
    """The days and local times of one event occurrence (end inclusive for days, None if unknown)."""

    first: date
    last: date
    start_time: time | None  # None for all-day
    end_time: time | None  # None for all-day or an end not announced


def _base_span(event: Event) -> Span:
    """The first occurrence, after the same end policy the feeds apply, minus their invented hour."""
    first = day_of(event.start)
    if event.all_day or not isinstance(event.start, datetime):
        last = day_of(event.end) if event.end is not None else first
        return Span(first, max(first, last), None, None)
    start = event.start
    end = event.end
    if end is None:
        return Span(first, first, start.time(), None)
    if not isinstance(end, datetime):
        return Span(first, max(first, end), start.time(), None)
    if event.recurrence and end.date() > first:
        # "11:00 to 19:00 daily from the 1st to the 2nd": the end is that of the last occurrence.
        same_day_end = end.time() if end.time() > start.time() else None
        return Span(first, first, start.time(), same_day_end)
    if end <= start and end.date() == first and end != start:
        end += timedelta(days=1)  # "10 p.m. to 2 a.m."
    if end <= start:
        return Span(first, first, start.time(), None)
    last = end.date() if end.time() != time() else end.date() - timedelta(days=1)
    return Span(first, max(first, last), start.time(), end.time())


@dataclass(frozen=True)
class Rule:
    """What the agenda needs to say and draw of an RRULE."""

    text: str  # "daily, 11:00–19:00, 1–2 Nov"
    phrase: str  # "daily", "every Tuesday and Thursday"
    starts: tuple[date, ...]  # occurrence start days, capped
    finite: bool
    freq: int | None
    interval: int
    count: int | None
    weekdays: tuple[int, ...]


def _parse_rule(event: Event, span: Span) -> Rule | None:
    """Expand and describe a recurrence; an unreadable rule is quoted rather than dropped."""
    value = (event.recurrence or "").strip()
    if not value:
        return None
    if value.upper().startswith("RRULE:"):
        value = value[6:]
    anchor = datetime.combine(span.first, span.start_time or time())
    last_day = day_of(event.end) if event.end is not None else None
    try:
        rule = rrulestr(value, dtstart=anchor)
    except (ValueError, TypeError):
        return Rule(f"repeats ({value})", "repeats", (span.first,), True, None, 1, None, ())
    finite = rule._count is not None or rule._until is not None  # dateutil has no public getters
    starts: list[date] = []
    for occurrence in rule:
        day = occurrence.date()
        if not finite and last_day is not None and last_day > span.first and day > last_day:
            finite = True  # the event's end bounds the rule, as in the feeds
            break
        starts.append(day)
        if len(starts) >= MAX_OCCURRENCES or day > span.first + timedelta(days=MAX_SPAN_DAYS * 2):
            break
    skipped = set(event.exdates)
    starts = [day for day in starts if day not in skipped] or starts  # (a skipped day is no date of it)
    if not starts:
        starts = [span.first]
    freq, interval, count = rule._freq, rule._interval, rule._count
    weekdays = tuple(sorted(rule._byweekday or ())) if freq == WEEKLY else ()
    if freq == DAILY:
        phrase = "daily" if interval == 1 else f"every {interval} days"
        days = set(rule._byweekday or range(7))
        closed = [WEEKDAYS[w] + "s" for w in range(7) if w not in days]
        if days == {5, 6}:
            phrase = "weekends" if interval == 1 else phrase  # (not "daily except Mondays, Tuesdays, ...")
        elif days == {0, 1, 2, 3, 4}:
            phrase = "weekdays" if interval == 1 else phrase
        elif len(closed) > 3:
            opened = [WEEKDAYS[w] + "s" for w in sorted(days)]
            phrase = ", ".join(opened[:-1]) + " and " + opened[-1]  # "Tuesdays and Thursdays"
        elif closed:
            phrase += " except " + (closed[0] if len(closed) == 1 else ", ".join(closed[:-1]) + " and " + closed[-1])
    elif freq == WEEKLY:
        names = [WEEKDAYS[w] for w in (weekdays or (span.first.weekday(),))]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        phrase = f"every {listed}" if interval == 1 else f"every {interval} weeks on {listed}"
    elif freq == MONTHLY:
        phrase = "monthly" if interval == 1 else f"every {interval} months"
    elif freq == YEARLY:
        phrase = "yearly" if interval == 1 else f"every {interval} years"
    else:
        phrase = "repeats"
    parts = [phrase]
    if span.start_time is not None:
        parts.append(_time_range(span))
    if finite:
        parts.append(day_range_short(starts[0], starts[-1]))
        if freq != DAILY and len(starts) > 1:
            parts.append(f"{len(starts)} dates")
    else:
        parts.append(f"from {day_short(starts[0])}")
    if skipped:
        parts.append("not " + ", ".join(day_short(day) for day in sorted(skipped)))
    return Rule(", ".join(parts), phrase, tuple(starts), finite, freq, interval, count, weekdays)


def _time_range(span: Span) -> str:
    if span.start_time is None:
        return "all day"
    if span.end_time is None:
        return f"from {clock(span.start_time)}"
    return f"{clock(span.start_time)}–{clock(span.end_time)}"


# ---------------------------------------------------------------------------- view objects


@dataclass(slots=True)
class EventView:
    """One event as every page shows it. Its labels and links are computed when a page asks for them:
    each is cheap, and an archive has tens of thousands of views, held by every renderer."""

    event: Event
    slug: str
    span: Span
    rule: Rule | None
    organizer: str
    organizer_slug: str | None
    categories: list[tuple[str, str, str]]  # (name, label, slug)
    title: str  # as every page shows it (see view_title), asked for again and again by sorts and neighbours
    days: Sequence[date] = ()  # every day it occupies, capped
    prev: EventView | None = None
    next: EventView | None = None

    @property
    def href(self) -> str:
        return f"events/{self.slug}.html"

    @property
    def ics(self) -> str:
        return f"events/{self.slug}.ics"

    @property
    def first_day(self) -> date:
        return self.days[0] if self.days else self.span.first

    @property
    def last_day(self) -> date:
        return self.days[-1] if self.days else self.span.last

    @property
    def open_ended(self) -> bool:
        """'Has been running since the 25th': an ongoing activity whose end nobody announced."""
        return self.event.kind == "ongoing" and self.event.end is None and self.rule is None

    def is_past(self, ref: date) -> bool:
        return self.last_day < ref and not self.open_ended

    @property
    def multi_day(self) -> bool:
        return self.span.last > self.span.first

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.event.kind, self.event.kind.capitalize())

    @property
    def location(self) -> str:
        return _clean(self.event.location)

    @property
    def attendance(self) -> str:
        if self.event.online and self.location:
            return "Online and in person"
        return "Online" if self.event.online else "In person"

    @property
    def end_not_announced(self) -> bool:
        if self.open_ended:
            return True
        return not self.event.all_day and self.span.start_time is not None and self.span.end_time is None and (
            self.span.first == self.span.last
        )

    @property
    def time_label(self) -> str:
        """The short label of the agenda's time column."""
        span = self.span
        if self.open_ended:
            return f"Since {day_short(span.first)}"
        if span.start_time is None:
            return "All day" if not self.multi_day else day_range_short(span.first, span.last)
        if span.first != span.last:
            end = f", {clock(span.end_time)}" if span.end_time else ""
            return f"{clock(span.start_time)} – {day_short(span.last)}{end}"
        return _time_range(span) if span.end_time else clock(span.start_time)

    @property
    def when_long(self) -> str:
        """The full date and time of the first occurrence, as the event page states it."""
        span = self.span
        if self.open_ended:
            start = f", {clock(span.start_time)}" if span.start_time else ""
            return f"Since {day_long(span.first)}{start}; end not announced"
        if span.start_time is None:
            return day_range_long(span.first, span.last) + (", all day" if not self.multi_day else "")
        if span.first != span.last:
            end = f", {clock(span.end_time)}" if span.end_time else " (end time not announced)"
            return f"{day_long(span.first)}, {clock(span.start_time)} – {day_long(span.last)}{end}"
        if span.end_time is None:
            return f"{day_long(span.first)}, {clock(span.start_time)}"
        return f"{day_long(span.first)}, {_time_range(span)}"

    @property
    def headline(self) -> str:
        """The one line under the title: the pattern for a recurring event, else the date and time."""
        rule = self.rule
        if rule is None:
            return self.when_long
        parts = [rule.phrase[:1].upper() + rule.phrase[1:]]
        if self.span.start_time is not None:
            parts.append(_time_range(self.span))
        if rule.finite:
            parts.append(day_range_plain(rule.starts[0], rule.starts[-1]))
        else:
            parts.append(f"from {day_range_plain(rule.starts[0], rule.starts[0])}")
        return ", ".join(parts)

    @property
    def timezone_note(self) -> str:
        if self.span.start_time is None:
            return ""
        moment = datetime.combine(self.span.first, self.span.start_time)
        return f"Local time in {self.event.timezone} (UTC{utc_offset(self.event.timezone, moment)})"

    @property
    def search_text(self) -> str:
        """What the in-page search matches: lowercase, single-spaced."""
        parts = [self.title, self.organizer, self.location, self.attendance, self.kind_label,
                 self.event.description, *(label for _, label, _ in self.categories)]
        return " ".join(_clean(" ".join(parts)).lower().split())

    @property
    def category_slugs(self) -> str:
        return " ".join(slug for _, _, slug in self.categories)

    @property
    def source_html(self) -> Markup:
        """The source sentence with the date expression in <mark>, everything else escaped."""
        source = self.event.source
        text = source.text
        start, end = source.mention_start, source.mention_end
        if not 0 <= start < end <= len(text):
            start = text.find(source.mention) if source.mention else -1
            if start < 0:
                return Markup(escape(text))
            end = start + len(source.mention)
        return Markup("{}<mark>{}</mark>{}").format(text[:start], text[start:end], text[end:])

    # ---- "add to calendar" links

    def _bounds(self) -> tuple[datetime | date, datetime | date, bool]:
        """Start and exclusive end as calendar services want them; an unknown end lasts one hour."""
        span = self.span
        if span.start_time is None:
            return span.first, span.last + timedelta(days=1), True
        start = datetime.combine(span.first, span.start_time)
        if span.end_time is None:
            end = start + timedelta(hours=1) if span.first == span.last else datetime.combine(
                span.last + timedelta(days=1), time())
        else:
            end = datetime.combine(span.last, span.end_time)
        return start, end, False

    def _details(self) -> str:
        lines = [_clean(self.event.description) or _clean(self.event.source.text)]
        if self.rule is not None:
            lines.append(f"Repeats: {self.rule.text}")
        if self.end_not_announced:
            lines.append("End time not announced.")
        if self.organizer:
            lines.append(f"Organizer: {self.organizer}")
        if self.event.url:
            lines.append(f"Article: {self.event.url}")
        text = "\n".join(line for line in lines if line)
        return text if len(text) <= GOOGLE_DETAILS_LIMIT else text[: GOOGLE_DETAILS_LIMIT - 1] + "…"

    def _place(self) -> str:
        if self.event.online:
            return f"{self.location} (online)" if self.location else "Online"
        return self.location

    @property
    def google_url(self) -> str:
        start, end, all_day = self._bounds()
        fmt = "%Y%m%d" if all_day else "%Y%m%dT%H%M%S"
        params = [("action", "TEMPLATE"), ("text", self.title),
                  ("dates", f"{start.strftime(fmt)}/{end.strftime(fmt)}")]
        if not all_day:
            params.append(("ctz", self.event.timezone))
        params.append(("details", self._details()))
        if self._place():
            params.append(("location", self._place()))
        if self.rule is not None and self.event.recurrence:
            params.append(("recur", "RRULE:" + self.event.recurrence.removeprefix("RRULE:")))
        return "https://calendar.google.com/calendar/render?" + query_string(params)

    @property
    def outlook_url(self) -> str:
        start, end, all_day = self._bounds()
        if all_day:
            startdt, enddt = start.isoformat(), end.isoformat()
        else:
            startdt = self._iso(start)
            enddt = self._iso(end)
        params = [("path", "/calendar/action/compose"), ("rru", "addevent"), ("subject", self.title),
                  ("startdt", startdt), ("enddt", enddt), ("allday", "true" if all_day else "false"),
                  ("body", self._details())]
        if self._place():
            params.append(("location", self._place()))
        return "https://outlook.live.com/calendar/0/deeplink/compose?" + query_string(params)

    def _iso(self, moment: datetime) -> str:
        return moment.strftime("%Y-%m-%dT%H:%M:%S") + utc_offset(self.event.timezone, moment)

    # ---- structured data

    def json_ld(self, page_url: str | None) -> Markup:
        """schema.org Event, safe inside <script>: '<', '>' and '&' are JSON-escaped."""
        span = self.span
        if span.start_time is None:
            start_value, end_value = span.first.isoformat(), span.last.isoformat()
        else:
            start_dt = datetime.combine(span.first, span.start_time)
            start_value = self._iso(start_dt)
            end_value = self._iso(datetime.combine(span.last, span.end_time)) if span.end_time else None
        data: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "startDate": start_value,
        }
        if end_value:
            data["endDate"] = end_value
        data["eventStatus"] = "https://schema.org/EventScheduled"
        if self.event.online and self.location:
            mode = "https://schema.org/MixedEventAttendanceMode"
        elif self.event.online:
            mode = "https://schema.org/OnlineEventAttendanceMode"
        else:
            mode = "https://schema.org/OfflineEventAttendanceMode"
        data["eventAttendanceMode"] = mode
        places: list[dict[str, object]] = []
        if self.location:
            places.append({"@type": "Place", "name": self.location, "address": self.location})
        if self.event.online:
            virtual: dict[str, object] = {"@type": "VirtualLocation"}
            if self.event.url:
                virtual["url"] = self.event.url
            places.append(virtual)
        if places:
            data["location"] = places[0] if len(places) == 1 else places
        if self.organizer:
            data["organizer"] = {"@type": "Organization", "name": self.organizer}
        description = _clean(self.event.description) or _clean(self.event.source.text)
        if description:
            data["description"] = description
        url = page_url or self.event.url
        if url:
            data["url"] = url
        if self.rule is not None and self.rule.freq in (DAILY, WEEKLY, MONTHLY, YEARLY):
            unit = {DAILY: "D", WEEKLY: "W", MONTHLY: "M", YEARLY: "Y"}[self.rule.freq]
            schedule: dict[str, object] = {
                "@type": "Schedule",
                "repeatFrequency": f"P{self.rule.interval}{unit}",
                "startDate": self.rule.starts[0].isoformat(),
                "scheduleTimezone": self.event.timezone,
            }
            if self.rule.finite:
                schedule["endDate"] = self.rule.starts[-1].isoformat()
            if self.rule.count:
                schedule["repeatCount"] = self.rule.count
            if self.rule.weekdays:
                schedule["byDay"] = [f"https://schema.org/{WEEKDAYS[w]}" for w in self.rule.weekdays]
            if span.start_time is not None:
                schedule["startTime"] = clock(span.start_time)
                if span.end_time is not None:
                    schedule["endTime"] = clock(span.end_time)
            data["eventSchedule"] = schedule
        text = indented_json(data)
        return Markup(text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))


_UNRESERVED = string.ascii_letters + string.digits + "_.-~"  # what quote() never escapes
_PERCENT = [chr(b) if chr(b) in _UNRESERVED else f"%{b:02X}" for b in range(256)]


def query_string(params: Iterable[tuple[str, str]]) -> str:
    """urlencode(params, quote_via=quote), without quote's loop over each byte in Python (every event
    page has two such links, with the event's description in them)."""
    def quoted(text: str) -> str:
        return text if not text.rstrip(_UNRESERVED) else "".join(map(_PERCENT.__getitem__, text.encode("utf-8")))
    return "&".join(quoted(key) + "=" + quoted(value) for key, value in params)


def _occupied_days(span: Span, rule: Rule | None) -> Sequence[date]:
    """Every day an event covers: each day of a multi-day span, for each occurrence of its rule."""
    if rule is None and span.last == span.first:
        return (span.first,)  # most events: no list, no new date
    length = min((span.last - span.first).days, MAX_SPAN_DAYS)
    starts = rule.starts if rule is not None else (span.first,)
    days = {start + timedelta(days=i) for start in starts for i in range(length + 1)}
    return sorted(days)


def _sort_key(view: EventView) -> tuple:
    span = view.span
    return (span.first, span.start_time is not None, span.start_time or time(), view.title.lower(),
            view.event.uid)


@dataclass
class DayGroup:
    """One heading of the agenda: a day (or 'under way') and its events."""

    id: str
    heading: str
    note: str
    day: date | None
    events: list[EventView]


@dataclass
class MonthCell:
    day: date
    in_month: bool
    is_reference: bool
    entries: list[tuple[EventView, bool]]  # (event, continues from an earlier day)

    @property
    def weekday(self) -> str:
        return WEEKDAYS[self.day.weekday()]


@dataclass
class MonthView:
    """A month of the calendar: its grid is laid out when a page shows it (in the process that renders
    that page), so that the build does not hold every month's cells at once."""

    year: int
    month: int
    events: list[EventView]  # every event on a day of the month, in agenda order
    reference_day: date

    @property
    def count(self) -> int:
        return len(self.events)

    @property
    def weeks(self) -> list[list[MonthCell]]:
        by_day: dict[date, list[tuple[EventView, bool]]] = {}
        for view in self.events:
            occupied = set(view.days)
            for day in view.days:
                if (day.year, day.month) == (self.year, self.month):
                    by_day.setdefault(day, []).append((view, day - timedelta(days=1) in occupied))
        return [[MonthCell(d, d.month == self.month, d == self.reference_day,
                           by_day.get(d, []) if d.month == self.month else [])
                 for d in week] for week in _calendar.Calendar(firstweekday=0).monthdatescalendar(self.year, self.month)]

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def title(self) -> str:
        return month_title(self.year, self.month)

    @property
    def href(self) -> str:
        return f"months/{self.key}.html"


@dataclass
class FeedView:
    """A feed as the subscribe section offers it."""

    name: str
    description: str
    file: str
    group: str  # "all" | "organizer" | "category" | "other"
    count: int
    https_url: str | None
    webcal_url: str | None

    @property
    def label(self) -> str:
        return category_label(self.name) if self.group == "category" else self.name

    @property
    def google_url(self) -> str | None:
        """Google Calendar's 'add by URL' shortcut; it needs a public address."""
        if not self.webcal_url:
            return None
        return "https://calendar.google.com/calendar/render?" + query_string([("cid", self.webcal_url)])


@dataclass
class Facet:
    """An organizer or a category: its page and its feed."""

    name: str
    label: str
    slug: str
    kind: str  # "organizer" | "category"
    events: list[EventView]
    feed: FeedView | None

    @property
    def href(self) -> str:
        return f"{'organizers' if self.kind == 'organizer' else 'categories'}/{self.slug}.html"

    @property
    def count(self) -> int:
        return len(self.events)


# ---------------------------------------------------------------------------- templates


def _packaged_source(name: str) -> str | None:
    """A packaged template by name: via importlib.resources, or the source tree when not installed."""
    if "/" in name or "\\" in name or name.startswith("."):
        return None
    try:
        resource = resources.files("calendarize.templates").joinpath(name)
        if resource.is_file():
            return resource.read_text(encoding="utf-8")
    except ModuleNotFoundError:
        pass
    fallback = Path(__file__).resolve().parent.parent / "templates" / name
    return fallback.read_text(encoding="utf-8") if fallback.is_file() else None


def make_environment(templates_dir: Path | None = None) -> jinja2.Environment:
    """User templates first, then the packaged ones; autoescape on for every template."""
    loaders: list[jinja2.BaseLoader] = []
    if templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates_dir)))
    loaders.append(jinja2.FunctionLoader(lambda name: (
        None if (src := _packaged_source(name)) is None else (src, None, lambda: True))))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["day_long"] = day_long
    env.filters["day_short"] = day_short
    env.filters["iso"] = lambda d: d.isoformat()
    env.filters["weekday"] = lambda d: WEEKDAYS[d.weekday()]
    env.filters["day_month_year"] = lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    env.filters["clock"] = clock
    env.globals["weekdays"] = WEEKDAYS
    return env


def _asset(env: jinja2.Environment, name: str) -> bytes:
    source, _, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
    return source.encode("utf-8")


# ---------------------------------------------------------------------------- the site


def reference_day(events: Sequence[Event], today: date | None = None) -> date:
    """The day that splits upcoming from past; see the module docstring for why not the clock."""
    if today is not None:
        return today
    changed = [e.last_modified for e in events if e.last_modified is not None]
    if changed:
        return max(m.replace(tzinfo=UTC) if m.tzinfo is None else m.astimezone(UTC) for m in changed).date()
    if events:
        return min(day_of(e.start) for e in events)
    return date(1970, 1, 1)


def _feed_views(feeds: Sequence[Feed], base_url: str | None) -> list[FeedView]:
    views = []
    base = base_url.rstrip("/") + "/" if base_url else None
    for feed in feeds:
        if feed.file == ALL_FEED_FILE:
            group = "all"
        elif feed.file.startswith("organizer-"):
            group = "organizer"
        elif feed.file.startswith("category-"):
            group = "category"
        else:
            group = "other"
        https_url = base + quote(feed.file) if base else None
        webcal = re.sub(r"^https?://", "webcal://", https_url) if https_url else None
        views.append(FeedView(feed.name, feed.description, feed.file, group, len(feed.events), https_url, webcal))
    return views


def _event_slugs(events: Sequence[Event]) -> list[str]:
    """A file name per event from its UID; events that share a UID still get a page each."""
    bases = [slugify(e.uid) for e in events]
    if len(set(bases)) == len(bases):
        return bases  # no two alike (the rule for almost every build): the order below changes nothing
    slugs = [""] * len(events)
    taken: set[str] = set()
    order = sorted(range(len(events)), key=lambda i: (events[i].uid, day_of(events[i].start), events[i].title))
    for i in order:
        base = bases[i]
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        slugs[i] = slug
    return slugs


# Listing pages hold at most this many events, the soonest upcoming and the most recent past ones: an
# archive of thousands would make pages no browser opens comfortably. The month pages list everything.
LISTED_UPCOMING = 500
LISTED_PAST = 300
LISTED_FACET_PAST = 100


def _groups(views: list[EventView], ref: date, past: bool) -> list[DayGroup]:
    """Agenda headings: upcoming by start day ('under way' first), past by day, newest first. The views
    come in agenda order (_sort_key), so each day's stay in it."""
    groups: dict[date | None, list[EventView]] = {}
    for view in views:
        key: date | None = view.first_day
        if not past and view.first_day < ref:
            key = None
        groups.setdefault(key, []).append(view)
    result = []
    if None in groups:
        result.append(DayGroup("under-way", "Under way", f"Started before {day_long(ref)} and still running",
                               None, sorted(groups.pop(None),
                                            key=lambda v: (v.open_ended, v.last_day, _sort_key(v)))))
    for day in sorted(groups, reverse=past):  # type: ignore[type-var]
        result.append(DayGroup(f"day-{day.isoformat()}", day_long(day), "", day, groups[day]))
    return result


def _months(views: list[EventView], ref: date) -> list[MonthView]:
    """The months of the calendar, each with its views in agenda order (that of `views`)."""
    by_month: dict[tuple[int, int], list[EventView]] = {}
    for view in views:
        for year_month in dict.fromkeys((day.year, day.month) for day in view.days):
            by_month.setdefault(year_month, []).append(view)
    keys = sorted(by_month)
    if keys:
        first, last = keys[0], keys[-1]
        span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
        if span <= MAX_MONTHS:
            keys = [((first[1] - 1 + i) // 12 + first[0], (first[1] - 1 + i) % 12 + 1) for i in range(span)]
    return [MonthView(year, month, by_month.get((year, month), []), ref) for year, month in keys]


@dataclass
class FilterOptions:
    """The organizers and categories present among a page's events, with how many each has."""

    organizers: list[tuple[Facet, int]]
    categories: list[tuple[Facet, int]]


def _filter_options(listed: list[EventView], organizers: list[Facet], categories: list[Facet]) -> FilterOptions:
    org_counts = Counter(v.organizer_slug for v in listed if v.organizer_slug)
    cat_counts = Counter(slug for v in listed for _, _, slug in v.categories)
    return FilterOptions([(f, org_counts[f.slug]) for f in organizers if org_counts[f.slug]],
                         [(f, cat_counts[f.slug]) for f in categories if cat_counts[f.slug]])


def render_site(events: Sequence[Event], feeds: Sequence[Feed], **options: Any) -> dict[str, bytes]:
    """Every file of the HTML agenda, keyed by relative path ('index.html', 'events/x.html', ...), rendered
    at once; `options` are those of site_files."""
    return dict(sorted((f.path, f.bytes()) for f in site_files(events, feeds, **options)))


# What the packaged event page reads besides the event: its cache key covers exactly these.
EVENT_PAGE_COMMON = ("calendar_name", "reference_day", "today_given", "main_feed", "month_for_ref")


def site_files(
    events: Sequence[Event],
    feeds: Sequence[Feed],
    *,
    base_url: str | None = None,
    templates_dir: Path | None = None,
    calendar_name: str = "calendarize",
    today: date | None = None,
    vevents: VeventStore | None = None,
) -> list[OutputFile]:
    """The files of the HTML agenda, each rendered when asked for; per-event files carry a render key.

    The packaged event page is given only the values of EVENT_PAGE_COMMON (and fails on any other), so
    that its key can name everything it depends on. User templates see everything and get no key.
    """
    env = make_environment(templates_dir)
    vevents = vevents or new_vevent_store()
    ref = reference_day(events, today)
    base = base_url.rstrip("/") + "/" if base_url else None
    feed_views = _feed_views(feeds, base_url)
    feed_by_key = {(f.group, f.name): f for f in feed_views}
    organizer_slugs = assign_slugs(o for e in events if (o := _clean(e.organizer)))
    category_names = [c for e in events for c in (_clean(c) for c in e.categories) if c]
    category_slugs = assign_slugs(category_names)

    slugs = _event_slugs(events)
    views: list[EventView] = []
    for i, event in enumerate(events):
        span = _base_span(event)
        rule = _parse_rule(event, span)
        organizer = _clean(event.organizer)
        cats = [(c, category_label(c), category_slugs[c])
                for c in dict.fromkeys(_clean(c) for c in event.categories) if c]
        view = EventView(event, slugs[i], span, rule, organizer, organizer_slugs.get(organizer), cats,
                         view_title(event))
        view.days = _occupied_days(span, rule)
        views.append(view)
    views.sort(key=_sort_key)
    for before, after in pairwise(views):
        before.next, after.prev = after, before

    past_ids = {id(v) for v in views if v.is_past(ref)}  # asked again for every page that lists a view
    upcoming = [v for v in views if id(v) not in past_ids]
    past = [v for v in views if id(v) in past_ids]
    months = _months(views, ref)
    month_for_ref = next((m for m in months if (m.year, m.month) >= (ref.year, ref.month)),
                         months[-1] if months else None)

    def facets(kind: str, slugs_by_name: dict[str, str]) -> list[Facet]:
        members: dict[str, list[EventView]] = {name: [] for name in slugs_by_name}
        for v in views:
            names = [v.organizer] if kind == "organizer" else list(dict.fromkeys(c for c, _, _ in v.categories))
            for name in names:
                if name in members:
                    members[name].append(v)
        result = []
        for name, slug in slugs_by_name.items():
            label = name if kind == "organizer" else category_label(name)
            result.append(Facet(name, label, slug, kind, members[name], feed_by_key.get((kind, name))))
        return sorted(result, key=lambda f: (f.label.lower(), f.slug))

    organizers = facets("organizer", organizer_slugs)
    categories = facets("category", category_slugs)
    main_feed = next((f for f in feed_views if f.group == "all"), feed_views[0] if feed_views else None)

    common = {
        "calendar_name": calendar_name,
        "reference_day": ref,
        "today_given": today is not None,
        "organizers": organizers,
        "categories": categories,
        "feeds": feed_views,
        "main_feed": main_feed,
        "months": months,
        "month_for_ref": month_for_ref,
        "upcoming_count": len(upcoming),
        "past_count": len(past),
        "total_count": len(views),
    }
    packaged = templates_dir is None
    event_common = {k: common[k] for k in EVENT_PAGE_COMMON} if packaged else common
    event_page_base = _event_page_base_key(calendar_name, ref, today is not None, main_feed, month_for_ref, base)
    keys = _PageKeys(event_page_base, vevents) if packaged else None

    files: list[OutputFile] = []

    def page(path: str, template: str, context: dict, key: str | None = None, **values: object) -> None:
        """A page listing many events: streamed out in pieces."""
        def pieces() -> Iterator[str]:
            return env.get_template(template).generate(**context, root="../" * path.count("/"), path=path, **values)
        files.append(OutputFile(path, chunks=lambda: _encoded(pieces()), key=key))

    def event_page(view: EventView, key: str | None, page_url: str | None, is_past: bool) -> None:
        """An event's page: rendered whole, in any process, only when its key does not match."""
        def render() -> bytes:
            return env.get_template("event.html").render(
                **event_common, root="../" * view.href.count("/"), path=view.href, page_id="event", ev=view,
                json_ld=view.json_ld(page_url), is_past=is_past).encode("utf-8")
        files.append(OutputFile(view.href, render, key))

    soonest, latest = upcoming[:LISTED_UPCOMING], past[-LISTED_PAST:]
    page("index.html", "index.html", common, page_id="agenda", groups=_groups(soonest, ref, past=False),
         listed=soonest, options=_filter_options(soonest, organizers, categories))
    page("past.html", "past.html", common, page_id="past", groups=_groups(latest, ref, past=True), listed=latest,
         options=_filter_options(latest, organizers, categories))
    page("subscribe.html", "subscribe.html", common, page_id="subscribe")
    all_months = tuple((m.href, m.title) for m in months)
    for i, month in enumerate(months):
        prev_month = months[i - 1] if i > 0 else None
        next_month = months[i + 1] if i + 1 < len(months) else None
        key = keys and keys.listing(month.events, "month", month.key, all_months,
                                      *((m.href, m.title) if m else None for m in (prev_month, next_month)))
        page(month.href, "month.html", common, key, page_id="month", month=month, prev_month=prev_month,
             next_month=next_month)
    for facet in organizers + categories:
        mine_up = [v for v in facet.events if id(v) not in past_ids]
        mine_past = [v for v in facet.events if id(v) in past_ids]
        shown_up, shown_past = mine_up[:LISTED_UPCOMING], mine_past[-LISTED_FACET_PAST:]
        options = _filter_options(shown_up + shown_past, organizers, categories)
        key = keys and keys.listing(
            shown_up + shown_past, "facet", facet.kind, facet.name, facet.label, facet.slug, facet.feed,
            all_months[:1], all_months[-1:], len(mine_up), len(mine_past), len(shown_up),
            [(f.label, f.slug, n) for f, n in options.organizers], [(f.label, f.slug, n) for f, n in options.categories])
        page(facet.href, "facet.html", common, key, page_id=facet.kind, facet=facet,
             groups=_groups(shown_up, ref, past=False), past_groups=_groups(shown_past, ref, past=True),
             upcoming_total=len(mine_up), past_total=len(mine_past), listed=shown_up + shown_past, options=options)
    for view in views:
        page_url = base + view.href if base else None
        is_past = id(view) in past_ids
        key = keys.event_page(view, is_past) if keys else None
        event_page(view, key, page_url, is_past)
        files.append(OutputFile(view.ics, lambda e=view.event: event_ics(e, vevents),
                                _event_ics_key(vevents.key(view.event))))
    for path, name in ASSETS.items():
        files.append(OutputFile(path, lambda name=name: _asset(env, name)))
    return files


def _encoded(pieces: Iterable[str], size: int = 1 << 18) -> Iterator[bytes]:
    """UTF-8 of the pieces, a few hundred kB at a time."""
    buffer: list[str] = []
    length = 0
    for piece in pieces:
        buffer.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(buffer).encode("utf-8")
            buffer, length = [], 0
    if buffer:
        yield "".join(buffer).encode("utf-8")


def _digest(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _event_page_base_key(calendar_name: str, ref: date, today_given: bool, main_feed: FeedView | None,
                         month_for_ref: MonthView | None, base: str | None) -> str:
    """What every event page of a build shares: the program, the packaged templates, the common values."""
    return _digest("event page", program_version(), templates_digest(None), calendar_name, ref, today_given,
                   (main_feed.name, main_feed.file) if main_feed else None,
                   month_for_ref.href if month_for_ref else None, base)


class _PageKeys:
    """Render keys of the event, month and facet pages of a build: what every page shares (the base key),
    the page's own values, and, per event shown, everything its entry or link shows. A change to one
    event then re-renders only the pages that show it. An event's entry and link are made once per
    build, however many pages show it; an event page's key is a 64-bit digest (see OutputFile.key)."""

    def __init__(self, base_key: str, vevents: VeventStore):
        self.base_key = base_key.encode()
        self.vevents = vevents
        self.entries: dict[int, bytes] = {}  # by id of the view (each is held by the site for the build)
        self.links: dict[int, bytes] = {}

    def entry(self, view: EventView) -> bytes:
        """The event (every field, digested in its VEVENT key) and its page's and pages' names."""
        found = self.entries.get(id(view))
        if found is None:
            found = self.entries[id(view)] = self.vevents.key(view.event) + repr(
                (view.slug, view.organizer_slug, view.categories)).encode("utf-8", "surrogatepass")
        return found

    def link(self, view: EventView | None) -> bytes:
        """What a neighbour's link to the event shows."""
        if view is None:
            return b"None"
        found = self.links.get(id(view))
        if found is None:
            found = self.links[id(view)] = repr((view.href, view.first_day, view.title)).encode(
                "utf-8", "surrogatepass")
        return found

    def event_page(self, view: EventView, is_past: bool) -> int:
        """Everything an event page shows: the event, whether it is past, and its neighbours."""
        digest = hashlib.blake2b(self.base_key, digest_size=8)
        for part in (self.entry(view), b"\1" if is_past else b"\0", self.link(view.prev), self.link(view.next)):
            digest.update(part)
        return int.from_bytes(digest.digest(), "big")

    def listing(self, views: Sequence[EventView], *values: object) -> str:
        digest = hashlib.sha256(self.base_key)
        digest.update(repr(values).encode("utf-8", "surrogatepass"))
        for view in views:
            digest.update(self.entry(view))
        return digest.hexdigest()


_ICS_KEY = f"event ics\0{PRODID}\0".encode()


def _event_ics_key(vevent_key: bytes) -> int:
    """The VEVENT's key is a digest already (of the event, the program and its zone's data): what the
    .ics adds is constant."""
    return int.from_bytes(hashlib.blake2b(_ICS_KEY + vevent_key, digest_size=8).digest(), "big")


def event_ics(event: Event, vevents: VeventStore | None = None) -> bytes:
    """A one-event calendar to download: the same VEVENT the feeds carry, with its VTIMEZONE."""
    serialized = (vevents or new_vevent_store()).get(event)
    timezones = []
    if not event.all_day:
        last = serialized.last if serialized.until is None else max(serialized.last, serialized.until)
        unbounded = serialized.has_rule and not serialized.has_count and not serialized.has_until
        timezones.append(vtimezone_bytes(event.timezone, date(serialized.first.year, 1, 1),
                                         date(last.year + (10 if unbounded else 2), 1, 1)))
    return calendar_bytes(_event_calendar_head(), timezones, [serialized])


@cache
def _event_calendar_head() -> bytes:
    cal = Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    return cal.to_ical()
