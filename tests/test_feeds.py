"""Feeds as calendar clients read them: icalendar, the strict ical package, recurring-ical-events, ical.js."""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import recurring_ical_events
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from calendarize.check import check_dir
from calendarize.config import Config, ConfigError, load_config, validate
from calendarize.feeds import event_times, feeds_json, plan_feeds, render_feed, slugify
from calendarize.model import Event, Source

ICALJS = Path(__file__).parent / "icaljs"
STAMP = datetime(2021, 10, 28, 0, 0, tzinfo=UTC)


def make_event(uid: str, title: str = "Concert", **changes) -> Event:
    fields = {
        "uid": uid,
        "title": title,
        "start": datetime(2021, 10, 30, 15, 0),
        "end": datetime(2021, 10, 30, 17, 0),
        "all_day": False,
        "timezone": "Asia/Seoul",
        "organizer": "Riverside-gu",
        "location": "Riverside Hall",
        "online": False,
        "description": f"{title} at the hall.",
        "categories": ("Culture",),
        "kind": "event",
        "recurrence": None,
        "source": Source(document="roundup.txt", line=5, text=f"Riverside-gu will hold the {title} on the 30th."),
        "url": "https://news.example/roundup",
        "article_title": "District roundup",
        "last_modified": STAMP,
    }
    fields.update(changes)
    return Event(**fields)


def sample_events() -> list[Event]:
    return [
        make_event("timed@test"),
        make_event("open-end@test", "Lecture", end=None, inferred=("month from the publication date",)),
        make_event(
            "sale@test", "Kimchi sale", start=date(2021, 10, 28), end=date(2021, 11, 26), all_day=True,
            kind="sale", organizer="Hillside-gun", categories=("Market",), location=None, online=True,
        ),
        make_event("one-day@test", "Expo", start=date(2021, 10, 27), end=None, all_day=True, categories=()),
        make_event(
            "daily@test", "Youth festival", start=datetime(2021, 10, 28, 19), end=datetime(2021, 10, 28, 21),
            recurrence="FREQ=DAILY;COUNT=2", categories=("Culture", "Youth"),
        ),
        make_event(
            "saturdays@test", "Farmers market", start=datetime(2021, 11, 6, 10), end=datetime(2021, 11, 27, 14),
            recurrence="FREQ=WEEKLY;BYDAY=SA", categories=("Market",),
        ),
        make_event(
            "deadline@test", "Application deadline", start=datetime(2021, 11, 5, 18), end=None, kind="deadline",
            organizer="Lakeside-gu", categories=("Welfare",),
        ),
    ]


def skipping_events() -> list[Event]:
    """Repetitions with days they skip (EXDATE), timed and all day."""
    return [
        make_event(
            "skips@test", "Reading club", start=datetime(2021, 11, 3, 19), end=datetime(2021, 11, 3, 21),
            recurrence="FREQ=WEEKLY;BYDAY=WE;COUNT=4", exdates=(date(2021, 11, 17),), categories=("Education",),
        ),
        make_event(
            "skips-all-day@test", "Flea market", start=date(2021, 11, 6), end=None, all_day=True,
            recurrence="FREQ=WEEKLY;BYDAY=SA;COUNT=4", exdates=(date(2021, 11, 13), date(2021, 11, 20)),
            categories=("Market",),
        ),
    ]


def feed_named(feeds, file):
    return next(f for f in feeds if f.file == file)


def events_by_uid(data: bytes) -> dict:
    return {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


@pytest.fixture
def rendered() -> bytes:
    return render_feed(feed_named(plan_feeds(sample_events()), "calendar.ics"), Config())


# ------------------------------------------------------------------ planning and slugs


def test_plan_has_all_organizer_and_category_feeds_in_fixed_order():
    feeds = plan_feeds(sample_events())
    assert [f.file for f in feeds] == [
        "calendar.ics",
        "organizer-hillside-gun.ics",
        "organizer-lakeside-gu.ics",
        "organizer-riverside-gu.ics",
        "category-culture.ics",
        "category-market.ics",
        "category-welfare.ics",
        "category-youth.ics",
    ]
    assert feeds[0].name == "All events" and len(feeds[0].events) == 7
    assert {e.uid for e in feed_named(feeds, "category-market.ics").events} == {"sale@test", "saturdays@test"}
    shuffled = sample_events()
    random.Random(4).shuffle(shuffled)
    assert plan_feeds(shuffled) == feeds


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Riverside-gu", "riverside-gu"),
        ("../../etc", "etc"),
        ("..", None),
        (".hidden", "hidden"),
        ("a/b\\c", "a-b-c"),
        ("Café Culture", "cafe-culture"),
        ("", None),
        ("강변구", None),
    ],
)
def test_slugs_are_safe(name, slug):
    result = slugify(name)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", result)
    if slug is not None:
        assert result == slug
    else:
        assert result.startswith("x") and len(result) == 9
    assert slugify(name) == result


@given(st.text(max_size=80))
def test_any_name_gives_a_file_inside_the_output_folder(name):
    event = make_event("u@test", organizer=name or None, categories=(name,))
    for feed in plan_feeds([event]):
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*\.ics", feed.file), feed.file
        assert Path("/out", feed.file).resolve().parent == Path("/out")


def test_colliding_names_get_distinct_deterministic_files():
    events = [
        make_event("a@test", categories=("Culture",)),
        make_event("b@test", categories=("culture!",)),
        make_event("c@test", categories=("CULTURE",)),
        make_event("d@test", organizer="강변구", categories=()),
        make_event("e@test", organizer="산마루구", categories=()),
    ]
    feeds = plan_feeds(events)
    files = [f.file for f in feeds]
    assert len(files) == len(set(files))
    categories = {f.name: f.file for f in feeds if f.file.startswith("category-")}
    assert categories["CULTURE"] == "category-culture.ics"  # sorts first, keeps the plain slug
    assert categories["Culture"].startswith("category-culture-")
    assert categories["culture!"].startswith("category-culture-")
    assert plan_feeds(list(reversed(events))) == feeds
    organizers = [f.file for f in feeds if f.file.startswith("organizer-x")]
    assert len(organizers) == 2 and all(re.fullmatch(r"organizer-x[0-9a-f]{8}\.ics", f) for f in organizers)


def test_feeds_json_lists_name_file_count_description():
    feeds = plan_feeds(sample_events())
    listing = json.loads(feeds_json(feeds))
    assert listing[0] == {
        "name": "All events", "file": "calendar.ics", "events": 7,
        "description": "Every event found in the articles.",
    }
    assert [item["file"] for item in listing] == [f.file for f in feeds]
    assert feeds_json(feeds) == feeds_json(plan_feeds(sample_events()))


# ------------------------------------------------------------------ rendering


def test_calendar_properties(rendered):
    text = rendered.decode()
    assert "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n" in text
    assert "\r\nX-PUBLISHED-TTL:PT12H\r\n" in text
    cal = Calendar.from_ical(rendered)
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"])
    assert str(cal["NAME"]) == str(cal["X-WR-CALNAME"]) == "calendarize"
    assert str(cal["DESCRIPTION"]) == str(cal["X-WR-CALDESC"])
    assert str(cal["X-WR-TIMEZONE"]) == "Asia/Seoul"
    organizer_feed = feed_named(plan_feeds(sample_events()), "organizer-riverside-gu.ics")
    other = Calendar.from_ical(
        render_feed(organizer_feed, Config(refresh_interval="PT6H", base_url="https://example.org/cal/"))
    )
    assert str(other["X-WR-CALNAME"]) == "calendarize: Riverside-gu"
    assert other["REFRESH-INTERVAL"].dt == timedelta(hours=6)
    assert str(other["SOURCE"]) == "https://example.org/cal/organizer-riverside-gu.ics"


def test_timed_events_carry_tzid_and_a_bounded_vtimezone(rendered):
    text = rendered.decode()
    assert "DTSTART;TZID=Asia/Seoul:20211030T150000\r\n" in text
    assert "DTEND;TZID=Asia/Seoul:20211030T170000\r\n" in text
    assert "1987" not in text and "1988" not in text and "DAYLIGHT" not in text
    cal = Calendar.from_ical(rendered)
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Seoul"]
    assert cal.get_missing_tzids() == set()
    for line in text[text.index("BEGIN:VEVENT"):].split("\r\n"):
        if re.match(r"(DTSTART|DTEND)[;:]", line):
            assert "TZID=" in line or "VALUE=DATE:" in line, line


def test_all_day_end_is_exclusive_and_start_only_policy(rendered):
    events = events_by_uid(rendered)
    sale = events["sale@test"]
    assert sale["DTSTART"].dt == date(2021, 10, 28) and sale["DTEND"].dt == date(2021, 11, 27)
    assert sale["DTSTART"].params["VALUE"] == "DATE"
    one_day = events["one-day@test"]
    assert one_day["DTEND"].dt == date(2021, 10, 28)
    lecture = events["open-end@test"]
    assert lecture["DTEND"].dt - lecture["DTSTART"].dt == timedelta(hours=1)
    assert "End time not announced." in str(lecture["DESCRIPTION"])
    assert "Inferred: month from the publication date" in str(lecture["DESCRIPTION"])
    assert "End time not announced" not in str(events["timed@test"]["DESCRIPTION"])
    assert all("DTEND" in e for e in events.values())


def test_transparency_status_class_and_content(rendered):
    events = events_by_uid(rendered)
    assert str(events["timed@test"]["TRANSP"]) == "OPAQUE"
    assert str(events["sale@test"]["TRANSP"]) == "TRANSPARENT"
    assert str(events["deadline@test"]["TRANSP"]) == "TRANSPARENT"
    timed = events["timed@test"]
    assert str(timed["SUMMARY"]) == "Concert"
    assert str(timed["LOCATION"]) == "Riverside Hall"
    assert str(timed["URL"]) == "https://news.example/roundup"
    assert str(timed["STATUS"]) == "CONFIRMED" and str(timed["CLASS"]) == "PUBLIC"
    assert timed["SEQUENCE"] == 0
    assert timed["DTSTAMP"].dt == STAMP and timed["LAST-MODIFIED"].dt == STAMP
    assert list(timed["CATEGORIES"].cats) == ["Culture"]
    description = str(timed["DESCRIPTION"])
    assert "Concert at the hall." in description
    assert "Riverside-gu will hold the Concert on the 30th." in description
    assert "District roundup" in description and "https://news.example/roundup" in description
    assert str(events["sale@test"]["LOCATION"]) == "Online"


def test_recurrences_expand_to_the_right_instances(rendered):
    cal = Calendar.from_ical(rendered)
    query = recurring_ical_events.of(cal)
    daily = [e for e in query.between(date(2021, 10, 1), date(2022, 1, 1)) if str(e["UID"]) == "daily@test"]
    assert [e["DTSTART"].dt.day for e in daily] == [28, 29]
    assert all(e["DTEND"].dt - e["DTSTART"].dt == timedelta(hours=2) for e in daily)
    saturdays = [e for e in query.between(date(2021, 10, 1), date(2022, 1, 1)) if str(e["UID"]) == "saturdays@test"]
    assert [e["DTSTART"].dt.day for e in saturdays] == [6, 13, 20, 27]
    assert all(e["DTEND"].dt.hour == 14 and e["DTEND"].dt.day == e["DTSTART"].dt.day for e in saturdays)
    assert "UNTIL=20211127T145959Z" in rendered.decode()


def test_days_a_repetition_skips_are_exdates_that_calendars_leave_out():
    rendered = render_feed(plan_feeds(skipping_events())[0], Config())
    text = rendered.decode()
    assert "EXDATE;TZID=Asia/Seoul:20211117T190000\r\n" in text
    assert "EXDATE;VALUE=DATE:20211113,20211120\r\n" in text
    query = recurring_ical_events.of(Calendar.from_ical(rendered))
    found = query.between(date(2021, 10, 1), date(2022, 1, 1))
    assert [e["DTSTART"].dt.day for e in found if str(e["UID"]) == "skips@test"] == [3, 10, 24]
    assert [e["DTSTART"].dt.day for e in found if str(e["UID"]) == "skips-all-day@test"] == [6, 27]


def test_all_day_daily_period_with_rule_becomes_one_day_instances():
    event = make_event(
        "week@test", start=date(2021, 11, 1), end=date(2021, 11, 3), all_day=True, recurrence="FREQ=DAILY"
    )
    data = render_feed(plan_feeds([event])[0], Config())
    assert "RRULE:FREQ=DAILY;UNTIL=20211103\r\n" in data.decode()
    days = recurring_ical_events.of(Calendar.from_ical(data)).between(date(2021, 10, 1), date(2021, 12, 1))
    assert [(e["DTSTART"].dt, e["DTEND"].dt) for e in days] == [
        (date(2021, 11, d), date(2021, 11, d + 1)) for d in (1, 2, 3)
    ]


def test_odd_ends_still_give_a_positive_dtend():
    odd = [
        make_event("late@test", start=datetime(2021, 11, 1, 22), end=datetime(2021, 11, 1, 2)),
        make_event("same@test", start=datetime(2021, 11, 1, 9), end=datetime(2021, 11, 1, 9)),
        make_event("date-end@test", start=datetime(2021, 11, 1, 9), end=date(2021, 11, 3)),
        make_event("backwards@test", start=date(2021, 11, 3), end=date(2021, 11, 1), all_day=True),
    ]
    events = events_by_uid(render_feed(plan_feeds(odd)[0], Config()))
    assert events["late@test"]["DTEND"].dt.replace(tzinfo=None) == datetime(2021, 11, 2, 2)
    assert events["same@test"]["DTEND"].dt.hour == 10
    assert events["date-end@test"]["DTEND"].dt.replace(tzinfo=None) == datetime(2021, 11, 4)
    assert str(events["date-end@test"]["TRANSP"]) == "TRANSPARENT"
    assert events["backwards@test"]["DTEND"].dt == date(2021, 11, 4)


def test_output_is_byte_identical_and_order_independent(rendered):
    shuffled = sample_events()
    random.Random(7).shuffle(shuffled)
    again = render_feed(feed_named(plan_feeds(shuffled), "calendar.ics"), Config())
    assert again == rendered
    assert b"\r\n" in rendered and b"\n" not in rendered.replace(b"\r\n", b"")


def test_strict_ical_package_reads_every_feed(tmp_path):
    stream = pytest.importorskip("ical.calendar_stream")
    for feed in plan_feeds(sample_events() + skipping_events()):
        data = render_feed(feed, Config())
        calendar = stream.IcsCalendarStream.calendar_from_ics(data.decode())
        assert len(calendar.events) == len(feed.events)
        assert {e.uid for e in calendar.events} == {e.uid for e in feed.events}
        for event in calendar.events:
            assert event.end > event.start


def test_check_passes_on_rendered_feeds(tmp_path):
    for feed in plan_feeds(sample_events() + skipping_events()):
        (tmp_path / feed.file).write_bytes(render_feed(feed, Config()))
    assert check_dir(tmp_path) == []


def _npm_ready() -> str:
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.skip("node/npm are not installed, so feeds cannot be loaded with ical.js")
    if not (ICALJS / "node_modules" / "ical.js").is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ICALJS, check=True, capture_output=True)
    return shutil.which("node")


def test_icaljs_reads_every_feed_with_the_same_events(tmp_path):
    node = _npm_ready()
    events = sample_events() + skipping_events() + [
        make_event("hangul@test", "주민 축제 " * 12, organizer="강변구", categories=("축제",)),
    ]
    feeds = plan_feeds(events)
    for feed in feeds:
        (tmp_path / feed.file).write_bytes(render_feed(feed, Config()))
    files = sorted(tmp_path.glob("*.ics"))
    result = subprocess.run(
        [node, str(ICALJS / "count.mjs"), *map(str, files)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    by_file = {Path(item["file"]).name: item for item in json.loads(result.stdout)}
    assert set(by_file) == {f.file for f in feeds}
    for path in files:
        expected = [str(e["UID"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
        assert by_file[path.name]["events"] == len(expected)
        assert by_file[path.name]["uids"] == expected


def test_default_stamp_is_clock_free():
    event = make_event("nostamp@test", last_modified=None)
    first = render_feed(plan_feeds([event])[0], Config())
    assert first == render_feed(plan_feeds([replace(event)])[0], Config())
    assert "DTSTAMP:20211030T060000Z" in first.decode()


# ------------------------------------------------------------------ calendarize.toml


def test_missing_config_gives_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    assert config == Config()
    assert config.out == Path("output") and config.timezone == "Asia/Seoul"
    assert config.refresh_interval == "PT12H" and config.base_url is None


def test_config_file_is_read(tmp_path, monkeypatch):
    (tmp_path / "calendarize.toml").write_text(
        'inputs = ["articles/*.txt"]\nout = "site"\nbase_url = "https://example.org/events/"\n'
        '[feeds]\ncalendar_name = "Neighbourhood"\nrefresh_interval = "PT6H"\ncategory_feeds = false\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    assert config.inputs == ["articles/*.txt"] and config.out == Path("site")
    assert config.calendar_name == "Neighbourhood" and config.refresh_interval == "PT6H"
    assert config.category_feeds is False
    assert config.feed_url("calendar.ics") == "https://example.org/events/calendar.ics"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('out = "x"\ncolour = "red"\n', r"calendarize\.toml:2: unknown key 'colour'"),
        ('timezone = "Mars/Olympus"\n', r"calendarize\.toml:1: timezone .*IANA"),
        ('[feeds]\nrefresh_interval = "12 hours"\n', r"calendarize\.toml:2: feeds\.refresh_interval"),
        ('[feeds]\nrefresh_interval = "-PT1H"\n', r"positive"),
        ('base_url = "example.org"\n', r"calendarize\.toml:1: base_url"),
        ('inputs = "a.txt"\ninputs = "b.txt"\n', r"calendarize\.toml.*line 2"),
        ('[feeds]\nout = "x"\n', r"calendarize\.toml:2: unknown key 'feeds\.out'"),
    ],
)
def test_bad_config_names_file_line_and_key(tmp_path, content, expected):
    path = tmp_path / "calendarize.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=expected):
        load_config(path)


def test_explicit_missing_config_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(tmp_path / "nope.toml")


def test_unknown_zone_falls_back_to_the_feed_zone_and_says_so():
    event = make_event("mars@test", timezone="Mars/Olympus")
    data = render_feed(plan_feeds([event])[0], Config())
    assert b"DTSTART;TZID=Asia/Seoul:20211030T150000" in data
    assert "time zone 'Mars/Olympus' is unknown" in str(events_by_uid(data)["mars@test"]["DESCRIPTION"])


def test_other_zones_get_their_own_vtimezone_with_daylight_saving():
    event = make_event("berlin@test", timezone="Europe/Berlin", start=datetime(2021, 7, 1, 18), end=None)
    data = render_feed(plan_feeds([event, make_event("seoul@test")])[0], Config())
    cal = Calendar.from_ical(data)
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Seoul", "Europe/Berlin"]
    assert b"BEGIN:DAYLIGHT" in data
    berlin = events_by_uid(data)["berlin@test"]
    assert berlin["DTSTART"].dt.utcoffset() == timedelta(hours=2)


def test_unreadable_rule_is_left_out_with_a_note():
    event = make_event("rule@test", recurrence="every other blue moon")
    data = render_feed(plan_feeds([event])[0], Config())
    assert b"RRULE" not in data
    assert "could not be read" in str(events_by_uid(data)["rule@test"]["DESCRIPTION"])


def test_event_times_gives_other_outputs_the_same_policy():
    times = event_times(make_event("t@test", end=None))
    assert times.end - times.start == timedelta(hours=1) and times.end_not_announced
    all_day = event_times(make_event("d@test", start=date(2021, 11, 1), end=date(2021, 11, 2), all_day=True))
    assert (all_day.start, all_day.end, all_day.multi_day) == (date(2021, 11, 1), date(2021, 11, 3), True)


def test_flags_are_checked_like_the_file():
    assert validate(replace(Config(), refresh_interval="PT1H", out=Path("site"))).out == Path("site")
    with pytest.raises(ConfigError, match="timezone"):
        validate(replace(Config(), timezone="Nowhere/Land"))


def test_control_characters_never_reach_a_feed():
    from dataclasses import replace as _replace

    from icalendar import Calendar

    from calendarize.config import Config
    from calendarize.feeds import plan_feeds, render_feed

    event = _replace(make_event("control@test"), title="Fair\x00\x1b[31m night", description="Open\x07 late")
    data = render_feed(plan_feeds([event])[0], Config())
    assert not any(ch in data for ch in (b"\x00", b"\x1b", b"\x07"))
    summary = str(Calendar.from_ical(data).walk("VEVENT")[0]["SUMMARY"])
    assert summary == "Fair [31m night"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=160))
def test_a_vevent_is_serialized_exactly_as_icalendar_does(text):
    """Short lines skip icalendar's folding; long ones, with multi-byte characters or escapes near the
    fold, must still come out exactly as icalendar writes them."""
    from icalendar import Event as VEvent

    from calendarize.vevents import component_bytes

    vevent = VEvent()
    vevent.add("UID", "x@example.org")
    vevent.add("SUMMARY", text or "untitled")
    vevent.add("DESCRIPTION", ("é;,\\" + text) * 3)
    vevent.add("LOCATION", text[:40])
    assert component_bytes(vevent) == vevent.to_ical()


@given(st.text(alphabet="ab \\^;,:", min_size=60, max_size=400))
def test_a_long_ascii_line_is_folded_exactly_as_icalendar_folds_it(text):
    """ASCII lines are folded without icalendar: with escapes (backslashes, carets) at every place near a
    fold, shifted by a few characters at a time."""
    from icalendar import Event as VEvent

    from calendarize.vevents import component_bytes

    for shift in range(6):
        vevent = VEvent()
        vevent.add("UID", "x@example.org")
        vevent.add("DESCRIPTION", "p" * shift + text)
        assert component_bytes(vevent) == vevent.to_ical()
    for at in range(60, 80):
        vevent = VEvent()
        vevent.add("UID", "x@example.org")
        vevent.add("X-RAW", "q" * at + "\\^" + text)
        assert component_bytes(vevent) == vevent.to_ical()


def test_vevents_serialized_across_processes_are_those_serialized_here(monkeypatch):
    from calendarize import render_pool
    from calendarize.feeds import new_vevent_store

    monkeypatch.setattr(render_pool, "PARALLEL_FROM", 2)
    monkeypatch.setattr(render_pool, "CHUNK", 2)
    events = sample_events() * 2  # the same event twice is serialized once
    here, there = new_vevent_store(), new_vevent_store()
    expected = [here.get(e) for e in events]
    keep = there.fill(events, jobs=2)
    keep()
    assert there.serialized == len(sample_events())
    assert [there.get(e) for e in events] == expected
    assert there.serialized == len(sample_events())  # nothing left to serialize after the fill


def test_vevents_found_in_the_cache_by_a_fill_are_saved_again(tmp_path):
    """The renderers that use the saved VEVENTs are other processes: the fill itself must count them as
    used, or the next build would find the cache emptied of every unchanged event."""
    from calendarize.feeds import new_vevent_store

    events = sample_events()
    first = new_vevent_store(tmp_path)
    first.fill(events)()
    first.save()
    again = new_vevent_store(tmp_path)
    again.fill(events)()
    assert again.serialized == 0
    again.save()
    third = new_vevent_store(tmp_path)
    third.fill(events)()
    assert third.serialized == 0


def test_events_json_reuses_the_pieces_of_unchanged_events_and_stays_what_json_dumps_writes(tmp_path,
                                                                                             monkeypatch):
    from calendarize import events_json
    from calendarize.feeds import new_vevent_store

    events = sample_events()
    expected = json.dumps([e.to_json() for e in events], ensure_ascii=False, indent=2) + "\n"
    assert b"".join(events_json.events_json_chunks(events, new_vevent_store(), tmp_path)) == expected.encode()
    assert b"".join(events_json.events_json_chunks([], new_vevent_store(), tmp_path / "empty")) == b"[]\n"
    pack = tmp_path / events_json.PACK_NAME
    first = pack.stat().st_ino
    assert b"".join(events_json.events_json_chunks(events, new_vevent_store(), tmp_path)) == expected.encode()
    assert pack.stat().st_ino == first  # the same events: the pack is not written again
    encoded = []
    real = events_json.indented_json
    monkeypatch.setattr(events_json, "indented_json", lambda *a: encoded.append(a) or real(*a))
    changed = [replace(events[0], title="Renamed")] + list(events[1:])
    again = b"".join(events_json.events_json_chunks(changed, new_vevent_store(), tmp_path))
    assert len(encoded) == 1  # only the changed event was encoded again
    assert again == (json.dumps([e.to_json() for e in changed], ensure_ascii=False, indent=2) + "\n").encode()
    (tmp_path / events_json.PACK_NAME).write_bytes(b"damaged")
    encoded.clear()
    assert b"".join(events_json.events_json_chunks(changed, new_vevent_store(), tmp_path)) == again
    assert len(encoded) == len(changed)


def test_keys_follow_the_data_of_the_time_zone_they_show(tmp_path, monkeypatch):
    import zoneinfo

    from calendarize import vevents
    from calendarize.feeds import feed_key, new_vevent_store

    seoul = Path(zoneinfo.TZPATH[0]) / "Asia" / "Seoul"
    if not seoul.is_file():
        pytest.skip("no system time-zone data to copy")
    keys = []
    for edition in (b"", b"\n# a later edition"):
        folder = tmp_path / f"tz{len(keys)}" / "Asia"
        folder.mkdir(parents=True)
        (folder / "Seoul").write_bytes(seoul.read_bytes() + edition)
        monkeypatch.setattr(zoneinfo, "TZPATH", (str(folder.parent),))
        vevents.zone_data.cache_clear()
        events = sample_events()
        feed = plan_feeds(events)[0]
        keys.append((vevents.event_key(events[0]), feed_key(feed, Config(), new_vevent_store())))
    vevents.zone_data.cache_clear()
    assert keys[0][0] != keys[1][0] and keys[0][1] != keys[1][1]


def test_the_vevent_key_changes_with_every_field_of_the_event():
    """The key is the event's fingerprint plus what the fingerprint leaves out: each field must count,
    whether the event carries its fingerprint (from extraction) or not."""
    from calendarize import identity, vevents

    base = replace(sample_events()[0], recurrence=None, last_modified=datetime(2021, 10, 28, 1, 0))
    changes = {
        "uid": "another@calendarize", "title": base.title + " (again)", "start": base.start + timedelta(days=1),
        "end": date(2021, 12, 31), "all_day": not base.all_day, "timezone": "Asia/Tokyo",
        "organizer": "Lakeside-gun", "location": "Hall 2", "online": not base.online,
        "description": base.description + ".", "categories": ("sports",), "kind": "deadline",
        "recurrence": "FREQ=DAILY;COUNT=2", "source": replace(base.source, line=base.source.line + 7), "inferred": ("a guess",),
        "url": "https://example.org/b", "article_title": "Another", "sequence": base.sequence + 1,
        "last_modified": datetime(2021, 10, 29, 1, 0), "exdates": (date(2021, 11, 6),),
    }
    assert set(changes) == {f for f in Event.__dataclass_fields__}
    source_changes = {"document": "other.txt", "line": base.source.line + 1, "text": base.source.text + " Again.",
                      "mention": "the 31st", "mention_start": 3, "mention_end": 11}
    assert set(source_changes) == {f for f in Source.__dataclass_fields__}
    changes.update({f"source.{name}": replace(base.source, **{name: value}) for name, value in source_changes.items()})
    for prepared in (lambda e: e, identity.with_fingerprint):
        for name, value in changes.items():
            changed = replace(base, **{name.partition(".")[0]: value})
            assert vevents.event_key(prepared(changed)) != vevents.event_key(prepared(base)), name
    assert vevents.event_key(identity.with_fingerprint(base)) == vevents.event_key(base)
