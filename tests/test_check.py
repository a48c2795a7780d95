"""calendarize check: each class of problem, on hand-broken copies of a good feed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from calendarize import check as check_module
from calendarize.check import check, check_dir
from calendarize.config import Config
from calendarize.feeds import plan_feeds, render_feed
from calendarize.model import Event, Source


def event(uid: str, **changes) -> Event:
    base = Event(
        uid=uid,
        title="Concert",
        start=datetime(2021, 10, 30, 15),
        end=datetime(2021, 10, 30, 17),
        all_day=False,
        timezone="Asia/Seoul",
        organizer="Riverside-gu",
        location="Riverside Hall",
        online=False,
        description="A concert.",
        categories=("Culture",),
        kind="event",
        recurrence=None,
        source=Source(document="roundup.txt", line=3, text="Riverside-gu will hold a concert on the 30th."),
        last_modified=datetime(2021, 10, 28, tzinfo=UTC),
    )
    return Event(**{**base.__dict__, **changes})


GOOD_EVENTS = [
    event("timed@test"),
    event("allday@test", start=date(2021, 11, 1), end=date(2021, 11, 3), all_day=True),
    event("long@test", start=datetime(2021, 10, 30, 10), end=datetime(2021, 10, 30, 12), title="Exhibition of a very long name " + "가나다라마바사" * 10),
]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    for feed in plan_feeds(GOOD_EVENTS):
        (tmp_path / feed.file).write_bytes(render_feed(feed, Config()))
    return tmp_path


def edit(folder: Path, old: bytes, new: bytes, file: str = "calendar.ics") -> None:
    path = folder / file
    data = path.read_bytes()
    assert old in data, old
    path.write_bytes(data.replace(old, new, 1))


def problems_of(folder: Path) -> list[str]:
    return [p for p in check_dir(folder) if p.startswith("calendar.ics")]


def test_good_output_passes(good):
    assert check_dir(good) == []
    result = CliRunner().invoke(check, [str(good)])
    assert result.exit_code == 0
    assert result.output.startswith("OK: 3 feed(s), 9 event(s)")


def test_dtend_before_dtstart(good):
    edit(good, b"DTEND;TZID=Asia/Seoul:20211030T170000", b"DTEND;TZID=Asia/Seoul:20211030T140000")
    problems = problems_of(good)
    assert any("timed@test" in p and "not after DTSTART" in p for p in problems), problems


def test_inclusive_all_day_end(good):
    edit(good, b"DTEND;VALUE=DATE:20211104", b"DTEND;VALUE=DATE:20211101")
    problems = problems_of(good)
    assert any("allday@test" in p and "exclusive" in p for p in problems), problems


def test_undeclared_tzid(good):
    path = good / "calendar.ics"
    data = path.read_bytes()
    start, end = data.index(b"BEGIN:VTIMEZONE"), data.index(b"END:VTIMEZONE\r\n") + len(b"END:VTIMEZONE\r\n")
    path.write_bytes(data[:start] + data[end:])
    problems = problems_of(good)
    assert any("timed@test" in p and "TZID=Asia/Seoul" in p and "VTIMEZONE" in p for p in problems), problems


def test_floating_time(good):
    edit(good, b"DTSTART;TZID=Asia/Seoul:20211030T150000", b"DTSTART:20211030T150000")
    problems = problems_of(good)
    assert any("timed@test" in p and "floating" in p for p in problems), problems


def test_duplicate_uid(good):
    edit(good, b"UID:long@test", b"UID:timed@test")
    problems = problems_of(good)
    assert any("timed@test" in p and "share this UID" in p for p in problems), problems


def test_missing_dtend(good):
    edit(good, b"DTEND;TZID=Asia/Seoul:20211030T170000\r\n", b"")
    problems = problems_of(good)
    assert any("timed@test" in p and "no DTEND" in p for p in problems), problems


def test_lf_line_ends(good):
    path = good / "calendar.ics"
    path.write_bytes(path.read_bytes().replace(b"\r\n", b"\n"))
    problems = problems_of(good)
    assert any("CRLF" in p for p in problems), problems


def test_one_bare_lf(good):
    edit(good, b"STATUS:CONFIRMED\r\n", b"STATUS:CONFIRMED\n")
    problems = problems_of(good)
    assert any("bare LF" in p for p in problems), problems


def test_overlong_line(good):
    path = good / "calendar.ics"
    path.write_bytes(path.read_bytes().replace(b"\r\n ", b""))  # unfold everything
    problems = problems_of(good)
    assert any("longer than 75" in p for p in problems), problems


def test_fold_inside_a_utf8_character(good):
    path = good / "calendar.ics"
    data = path.read_bytes()
    title = "가나다라마바사".encode()
    at = data.index(title) + 1  # one octet into a three-octet character
    path.write_bytes(data[:at] + b"\r\n " + data[at:])
    problems = problems_of(good)
    assert any("splits a UTF-8 character" in p for p in problems), problems


def test_garbage_values_are_reported_by_the_loaders(good):
    edit(good, b"DTSTART;TZID=Asia/Seoul:20211030T150000", b"DTSTART;TZID=Asia/Seoul:2021-10-30 3pm")
    problems = problems_of(good)
    assert any("ical package" in p or "icalendar" in p for p in problems), problems


def test_cli_exits_1_with_one_line_per_problem(good):
    edit(good, b"UID:long@test", b"UID:timed@test")
    edit(good, b"DTSTART;TZID=Asia/Seoul:20211030T150000", b"DTSTART:20211030T150000")
    result = CliRunner().invoke(check, [str(good)])
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line]
    assert lines and all(line.startswith("calendar.ics: ") for line in lines)
    assert len(lines) == len(check_dir(good))


def test_missing_folder_and_empty_folder(tmp_path):
    assert CliRunner().invoke(check, [str(tmp_path / "nope")]).exit_code != 0
    assert any("no .ics" in p for p in check_dir(tmp_path))


def test_without_the_ical_package_check_says_so_and_goes_on(good, monkeypatch):
    monkeypatch.setattr(check_module, "strict_loader", lambda: None)
    result = CliRunner().invoke(check, [str(good)])
    assert result.exit_code == 0
    assert "'ical' package is not installed" in result.stderr


def test_until_must_match_the_start(tmp_path):
    weekly = event("weekly@test", recurrence="FREQ=WEEKLY;UNTIL=20211127")
    (tmp_path / "calendar.ics").write_bytes(render_feed(plan_feeds([weekly])[0], Config()))
    assert check_dir(tmp_path) == []
    edit(tmp_path, b"UNTIL=20211127T145959Z", b"UNTIL=20211127T235959")
    problems = problems_of(tmp_path)
    assert any("weekly@test" in p and "UTC" in p for p in problems), problems


def test_check_passes_on_the_feeds_of_the_bundled_article(tmp_path):
    documents = pytest.importorskip("calendarize.documents")
    events_module = pytest.importorskip("calendarize.events")
    from calendarize.identity import State, stabilize

    doc = documents.sample_document(None)
    events, _ = stabilize(events_module.extract_events(doc), State.empty(), {doc.name: doc.published})
    assert events, "the bundled article should give events"
    for feed in plan_feeds(events):
        (tmp_path / feed.file).write_bytes(render_feed(feed, Config()))
    assert check_dir(tmp_path) == []
