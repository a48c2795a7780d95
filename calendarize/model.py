"""The values that flow between stages: documents, date mentions and events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


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

    def to_json(self) -> dict:
        def iso(v: date | datetime | None) -> str | None:
            if v is None:
                return None
            return v.strftime("%Y-%m-%dT%H:%M") if isinstance(v, datetime) else v.isoformat()

        return {
            "uid": self.uid,
            "title": self.title,
            "start": iso(self.start),
            "end": iso(self.end),
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


KINDS = ("event", "application", "sale", "deadline", "ongoing")
_ = field  # dataclasses.field kept importable for stages that extend these values
