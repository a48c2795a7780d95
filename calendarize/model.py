"""The values that flow between stages: documents, date mentions and events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time


def day_of(value: date | datetime) -> date:
    """The day of a date or of a moment (a datetime is a date too, so isinstance alone does not tell)."""
    return value.date() if isinstance(value, datetime) else value

@dataclass(frozen=True)
class Document:
    """One article: its text (front matter removed) and what anchors its relative dates."""

    path: str  # as given on the command line, or "<sample>" for the bundled article
    text: str
    published: date | datetime
    url: str | None = None
    title: str | None = None
    timezone: str = "Asia/Seoul"
    body_line: int = 1  # 1-based line of the file on which `text` starts (after front matter)

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def anchor(self) -> date:
        return self.published.date() if isinstance(self.published, datetime) else self.published


@dataclass(frozen=True)
class Source:
    """Where an event was read: enough to quote it and to highlight its date expression."""

    document: str
    line: int  # 1-based, in the file as given
    text: str  # the sentence(s) the event came from
    mention: str = ""  # the date expression as written
    mention_start: int = -1  # offsets of the date expression inside `text`
    mention_end: int = -1


@dataclass(frozen=True)
class Event:
    """A calendar entry. Times are naive local times in `timezone`; an all-day `end` is inclusive."""

    uid: str
    title: str
    start: date | datetime
    end: date | datetime | None
    all_day: bool
    timezone: str
    organizer: str | None
    location: str | None
    online: bool
    description: str
    categories: tuple[str, ...]
    kind: str  # event | application | sale | deadline | ongoing
    recurrence: str | None  # an RRULE value such as "FREQ=DAILY;COUNT=2", or None
    source: Source
    inferred: tuple[str, ...] = ()  # what the reader filled in: "month from the publication date", ...
    url: str | None = None  # the article's URL
    article_title: str | None = None
    sequence: int = 0  # RFC 5545 SEQUENCE: bumped when the event's own details change
    last_modified: datetime | None = None  # UTC; when the event last changed (DTSTAMP, LAST-MODIFIED)
    exdates: tuple[date, ...] = ()  # days the repetition skips ("no class on Liberation Day"): EXDATE

    def to_json(self) -> dict:
        data = {
            "uid": self.uid,
            "title": self.title,
            "start": iso_minutes(self.start),
            "end": iso_minutes(self.end),
            "all_day": self.all_day,
            "timezone": self.timezone,
            "organizer": self.organizer,
            "location": self.location,
            "online": self.online,
            "description": self.description,
            "categories": list(self.categories),
            "kind": self.kind,
            "recurrence": self.recurrence,
            "source": {"document": self.source.document, "line": self.source.line, "text": self.source.text},
            "inferred": list(self.inferred),
            "url": self.url,
        }
        if self.exdates:  # (only where there are: every other event's JSON, and fingerprint, stays as it was)
            data["exdates"] = [d.isoformat() for d in self.exdates]
        return data


def iso_minutes(value: date | datetime | None) -> str | None:
    """An event bound as events.json gives it: 2021-10-27T19:00, or 2021-10-27 for a day."""
    if value is None:
        return None
    return value.strftime("%Y-%m-%dT%H:%M") if isinstance(value, datetime) else value.isoformat()


KINDS = ("event", "application", "sale", "deadline", "ongoing")

GRAINS = ("time", "day", "month", "year")


@dataclass(frozen=True)
class Mention:
    """A temporal expression found in a text and resolved against the anchor.

    `start`/`end` are dates for day grain, naive local datetimes for time grain, and the first and
    last day of the period for month and year grain. `end` is None for a single point or an open end.
    `known` lists the fields the text wrote; `implied` those filled in from the anchor or the context.
    """

    start_offset: int
    end_offset: int
    text: str
    start: date | datetime | time | None  # None for an open start ("until the 21st"); time: day unknown
    end: date | datetime | time | None
    grain: str
    known: tuple[str, ...]
    implied: tuple[str, ...]
    rule: str  # which rule read it, e.g. "bare-day range"
    reason: str = ""  # why an ambiguous part was decided so, e.g. "past, because 'held'"
    recurrence: str | None = None  # an RRULE value when the text states a repetition
    open_end: bool = False  # "from November 3": starts, end not stated
    open_start: bool = False  # "until the 21st": ends, start not stated

    @property
    def day_from_context(self) -> bool:
        """A clock time whose day the text did not give next to it ("The hours are 11 a.m. to 7 p.m."; a weekday
        gives it: "Saturday, from 10 a.m. to 4 p.m.")."""
        return self.grain == "time" and "day" in self.implied and "weekday" not in self.known

    def iso(self, value: date | datetime | None) -> str | None:
        """Format a bound at this mention's grain: 2021-10, 2021-10-27 or 2021-10-27T19:00."""
        if value is None:
            return None
        if isinstance(value, time):  # a clock time whose day the text does not give
            return value.strftime("T%H:%M")
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%dT%H:%M")
        if self.grain == "month":
            return value.strftime("%Y-%m")
        if self.grain == "year":
            return value.strftime("%Y")
        return value.isoformat()


@dataclass(frozen=True)
class Feed:
    """One .ics file of the build: all events, or those of one organizer or one category."""

    name: str  # shown to people: "All events", "Riverside-gu", "Culture"
    file: str  # a safe file name inside the output folder, e.g. "organizer-mapo-gu.ics"
    description: str
    events: tuple[Event, ...]
