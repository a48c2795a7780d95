"""calendarize check: validate every .ics feed of an output folder the way picky clients would.

Each feed is loaded by icalendar and by the strict ``ical`` package (a test and check dependency,
not a runtime one: when it is missing, check says so and skips that loader). Then come the checks
that neither loader makes but that decide whether Google, Apple, Outlook and Thunderbird show the
event where it belongs: DTEND after DTSTART, exclusive all-day ends, every TZID declared by a
VTIMEZONE, no floating date-times, unique UIDs, CRLF line ends, and folding within 75 octets and
never inside a UTF-8 character.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import click
from icalendar import Calendar
from icalendar.parser import Contentline

MAX_OCTETS = 75
MAX_REPORTED = 3  # lines reported per class of line problem in one file
# Properties whose value is a DATE-TIME unless VALUE=DATE (or PERIOD) says otherwise.
DATE_TIME_PROPERTIES = frozenset(
    {"DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE", "DTSTAMP", "LAST-MODIFIED", "CREATED"}
)
SCHEDULED_COMPONENTS = frozenset({"VEVENT", "VTODO", "VJOURNAL"})


@dataclass
class Report:
    """What a check found: problems (one line each), feeds and events seen, and notes for the reader."""

    problems: list[str] = field(default_factory=list)
    feeds: int = 0
    events: int = 0
    notes: list[str] = field(default_factory=list)


def strict_loader():
    """The ``ical`` package's loader, or None when the package is not installed."""
    try:
        from ical.calendar_stream import IcsCalendarStream
    except ImportError:
        return None
    return IcsCalendarStream.calendar_from_ics


def _one_line(message: object) -> str:
    return " ".join(str(message).split())


@dataclass
class _Component:
    """A component as written: its properties (name, params, value) and the line it starts on."""

    name: str
    line: int
    properties: list[tuple[str, dict[str, str], str]] = field(default_factory=list)

    def value(self, name: str) -> str | None:
        for prop, _params, value in self.properties:
            if prop == name:
                return value
        return None


def _check_lines(data: bytes, problems: list[str], where: str) -> None:
    """Line ends and folding, on the raw octets, where the loaders have already forgiven them.

    Each class of problem is reported for its first few lines and then counted, so a file written
    with LF throughout gives a handful of lines, not one per line of the file.
    """
    found: dict[str, list[int]] = {}
    lines = re.findall(rb"([^\r\n]*)(\r\n|\n|\r|$)", data)
    for number, (line, end) in enumerate(lines, start=1):
        if not line and not end:
            continue
        if end in (b"\n", b"\r"):
            found.setdefault("ends with a bare LF or CR; RFC 5545 requires CRLF", []).append(number)
        elif not end:
            found.setdefault("the last line does not end with CRLF", []).append(number)
        if len(line) > MAX_OCTETS:
            found.setdefault(f"longer than {MAX_OCTETS} octets; fold it", []).append(number)
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            split = line[:1] in (b" ", b"\t") and len(line) > 1 and 0x80 <= line[1] < 0xC0
            split = split or (bool(line) and line[-1] >= 0x80 and _ends_mid_character(line))
            reason = "a fold splits a UTF-8 character" if split else "not valid UTF-8"
            found.setdefault(reason, []).append(number)
    for reason, numbers in found.items():
        for number in numbers[:MAX_REPORTED]:
            problems.append(f"{where}: line {number}: {reason}")
        if len(numbers) > MAX_REPORTED:
            problems.append(f"{where}: {len(numbers) - MAX_REPORTED} more lines: {reason}")


def _ends_mid_character(line: bytes) -> bool:
    """True when the last octets start a UTF-8 character that the line break cuts off."""
    for back in range(1, min(4, len(line)) + 1):
        octet = line[-back]
        if octet >= 0xC0:
            need = 2 if octet < 0xE0 else 3 if octet < 0xF0 else 4
            return need > back
        if octet < 0x80:
            return False
    return False


def _components(text: str, problems: list[str], where: str) -> list[_Component]:
    """Unfold and split the content lines into components; the TZIDs declared are among them."""
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    found: list[_Component] = []
    stack: list[_Component] = []
    for number, raw in enumerate(unfolded.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            name, params, value = Contentline(raw).parts()
        except ValueError as exc:
            problems.append(f"{where}: content line {number}: cannot be parsed: {_one_line(exc)}")
            continue
        name = name.upper()
        if name == "BEGIN":
            stack.append(_Component(value.upper(), number))
        elif name == "END":
            if stack:
                found.append(stack.pop())
        elif stack:
            stack[-1].properties.append((name, {k.upper(): str(v) for k, v in params.items()}, str(value)))
    return found


def _check_until(component: _Component, label: str, problems: list[str]) -> None:
    """RFC 5545 3.3.10: UNTIL is a DATE with a DATE start, and in UTC with a zoned or UTC start."""
    rule = component.value("RRULE")
    start = next(((p, v) for n, p, v in component.properties if n == "DTSTART"), None)
    if not rule or start is None:
        return
    match = re.search(r"(?:^|;)UNTIL=([0-9TZ]+)", rule.upper())
    if not match:
        return
    until = match.group(1)
    params, value = start
    all_day = params.get("VALUE", "").upper() == "DATE" or "T" not in value
    if all_day and "T" in until:
        problems.append(f"{label}: RRULE UNTIL={until} is a date-time but DTSTART is a date")
    elif not all_day and ("TZID" in params or value.endswith("Z")) and not until.endswith("Z"):
        problems.append(f"{label}: RRULE UNTIL={until} must be in UTC (ending in Z) with this DTSTART")


def _compare(start: date | datetime, end: date | datetime) -> str | None:
    """Why DTEND does not come after DTSTART, or None when it does."""
    if isinstance(start, datetime) != isinstance(end, datetime):
        return "DTSTART and DTEND differ in value type (DATE against DATE-TIME)"
    if not isinstance(start, datetime):
        if end <= start:
            return f"all-day DTEND {end} is not after DTSTART {start}; an all-day DTEND is exclusive (day after)"
        return None
    if (start.tzinfo is None) != (end.tzinfo is None):
        start, end = start.replace(tzinfo=None), end.replace(tzinfo=None)
    if end <= start:
        return f"DTEND {end.isoformat()} is not after DTSTART {start.isoformat()}"
    return None


def check_feed(path: Path, report: Report, loader=None) -> None:
    """Check one .ics file, adding one line per problem to the report."""
    where = path.name
    problems = report.problems
    report.feeds += 1
    data = path.read_bytes()
    _check_lines(data, problems, where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"{where}: not UTF-8 ({exc.reason} at octet {exc.start})")
        text = data.decode("utf-8", "replace")

    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # noqa: BLE001 - icalendar raises several kinds on broken input
        problems.append(f"{where}: icalendar cannot load it: {_one_line(exc)}")
        calendars = []
    if len(calendars) != 1 and calendars:
        problems.append(f"{where}: holds {len(calendars)} VCALENDARs; a feed has one")
    for calendar in calendars:
        for component in calendar.walk():
            for error in getattr(component, "errors", []):
                prop, message = error if isinstance(error, tuple) and len(error) == 2 else ("", error)
                label = f"{where}: {component.get('UID')}" if component.get("UID") else where
                problems.append(f"{label}: icalendar cannot read {component.name} {prop}: {_one_line(message)}")

    if loader is not None:
        try:
            loader(text)
        except Exception as exc:  # noqa: BLE001 - the strict loader raises pydantic and its own errors
            problems.append(f"{where}: rejected by the ical package: {_one_line(exc)[:300]}")

    components = _components(text, problems, where)
    declared = {c.value("TZID") for c in components if c.name == "VTIMEZONE"} - {None}
    seen: Counter[tuple[str, str | None]] = Counter()
    parsed_events = [e for c in calendars for e in c.walk("VEVENT")]
    raw_events = [c for c in components if c.name == "VEVENT"]
    report.events += len(raw_events)
    for component in components:
        if component.name not in SCHEDULED_COMPONENTS:
            continue
        uid = component.value("UID")
        label = f"{where}: {uid or f'(no UID, line {component.line})'}"
        if not uid:
            problems.append(f"{label}: {component.name} has no UID")
        else:
            seen[(uid, component.value("RECURRENCE-ID"))] += 1
        for name, params, value in component.properties:
            if name not in DATE_TIME_PROPERTIES or params.get("VALUE", "").upper() in ("DATE", "PERIOD"):
                continue
            tzid = params.get("TZID")
            if tzid is not None and tzid not in declared:
                problems.append(f"{label}: {name} uses TZID={tzid}, which no VTIMEZONE declares")
            for item in value.split(","):
                if "T" in item and not item.endswith("Z") and tzid is None:
                    problems.append(f"{label}: {name}:{item} is a floating time; give it a TZID or UTC")
                    break
        if component.name == "VEVENT":
            if component.value("DTSTART") is None:
                problems.append(f"{label}: VEVENT has no DTSTART")
            if component.value("DTEND") is None and component.value("DURATION") is None:
                problems.append(f"{label}: VEVENT has no DTEND; clients such as Exchange refuse it")
            _check_until(component, label, problems)
    for (uid, recurrence_id), count in sorted(seen.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        if count > 1:
            extra = f" and RECURRENCE-ID {recurrence_id}" if recurrence_id else ""
            problems.append(f"{where}: {uid}: {count} components share this UID{extra}")

    if len(parsed_events) == len(raw_events):
        for event in parsed_events:
            uid = event.get("UID", "(no UID)")
            start, end = event.get("DTSTART"), event.get("DTEND")
            if start is None or end is None:
                continue
            try:
                reason = _compare(start.dt, end.dt)
            except (ValueError, TypeError):  # a broken value, already reported from component.errors
                continue
            if reason:
                problems.append(f"{where}: {uid}: {reason}")
            if not isinstance(start.dt, datetime) and start.params.get("VALUE") != "DATE":
                problems.append(f"{where}: {uid}: all-day DTSTART lacks VALUE=DATE")


def check_report(path: Path) -> Report:
    """Check every .ics file in a folder and gather the findings."""
    path = Path(path)
    report = Report()
    if not path.is_dir():
        report.problems.append(f"{path}: no such folder; build the feeds first or name the output folder")
        return report
    files = sorted(p for p in path.glob("*.ics") if p.is_file())
    if not files:
        report.problems.append(f"{path}: holds no .ics feed")
    loader = strict_loader()
    if loader is None:
        report.notes.append(
            "note: the 'ical' package is not installed, so the strict loader was skipped "
            "(pip install ical, or install calendarize with its test extra)"
        )
    for file in files:
        check_feed(file, report, loader)
    return report


def check_dir(path: Path) -> list[str]:
    """Problems found in the feeds of a folder, one line each naming the feed file and the UID."""
    return check_report(path).problems


@click.command("check")
@click.argument("directory", default="output", type=click.Path(path_type=Path, file_okay=False))
def check(directory: Path) -> None:
    """Validate every .ics feed in DIRECTORY (default: output) as calendar clients would read it."""
    report = check_report(directory)
    for note in report.notes:
        click.echo(note, err=True)
    for problem in report.problems:
        click.echo(problem)
    if report.problems:
        click.echo(f"{len(report.problems)} problem(s) in {directory}", err=True)
        sys.exit(1)
    click.echo(f"OK: {report.feeds} feed(s), {report.events} event(s) in {directory}")
