"""Properties of the date reader and the renderers, on any text (hypothesis).

Arbitrary Unicode finds crashes; text assembled from the phrases articles use ("on the 27th",
"November 1?15", "from 3 p.m. to 6 p.m.", "Riverside-gu (Mayor ...)") finds wrong offsets and ranges,
since random characters rarely form a date.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from calendarize.config import Config
from calendarize.dates import find_mentions
from calendarize.documents import DocumentError, parse_document
from calendarize.events import extract_events
from calendarize.feeds import event_times, plan_feeds, render_feed
from calendarize.identity import State, stabilize
from calendarize.json_text import indented_json
from calendarize.site import query_string, render_site

PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "on the 27th", "the 4th floor", "the 30th anniversary", "November 1?15", "November 1–15", ("from the 28th to "
    "November 26"), "on the 30th from 3 p.m. to 6 p.m.", "at 10 a.m.", "until the 21st", "every Saturday",
    "twice a week for nine sessions from November 2 to 30", "February 30", "the 31st", "2021-10-28", "10/3",
    "next week", "last month", "tomorrow", "yesterday", "in December", "early November", "Nov. 3", "3 December 2021",
    "Christmas Day", "noon", "midnight", "from 11 a.m. to 7 p.m. daily", "the first half", "Friday night",
    "will hold", "was held", "held", "announced", "applications", "The ", "the ", "'Autumn Fair'", "“Book Week”",
    "Riverside-gu (Mayor Kim Min-su) ", "Hill County (Governor Lee) ", "[Reporter Park] ", " at Riverside Library",
    " online via YouTube", ", ", ". ", "\n", "\n\n", " ", "?", "–", "(Sat.)", "(", ")", "to", "and", "or",
    "1", "31", "12", "2021", "99", "p.m.", "a.m.", "th", "st", "9:30", "24:00", "0", "\ufffd", "\u00a0",
]
ARTICLE_TEXT = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=40).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), ARTICLE_TEXT)
ANCHORS = st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31))


def _kind(value: object) -> type | None:
    for t in (datetime, date, time):  # datetime first: it is a date too
        if isinstance(value, t):
            return t
    return None


@PROPERTY
@given(text=ANY_TEXT, anchor=ANCHORS)
def test_mentions_point_at_their_text_and_run_forward(text: str, anchor: date) -> None:
    mentions = find_mentions(text, anchor)
    for m in mentions:
        assert 0 <= m.start_offset < m.end_offset <= len(text)
        assert text[m.start_offset:m.end_offset] == m.text
        if m.start is not None and m.end is not None and _kind(m.start) is _kind(m.end):
            assert m.start <= m.end, m
    assert find_mentions(text, anchor) == mentions  # resolving twice gives the same result


@PROPERTY
@given(text=ANY_TEXT, anchor=ANCHORS)
@example(text="\nTHE 1th:December\n1", anchor=date(2000, 1, 1))  # a reading that ran past the end of its line
@example(text="from 11 a.m. to 7 p.m. daily noon", anchor=date(2000, 1, 1))  # a clock bounds no repetition
@example(text="\n[THE 1th]0", anchor=date(2000, 1, 1))  # a date inside a byline's brackets
@example(text="\n[the 01th]the 01th", anchor=date(2000, 1, 1))  # the sentence told again inside its byline
def test_events_of_any_text_are_whole(text: str, anchor: date) -> None:
    try:
        doc = parse_document(text, "x.txt", anchor)
    except DocumentError:
        return  # blank text: a clear error, which is the expected outcome
    events = extract_events(doc)
    for e in events:
        assert e.title.strip()
        if e.end is not None and _kind(e.start) is _kind(e.end):
            assert e.start <= e.end, e
        assert e.source.text[e.source.mention_start:e.source.mention_end] == e.source.mention
    assert extract_events(doc) == events


TITLE = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60) | st.sampled_from(
    ["a, b; c \\ d", "line one\nline two", "<script>alert(1)</script>", "‘quoted’ & \"double\"", "\\n", ";;;,,,"])


@PROPERTY
@given(text=ARTICLE_TEXT, anchor=ANCHORS, titles=st.lists(TITLE, min_size=1, max_size=5))
@example(text="", anchor=date(2000, 1, 1), titles=["\\N"])  # icalendar reads a backslash and capital N as a line break
@example(text="", anchor=date(2000, 1, 1), titles=["\ufeff"])  # and drops a byte-order mark that starts a value
def test_feeds_read_back_give_the_same_events(text: str, anchor: date, titles: list[str]) -> None:
    try:
        doc = parse_document("Riverside-gu (Mayor Kim Min-su) will hold the 'Fair' on the 27th.\n" + text,
                             "x.txt", anchor)
    except DocumentError:
        return
    events = extract_events(doc)
    events = [replace(e, title=titles[i % len(titles)]) for i, e in enumerate(events)]
    stable, _ = stabilize(events, State.empty(), {"x.txt": doc.published})
    feed = plan_feeds(stable)[0]
    cal = Calendar.from_ical(render_feed(feed, Config()))
    read = {str(v["UID"]): v for v in cal.walk("VEVENT")}
    assert set(read) == {e.uid for e in stable}
    for e in stable:
        v, times = read[e.uid], event_times(e)
        assert str(v["SUMMARY"]) == (" ".join(e.title.replace("\ufeff", " ").split()).replace("\\N", "\\n")
                                     or "Untitled event")
        assert v["DTSTART"].dt == times.start
        assert v["DTEND"].dt == times.end


@settings(max_examples=40, deadline=None)  # a whole agenda per example: fewer, still every kind of title
@given(titles=st.lists(TITLE, min_size=1, max_size=4))
def test_agenda_shows_any_title_as_text(titles: list[str]) -> None:
    doc = parse_document("Riverside-gu (Mayor Kim Min-su) will hold the 'Fair' on November 3 and the 'Walk' on "
                         "November 4.\n", "x.txt", date(2021, 10, 28))
    events = [replace(e, title=titles[i % len(titles)], description=titles[-1]) for i, e in enumerate(
        extract_events(doc))]
    stable, _ = stabilize(events, State.empty())
    files = render_site(stable, plan_feeds(stable), today=date(2021, 10, 28))
    for name, data in files.items():
        if name.endswith(".html"):
            html = data.decode("utf-8")
            assert "<script>alert" not in html, name



EXTREME = [("on the 27th", date(9999, 12, 31), ValueError), ("Thanksgiving", date(9999, 12, 31), OverflowError),
           ("on the 27th", date(1, 1, 1), ValueError)]


@pytest.mark.parametrize(("text", "anchor", "error"), EXTREME)
def test_extreme_anchors_do_not_crash(text: str, anchor: date, error: type) -> None:  # error: what it once raised
    """At the calendar's edge a date that would leave it is simply not read: no error is raised."""
    assert all(m.start is None or m.start.year >= 1 for m in find_mentions(text, anchor))


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                                                      max_size=4),
                           max_leaves=20)


@settings(max_examples=500, deadline=None)
@given(json_values)
def test_indented_json_is_what_json_dumps_writes(value) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)
    assert indented_json(value, "\n  ") == json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")


encodable_text = st.text(st.characters(exclude_categories=["Cs"]))  # no lone surrogates: they have no UTF-8


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(encodable_text, encodable_text)))
def test_query_string_is_what_urlencode_writes(params) -> None:
    assert query_string(params) == urlencode(params, quote_via=quote)
