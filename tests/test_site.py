"""The HTML agenda without a browser: which pages exist, what they say, and that they never change."""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from icalendar import Calendar

from calendarize.feeds import plan_feeds
from calendarize.model import Event, Source
from calendarize.site import reference_day, render_site

PUBLISHED = date(2021, 10, 28)
BASE_URL = "https://example.org/agenda/"


def make_event(uid: str, title: str, start: date | datetime, end: date | datetime | None = None, **kw) -> Event:
    """An event as the extractor makes them, with a source sentence whose date part can be marked."""
    mention = kw.pop("mention", "on the 30th")
    sentence = kw.pop("sentence", f"The district will hold the {title} {mention} at the hall.")
    start_at = sentence.find(mention)
    values = {
        "uid": uid,
        "title": title,
        "start": start,
        "end": end,
        "all_day": not isinstance(start, datetime),
        "timezone": "Asia/Seoul",
        "organizer": "Riverside-gu",
        "location": "Riverside-gu Office, 2nd floor hall",
        "online": False,
        "description": "",
        "categories": ("culture",),
        "kind": "event",
        "recurrence": None,
        "source": Source("riverside-news.txt", 3, sentence, mention, start_at, start_at + len(mention)),
        "inferred": ("month from the publication date (October 2021)",),
        "url": "https://news.example.com/articles/1",
        "article_title": "District news roundup",
        "last_modified": datetime(2021, 10, 28, 0, 0),
    }
    values.update(kw)
    return Event(**values)


def sample_events() -> list[Event]:
    """A small but varied build: timed, all-day, multi-day, open end, recurring, online, past."""
    return [
        make_event("e01@test", "Urban Renewal Awards", date(2021, 10, 27), mention="on the 27th",
                   organizer="Hillview-gu", categories=("awards",), location="Harbour Exhibition Centre"),
        make_event("e02@test", "Youth Festival", date(2021, 10, 28), date(2021, 10, 29), online=True,
                   location=None, mention="on the 28th and 29th", categories=("youth", "culture")),
        make_event("e03@test", "Opening Ceremony", datetime(2021, 10, 28, 19, 0), datetime(2021, 10, 28, 21, 0),
                   mention="on the 28th from 7 p.m. to 9 p.m.", categories=("culture",)),
        make_event("e04@test", "Science Festival", date(2021, 11, 1), date(2021, 11, 6),
                   organizer="Lakeside-gu", categories=("science", "education"), location="Science Cube",
                   mention="from Nov 1 to 6", inferred=()),
        make_event("e05@test", "Parent Education Class", datetime(2021, 11, 2, 10, 0),
                   datetime(2021, 11, 2, 12, 0), recurrence="FREQ=WEEKLY;BYDAY=TU,TH;COUNT=9",
                   organizer="Lakeside-gu", categories=("education",), online=True, location=None,
                   mention="twice a week for nine sessions from November 2 to 30"),
        make_event("e06@test", "Book Market", datetime(2021, 11, 1, 11, 0), datetime(2021, 11, 2, 19, 0),
                   recurrence="FREQ=DAILY;COUNT=2", organizer="Hillview-gu", categories=("culture",),
                   mention="from 11 a.m. to 7 p.m. on November 1 and 2"),
        make_event("e07@test", "Resident Forum", datetime(2021, 11, 3, 15, 0), None,
                   mention="on the 3rd at 3 p.m.", location=None, categories=("community",)),
        make_event("e08@test", "Small Business Loan Applications", date(2021, 10, 28), date(2021, 11, 26),
                   kind="application", organizer="Hillview-gu", categories=("economy",),
                   mention="from the 28th to November 26", location=None),
        make_event("e09@test", "Photo Contest Deadline", date(2021, 11, 15), None, kind="deadline",
                   organizer="Lakeside-gu", categories=("culture",), mention="until November 15"),
        make_event("e10@test", "<script>alert('x')</script> & \"Friends\"", datetime(2021, 11, 5, 14, 0),
                   datetime(2021, 11, 5, 16, 0), mention="on the 5th", organizer="<b>Tricky</b>-gu",
                   location="<img src=x onerror=alert(1)>", categories=("<i>odd</i>",)),
        make_event("e11@test", "Autumn Walk", date(2021, 10, 23), None, mention="on the 23rd",
                   organizer="Lakeside-gu", categories=("health",)),
        make_event("e12@test", "Night Market", datetime(2021, 10, 30, 22, 0), datetime(2021, 10, 31, 2, 0),
                   mention="on the 30th from 10 p.m. to 2 a.m.", organizer=None, categories=()),
    ]


def build(events: list[Event] | None = None, **kw) -> dict[str, bytes]:
    events = sample_events() if events is None else events
    kw.setdefault("today", PUBLISHED)
    return render_site(events, plan_feeds(events), **kw)


class LinkCollector(HTMLParser):
    """hrefs and srcs of a page, to check that every link stays inside the site or is deliberate."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.scripts: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for key in ("href", "src"):
            if a.get(key):
                self.links.append(a[key] or "")
        self._in_ld = tag == "script" and a.get("type") == "application/ld+json"

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self.scripts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_ld = False


def parse(html: bytes) -> LinkCollector:
    collector = LinkCollector()
    collector.feed(html.decode("utf-8"))
    return collector


def json_ld(html: bytes) -> dict:
    scripts = parse(html).scripts
    assert len(scripts) == 1
    return json.loads(scripts[0])


def event_page(files: dict[str, bytes], title_part: str) -> bytes:
    for path, content in files.items():
        if path.startswith("events/") and path.endswith(".html") and title_part in json_ld(content)["name"]:
            return content
    raise AssertionError(f"no event page for {title_part!r}")


# ---------------------------------------------------------------------------- pages


def test_one_page_and_one_ics_per_event():
    events = sample_events()
    files = build(events)
    pages = [p for p in files if p.startswith("events/") and p.endswith(".html")]
    downloads = [p for p in files if p.startswith("events/") and p.endswith(".ics")]
    assert len(pages) == len(events)
    assert len(downloads) == len(events)


def test_the_site_has_its_pages_and_assets():
    files = build()
    for path in ("index.html", "past.html", "subscribe.html", "assets/style.css", "assets/agenda.js",
                 "favicon.svg", "months/2021-10.html", "months/2021-11.html",
                 "organizers/riverside-gu.html", "organizers/lakeside-gu.html", "categories/culture.html"):
        assert path in files, path


def test_upcoming_and_past_are_split_at_the_reference_day():
    files = build()
    index = files["index.html"].decode()
    past = files["past.html"].decode()
    assert "Autumn Walk" in past and "Autumn Walk" not in index
    assert "Urban Renewal Awards" in past  # the 27th, before the 28th
    assert "Science Festival" in index and "Science Festival" not in past
    # The application period started on the day itself: upcoming, under its first day.
    assert "Small Business Loan Applications" in index
    assert index.index("Thursday</span> <span class=\"dmy\">28 October 2021") < index.index("Monday</span>")


def test_an_event_under_way_is_listed_first():
    files = build(today=date(2021, 11, 3))
    index = files["index.html"].decode()
    assert "Under way" in index
    under_way = index[index.index("Under way"):index.index('id="day-2021-11-03"')]
    assert "Science Festival" in under_way and "Small Business Loan Applications" in under_way


def test_an_ongoing_activity_without_an_end_stays_under_way():
    events = [*sample_events(), make_event("e13@test", "Career Counselling", date(2021, 10, 25), None,
                                           kind="ongoing", mention="since October 25")]
    files = build(events)
    index = files["index.html"].decode()
    under_way = index[index.index("Under way"):index.index('id="day-2021-10-28"')]
    assert "Career Counselling" in under_way and "Since 25 Oct" in under_way
    assert "Career Counselling" not in files["past.html"].decode()
    page = event_page(files, "Career Counselling").decode()
    assert "Since Monday 25 October 2021; end not announced" in page


def test_reference_day_without_today_is_the_newest_change_not_the_clock():
    events = sample_events()
    assert reference_day(events) == date(2021, 10, 28)
    unstamped = [replace(e, last_modified=None) for e in events]
    assert reference_day(unstamped) == date(2021, 10, 23)  # the earliest day: nothing hidden as past
    implicit = render_site(events, plan_feeds(events))
    assert b"Autumn Walk" in implicit["past.html"] and b"Autumn Walk" not in implicit["index.html"]
    assert b"as of Thursday 28 October 2021, the newest date in the articles" in implicit["index.html"]


def test_day_headings_name_the_weekday_and_date():
    index = build()["index.html"].decode()
    assert re.search(r'<h2 class="day-heading" id="day-2021-11-01-h">\s*<time datetime="2021-11-01">'
                     r'<span class="dow">Monday</span> <span class="dmy">1 November 2021</span></time>', index)


def test_agenda_shows_time_place_organizer_and_attendance():
    index = build()["index.html"].decode()
    assert "19:00–21:00" in index
    assert "All day" in index
    assert "1–6 Nov" in index  # multi-day, all day
    assert "Online" in index and "In person" in index
    assert "Riverside-gu Office, 2nd floor hall" in index
    assert "end not announced" in index
    assert "every Tuesday and Thursday, 10:00–12:00, 2–30 Nov, 9 dates" in index
    assert "daily, 11:00–19:00, 1–2 Nov" in index
    assert "22:00 – 31 Oct, 02:00" in index


def test_a_daily_schedule_names_the_weekdays_it_skips():
    pool = make_event("e20@test", "Water Play Area", datetime(2021, 10, 30, 10, 30), datetime(2021, 10, 30, 17, 30),
                      recurrence="FREQ=DAILY;BYDAY=TU,WE,TH,FR,SA,SU;COUNT=8", mention="until November 8, daily")
    page = event_page(build([pool]), "Water Play Area").decode()
    assert "daily except Mondays, 10:30–17:30, 30 Oct – 7 Nov" in page  # 8 days from a Saturday, skipping 1 Nov


@pytest.mark.parametrize(("byday", "count", "said"), [
    ("SA,SU", 4, "weekends, 10:00–17:00, 30 Oct – 7 Nov"),  # not "daily except Mondays, Tuesdays, ..."
    ("MO,TU,WE,TH,FR", 5, "weekdays, 10:00–17:00, 1–5 Nov"),
    ("TU,TH", 4, "Tuesdays and Thursdays, 10:00–17:00, 2–11 Nov"),
])
def test_a_daily_schedule_on_a_few_days_names_them(byday, count, said):
    first = {"SA,SU": 30, "MO,TU,WE,TH,FR": 1, "TU,TH": 2}[byday]
    start = datetime(2021, 10 if first > 20 else 11, first, 10)
    show = make_event("e21@test", "Gallery Show", start, start.replace(hour=17),
                      recurrence=f"FREQ=DAILY;BYDAY={byday};COUNT={count}", mention="from 10 a.m. to 5 p.m.")
    assert said in event_page(build([show]), "Gallery Show").decode()


# ---------------------------------------------------------------------------- event pages


def test_json_ld_is_a_schema_org_event_with_offsets_and_places():
    files = build()
    data = json_ld(event_page(files, "Opening Ceremony"))
    assert data["@type"] == "Event"
    assert data["name"] == "Opening Ceremony"
    assert data["startDate"] == "2021-10-28T19:00:00+09:00"
    assert data["endDate"] == "2021-10-28T21:00:00+09:00"
    assert data["location"] == {"@type": "Place", "name": "Riverside-gu Office, 2nd floor hall",
                                "address": "Riverside-gu Office, 2nd floor hall"}
    assert data["organizer"] == {"@type": "Organization", "name": "Riverside-gu"}
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["description"]

    festival = json_ld(event_page(files, "Youth Festival"))
    assert (festival["startDate"], festival["endDate"]) == ("2021-10-28", "2021-10-29")
    assert festival["location"]["@type"] == "VirtualLocation"
    assert festival["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"

    with_base = json_ld(event_page(build(base_url=BASE_URL), "Opening Ceremony"))
    assert with_base["url"].startswith(BASE_URL + "events/")


def test_event_page_quotes_the_source_with_the_date_marked_and_says_what_was_inferred():
    page = event_page(build(), "Opening Ceremony").decode()
    assert "The district will hold the Opening Ceremony <mark>on the 28th from 7 p.m. to 9 p.m.</mark> at" in page
    assert "month from the publication date (October 2021)" in page
    assert 'href="https://news.example.com/articles/1"' in page
    assert "Thursday 28 October 2021, 19:00–21:00" in page
    assert "UTC+09:00" in page


def test_recurring_event_page_states_the_pattern():
    page = event_page(build(), "Parent Education Class").decode()
    assert "Every Tuesday and Thursday, 10:00–12:00, 2–30 November 2021" in page
    assert "every Tuesday and Thursday, 10:00–12:00, 2–30 Nov, 9 dates" in page
    data = json_ld(page.encode())
    assert data["eventSchedule"]["repeatFrequency"] == "P1W"
    assert data["eventSchedule"]["repeatCount"] == 9
    assert data["eventSchedule"]["byDay"] == ["https://schema.org/Tuesday", "https://schema.org/Thursday"]
    assert "recur=RRULE%3AFREQ%3DWEEKLY%3BBYDAY%3DTU%2CTH%3BCOUNT%3D9" in page


def test_open_end_is_said_not_invented():
    page = event_page(build(), "Resident Forum").decode()
    assert "End time not announced" in page
    assert "endDate" not in json_ld(page.encode())


def test_add_to_calendar_links():
    files = build()
    page = event_page(files, "Opening Ceremony").decode()
    google = re.search(r'href="(https://calendar\.google\.com/calendar/render\?[^"]+)"', page).group(1)
    assert "action=TEMPLATE" in google
    assert "dates=20211028T190000%2F20211028T210000" in google
    assert "ctz=Asia%2FSeoul" in google and "text=Opening%20Ceremony" in google
    assert "location=Riverside-gu%20Office" in google and "details=" in google
    outlook = re.search(r'href="(https://outlook\.live\.com/calendar/0/deeplink/compose\?[^"]+)"', page).group(1)
    assert "startdt=2021-10-28T19%3A00%3A00%2B09%3A00" in outlook and "allday=false" in outlook
    assert "subject=Opening%20Ceremony" in outlook

    all_day = event_page(files, "Science Festival").decode()
    assert "dates=20211101%2F20211107" in all_day  # exclusive end
    assert "allday=true" in all_day and "enddt=2021-11-07" in all_day


def test_single_event_ics_is_zoned_or_all_day():
    files = build()
    timed_page = event_page(files, "Opening Ceremony").decode()
    ics_path = posixpath.normpath("events/" + re.search(r'href="([^"]+\.ics)" download', timed_page).group(1))
    cal = Calendar.from_ical(files[ics_path])
    (vevent,) = cal.walk("VEVENT")
    assert vevent["DTSTART"].params["TZID"] == "Asia/Seoul"
    assert vevent["DTSTART"].dt == datetime(2021, 10, 28, 19, 0, tzinfo=vevent["DTSTART"].dt.tzinfo)
    assert cal.walk("VTIMEZONE")
    assert b"DTSTART;TZID=Asia/Seoul:20211028T190000" in files[ics_path]

    all_day_page = event_page(files, "Science Festival").decode()
    ics_path = posixpath.normpath("events/" + re.search(r'href="([^"]+\.ics)" download', all_day_page).group(1))
    assert b"DTSTART;VALUE=DATE:20211101" in files[ics_path]
    assert b"DTEND;VALUE=DATE:20211107" in files[ics_path]


# ---------------------------------------------------------------------------- safety, links


def test_titles_are_escaped_everywhere():
    files = build()
    for path, content in files.items():
        if path.endswith(".html"):
            text = content.decode()
            assert "<script>alert" not in text, path
            assert "<img src=x" not in text, path
            assert "<b>Tricky</b>" not in text, path
    page = event_page(files, "alert").decode()
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#34;Friends&#34;" in page
    data = json_ld(page.encode())
    assert data["name"] == "<script>alert('x')</script> & \"Friends\""
    assert "</script>" not in page.split('application/ld+json">')[1].split("</script>")[0]


def test_links_are_relative_and_nothing_is_loaded_from_elsewhere():
    files = build()
    allowed_external = ("https://news.example.com/", "https://calendar.google.com/", "https://outlook.live.com/")
    for path, content in files.items():
        if not path.endswith(".html"):
            continue
        depth = path.count("/")
        for link in parse(content).links:
            if link.startswith(allowed_external) or link.startswith("#"):
                continue
            assert "://" not in link and not link.startswith("/"), (path, link)
            target = link.split("#")[0]
            resolved = Path(path).parent.joinpath(target).as_posix()
            normalised = "/".join(p for p in _normalise(resolved) if p)
            if target.endswith(".ics") and normalised.count("/") == 0:
                continue  # feeds are written next to the site by the feed writer
            assert normalised in files, (path, link, normalised, depth)
    css = files["assets/style.css"].decode()
    assert "@import" not in css and "url(http" not in css
    assert "http" not in files["assets/agenda.js"].decode().replace("http://www.w3.org", "")


def _normalise(path: str) -> list[str]:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            parts.pop()
        elif part not in (".", ""):
            parts.append(part)
    return parts


def test_subscribe_links_with_and_without_base_url():
    relative = build()["subscribe.html"].decode()
    assert 'href="calendar.ics"' in relative
    assert "webcal://" not in relative
    published = build(base_url=BASE_URL)["subscribe.html"].decode()
    assert 'href="webcal://example.org/agenda/calendar.ics"' in published
    assert 'href="https://example.org/agenda/organizer-riverside-gu.ics"' in published
    assert "From URL" in published and "Apple Calendar" in published and "Outlook" in published
    organizer_page = build(base_url=BASE_URL)["organizers/lakeside-gu.html"].decode()
    assert "webcal://example.org/agenda/organizer-lakeside-gu.ics" in organizer_page
    assert 'href="../organizer-lakeside-gu.ics"' in organizer_page


def test_static_filter_pages_list_only_their_events():
    files = build()
    lakeside = files["organizers/lakeside-gu.html"].decode()
    assert "Science Festival" in lakeside and "Opening Ceremony" not in lakeside
    culture = files["categories/culture.html"].decode()
    assert "Book Market" in culture and "Science Festival" not in culture


def test_month_view_shows_a_multi_day_event_on_each_day():
    november = build()["months/2021-11.html"].decode()
    cells = re.findall(r'<td class="day-cell[^"]*"[^>]*>(.*?)</td>', november, flags=re.DOTALL)
    festival_days = [i + 1 for i, cell in enumerate(_in_month(cells)) if "Science Festival" in cell]
    assert festival_days == [1, 2, 3, 4, 5, 6]
    class_days = [i + 1 for i, cell in enumerate(_in_month(cells)) if "Parent Education Class" in cell]
    assert class_days == [2, 4, 9, 11, 16, 18, 23, 25, 30]


def _in_month(cells: list[str]) -> list[str]:
    return [c for c in cells if "cell-date" in c]


def test_lang_viewport_and_color_scheme_on_every_page():
    for path, content in build().items():
        if path.endswith(".html"):
            text = content.decode()
            assert text.startswith("<!doctype html>\n<html lang=\"en\">"), path
            assert 'name="viewport"' in text and "color-scheme" in text, path


# ---------------------------------------------------------------------------- overrides, determinism


def test_templates_dir_overrides_a_template_by_name(tmp_path: Path):
    (tmp_path / "event.html").write_text(
        '{% extends "base.html" %}{% block main %}<p class="custom">{{ ev.title }}</p>{% endblock %}')
    (tmp_path / "style.css").write_text("body { color: rebeccapurple; }\n")
    files = build(templates_dir=tmp_path)
    assert files["events/e03-test.html"].startswith(b"<!doctype html>")
    assert b'<p class="custom">Opening Ceremony</p>' in files["events/e03-test.html"]
    assert b'<p class="custom">&lt;script&gt;' in files["events/e10-test.html"]  # still autoescaped
    assert files["assets/style.css"] == b"body { color: rebeccapurple; }\n"
    assert b"Upcoming events" in files["index.html"]  # the other templates stay packaged


def test_identical_input_gives_identical_bytes_whatever_the_order():
    events = sample_events()
    first = build(events)
    again = build(list(reversed(events)))
    assert first == again
    assert list(first) == sorted(first)


def test_empty_build_renders():
    files = render_site([], [], today=PUBLISHED)
    assert b"No upcoming events" in files["index.html"]


@pytest.mark.parametrize("base", [None, BASE_URL])
def test_calendar_name_is_used(base: str | None):
    files = build(calendar_name="Neighbourhood events", base_url=base)
    assert b"<title>Upcoming events \xc2\xb7 Neighbourhood events</title>" in files["index.html"]


def test_listing_pages_hold_the_most_recent_and_the_month_pages_hold_everything(monkeypatch):
    import calendarize.site as site_module

    monkeypatch.setattr(site_module, "LISTED_PAST", 5)
    monkeypatch.setattr(site_module, "LISTED_FACET_PAST", 3)
    days = [date(2021, 8, 1) + timedelta(days=3 * i) for i in range(20)]  # all before the 28th of October
    events = [make_event(f"p{i:02d}@test", f"Walk number {i:02d}", day, mention="on the 1st") for i, day in enumerate(days)]
    files = build(events)
    past = files["past.html"].decode()
    shown = [i for i in range(20) if f"Walk number {i:02d}" in past]
    assert shown == [15, 16, 17, 18, 19]  # the five most recent
    assert "every event is in the month pages" in past and 'href="months/2021-08.html"' in past
    months = "".join(files[f"months/2021-{m:02d}.html"].decode() for m in (8, 9))
    assert all(f"Walk number {i:02d}" in months for i in range(20))
    facet = files["organizers/riverside-gu.html"].decode()
    assert "0 upcoming, 20 past." in facet
    assert sum(f"Walk number {i:02d}" in facet for i in range(20)) == 3


def keyed_files(events: list[Event], **kw) -> dict[str, tuple[str, bytes]]:
    """Every file of the agenda and every feed that has a render key: (key, bytes) by path."""
    from calendarize.config import Config
    from calendarize.feeds import feed_chunks, feed_key, new_vevent_store
    from calendarize.site import site_files

    kw.setdefault("today", PUBLISHED)
    config = Config(calendar_name=kw.get("calendar_name", "calendarize"))
    vevents = new_vevent_store()
    feeds = plan_feeds(events)
    keyed = {f.path: (f.key, f.bytes()) for f in site_files(events, feeds, vevents=vevents, **kw) if f.key}
    keyed.update({f.file: (feed_key(f, config, vevents), b"".join(feed_chunks(f, config, vevents))) for f in feeds})
    return keyed


def variations() -> dict[str, tuple[list[Event], dict]]:
    events = sample_events()
    retitled = [replace(e, title="Urban Renewal Prize") if e.uid == "e01@test" else e for e in events]
    return {
        "sample": (events, {}),
        "one event retitled": (retitled, {}),
        "one event moved to another organizer": (
            [replace(e, organizer="Lakeside-gu") if e.uid == "e01@test" else e for e in events], {}),
        "an event in a new month": (events + [make_event("e13@test", "Winter Concert", date(2022, 1, 8))], {}),
        "another today": (events, {"today": date(2021, 11, 4)}),
        "another calendar name": (events, {"calendar_name": "District agenda"}),
        "a base URL": (events, {"base_url": BASE_URL}),
        "organizer names whose slugs collide": (  # Hillview-gu's events get another slug, in every month
            events + [make_event("e13@test", "Chess Day", date(2021, 11, 20), organizer="Hillview gu",
                                 categories=("sports",))], {}),
    }


def test_a_render_key_names_everything_its_listing_page_or_feed_shows():
    """Same key, same bytes: a page found unchanged by its key is never stale."""
    seen: dict[str, tuple[str, bytes]] = {}
    kinds: set[str] = set()
    for name, (events, kw) in variations().items():
        for path, (key, data) in keyed_files(events, **kw).items():
            kinds.add(path.split("/")[0] if "/" in path else path)
            if key in seen:
                assert seen[key] == (path, data), f"{name}: {path} has the key of {seen[key][0]} but other bytes"
            seen[key] = (path, data)
    assert {"months", "organizers", "categories", "events", "calendar.ics"} <= kinds


def test_a_change_to_one_event_changes_the_keys_of_only_what_lists_it():
    variants = variations()
    before = keyed_files(variants["sample"][0])
    after = keyed_files(variants["one event retitled"][0])
    changed = {path for path in before if after.get(path, (None,))[0] != before[path][0]}
    listed = {path for path in changed if not path.startswith("events/")}
    assert listed == {"months/2021-10.html", "organizers/hillview-gu.html", "categories/awards.html",
                      "calendar.ics", "organizer-hillview-gu.ics", "category-awards.ics"}
    assert "months/2021-11.html" in before and "organizer-lakeside-gu.ics" in before


def test_events_whose_uids_make_the_same_file_name_each_get_a_page_whatever_their_order():
    from calendarize.site import _event_slugs

    events = [make_event("talk@x", "Talk", date(2021, 11, 2)), make_event("talk-x", "Other talk", date(2021, 11, 1)),
              make_event("talk@x", "Talk", date(2021, 11, 1)), make_event("walk@x", "Walk", date(2021, 11, 3))]
    by_event = dict(zip(map(repr, events), _event_slugs(events)))
    assert by_event == dict(zip(map(repr, events[::-1]), _event_slugs(events[::-1])))
    assert sorted(by_event.values()) == ["talk-x", "talk-x-2", "talk-x-3", "walk-x"]
    assert by_event[repr(events[1])] == "talk-x"  # "talk-x" sorts before "talk@x"
    assert _event_slugs(events[3:]) == ["walk-x"]


def test_a_repetition_s_skipped_days_are_not_among_its_dates_and_are_told():
    from calendarize.site import _base_span, _parse_rule

    event = make_event("club@test", "Reading club", datetime(2021, 11, 3, 19, 0), datetime(2021, 11, 3, 21, 0),
                       recurrence="FREQ=WEEKLY;BYDAY=WE;COUNT=4", exdates=(date(2021, 11, 17),))
    rule = _parse_rule(event, _base_span(event))
    assert rule.starts == (date(2021, 11, 3), date(2021, 11, 10), date(2021, 11, 24))
    assert rule.text == "every Wednesday, 19:00–21:00, 3–24 Nov, 3 dates, not 17 Nov"
