"""Events from articles written for these tests, in the style of district news: what becomes an event,
with which title, days, hours, place and repetition, and what stays background."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from calendarize.documents import read_document, sample_document
from calendarize.events import extract_events

ARTICLES = Path(__file__).parent / "articles"


def _events(name: str) -> list[dict]:
    return [e.to_json() for e in extract_events(read_document(ARTICLES / name))]


def _find(events: list[dict], title: str) -> dict:
    found = [e for e in events if title.lower() in e["title"].lower()]
    assert found, [e["title"] for e in events]
    return found[0]


def _document(published: str, body: str):
    """A one-item article published that day, with a headline line above the body."""
    from calendarize.documents import parse_document

    return parse_document(f"---\npublished: {published}\n---\nHeadline\n\n{body}\n", "x.txt", None)


def test_announcement_day_is_not_an_event_but_the_festival_is():
    events = _events("festival_weekend.txt")
    festival = _find(events, "Spring Flower Festival")
    assert (festival["start"], festival["end"], festival["all_day"]) == ("2023-05-13", "2023-05-14", True)
    assert festival["location"] == "Riverside Park"
    assert festival["organizer"] == "Hillside-gu"
    assert all(e["start"] != "2023-05-10" for e in events), "'announced on the 10th' is the news, not an event"


def test_hours_and_repetitions_become_timed_and_recurring_events():
    events = _events("festival_weekend.txt")
    ceremony = _find(events, "Opening ceremony")
    assert ceremony["start"] == "2023-05-13T18:00" and ceremony["end"] is None
    tour = _find(events, "walking tour")
    assert tour["start"] == "2023-05-06T10:00"
    assert tour["recurrence"] == "FREQ=WEEKLY;BYDAY=SA;COUNT=4"  # every Saturday in May 2023


def test_application_deadline_is_its_own_kind():
    deadline = _find(_events("festival_weekend.txt"), "Applications")
    assert (deadline["start"], deadline["kind"]) == ("2023-05-12", "deadline")


def test_article_without_item_openers_is_one_item_and_daily_hours_recur():
    events = _events("lantern_year_end.txt")
    festival = events[0]
    assert festival["title"] == "Seoul Lantern Festival"
    assert festival["organizer"] == "Seoul Metropolitan Government"
    assert festival["location"] == "Cheonggyecheon"
    assert (festival["start"], festival["end"]) == ("2024-12-13T17:00", "2024-12-13T22:00")
    assert festival["recurrence"] == "FREQ=DAILY;COUNT=24"  # December 13 to January 5


def test_midnight_on_new_years_eve_is_the_first_minute_of_the_new_year():
    countdown = _find(_events("lantern_year_end.txt"), "countdown")
    assert countdown["start"] == "2025-01-01T00:00"
    assert countdown["location"] == "Gwanghwamun Square"


@pytest.mark.parametrize("field", ["uid", "title", "start", "organizer", "source"])
def test_every_event_of_the_sample_has_its_essentials(field):
    for event in extract_events(sample_document()):
        assert event.to_json()[field], (field, event.title)


def test_one_happening_reported_by_two_articles_is_one_event(tmp_path):
    from calendarize.build import collect_events
    from calendarize.documents import read_document as read

    preview = tmp_path / "preview.txt"
    follow_up = tmp_path / "follow_up.txt"
    preview.write_text("---\npublished: 2023-05-02\n---\nHillside-gu (Mayor Park Min-ji) will hold the "
                       "'2023 Hillside Spring Flower Festival' at Riverside Park from May 13 to 14.\n")
    follow_up.write_text("---\npublished: 2023-05-10\n---\nHillside-gu (Mayor Park Min-ji) said the "
                         "'2023 Hillside Spring Flower Festival' will open as planned from the 13th to the 14th.\n")
    events = collect_events([read(preview), read(follow_up)])
    festivals = [e for e in events if "Flower Festival" in e.title]
    assert len(festivals) == 1
    assert festivals[0].source.document == str(preview)
    assert any("Also reported in" in note for note in festivals[0].inferred)


def test_a_day_told_from_another_takes_its_hours_once():
    events = _events("told_from_another_day.txt")
    concerts = [e for e in events if "concert" in e["title"].lower()]
    assert [(e["start"], e["end"]) for e in concerts] == [("2021-11-06T19:00", None)]  # "the next day ... from 7 p.m."
    assert not any(e["start"].startswith("2020") for e in events), "'a year ago' compares, it is no event"


def test_hours_before_a_weekday_span_and_after_a_day_list():
    events = _events("told_from_another_day.txt")
    center = _find(events, "counseling center")
    assert (center["start"], center["end"]) == ("2021-11-01T10:00", "2021-11-01T16:00")
    assert center["recurrence"] == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10"
    lectures = [e["start"] for e in events if "lecture" in e["title"].lower()]
    assert lectures == ["2021-11-03T19:00", "2021-11-10T19:00"]


def test_category_scan_finds_what_one_search_per_category_finds():
    from calendarize.dates import sentence_bounds
    from calendarize.events import CATEGORIES, _categories

    texts = ["Gift certificates, small businesses and urban regeneration", "COVID-19 vaccination; AI coding class",
             "the Science fair, classical artists, a classes-based course", "ſchool or ſales at the KIDS' market"]
    for doc in [sample_document(), *(read_document(p) for p in sorted(ARTICLES.glob("*.txt")))]:
        bounds = [*sentence_bounds(doc.text), len(doc.text)]
        texts += [doc.text[lo:hi] for lo, hi in pairwise(bounds)]
    for text in texts:
        assert _categories(text) == tuple(name for name, rx in CATEGORIES if rx.search(text)), text


def _top_alternatives(group: str) -> list[str]:
    """The alternatives of the group that `group` opens with (its text after "(?:")."""
    alternatives, depth, i = [""], 0, 0
    while i < len(group):
        ch = group[i]
        if ch == "\\":
            alternatives[-1] += group[i:i + 2]
            i += 2
            continue
        if ch == "[":
            end = group.index("]", i + 2)
            alternatives[-1] += group[i:end + 1]
            i = end + 1
            continue
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            break
        if ch == "|" and depth == 0:
            alternatives.append("")
        else:
            alternatives[-1] += ch
        i += 1
    return alternatives


def test_first_letter_lookaheads_name_the_first_letter_of_every_word():
    import re

    import calendarize.events as ev

    guarded = [rx for rx in [*vars(ev).values(), *ev._TITLE_PATTERNS]
               if isinstance(rx, re.Pattern) and rx.pattern.startswith(r"\b(?=[")]
    assert len(guarded) >= 6
    for rx in guarded:
        letters, group = re.match(r"\\b\(\?=\[([a-z-]+)\]\)\(\?:(.*)", rx.pattern, re.DOTALL).groups()
        assert rx.flags & re.IGNORECASE, rx.pattern  # so that a lowercase letter stands for both cases
        if letters == "a-z":
            continue  # every letter: the category scan
        for word in _top_alternatives(group):
            assert word[0].isalpha() and word[0].lower() in letters, (word, rx.pattern)


def test_a_sentence_naming_the_happening_again_gives_it_its_hours():
    events = _events("times_told_apart.txt")
    assert [(e["start"], e["end"]) for e in events if "Job Fair" in e["title"]] == [
        ("2021-11-09T10:00", "2021-11-09T16:00"), ("2021-11-16T10:00", "2021-11-16T16:00")]  # "each day"
    festival = _find(events, "Lantern Walk Festival")
    assert (festival["start"], festival["end"]) == ("2021-11-06T18:00", "2021-11-06T21:00")
    ceremony = _find(events, "Tree-planting ceremony")
    assert (ceremony["start"], ceremony["end"]) == ("2021-11-04T14:00", None)  # "The ceremony begins at 2 p.m."


def test_hours_of_something_else_leave_the_event_all_day():
    exhibition = _find(_events("times_told_apart.txt"), "Photo exhibition")  # then: "Consultations ... from 1 p.m."
    assert (exhibition["start"], exhibition["end"], exhibition["all_day"]) == ("2021-11-12", None, True)


@pytest.mark.parametrize(("title", "start"), [
    ("Briefing session for residents", "2021-11-02T14:00"),  # "A briefing session ... is scheduled for 2 p.m. on ..."
    ("Urban forest forum", "2021-12-03"),  # "The urban forest forum is on December 3 at ..."
    ("Deadline for the essay contest", "2021-11-19"),  # "The deadline for the essay contest is November 19."
    ("Urban Farming Class", "2021-12-01"),  # "The class will be held ...", after its applications
])
def test_titles_end_where_the_sentence_says_when(title, start):
    assert [e["start"] for e in _events("times_told_apart.txt") if e["title"] == title] == [start]


def test_weekdays_are_not_places_and_online_applications_take_no_venue():
    events = _events("times_told_apart.txt")
    assert _find(events, "counseling booth")["location"] is None  # "on Tuesdays and Thursdays"
    applications = _find(events, "Applications: Urban Farming Class")
    assert (applications["online"], applications["location"]) == (True, None)


@pytest.mark.parametrize(("title", "start", "end"), [
    ("Flea market", "2021-10-30", "2021-10-31"),  # "this weekend (30th-31st)"
    ("Talk show", "2021-10-28T15:00", None),  # "at 3 p.m. today (28th)"
    ("Book concert", "2021-10-29T19:00", None),  # "on the 29th (tomorrow) at 7 p.m."
])
def test_a_day_told_again_in_parentheses_makes_one_event(title, start, end):
    assert [(e["start"], e["end"]) for e in _events("restated_and_running.txt") if e["title"] == title] == [(start, end)]


@pytest.mark.parametrize(("title", "start", "end"), [
    ("Photo exhibition", "2021-10-20", "2021-11-30"),  # "The photo exhibition, which opened on the 20th, runs until ..."
    ("Winter shelter", "2021-11-15", "2022-02-28"),  # "on the 15th of next month, which will operate until ..."
    ("Applications for the shelter's volunteer program", "2021-11-12", None),  # a deadline in a sentence of its own
])
def test_until_in_the_same_sentence_ends_the_happening_it_told(title, start, end):
    assert [(e["start"], e["end"]) for e in _events("restated_and_running.txt") if e["title"] == title] == [(start, end)]


def test_a_clause_of_its_own_names_its_own_happening():
    events = _events("restated_and_running.txt")  # "... the ‘X’ on Nov. 20, and the awards ceremony will be held on Dec. 4."
    assert [(e["title"], e["start"]) for e in events if e["start"] in ("2021-11-20", "2021-12-04")] == [
        ("Children’s Drawing Contest", "2021-11-20"), ("Awards ceremony", "2021-12-04")]


def test_hours_in_the_same_paragraph_join_the_happening_they_name_and_nothing_else():
    events = {(e["title"], e["start"], e["end"]) for e in _events("hours_in_the_same_paragraph.txt")}
    assert events == {
        ("Lantern Walk Festival", "2021-11-06T18:00", "2021-11-06T21:00"),
        ("Fireworks", "2021-11-06T20:30", None),  # names nothing told before: an event of its own, that day
        ("2021 Lakeside Job Fair", "2021-11-09T10:00", "2021-11-09T16:00"),
        ("2021 Lakeside Job Fair", "2021-11-16T10:00", "2021-11-16T16:00"),
        ("Lecture", "2021-11-03", None),
        ("Concert", "2021-11-03T19:00", None),  # "..., and a concert at 7 p.m. on the same day"
    }


@pytest.mark.parametrize(("title", "start", "location"), [
    # shares the district's name with the book fair, no more: its own place, not the fair's park
    ("2nd Riverside Film Festival", "2021-11-13", "3rd floor auditorium of the district office"),
    ("Applications: Riverside Book Fair", "2021-11-01", None),  # applications by phone: not at the fair's park
    ("Applications: Kimchi sharing event", "2021-11-19", None),  # "accept applications for the kimchi sharing event"
    ("Winter festival", "2021-12-01", None),  # "Lakeside-gun ... said the county's winter festival will be held ..."
])
def test_titles_and_places_of_names_shared_and_reported(title, start, location):
    found = [(e["start"], e["location"]) for e in _events("names_and_lists.txt") if e["title"] == title]
    assert found == [(start, location)]


def test_hours_told_before_a_list_of_days_hold_for_each():
    # "from 10 a.m. to 12 p.m. on the 6th and 7th of next month": one walk, at those hours on both days
    walks = [(e["start"], e["end"], e["recurrence"]) for e in _events("names_and_lists.txt") if e["title"] == "Health walk"]
    assert walks == [("2021-11-06T10:00", "2021-11-06T12:00", "FREQ=DAILY;COUNT=2")]


def test_nth_weekdays_and_changes_of_plan():
    events = {e["title"]: e["start"] for e in _events("nth_weekdays_and_cancellations.txt")}
    assert events == {
        "Riverside Youth Concert": "2021-11-27",  # "the last Saturday of November"
        "Residents' meeting": "2021-11-02",  # "will hold a residents' meeting next Tuesday (2nd)": the day is no part of its name
        "Online lantern contest": "2021-11-14",  # "the second Sunday of next month"
    }  # the canceled marathon and the parade that "will not be held on the 13th" are no events


def test_an_article_of_december_reads_january_and_names_what_applications_are_for():
    events = sorted(((e["title"], e["start"], e["end"]) for e in _events("across_the_new_year.txt")), key=lambda e: e[1])
    assert events == [
        ("Year-end sharing event", "2021-12-17", None),
        ("Applications: Winter Reading Camp", "2021-12-27", "2021-12-30"),  # the happening told just before
        ("Year-end bell ringing ceremony", "2021-12-31T23:30", None),
        ("New Year's sunrise event", "2022-01-01T07:00", None),
        ("New Year's greeting ceremony", "2022-01-03", None),  # "its New Year's greeting ceremony"
        ("Winter Reading Camp", "2022-01-04", "2022-01-07"),
    ]


def _summary(name: str) -> set[tuple]:
    return {(e["title"], e["start"], e["end"], e["recurrence"], e["location"]) for e in _events(name)}


def test_spring_programs_read_as_a_person_would_put_them_in_a_calendar():
    assert _summary("spring_programs.txt") == {
        # "in the 3rd-floor auditorium of the Cedar-gun Office"
        ("Cedar Youth Job Fair", "2022-03-29T10:00", None, None, "3rd-floor auditorium of the Cedar-gun Office"),
        # the weekday inside the quoted name makes no second event
        ("Saturday Forest Healing Walks", "2022-03-19", None, "FREQ=WEEKLY;BYDAY=SA;COUNT=7", "Birch Mountain Forest Trail"),
        # "Classes run from 2 p.m. to 4 p.m. in the ...": the hours and the room of each class
        ("Senior Digital Literacy Class", "2022-04-04T14:00", "2022-04-04T16:00", "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=16",
         "2nd-floor computer room of the Willow Welfare Center"),
        # "from the 16th until the end of this month"
        ("Applications: Senior Digital Literacy Class", "2022-03-16", "2022-03-31", None, "community service centers"),
        # "on May 5 (Thu), Children's Day, at ...": one day, told twice, and a holiday inside the name
        ("Children's Day Drawing Contest", "2022-05-05T10:00", None, None, "Linden Library"),
        # "the 3rd Linden Eco Film Festival will be held from the 23rd ...": its name, not "From"
        ("3rd Linden Eco Film Festival", "2022-04-23", "2022-04-25", None, "Linden Cinema Hall"),
    }


def test_winter_programs_run_daily_and_a_closure_is_no_event():
    assert _summary("winter_programs.txt") == {
        # "from the 24th to February 13 next year", written on December 20; open daily from 10 a.m. to 5 p.m.
        ("Winter Ice Sledding Park", "2021-12-24T10:00", "2021-12-24T17:00", "FREQ=DAILY;COUNT=52", "Pine Stream Field"),
        # "on Jan. 5~7 from 1 p.m. to 3 p.m.": those hours on each day
        ("Aspen Winter Book Camp", "2022-01-05T13:00", "2022-01-05T15:00", "FREQ=DAILY;COUNT=3", "Aspen Central Library"),
        # "The festival grounds are open from 9 a.m. to 6 p.m. every day": the festival's hours, not those of the
        # agreement told after it, whose sentence shares more words with the hours' one
        ("Summit Frozen River Festival", "2022-01-06T09:00", "2022-01-06T18:00", "FREQ=DAILY;COUNT=24", "Gray Crane Riverside"),
        ("Safety management agreement", "2021-12-20", None, None, None),
    }


def test_each_clause_tells_its_own_kind_and_a_range_bounds_the_weekdays_after_it():
    assert {(e["title"], e["start"], e["end"], e["recurrence"], e["kind"]) for e in _events("clauses_and_draws.txt")} == {
        # "from July 3 to August 25, on Tuesdays and Thursdays at 4 p.m."
        ("Poplar Summer Swimming Class", "2023-07-04T16:00", None, "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=16", "event"),
        ("Applications: Poplar Summer Swimming Class", "2023-06-13T09:00", "2023-06-16T18:00", None, "application"),
        # "..., and participants will be selected by lottery on the 19th": a draw, not more applying
        ("Participants will be selected by lottery", "2023-06-19", None, None, "event"),
        ("Applications: Summer public job program", "2023-06-12", "2023-06-16", None, "application"),
        # "results will be announced on the 30th": an announcement to come is a date to know
        ("Results will be announced", "2023-06-30", None, None, "event"),
        # "..., followed by fireworks at 8 p.m.": a happening of its own, that day
        ("20th anniversary ceremony of its autumn festival", "2023-06-10T17:00", None, None, "event"),
        ("Fireworks", "2023-06-10T20:00", None, None, "event"),
        # "held the ‘X’ on the 1st at Y, where 40 companies recruited 150 workers": a fair held, not applications
        ("Magnolia Job Fair", "2023-06-01", None, None, "event"),
    }


def test_changes_of_date_counted_sessions_and_standing_repetitions():
    assert {(e["title"], e["start"], e["end"], e["recurrence"]) for e in _events("changes_and_sessions.txt")} == {
        # "originally scheduled for the 2nd of next month, has been postponed to the 16th"; "As of the 28th, ..." is no event
        ("2024 Highland Persimmon Festival", "2024-11-16", None, None),
        # "in 8 sessions every Tuesday starting from the 5th of next month, 14:00~16:00"
        ("Smart Senior Digital Class", "2024-11-05T14:00", "2024-11-05T16:00", "FREQ=WEEKLY;BYDAY=TU;COUNT=8"),
        # "on the 9th and 10th of next month. The walk runs from 10 a.m. to 4 p.m. both days": one walk over two
        # days running, at those hours on each (and "Fallen" in a name is no past tense)
        ("Fallen Leaves Walk", "2024-11-09T10:00", "2024-11-09T16:00", "FREQ=DAILY;COUNT=2"),
        # "on the last Friday of every month (Culture Day)": a standing repetition is an event
        ("Free movie screenings", "2024-11-29", None, "FREQ=MONTHLY;BYDAY=-1FR"),
        # "Rose" in the festival's name is no past tense: next month's 8th to 10th
        ("2024 Sunhill Rose Festival", "2024-11-08", "2024-11-10", None),
        ("Lighting ceremony", "2024-11-08T19:00", None, None),  # "The festival opens with a lighting ceremony at 7 p.m."
        ("Rice harvest experience", "2024-11-02T09:00", "2024-11-02T12:00", None),  # "The event runs from 9 a.m. to noon."
        # "has been accepting applications ... starting from the 21st, and will close applications on the 8th of next month"
        ("Applications: Second Half Resident Academy", "2024-10-21", "2024-11-08", None),
        ("Entries: Meadow Four Seasons Photo Contest", "2024-11-30", None, None),  # "entries will be accepted ... through"
    }


def test_dues_designated_places_and_holidays_told_as_facts():
    assert {(e["title"], e["start"], e["end"]) for e in _events("dues_and_holidays.txt")} == {
        ("2023 Bluehill Residents Award Ceremony", "2023-02-09", None),  # the bus's hours are not the ceremony's
        ("Blood donation bus", "2023-02-22T10:00", "2023-02-22T16:00"),  # "set up a blood donation bus"; "Donations ..."
        ("Second-half local income tax", "2023-02-28", None),  # "must be paid by the 28th": a date to know
        # "will begin on the 21st at designated hospitals": "designated" is no past tense
        ("Free influenza vaccinations for children", "2023-02-21", "2023-04-30"),
        ("Redpine Senior Job Expo", "2023-02-18T10:00", "2023-02-18T17:00"),  # "Doors open at 10 a.m. and close at 5 p.m."
        ("Highlight concert", "2023-02-25", None),  # "The highlight concert is set for the evening of the 25th"
        # "the 79th anniversary of Liberation Day at 10 a.m. tomorrow (the 15th)": the day is tomorrow, at 10 a.m.
        ("Ceremony commemorating the 79th anniversary of Liberation Day", "2023-02-15T10:00", None),
        # "The class will be held on March 7 ...": the class named before; its applications are for it
        ("Digital Literacy Class for Seniors", "2023-03-07", None),
        ("Applications: Digital Literacy Class for Seniors", "2023-02-19", "2023-02-23"),
    }  # "Children's Day, first proclaimed in 1922, falls on a Friday this year" is no event


def test_a_later_sentence_that_streams_the_happening_makes_it_online_and_says_so():
    concert = _find(_events("dues_and_holidays.txt"), "Highlight concert")
    assert concert["online"] and concert["location"] == "Redpine Arts Hall"  # in the hall, and streamed
    assert any("streamed live" in note for note in concert["inferred"])


@pytest.mark.parametrize(("sentence", "title"), [
    ("Riverside-gu will hold the ‘Riverside Saturday Farmers’ Market’ on the 3rd at the plaza.", "Riverside Saturday Farmers’ Market"),
    ("Riverside-gu will hold the '29th Senior Citizens' Day Ceremony' on the 3rd at the hall.", "29th Senior Citizens' Day Ceremony"),
    ("Riverside-gu will hold the 'Book Fair' and the 'Food Market' on the 3rd.", "Book Fair"),
    ("Riverside-gu will hold the 'parents' night' on the 3rd at the hall.", "Parents' night"),
    ("Riverside-gu will hold the 'Neighbors' walk and the 'Green' fair on the 3rd.", "Neighbors"),
])
def test_a_plural_apostrophe_inside_a_quoted_name_does_not_end_it(sentence, title):
    from calendarize.documents import parse_document

    doc = parse_document(f"---\npublished: 2021-10-28\n---\n{sentence}\n", "x.txt", None)
    assert [e.title for e in extract_events(doc)][:1] == [title]


@pytest.mark.parametrize(("text", "title"), [
    (("Hollowmere-gu (Mayor Ko Eun-ji) announced that it will sell 2 billion won worth of Hollowmere Love Gift "
      "Certificates at a 10% discount. The certificates can be purchased through the mobile app from February 1 "
      "until the 8th."), "Hollowmere Love Gift Certificates"),
    (("Pinedale-gu (Mayor Ko Min) announced that the Pinedale Folk Museum will run a kite-making class this month. "
      "The museum, which usually closes on Mondays, will stay open on the 16th."), "Pinedale Folk Museum"),
])
def test_a_one_word_title_is_the_name_told_before_that_ends_with_it(text, title):
    from calendarize.documents import parse_document

    doc = parse_document(f"---\npublished: 2024-01-10\n---\n{text}\n", "x.txt", None)
    assert title in [e.title for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # a deadline told as a clause of its own is that of the name told in its sentence or the one before
    (("Hollis-gu (Mayor Ra Mi-jin) is running its 'Community Needs Survey' until the end of this month, and residents "
      "are asked to submit the completed form by 6 p.m. on the last day of the month."),
     ("Deadline: Community Needs Survey", "2024-06-30T18:00")),
    (("Hollis-gu (Mayor Ra Mi-jin) is conducting its 'Resident Needs Survey'. Residents can fill it out online, and "
      "responses must be in by 6 p.m. on the 28th."), ("Deadline: Resident Needs Survey", "2024-06-28T18:00")),
])
def test_a_deadline_clause_is_titled_with_what_it_closes(text, expected):
    doc = _document("2024-06-20", text)
    assert expected in [(e.title, e.start.isoformat(timespec="minutes")) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "title"), [
    # a step of a programme named before says of which
    (("Hollis-gu (Mayor Ra Mi-jin) is recruiting 20 'Hollis Citizen Reporters'. Applications are taken until the "
      "25th. Interviews will be held at 2 p.m. on the 28th."), "Interviews: Hollis Citizen Reporters"),
    # or what it is about, when its sentence says so
    (("Hollis-gu (Mayor Ra Mi-jin) is recruiting 20 'Hollis Citizen Reporters'. The office held a briefing on "
      "grade cut-off analysis on the 9th."), "Briefing on grade cut-off analysis"),
])
def test_a_step_of_something_says_of_what(text, title):
    doc = _document("2024-06-20", text)
    assert title in [e.title for e in extract_events(doc)]


def test_nightly_hours_end_the_next_morning_and_the_last_end_told_is_no_event():
    doc = _document("2024-05-21", "Kestrel-si (Mayor Ahn Ji-ho) will repave "
                                  "Tanner-ro from the 27th to June 9. Two of the four lanes will be controlled every night from "
                                  "21:00 to 5:00 the following morning, with the last control ending at 5:00 on June 10.")
    assert [(e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("2024-05-27T21:00:00", "2024-05-28T05:00:00", "FREQ=DAILY;COUNT=14")]


def test_a_span_extended_to_a_later_day_runs_to_it():
    doc = _document("2025-08-20", "The Kestrel Folk Museum, run by Kestrel-gun, "
                                  "announced on the 18th that its special exhibition 'Threads of Summer', which opened on June 3 "
                                  "and was due to close on the 31st, has been extended to Oct. 19 because of strong demand.")
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc)] == [
        ("Threads of Summer", "2025-06-03", "2025-10-19")]


def test_both_talks_held_at_a_place_told_next_are_held_there():
    doc = _document("2025-08-20", "Kestrel-gu (Mayor Gil Seung-ho) announced "
                                  "that essayist Woo Chae-rin will meet readers at 7 p.m. on Aug. 28, followed by poet Kang Do-hyun "
                                  "at 7 p.m. on Sept. 11. Both talks will be held in the library's 5th-floor auditorium and last "
                                  "about 90 minutes.")
    assert [e.location for e in extract_events(doc)] == ["library's 5th-floor auditorium"] * 2


def test_fields_marked_with_a_white_triangle_are_fields():
    doc = _document("2022-11-09", "Kestrel-gu (Mayor Kim Do-yun) will hold the "
                                  "'2022 Kestrel Sharing Kimjang Festival'.\n△Date: Nov. 16 (Wed.) 10:00~15:00 △Venue: Front plaza "
                                  "of the Kestrel-gu Office △Target: 1,700 households")
    assert [(e.title, e.start.isoformat(), e.location) for e in extract_events(doc)] == [
        ("2022 Kestrel Sharing Kimjang Festival", "2022-11-16T10:00:00", "Front plaza of the Kestrel-gu Office")]


@pytest.mark.parametrize(("told", "end"), [
    ("at 7:30 p.m. on the 23rd (about 10 minutes).", "2021-10-23T19:40:00"),
    ("at 7:30 p.m. on the 23rd (about 10 minutes away by bus).", None),  # (how far, not how long)
])
def test_a_length_in_parentheses_after_the_hour_ends_the_happening(told, end):
    doc = _document("2021-10-13", f"Dunhill-gun (County Governor Yang Seung-cheol) "
                                  f"will hold 'Autumn Night Fireworks' over the Hollin River {told}")
    assert [(e.start.isoformat(), e.end and e.end.isoformat()) for e in extract_events(doc)] == [("2021-10-23T19:30:00", end)]


def test_a_line_of_a_festivals_programme_is_held_at_the_festivals_place():
    doc = _document("2021-10-13", "Dunhill-gun (County Governor Yang Seung-cheol) "
                                  "will hold the 'Dunhill Chestnut Festival' at Hollin Riverside Park from Oct. 22 (Fri) to 24 "
                                  "(Sun).\n- 22nd (Fri): Opening ceremony at 2 p.m., attended by about 50 guests")
    assert ("Opening ceremony", "Hollin Riverside Park") in [(e.title, e.location) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "title"), [
    # a title that would be only the date is the name told in the sentence before
    (("Linfield-gu (Mayor Bae Soon-ja) announced on the 8th that it will run the 'Hope Sharing Campaign 2023' "
      "year-end charity drive. The collection period runs Dec. 1?Jan. 31, 2023."), "Hope Sharing Campaign 2023"),
    # a vote says what for
    (("Linfield-gu (Mayor Bae Soon-ja) will hold a residents' vote on 37 projects worth 1.5 billion won for the 2023 "
      "Residents' Participatory Budget from the 14th to the 27th."), "Residents' vote: 2023 Residents' Participatory Budget"),
])
def test_a_title_says_what_the_date_is_of(text, title):
    doc = _document("2022-11-09", text)
    assert title in [e.title for e in extract_events(doc)]


def test_places_told_around_a_festival():
    doc = _document("2024-01-02", "Lindell-gun (County Governor Ahn Sung-taek) said the 'Lindell Ice "
                                  "Fishing Festival' will be held at Lindell Reservoir from January 6 (Sat) to the 28th (Sun). "
                                  "Night ice fishing will be offered on the 13th from 6 p.m. to 9 p.m. The county will also run its 'heat shelters' "
                                  "at senior centers and community centers from 1 p.m. to 6 p.m. on the 20th.\n\n"
                                  "Meanwhile, the county announced that the 'Lindell Rice Festival', originally scheduled for the 21st, has been "
                                  "postponed to February 5. The venue remains Lindell Public Stadium.")
    places = {e.title: e.location for e in extract_events(doc)}
    assert places["Night ice fishing"] == "Lindell Reservoir"  # a day of the festival, told next
    assert places["Heat shelters"] == "senior centers"  # its own place, bare and plural
    assert places["Lindell Rice Festival"] == "Lindell Public Stadium"  # "The venue remains ..."


def test_a_semester_is_a_part_of_the_programme_named_before():
    doc = _document("2023-08-22", "Larkmoor-gu (Mayor Kim Do-hyun) is recruiting "
                                  "students for the 2nd semester of the 'Larkmoor Dream After-School Classes'. The 2nd semester runs "
                                  "from September 4 to December 15, twice a week on Mondays and Fridays, from 4 p.m. to 5:30 p.m.")
    assert "Larkmoor Dream After-School Classes (2nd semester)" in [e.title for e in extract_events(doc)]


def test_two_days_running_under_one_name_are_one_event():
    from calendarize.documents import parse_document

    doc = parse_document("---\npublished: 2024-08-14\n---\nLanternhill-gu (Mayor Gil Soo-ae) will hold the ‘Youth Futsal "
                         "Tournament’ on the 24th and 25th at Lanternhill Gymnasium, and a book fair on the 27th and "
                         "29th at the library.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat()) for e in extract_events(doc)] == [
        ("Youth Futsal Tournament", "2024-08-24", "2024-08-25"),
        ("Book fair", "2024-08-27", None), ("Book fair", "2024-08-29", None)]  # not running: two days


def test_the_first_day_and_the_final_night_of_the_span_told_before():
    assert {(e["title"], e["start"], e["end"]) for e in _events("first_and_last_day.txt")} == {
        ("2023 Lakeside Winter Trout Festival", "2023-02-17", "2023-03-05"),
        # "An opening ceremony is planned for the first day of the festival. It will begin at 11 a.m. ..."
        ("Opening ceremony", "2023-02-17T11:00", None),
        ("Fireworks show", "2023-03-05T21:00", None),  # "... planned for the final night. It will start at 9 p.m."
        ("Public hearing", "2023-02-24T15:00", None),
        ("Saturday Forest Healing Walks", "2023-03-04T10:00", None),
    }  # "the first day of the Riverside Sale Festa", whose days the article does not give, is no date


def test_a_place_told_in_a_sentence_of_its_own():
    hearing = _find(_events("first_and_last_day.txt"), "Public hearing")  # "The hearing will take place in the ..."
    assert hearing["location"] == "5th-floor conference room of the district office"


def test_each_session_starts_at_the_hour_the_next_sentence_gives():
    walks = _find(_events("first_and_last_day.txt"), "Forest Healing Walks")  # "Each two-hour session starts at 10 a.m."
    assert (walks["start"], walks["recurrence"]) == ("2023-03-04T10:00", "FREQ=WEEKLY;BYDAY=SA;COUNT=9")


def test_hours_after_an_end_day_hold_for_every_day_until_it():
    from calendarize.documents import parse_document

    doc = parse_document("---\npublished: 2021-06-24\n---\nHollyford-gu (Mayor Do Eun-sil) also plans to open the "
                         "‘Hollyford Riverside Water Play Area’ on July 17. It will operate until August 22, from "
                         "10:30 a.m. to 5:30 p.m. daily except Mondays, and admission is free for all.\n", "x.txt", None)
    [pool] = [e.to_json() for e in extract_events(doc)]
    assert (pool["title"], pool["start"], pool["end"]) == ("Hollyford Riverside Water Play Area", "2021-07-17T10:30",
                                                           "2021-07-17T17:30")
    # July 17 to August 22 is 37 days, 5 of them Mondays
    assert pool["recurrence"] == "FREQ=DAILY;BYDAY=TU,WE,TH,FR,SA,SU;COUNT=32"


def test_a_happening_still_on_runs_from_its_opening_to_its_new_end_with_its_daily_hours():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-02-09\n---\nBriarwood-gu (Mayor Choi Young-ho) has decided to extend the ‘Briarwood "
        "Sports Park Sledding Rink’, which opened on December 24 last year, by one week until the 20th, as demand "
        "continues. The rink had originally been scheduled to close on the 13th. It opens every day from 10 a.m. to "
        "5 p.m., admission is free, and users change every 1 hour.\nThe district will also hold a folk festival on "
        "the 15th (Tue). The festival starts at 3 p.m. and will be broadcast live for about an hour on YouTube.\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Briarwood Sports Park Sledding Rink", "2021-12-24T10:00:00", "FREQ=DAILY;COUNT=59"),  # to February 20
        ("Folk festival", "2022-02-15T15:00:00", None),  # ("for about an hour" is no opening hours)
    ]


def test_applications_and_generic_titles_take_the_name_told_last_with_its_place():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-02-09\n---\n"
        "Cedarvale-gu (Mayor Park Eun-sook) will run a ‘Visiting Local Tax Help Desk’ at 12 neighborhood community "
        "service centers. The help desk opens every Tuesday from the 15th through March 29, from 10 a.m. to 4 p.m., "
        "and tax officials of the district will help with applying for reductions. The district also asked residents "
        "to pay the 2022 regular registration license tax by the 28th.\n"
        "Cedarvale-gu is also recruiting learners for the ‘Cedarvale Lifelong Learning Academy’. A total of 48 courses will be "
        "offered, and the classes start on March 7 (Mon) for 12 weeks. Applications are being accepted on the district website from the 14th to the 23rd.\n"
        "The district held an award ceremony on the 7th. It is also giving out ‘Bureom Kits’ to 1,000 households that "
        "apply in advance. Applications are accepted from the 10th until the 18th.\n", "x.txt", None)
    got = {(e.title, e.kind, e.location) for e in extract_events(doc)}
    assert ("Visiting Local Tax Help Desk", "event", "12 neighborhood community service centers") in got
    assert ("Payment deadline: 2022 regular registration license tax", "deadline", None) in got
    assert ("Applications: Cedarvale Lifelong Learning Academy", "application", "district website") in got
    assert ("Applications: Bureom Kits", "application", None) in got


def test_applications_from_an_hour_until_a_day_beside_another_application():
    from calendarize.documents import parse_document

    doc = parse_document("---\npublished: 2022-06-30\n---\nAshvale-gu (Mayor Kim) will run a summer science camp. "
                         "Applications will be accepted on the district website from 9 a.m. on the 4th of next month "
                         "until the 8th, and applications for the reading camp from 9 a.m. on the 5th until the 9th.\n",
                         "x.txt", None)
    assert [(e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc)] == [
        ("2022-07-04T09:00:00", "2022-07-08"), ("2022-07-05T09:00:00", "2022-07-09")]


def test_a_deadline_pushed_back_moves_and_a_straight_quoted_name_keeps_its_apostrophe():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-06-30\n---\nMossbank-gu (Mayor Lee) will operate a 'Summer Vacation Children's Science "
        "Camp' on the 26th. The district is receiving applications for the free installation of water-blocking boards "
        "and backflow prevention valves for semi-basement homes from the 27th to July 15. The district also reminded "
        "residents that the first installment of this year's property tax on housing must be paid by July 31. However, "
        "as the 31st falls on a Sunday this year, the payment deadline is pushed back to August 1.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.kind) for e in extract_events(doc)] == [
        ("Summer Vacation Children's Science Camp", "2022-07-26", "event"),
        ("Applications: Free installation of water-blocking boards and backflow prevention valves", "2022-06-27",
         "application"),
        ("Payment deadline: this year's property tax", "2022-08-01", "deadline"),
    ]


def test_the_camp_is_no_campaign_and_applications_opened_before_run_to_their_last_day():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-08-24\n---\nFoxmere City (Mayor Oh Tae-yang) will carry out a ‘Safe Way to School’ "
        "campaign at 8 a.m. on the 29th (Tue). The city is also recruiting 80 students for the ‘Foxmere Youth Science "
        "Camp’. The camp will be held on September 2 at the Foxmere Science Center. Applications, which opened on the "
        "21st, will be received on the city's integrated reservation website until 6 p.m. on the 31st.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat()) for e in extract_events(doc)] == [
        ("Safe Way to School", "2023-08-29T08:00:00", None),
        ("Foxmere Youth Science Camp", "2023-09-02", None),
        ("Applications: Foxmere Youth Science Camp", "2023-08-21", "2023-08-31"),
    ]


def test_names_places_and_platforms_told_in_the_sentences_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2021-04-29\n---\n"
        "Redmoor-gu (Mayor Choi Mi-kyung) will hold a ‘Family Love Letter Contest’ to mark Family Month. Entries will be "
        "accepted by e-mail from the 3rd to the 21st of next month, and 30 winners will receive up to 300,000 won.\n"
        "Ashbury-gu (Mayor Jung Dong-il) will open 20 real-time online courses for its spring semester via Zoom. The "
        "courses will run twice a week starting on the 10th of next month. Applications opened on the 26th and are "
        "being received on the district website until the 30th.\n"
        "Larkmoor-gu (Mayor Yoon Sang-cheol) held a tulip sharing event on the 24th at the Larkmoor Stream waterside "
        "plaza. The district had originally planned to hold the ‘Larkmoor Flower Market’ at the same place on the 1st "
        "of next month, but has postponed it to the 15th (Sat).\n", "x.txt", None)
    got = [(e.title, e.start.isoformat(), e.location, e.online) for e in extract_events(doc)]
    assert ("Entries: Family Love Letter Contest", "2021-05-03", None, False) in got
    assert ("Online courses", "2021-05-10", "Zoom", True) in got  # online, on the platform the sentence that names them says
    assert ("Applications: 20 real-time online courses", "2021-04-26", "district website", True) in got  # on the website
    assert ("Larkmoor Flower Market", "2021-05-15", "Larkmoor Stream", False) in got
    assert not [g for g in got if g[1] == "2021-05-01"]  # the day it was moved from


def test_asides_relative_clauses_and_weekly_courses_counted_in_weeks():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-03-06\n---\nElmbrook-gu (Mayor Baek Hye-sun) will run the ‘2025 Spring Semester "
        "Lifelong Learning Program’. The semester consists of 38 courses in four fields ― humanities, arts, digital, "
        "and health ― and each course is held once a week for 10 weeks from the 24th at the Elmbrook Lifelong "
        "Learning Center. The district will also hold a free lecture every Thursday at 7 p.m. from the 27th to "
        "April 24 in the library.\nFoxwell-gu (Mayor Kang Tae-ho) announced that early voting for the by-election "
        "of the Foxwell-gu Council, which will be held on April 2, will take place on the 28th (Fri) and 29th (Sat). "
        "Early voting will be held from 6 a.m. to 6 p.m. on both days.\n", "x.txt", None)
    got = [(e.title, e.start.isoformat(), e.recurrence) for e in extract_events(doc)]
    assert got == [
        ("2025 Spring Semester Lifelong Learning Program", "2025-03-24", "FREQ=WEEKLY;COUNT=10"),
        ("Free lecture", "2025-03-27T19:00:00", "FREQ=WEEKLY;BYDAY=TH;COUNT=5"),  # March 27, not February
        ("By-election of the Foxwell-gu Council", "2025-04-02", None),
        ("Early voting for the by-election of the Foxwell-gu Council", "2025-03-28T06:00:00", "FREQ=DAILY;COUNT=2"),
    ]


def test_the_clause_that_gives_the_hours_names_their_host():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-06-30\n---\nAshmere-gu (Mayor Lee) will also hold a ‘Summer Reading Camp’ for four days "
        "from August 2 to 5 in the reading room of Ashmere Central Library. The camp is open daily from 2 p.m. to 4 "
        "p.m., and on the last day picture-book author Yoon Seo-ah will join as a guest lecturer.\n", "x.txt", None)
    camp = next(e for e in extract_events(doc) if e.title == "Summer Reading Camp")
    assert (camp.start.isoformat(), camp.recurrence) == ("2022-08-02T14:00:00", "FREQ=DAILY;COUNT=4")


def test_a_week_in_parentheses_a_start_before_a_weekly_rule_and_the_end_of_this_month():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-04-12\n---\nHollymead-gu (Mayor Jung) said that the photo exhibition ‘Hollymead, Then "
        "and Now’, which opened on the 3rd at the 1st-floor gallery of the district office, will continue until the end "
        "of this month. During Climate Change Week (22nd~28th), residents can drop off used clothes at any community "
        "service center.\nFernmead-gu (Mayor Han) announced that starting the 13th, its public health center will run "
        "a ‘Night Health Clinic’ every Thursday from 6 p.m. to 9 p.m. for office workers.\n", "x.txt", None)
    got = [(e.title, e.start.isoformat(), e.end and e.end.isoformat(), e.recurrence) for e in extract_events(doc)]
    assert got[0] == ("Hollymead, Then and Now", "2023-04-03", "2023-04-30", None)
    assert got[1][1:3] == ("2023-04-22", "2023-04-28")
    assert got[2] == ("Night Health Clinic", "2023-04-13T18:00:00", "2023-04-13T21:00:00", "FREQ=WEEKLY;BYDAY=TH")


def test_a_canceled_happening_told_in_a_relative_clause_and_a_postponement_to_an_hour():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2021-12-08\n---\nPinebrook City (Mayor Oh) said the lighting ceremony for the Christmas tree "
        "at Pinebrook Central Plaza, which had been scheduled for the 4th, was postponed to 6 p.m. on the 10th due to "
        "strong winds. The 5-day camp is for 40 5th and 6th graders.\nStonebrook-gun (County Governor Yoon) announced "
        "that it has decided to cancel the ‘2022 Mt. Dongbong New Year's Sunrise Festival’, which was to be held at "
        "the summit of Mt. Dongbong on January 1, due to COVID-19.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Lighting ceremony for the Christmas tree at Pinebrook Central Plaza", "2021-12-10T18:00:00")]


def test_the_second_night_a_park_open_every_day_until_a_day_and_classes_that_start_on_a_day():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-12-20\n---\nWillowford-gu (Mayor Jang) opened the ‘Willowford Winter Sledding Park’ on "
        "the auxiliary field of Willowford Stadium on the 17th (Sat). The park will operate every day until February 12 "
        "next year, 10:00?17:00.\nBrookford-gu (Mayor Han) will run ‘Winter Vacation Fun Science Classes’. The classes "
        "start on January 3 (Tue) and meet every Tuesday and Thursday for four weeks, from 2 p.m. to 4 p.m.\n"
        "Hollowford City (Mayor Yoon) will hold the ‘Hollowford Winter Night Festival’ over the weekend of the 24th "
        "(Sat) and 25th (Sun). The highlight is a fireworks show at 9 p.m. on the second night of the festival.\n",
        "x.txt", None)
    got = {e.title: (e.start.isoformat(), e.end and e.end.isoformat(), e.recurrence) for e in extract_events(doc)}
    assert got["Willowford Winter Sledding Park"] == ("2022-12-17T10:00:00", "2022-12-17T17:00:00", "FREQ=DAILY;COUNT=58")
    assert got["Winter Vacation Fun Science Classes"] == ("2023-01-03T14:00:00", "2023-01-03T16:00:00",
                                                         "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8")
    assert got["Fireworks show"] == ("2022-12-25T21:00:00", None, None)


def test_starts_by_group_run_to_the_end_told_after_them_and_applications_for_the_subject_told_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-10-05\n---\nCedarford-gu (Mayor Choi) said seniors aged 75 and over can be vaccinated "
        "from the 12th (Wed), those aged 70 to 74 (born 1948~1952) from the 17th (Mon), and those aged 65 to 69 from the "
        "20th (Thu). Once started, each group can get the shot until April 30 next year.\nMapleford-gu (Mayor Kim) will "
        "hold the ‘20th Mapleford Reed Festival’ for three days, the 14th?16th, at Mapleford Stream Eco Park. The "
        "calligraphy contest is open to students. Applications started on the 28th of last month and are being "
        "received by e-mail until the 7th (Fri).\nElmford-gu (Mayor Go) said its library will run ‘Saturday Picture "
        "Book Time With Dad’, a reading program for fathers. The program is held on the 15th from 10:30 a.m. to noon.\n",
        "x.txt", None)
    got = [(e.title, e.start.isoformat(), e.end and e.end.isoformat()) for e in extract_events(doc)]
    assert [g[1:] for g in got[:3]] == [("2022-10-12", "2023-04-30"), ("2022-10-17", "2023-04-30"),
                                        ("2022-10-20", "2023-04-30")]
    assert got[3] == ("20th Mapleford Reed Festival", "2022-10-14", "2022-10-16")
    assert got[4] == ("Applications: Calligraphy contest", "2022-09-28", "2022-10-07")
    assert got[5] == ("Saturday Picture Book Time With Dad", "2022-10-15T10:30:00", "2022-10-15T12:00:00")


def test_a_program_that_runs_weekly_from_the_day_told_before_and_the_same_place_as_a_canceled_one():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-02-21\n---\nSilverford City (Mayor Ahn) announced that it will launch ‘Dream Classroom’, "
        "an after-school program, in line with the new semester starting on March 4. The program will run every Monday "
        "and Wednesday from 3 p.m. to 5 p.m. in the 2nd-floor classroom of the Silverford Children's Center. A total of "
        "40 children will be selected by lottery, and parents can apply on the city website from the 26th to the 29th."
        "\nHollowford-gun (County Governor Park) said the daljip burning, which had been held every year on Jeongwol "
        "Daeboreum at the riverside of Hollowford Stream, has been canceled this year. Instead, the county will hold a "
        "‘Wish Kite Flying’ event at the same place from 1 p.m. to 4 p.m. on the 24th.\n", "x.txt", None)
    got = [(e.title, e.start.isoformat(), e.recurrence, e.location) for e in extract_events(doc)]
    assert got == [
        ("Dream Classroom", "2024-03-04T15:00:00", "FREQ=WEEKLY;BYDAY=MO,WE",
         "2nd-floor classroom of the Silverford Children's Center"),
        ("Applications: Dream Classroom", "2024-02-26", None, "city website"),
        ("Wish Kite Flying", "2024-02-24T13:00:00", None, "riverside of Hollowford Stream"),
    ]


def test_who_can_apply_is_no_name_for_the_applications():
    from calendarize.documents import parse_document

    doc = parse_document("---\npublished: 2023-04-12\n---\nAshmoor-gu (Mayor Lee) will run a ‘Smartphone Digital Class’ "
                         "for seniors. Residents aged 65 or older can apply by phone from the 17th to the 28th.\n",
                         "x.txt", None)
    assert [e.title for e in extract_events(doc)] == ["Applications: Smartphone Digital Class"]


def test_a_weekly_series_told_with_its_sessions_and_days_that_are_no_happenings():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-09-13\n---\nCedarbank-gu (Mayor Jung) announced that it will hold the “Friday Night Autumn "
        "Concert” at 7:30 p.m. every Friday in October on the outdoor stage of Ginkgo Forest Park. The concert begins on "
        "October 6 with a crossover performance, followed by gugak on the 13th, a jazz quartet on the 20th, and the "
        "finale on the 27th.\nAshbank-gu (Mayor Lee) said its libraries will close for the holiday and open normally "
        "again from October 1. The payment deadline is normally the 30th, but as that day falls on the holiday, "
        "followed by the temporary public holiday on October 2, the deadline has been pushed back to October 4. The "
        "district will also run a walk every Saturday from the 16th to October 28, excluding the 30th.\n", "x.txt", None)
    got = [(e.title, e.start.isoformat(), e.recurrence) for e in extract_events(doc)]
    assert got[0] == ("Friday Night Autumn Concert", "2023-10-06T19:30:00", "FREQ=WEEKLY;BYDAY=FR;COUNT=4")
    assert [g[1] for g in got[1:]] == ["2023-10-04", "2023-09-16"]  # the moved deadline and the walk, nothing else
    concert = extract_events(doc)[0]
    assert "a jazz quartet on the 20th" in concert.description  # the sessions' program stays with the series


def test_a_phrase_that_opens_with_when_is_named_by_what_follows_the_date():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-10-05\n---\nAshbury-gu (Mayor Bae) will hold the ‘Reed Festival’ from the 14th to the "
        "16th. The grounds will be open from 10 a.m. to 9 p.m. each day, and on the evening of the first day the opening "
        "ceremony will be held with fireworks.\n", "x.txt", None)
    assert [e.title for e in extract_events(doc)] == ["Reed Festival", "Opening ceremony"]


def test_weekday_hours_a_range_from_today_and_deadlines_named_by_the_tax_told_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-02-01\n---\nElmfield City (Mayor Song) will provide free health checkups at the Elmfield "
        "Public Health Center from the 6th to March 31. The checkups are available every weekday from 9 a.m. to 5 p.m. "
        "The draft plan is open for public inspection at the district office from today (1st) to the 15th.\n"
        "Bayfield City (Mayor Kim) asked citizens to pay the second-half automobile tax by February 28. The city also "
        "reminded owners of the annual prepayment of vehicle tax. Normally the deadline is the 31st, but because it "
        "falls on the holiday this year, payments will be accepted until March 3.\n", "x.txt", None)
    got = [(e.title, e.start.isoformat(), e.end and e.end.isoformat(), e.recurrence) for e in extract_events(doc)]
    assert got == [
        ("Free health checkups", "2023-02-06T09:00:00", "2023-02-06T17:00:00", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=40"),
        ("Draft plan", "2023-02-01", "2023-02-15", None),
        ("Payment deadline: second-half automobile tax", "2023-02-28", None, None),
        ("Payment deadline: annual prepayment of vehicle tax", "2023-03-03", None, None),
    ]


def test_a_timed_happening_runs_until_an_hour_and_facts_about_days_are_no_happenings():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-12-27\n---\nHarbridge-gu (Mayor Baek) will hold the ‘2022 Farewell Bell Ringing Ceremony’ "
        "at the district office plaza at 11:30 p.m. on the 31st. The ceremony will continue until 12:30 a.m. on January 1 "
        "with a countdown. The district will also hold the ‘Harbridge Sunrise Festival’ at Seagull Hill Park on New "
        "Year's Day. The festival runs from 6:30 a.m. to 8:30 a.m., and the sun is expected to rise at 7:47 a.m. that "
        "morning. The tax office is closed, as National Foundation Day on the 3rd falls in the week.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat()) for e in extract_events(doc)] == [
        ("2022 Farewell Bell Ringing Ceremony", "2022-12-31T23:30:00", "2023-01-01T00:30:00"),
        ("Harbridge Sunrise Festival", "2023-01-01T06:30:00", "2023-01-01T08:30:00"),
    ]


def test_groups_that_can_get_a_service_are_named_by_it_each_by_its_own_clause_and_run_to_the_end_told_after():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-10-05\n---\nCedarmoor-gu (Mayor Choi) said that it will provide free seasonal influenza "
        "vaccination for residents aged 65 and older from the 12th. Seniors aged 75 and over (born on or before "
        "December 31, 1947) can be vaccinated from the 12th (Wed), and those aged 70 to 74 from the 17th (Mon). Once "
        "started, each group can get the shot until April 30 next year at 210 medical institutions and at the Cedarmoor-gu "
        "Public Health Center.\n",
        "x.txt", None)
    got = [(e.title, e.start.isoformat(), e.end and e.end.isoformat(), e.location) for e in extract_events(doc)]
    assert got[1:] == [
        ("Free seasonal influenza vaccination: Seniors aged 75 and over", "2022-10-12", "2023-04-30",
         "Cedarmoor-gu Public Health Center"),
        ("Free seasonal influenza vaccination: Those aged 70 to 74", "2022-10-17", "2023-04-30",
         "Cedarmoor-gu Public Health Center"),
    ]


def test_hours_that_day_speech_weather_and_what_residents_must_do():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-08-10\n---\nHarrowmere-gu (Mayor Baek) will hold the ‘Songhwa Hanok Village Open Day’ on "
        "the 20th (Sat). From 10 a.m. to 5 p.m. that day, visitors can look around houses such as ‘Ohwadang’. Mayor "
        "Baek said, “The freedom we enjoy today was bought by those who came before us.”\nAshmere-gu (Mayor Yoon) is "
        "recruiting volunteers to help residents hit by the torrential rain that struck the area on the 8th and 9th. On "
        "the 9th, the district put in 320 employees together with the Ashmere Volunteer Fire Brigade. The volunteers "
        "will work from the 11th (Thu) to the 19th (Fri). Applications opened on the 10th and are received through the "
        "18th at the volunteer center. Residents whose homes were flooded must report the damage by the 22nd.\n",
        "x.txt", None)
    got = [(e.title, e.start.isoformat(), e.end and e.end.isoformat(), e.kind) for e in extract_events(doc)]
    assert got[0] == ("Songhwa Hanok Village Open Day", "2022-08-20T10:00:00", "2022-08-20T17:00:00", "event")
    assert [g[1] for g in got[1:]] == ["2022-08-09", "2022-08-11", "2022-08-10", "2022-08-22"]  # not the rain's days
    assert got[3] == ("Applications: Volunteers", "2022-08-10", "2022-08-18", "application")
    assert got[4][1:] == ("2022-08-22", None, "deadline")
    assert not got[2][0].startswith("On the 9th")  # "the volunteers" are no "Volunteer Fire Brigade"


def test_coming_ranges_from_a_bare_day_adjectives_a_day_said_again_and_a_series_streamed():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2021-03-17\n---\nSaltbrook-gu (Mayor Ryu) will accept applications for the ‘Saltbrook Youth "
        "Allowance’, which supports unemployed young people, from the 22nd to April 2. Residents who pay the annual "
        "automobile tax in a lump sum by the 31st can receive a deduction.\nGlenbrook-gu (Mayor Seo) will hold the "
        "‘2021 Glenbrook Spring Humanities Lecture’ every Wednesday at 7 p.m. from the 24th. The lecture is composed of "
        "8 sessions and will be streamed live on the district's YouTube channel. The first lecture on the 24th will be "
        "given by an architect.\nFernbrook-gu (Mayor Park) said the ‘Fernbrook Lantern Parade’ was held on the 13th, "
        "the Saturday before the holiday.\n", "x.txt", None)
    got = [(e.title, e.start.isoformat(), e.end and e.end.isoformat()) for e in extract_events(doc)]
    assert got == [
        ("Applications: Saltbrook Youth Allowance", "2021-03-22", "2021-04-02"),  # March, not February
        ("Payment deadline: annual automobile tax", "2021-03-31", None),
        ("2021 Glenbrook Spring Humanities Lecture", "2021-03-24T19:00:00", None),  # its first session told again
        ("Fernbrook Lantern Parade", "2021-03-13", None),
    ]
    assert "YouTube" in extract_events(doc)[2].description


def test_a_road_closed_a_class_meeting_weekly_since_a_day_and_a_substitute_holiday():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-04-03\n---\nThornmere-gu (Mayor Lee) will hold its flower road festival from the 5th to "
        "the 7th. To ensure pedestrian safety, vehicle traffic on the 1.2 km section of Hwaseo-ro will be controlled "
        "from 10 a.m. on the 5th to 10 p.m. on the 7th. As Children's Day falls on a Sunday this year, the following "
        "Monday, the 6th, is a substitute holiday.\nBrightmere-gu (Mayor Yoo) announced that the ‘Smart Senior Digital "
        "Class’, which started on the 1st, is meeting twice a week. The class, for 30 trainees aged 65 or older, is "
        "held every Monday and Thursday from 10 a.m. to noon.\nCedarmere City (Mayor Kang) will run ‘Hello, Twenty’ "
        "from December 4 to 22, three times a week on Mondays, Wednesdays and Fridays, from 2 p.m. to 5 p.m.\n",
        "x.txt", None)
    got = [(e.title, e.start.isoformat(), e.recurrence, e.location) for e in extract_events(doc)]
    assert got[1] == ("Vehicle traffic on the 1.2 km section of Hwaseo-ro controlled", "2024-04-05T10:00:00", None, "Hwaseo-ro")
    assert got[2] == ("Smart Senior Digital Class", "2024-04-01T10:00:00", "FREQ=WEEKLY;BYDAY=MO,TH", None)
    assert got[3][1:3] == ("2024-12-04T14:00:00", "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=8")  # Wed 4th to Fri 20th
    assert len(got) == 4  # the substitute holiday is no event


def test_the_first_day_of_two_days_running_classes_that_run_and_a_website_that_is_no_tax():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-10-02\n---\nRavenmoor-gun (Governor Do) will hold the ‘Ravenmoor Harvest Festival’ on the "
        "11th (Sat) and 12th (Sun). An opening concert will begin at 7 p.m. on the first day. Taxpayers of the "
        "second-half property tax must pay by the 31st, and can use the ‘Wetax’ website.\nMistmoor-gun (Governor Oh) will "
        "run the ‘Smart Farming Academy’ every Tuesday from October 7 to November 25. Classes run from 2 p.m. to 4 p.m.\n",
        "x.txt", None)
    got = {e.title: e.start.isoformat() for e in extract_events(doc)}
    assert got["Opening concert"] == "2025-10-11T19:00:00"
    assert got["Payment deadline: second-half property tax"] == "2025-10-31"
    assert got["Smart Farming Academy"] == "2025-10-07T14:00:00"


def test_a_service_under_way_since_a_day_long_past_that_continues_until_a_day_ahead():
    from calendarize.documents import parse_document

    doc = parse_document("---\npublished: 2024-10-30\n---\nRiverholm-gu (Mayor Cha) said free influenza vaccinations "
                         "for seniors have been underway at 210 medical institutions since October 11 and will continue "
                         "until April 30 next year.\n", "x.txt", None)
    [shots] = extract_events(doc)
    assert (shots.start.isoformat(), shots.end.isoformat()) == ("2024-10-11", "2025-04-30")


def test_applications_for_both_programs_are_named_for_what_the_item_runs():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-12-10\n---\nPinemoor-gu (Mayor Lee) will run the ‘Winter Vacation Coding Camp’ and the "
        "‘Winter Vacation Reading Club’ in January. Applications for both programs are accepted from the 15th (Mon) to "
        "the 26th (Fri) through the district's website.\n", "x.txt", None)
    assert [e.title for e in extract_events(doc)] == ["Applications: Winter Vacation Reading Club"]


def test_year_end_openings_read_as_a_person_would_put_them_in_a_calendar():
    assert _summary("year_end_openings.txt") == {
        # "The ceremony will open with a brass band at 7 p.m. on New Year's Eve": the ceremony named before starts then
        ("Year-End Bell Ceremony", "2022-12-31T19:00", None, None, "Bell Pavilion of Hilltop Park"),
        # "Starting at 6 p.m., marchers will walk ...": the start of the parade told just before
        ("Lantern parade", "2022-12-30T18:00", None, None, None),
        # "will open ... on the 29th. The field will be open every day from 10 a.m. to 5 p.m. until February 12."
        ("Fernwick Stream Sledding Field", "2022-12-29T10:00", "2022-12-29T17:00", "FREQ=DAILY;COUNT=46",
         "riverside of Fernwick Stream"),
        # "On weekends, ... from 1 p.m. to 3 p.m.": each Saturday and Sunday
        ("Kite-flying programs", "2022-12-31T13:00", "2022-12-31T15:00", "FREQ=WEEKLY;BYDAY=SA,SU", None),
        # "Starting next month, ... on the last Friday of the month": from January, not this month's
        ("Safety Check Day", "2023-01-27T10:00", None, "FREQ=MONTHLY;BYDAY=-1FR", None),
        # "... until the end of next month. Applications began on the 26th, and households ... can apply at their
        # community service center": one period, and where one applies
        ("Applications: Winter Heating Support", "2022-12-26", "2023-01-31", None, "community service center"),
        # "will open on January 10, 2023 and will be held every Tuesday and Thursday for six sessions"
        ("Winter Robot Camp", "2023-01-10T10:00", "2023-01-10T12:00", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6",
         "Room 301 of the Oakmere Youth Center"),
        # "applications can be submitted ...": applications for the camp, not a group who can do something
        ("Applications: Winter Robot Camp", "2022-12-28", "2023-01-04", None, "district website"),
        # "every Saturday ... at the Oakmere Science Center, a total of 6 sessions from January 7 (Sat) to February 11"
        ("Young Scientists Class", "2023-01-07T10:00", "2023-01-07T13:00", "FREQ=WEEKLY;BYDAY=SA;COUNT=6",
         "Oakmere Science Center"),
    }  # and no event for "The sun is expected to rise at around 7:45 a.m."


def test_an_event_named_in_a_sentence_before_its_own_tells_that_sentence_too():
    bell = _find(_events("year_end_openings.txt"), "Year-End Bell Ceremony")
    assert bell["description"].startswith("Brookvale-gu (Mayor Seo Min-jae) announced on the 27th")
    assert bell["description"].endswith("followed by a countdown.")  # in the article's order


def test_festival_days_told_apart_read_as_a_person_would_put_them_in_a_calendar():
    assert _summary("festival_days_told_apart.txt") == {
        # "from the 29th [Thu] to October 1 [Sat]": weekdays in brackets, as in parentheses
        ("2022 Gullport Lantern Festival", "2022-09-29", "2022-10-01", None, "Gullport Wharf"),
        ("Opening ceremony", "2022-09-29T19:00", None, None, "floating stage"),
        # "The day after, ... will set off at 4 p.m. from ...": the day after the opening day, at its own hour
        # (a day of the festival, where the parade sets off; the fireworks stay at the festival's place)
        ("Fishermen's Parade", "2022-09-30T16:00", None, None, "Gullport Station Square"),
        # "Two days after the opening, the festival will come to an end with a fireworks show ... at 8:30 p.m."
        ("Fireworks show over the harbor", "2022-10-01T20:30", None, None, "Gullport Wharf"),  # (the festival's place)
        # "A photo contest will also be held. Photos ... can be submitted by e-mail from October 4 to 14."
        ("Submissions: Photo contest", "2022-10-04", "2022-10-14", None, None),
        # "The starting gun goes off at 8 a.m.": the start of the marathon told just before
        ("9th Gullport Bay Marathon", "2022-09-25T08:00", None, None, "Gullport Stadium"),
        # "Vehicle traffic on Bay-ro will be controlled from 7 a.m. to 1 p.m. that day": its own hours, not the race's
        ("Vehicle traffic on Bay-ro controlled", "2022-09-25T07:00", "2022-09-25T13:00", None, "Bay-ro"),
        # "'Saltmarsh Saturday Farmers' Market,'": the comma inside the quote does not cut the name at "Farmers'"
        ("Saltmarsh Saturday Farmers' Market", "2022-09-24T09:30", "2022-09-24T13:00", "FREQ=WEEKLY;BYDAY=SA",
         "parking lot of the county office"),
        ("181st temporary session", "2022-09-26", "2022-09-30", None, None),  # "will convene the 181st ..."
        # "which opened on the 12th, were originally supposed to close on the 16th, but ... by 5 p.m. on the 21st"
        ("Applications for the county's citizen academy", "2022-09-12", "2022-09-21", None, None),
    }  # and nothing for "registration closed a day earlier than scheduled", "If it rains, ... the following day"
    # or "should not eat anything after 9 p.m. the day before"


def test_summer_rounds_and_hours_read_as_a_person_would_put_them_in_a_calendar():
    assert _summary("summer_rounds_and_hours.txt") == {
        # "..., has been rescheduled to September 2 (Sat) at 7 p.m. as it rained on the 15th": no event on the 15th
        ("Gullhaven Open-Air Concert", "2023-09-02T19:00", None, None, "outdoor stage of Bayside Park"),
        # "will also screen a film on the lawn of ... on the 26th"; "the 5th and final round" is no date
        ("Film", "2023-08-26T19:30", None, None, "lawn of Bayside Park"),
        # "The 1st round is from the 28th to the 31st and the 2nd round from September 4 to 7, held from 8 a.m. to
        # 9 a.m.": each round, with the hours of both (", held from" is no past tense)
        ("Autumn Swimming Class (1st round)", "2023-08-28T08:00", "2023-08-28T09:00", "FREQ=DAILY;COUNT=4", None),
        ("Autumn Swimming Class (2nd round)", "2023-09-04T08:00", "2023-09-04T09:00", "FREQ=DAILY;COUNT=4", None),
        # "runs from the 20th to the 22nd of next month, Mon-Fri from 10 a.m. to 3 p.m."
        ("Young Makers Camp", "2023-09-20T10:00", "2023-09-20T15:00", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=3",
         "Reedmoor Youth Center"),
        # "The 2nd round runs for four weeks from September 11 to October 6, Mon-Fri ..."
        ("Youth Job Experience (2nd round)", "2023-09-11T10:00", "2023-09-11T15:00",
         "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=20", None),
        # "will hold the 10th “Ferncliff Starlight Festival” ... from the 25th for five days": the 10th is an edition
        ("Ferncliff Starlight Festival", "2023-08-25", "2023-08-29", None, "Ferncliff Camping Ground"),
        # "which opened on July 15, will close for the season on the 27th (Sun). Until then it is open daily ..."
        ("Ferncliff Valley Outdoor Pool", "2023-07-15T09:00", "2023-07-15T18:00", "FREQ=DAILY;COUNT=44",
         "Ferncliff Valley Outdoor Pool"),
        # "Hours are 10 a.m. to 7 p.m. on weekdays and 10 a.m. to 5 p.m. on weekends": one series for each
        ("Rain, Wind and Light (weekdays)", "2023-08-29T10:00", "2023-08-29T19:00",
         "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=14", "Ferncliff Gallery"),
        ("Rain, Wind and Light (weekends)", "2023-09-02T10:00", "2023-09-02T17:00", "FREQ=DAILY;BYDAY=SA,SU;COUNT=6",
         "Ferncliff Gallery"),
        # "Participants gather at 5 a.m. at the trailhead parking lot": when the hike starts
        ("Sunrise hike", "2023-09-09T05:00", None, None, "Mt. Ferncliff"),
    }  # and nothing for the mayor's “between 2 p.m. and 5 p.m.”, "On days when a heat-wave warning is in effect,
    # ... until 9 p.m." or "it will open as normal on Sunday"


def test_a_coming_span_told_in_the_present_has_not_ended_before_the_article():
    from datetime import date

    from calendarize.dates import find_mentions
    [camp] = find_mentions("The camp runs from the 25th to the 29th.", date(2022, 7, 6))
    assert (camp.start, camp.end) == (date(2022, 7, 25), date(2022, 7, 29))  # not June's, a week before


def test_autumn_notices_read_as_a_person_would_put_them_in_a_calendar():
    found = {(e[1], e[2]): e for e in _summary("autumn_notices.txt")}
    # “On December 5, we will once again make kimchi ...”: a mayor announcing a happening, not a speech's words
    assert ("2023-12-05", None) in found
    # "open on December 1 and close on the 10th": one period
    assert found[("2023-12-01", "2023-12-10")][0] == "Applications: Stalls"
    # "from the 20th to December 20", written on November 23: November's 20th, not a span of one day
    assert ("2023-11-20", "2023-12-20") in found
    # "signed a business agreement the previous day", after a coming day: the day before the news
    assert found[("2023-11-22", None)][0] == "Business agreement"
    # "Residents can drop off clean clothes ... at any of the 21 community service centers"
    assert found[("2023-11-24", "2023-12-08")][4] == "21 community service centers"
    # "will open on the 30th, a week from now": told before the weekly lectures, so none of their sessions
    assert found[("2023-11-30", None)][0] == "Forest trail"
    # "from the 28th to December 21. Lectures will be held every Tuesday and Thursday from 2 to 4 p.m. in ...":
    # the lectures of that span
    assert found[("2023-11-28T14:00", "2023-11-28T16:00")][3:] == (
        "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8", "multipurpose room on the 3rd floor of the Rosemead Senior Welfare Center")
    # "Applications for the academy opened on the 16th and close on the 27th. Applicants can visit the ..."
    assert found[("2023-11-16", "2023-11-27")][0::4] == (
        "Applications: Senior Smart Academy", "Rosemead Job Support Center on the 2nd floor of the district office annex")


def test_campaigns_and_deadlines_read_as_a_person_would_put_them_in_a_calendar():
    assert _summary("campaigns_and_deadlines.txt") == {
        # "is running the ... Campaign until January 31 next year. The campaign kicked off on the 1st ..."
        ("2022 Warm Hearts Campaign", "2021-12-01", "2022-01-31", None, "lobby of City Hall"),
        # "the deadline has been pushed back to December 16": a deadline, of the tax told before it ("if the tax is
        # not paid by then" names no tax of its own)
        ("Payment deadline: second installment of property tax", "2021-12-16", None, None, None),
        ("Tax Help Lecture", "2021-12-20", None, None, "Fallowmere Job Center"),
        # "by phone or in person at the center": the center named before
        ("Applications: Tax Help Lecture", "2021-12-09", "2021-12-17", None, "Fallowmere Job Center"),
        # "Collection boxes will be placed in the lobby of the county office"
        ("Winter Coat Drive", "2021-12-13", "2021-12-31", None, "lobby of the county office"),
        # "Residents can apply by visiting their neighborhood community service center or by phone."
        ("Applications: Free boiler checks", "2021-12-09", "2021-12-21", None, "neighborhood community service center"),
    }


def test_items_of_cities_in_provinces_read_as_a_person_would_put_them_in_a_calendar():
    # each item opens "X City in South Chungcheong Province (Mayor ...)", with no blank line between paragraphs
    assert {(e["organizer"], e["title"], e["start"], e["end"], e["recurrence"], e["location"])
            for e in _events("province_items.txt")} == {
        # "which opened on the 6th, will close next month, ending earlier than planned on the 5th. Until the closing
        # day, ... from 9 a.m. to 5 p.m. every day": no event for "twice a day, at 8 a.m. and 1 p.m.", "for that
        # day", or "expects the cold wave to return around the 30th"
        ("Icefield-gun", "Icefield Ice Fishing Festival", "2024-01-06T09:00", "2024-01-06T17:00", "FREQ=DAILY;COUNT=31",
         None),
        ("Larchmont City", "Ceremony marking its 30th anniversary", "2024-01-29T14:00", None, None,
         "grand hall of the Larchmont Civic Hall"),
        # "The day before the event, ... at 7 p.m. in the same hall": not the day before January 1, 1994
        ("Larchmont City", "Celebration concert", "2024-01-28T19:00", None, None, "grand hall of the Larchmont Civic Hall"),
        # "from the 27th (Sat) to the 29th (Mon), open from 10 a.m. to 6 p.m.": the Monday is the last day's
        ("Larchmont City", "Photo exhibition", "2024-01-27T10:00", "2024-01-27T18:00", "FREQ=DAILY;COUNT=3",
         "lobby of the Civic Hall"),
        # "on the 17th (Sat) and 18th (Sun) ... from 19:30 to 22:00 on both days"
        ("Marbury City", "Marbury Winter Concert", "2024-02-17T19:30", "2024-02-17T22:00", "FREQ=DAILY;COUNT=2",
         "Marbury Arena"),
        ("Marbury City", "Audition for the youth choir", "2024-02-10T10:00", None, None, "city hall"),  # "2. 10. (Sat)"
    }


def test_learning_programs_read_as_a_person_would_put_them_in_a_calendar():
    assert _summary("learning_programs.txt") == {
        # "Classes begin the week of September 12": that week's Monday
        ("Classes begin the week of September 12 and run for 12 weeks", "2022-09-12", None, None, None),
        # "which opened on July 18 ... and ended on the 29th of last month": both ends, though past
        ("Village School", "2022-07-18", "2022-07-29", None, "14 community centers"),
        # "meets every other Saturday, six times in total, ... The first session is on September 17"
        ("Dad and Me School", "2022-09-17T10:00", "2022-09-17T12:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;COUNT=6",
         "education room of the Brookmere Family Center"),
        # "it meets every Wednesday in September. Sessions are held on the 7th, 14th, 21st and 28th from 4 p.m. to
        # 6 p.m.": the series at the sessions' hours, all in September (no event for World Alzheimer's Day)
        ("Growing Minds", "2022-09-07T16:00", "2022-09-07T18:00", "FREQ=WEEKLY;BYDAY=WE;COUNT=4", "group room"),
        # "on the 3rd at 2 p.m. ..., followed by safety training until 4 p.m."
        ("Orientation", "2022-09-03T14:00", "2022-09-03T16:00", None, "main hall of the Coldwater Culture Center"),
        # "The bus, fitted with 12 tablets, will visit a different village every Tuesday and Thursday ..."
        ("Digital Bus", "2022-09-06T10:00", "2022-09-06T16:00", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8", None),
        # "..., and mailed applications must be postmarked by the 15th": the period's last day, told again
        ("Applications: Second-half scholarships of its scholarship foundation", "2022-09-01", "2022-09-15", None,
         "foundation office"),
    }


def test_spring_notices_read_as_a_person_would_put_them_in_a_calendar():
    assert _summary("spring_notices.txt") == {
        ("Elmfield Blossom Festival", "2023-03-31", "2023-04-02", None, None),  # and none for "Last year's festival on April 2"
        # "from 9 a.m. on April 10 until the 30th (Sun) at 6 p.m."
        ("Photo contest", "2023-04-10T09:00", "2023-04-30T18:00", None, None),
        # "will hand out 10,000 pots of spring flower seedlings ... The giveaway starts at 10 a.m. on the 4th (Tue)"
        ("Giveaway: Pots of spring flower seedlings", "2023-04-04T10:00", None, None, "front yard of the district office"),
        # "on Saturday, 4/15, from 10 a.m. to 4 p.m."
        ("E-Waste Collection Day", "2023-04-15T10:00", "2023-04-15T16:00", None, "parking lot of the Foxmoor Recycling Center"),
        # "In addition, the district is offering rabies vaccinations for pets ... can be vaccinated at 18 ... hospitals"
        ("Rabies vaccinations", "2023-04-03", "2023-04-14", None, "18 participating animal hospitals"),
    }


def test_holiday_measures_read_as_a_person_would_put_them_in_a_calendar():
    assert _summary("holiday_measures.txt") == {
        # "during the five-day Chuseok holiday from the 28th to October 2", written on September 7: five days
        ("Chuseok Holiday Measures", "2023-09-28", "2023-10-02", None, None),
        # "from the 8th (Fri) to the 10th": the month in which the 8th is a Friday
        ("Applications: Late-Night Study Room", "2023-09-08", "2023-09-10", None, "library website"),
        ("Lighting ceremony", "2023-09-04T18:00", None, None, "Juniperton Station Square"),
        # "At the same square, ... from noon to 9 p.m. on the 23rd and 24th"
        ("Juniperton Autumn Market", "2023-09-23T12:00", "2023-09-23T21:00", "FREQ=DAILY;COUNT=2", "Juniperton Station Square"),
        # "The class will be held ... two classes per week (Tue, Thu), from 10 a.m. to noon": the school named before
        ("Silver Smartphone School", "2023-10-10T10:00", "2023-10-10T12:00", "FREQ=DAILY;BYDAY=TU,TH;COUNT=8",
         "education room of the Kingsmere Senior Welfare Center"),
        # "by visiting the welfare center": the welfare center named before
        ("Applications: Silver Smartphone School", "2023-09-18", "2023-09-29", None, "Kingsmere Senior Welfare Center"),
    }


def test_last_years_figures_and_a_mayors_hopes_are_no_events():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-12-10\n---\n"
        "Lindford-gu (Mayor Ko Min-ji) will hold the 'New Year Sunrise Hike' on Mt. Bellrock on the 1st of next month.\n"
        "Last year, about 1,200 people gathered on the mountain on New Year's Day.\n"
        "Mayor Ko said, \"It is thanks to our residents that the district stands where it is today, and we will repay "
        "them with warm welfare. On the 20th, we will also open the new forest trail.\"\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [
        ("New Year Sunrise Hike", "2026-01-01"), ("New forest trail", "2025-12-20")]


def test_harbor_summer_read_as_a_person_would_put_them_in_a_calendar():
    assert _summary("harbor_summer.txt") == {
        # "Setting off from Silverfin Port, participants walk ...": where it starts
        ("Kelpmoor Moonlight Walk", "2024-07-05T19:00", "2024-07-05T21:00", None, "Silverfin Port"),
        # "runs from 8 in the morning, ..., until 10 at night"
        ("Kelpmoor Sea Festival", "2024-07-20T08:00", "2024-07-20T22:00", None, None),
        # "The drill lasts 20 minutes, until 2:20 p.m., and the city held a preparatory meeting ... on the 1st":
        # the drill's end, not the meeting's hour
        ("City-wide civil defense drill", "2024-07-23T14:00", "2024-07-23T14:20", None, None),
        ("Preparatory meeting", "2024-07-01", None, None, None),
        # "For a week from the 21st, the district will also hold ..., from 10 a.m. to 5 p.m.": July's 21st, seven days
        ("Can Deposit Week", "2024-07-21T10:00", "2024-07-21T17:00", "FREQ=DAILY;COUNT=7", "Mudvale Citizens' Square"),
    }


def test_an_hour_moved_to_another_is_the_new_one():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-01-06\n---\n"
        "Glenfield-gu (Mayor Shin Kyung-ah) announced that the '2025 New Year Concert,' which will be held on the 18th "
        "at the main hall of Glenfield Arts Center, has been moved from 2 p.m. to 4 p.m.\n"
        "The concert had been announced for 2 p.m. in the district's December newsletter.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end) for e in extract_events(doc)] == [
        ("2025 New Year Concert", "2025-01-18T16:00:00", None)]


def test_lectures_told_by_day_and_applications_closed_later_read_as_a_person_would_put_them_in_a_calendar():
    assert _summary("lectures_and_rent.txt") == {
        # "on the 7th, 14th, 21st and 28th of next month. All four lectures begin at 7:30 p.m.": one weekly series
        ("Growing Up Together", "2025-05-07T19:30", None, "FREQ=WEEKLY;COUNT=4", None),
        ("Lilac Festival", "2025-05-02", "2025-05-06", None, None),
        # "the festival will close with a concert by local bands and a show of 300 drones, starting at 7:30 p.m."
        ("Concert by local bands and a show of 300 drones", "2025-05-06T19:30", None, None, None),
        # "will start receiving applications ... on the 28th. ... The district will take applications until May 16"
        # (and where one applies, told two sentences after)
        ("Applications: Youth Rent Support", "2025-04-28", "2025-05-16", None,
         "community service center of the neighborhood where the applicant lives"),
    }


def test_a_photo_captions_stamp_is_no_event():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-11-06\n---\n"
        "Larkmont-gu (Mayor Seo) will hold the 'Kimjang Market' on the 15th at the district office plaza.\n"
        "[Seoul=Newsis] Volunteers make kimchi at last year's festival. (Photo = Provided by Larkmont-gu) 2023.11.06. "
        "photo@newsis.com\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [("Kimjang Market", "2023-11-15")]


def test_a_span_told_just_before_a_weekly_repetition_bounds_it():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-11-06\n---\n"
        "Meanwhile, the Fernhill-gu Public Health Center will operate a 'Worker Night Clinic' from next Monday until "
        "the end of the year, every Monday and Thursday from 18:00 to 21:00, for office workers.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Worker Night Clinic", "2023-11-13T18:00:00", "2023-11-13T21:00:00", "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=14")]


def test_items_of_metropolitan_cities_read_as_a_person_would_put_them_in_a_calendar():
    # items open "(Bayport=News1) Reporter X = East-gu, Bayport City (Mayor ...)", "The Bayport Metropolitan Office of
    # Education (Superintendent ...)" and "Kiln-gu, Bayport City (Mayor ...)"
    assert {(e["organizer"], e["title"], e["start"], e["end"], e["recurrence"], e["location"])
            for e in _events("metro_items.txt")} == {
        ("East-gu", "Riverlight Lantern Walk", "2024-05-18T19:00", "2024-05-18T21:00", None, "Hanul Bridge Plaza"),
        # "Viewing is available from 10 a.m. to 6 p.m. (closed on Mondays)": the exhibition's daily hours
        ("East-gu", "Stone and Wind", "2024-05-10T10:00", "2024-05-10T18:00",
         "FREQ=DAILY;BYDAY=TU,WE,TH,FR,SA,SU;COUNT=27", "East-gu Culture Hall"),
        # "The venue is the Grand Hall on ...": the place, told in the sentence after
        ("Bayport Metropolitan Office of Education", "Career fair", "2024-05-22T13:00", "2024-05-22T17:00", None,
         "Grand Hall on the 2nd floor of the Bayport Education Center"),
        # "Applications began on the 2nd and will be closed on the 16th": closed applications end, they are no closure
        ("Bayport Metropolitan Office of Education", "Applications: Career fair", "2024-05-02", "2024-05-16", None, None),
        ("Kiln-gu", "Talk", "2024-06-01T15:00", None, None, "auditorium of Kiln-gu Library"),  # "the first of next month"
    }


def test_autumn_services_read_as_a_person_would_put_them_in_a_calendar():
    assert {(e["title"], e["start"], e["end"], e["recurrence"], e["kind"]) for e in _events("autumn_services.txt")} == {
        # "open on weekdays from 9 a.m. to 5 p.m. and on Saturdays from 10 a.m. to 2 p.m., and it closes on Sundays"
        ("Autumn Reuse Market (weekdays)", "2023-11-01T09:00", "2023-11-01T17:00",
         "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=13", "event"),
        ("Autumn Reuse Market (Saturdays)", "2023-11-04T10:00", "2023-11-04T14:00", "FREQ=DAILY;BYDAY=SA;COUNT=3", "event"),
        # "reopen ... starting on November 11 ... every 2nd and 4th Saturday through December": one series from then
        ("Maplewick Riverside Flea Market", "2023-11-11T11:00", "2023-11-11T15:00", "FREQ=MONTHLY;BYDAY=2SA,4SA;COUNT=4",
         "event"),
        # "which was scheduled for November 5, will instead be held on November 19"
        ("2023 Dovecote Lakeside Half Marathon", "2023-11-19", None, None, "event"),
        # "The classes will be held three times next month, on the 7th at 10 a.m., ...": the classes named before
        ("Digital Life Classes for Seniors", "2023-11-07T10:00", None, None, "event"),
        ("Digital Life Classes for Seniors", "2023-11-14T14:00", None, None, "event"),
        ("Digital Life Classes for Seniors", "2023-11-21T10:00", None, None, "event"),
        ("Free pneumonia vaccinations", "2023-11-01", "2023-11-30", None, "event"),  # "during the month of November"
        ("Payment period: resident tax", "2023-11-01", "2023-11-30", None, "event"),
        ("Payment deadline: resident tax", "2023-11-30", None, None, "deadline"),  # "by the deadline of November 30"
        ("Kimchi festival", "2023-11-25", None, None, "event"),
        # "On November 26 (Sun), the day after the festival, ...": the 26th; "receive a text message ... the day
        # before" is no happening
        ("300 volunteers will deliver kimchi to 900 households", "2023-11-26", None, None, "event"),
    }


def test_new_year_services_read_as_a_person_would_put_them_in_a_calendar():
    assert {(e["title"], e["start"], e["end"], e["recurrence"], e["location"])
            for e in _events("new_year_services.txt")} == {
        # "on January 8 (Wed) and 15 (Wed)", "for two hours from 10 a.m. on each day", and "The consultation on the
        # 8th will take place in ...": one event a day, with its hours and place
        ("Tax Consultation Days for Shop Owners", "2025-01-08T10:00", "2025-01-08T12:00", None,
         "5th-floor meeting room of the district office"),
        ("Tax Consultation Days for Shop Owners", "2025-01-15T10:00", "2025-01-15T12:00", None,
         "5th-floor meeting room of the district office"),
        # "open ... on the 11th. At 3 p.m. that day, ... The rink will stay open every day until February 9,
        # including during the Lunar New Year holidays": from its opening, and the holidays are no event
        ("Outdoor ice rink", "2025-01-11", "2025-02-09", None, None),
        ("30-minute figure skating show", "2025-01-11T15:00", "2025-01-11T15:30", None, None),
        # "on the 20th and 21st, ahead of Seollal (Lunar New Year's Day) on the 29th. ... on both days"
        ("Hazelwood Seollal Market", "2025-01-20T10:00", "2025-01-20T18:00", "FREQ=DAILY;COUNT=2", "district office plaza"),
    }


def test_items_that_open_without_a_head_in_parentheses_have_their_own_organizer():
    # "Meanwhile, X-gu announced ...", "The X Cultural Foundation said ...", "Over in X-gun, the county office will
    # ..."; a library told after is the county's own
    assert [(e["organizer"], e["title"], e["start"]) for e in _events("plain_openers.txt")] == [
        ("Fenwick-gu", "Fenwick Autumn Concert", "2024-10-19T18:00"),
        ("Dunmere-gu", "History Walking Tour", "2024-10-26T10:00"),
        ("Orchard Cultural Foundation", "Classic films", "2024-10-18T19:00"),
        ("Birchfield-gun", "Farmers' market", "2024-10-20"),
        ("Birchfield-gun", "Reading room", "2024-10-21"),
    ]


def test_chuseok_measures_read_as_a_person_would_put_them_in_a_calendar():
    from calendarize.documents import parse_document

    assert [(e["organizer"], e["title"], e["start"], e["end"], e["recurrence"])
            for e in _events("chuseok_measures.txt")] == [
        # "During the Chuseok holidays (Sept. 14~18)": the days the article gives; "will not be collected on the 14th,
        # 16th and 17th": days to know, like a closure; what residents are asked to do about it and when it returns
        # to normal are no events
        ("Carrow City", "30 public parking lots run by the city", "2024-09-14", "2024-09-18", None),
        ("Carrow City", "No waste collection", "2024-09-14", None, None),
        ("Carrow City", "No waste collection", "2024-09-16", "2024-09-17", None),
        # an item opened "Ahead of the holiday, X-gun (County Governor ...)"; "until next Tuesday (Chuseok day)"
        ("Dunhill-gun", "Chuseok Folk Games Day", "2024-09-13T10:00", "2024-09-13T17:00", "FREQ=DAILY;COUNT=5"),
    ]
    doc = parse_document(
        "---\npublished: 2024-05-02\n---\nBrightfield-gu (Mayor Lim) will hold a family concert on the 4th.\n"
        "Household waste will not be collected on the 6th (the substitute holiday for Children's Day).\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [("Family concert", "2024-05-04"),
                                                                             ("No waste collection", "2024-05-06")]


def test_notice_fields_sessions_streamed_and_a_period_opened_after_its_deadline():
    assert [(e["title"], e["start"], e["end"], e["kind"], e["location"], e["online"])
            for e in _events("notice_fields.txt")] == [
        # "Details are as follows. ▲ Date: Nov. 18 (Sat) 10:00~16:00 ▲ Place: ...": the name told before, its place;
        # "Students who visit 5 or more booths ... 'career passport'" names no place to apply
        ("2023 Glenbrook Youth Career Fair", "2023-11-18T10:00", "2023-11-18T16:00", "event", "Glenbrook Youth Hall", False),
        ("Registration: 2023 Glenbrook Youth Career Fair", "2023-11-06", "2023-11-15", "application", None, True),
        # "on the 14th, 21st and 28th (all Tuesdays), at 7 p.m. each", "on the basement 1st floor of ...", "it will
        # also be streamed live": each session; "and registration opens ...": registration
        *[("Fathers' Parenting Talk", f"2023-11-{day}T19:00", None, "event",
           "small theater on the basement 1st floor of the Heathmoor Culture Center", True) for day in (14, 21, 28)],
        ("Registration: Fathers' Parenting Talk", "2023-11-08", None, "application", "district website", True),
        # "recruiting teams ... until the 24th inclusive. ... applications opened today": one period; "submitted after
        # 6 p.m. on the 24th will not be accepted" is no happening
        ("Applications: 3rd Ravenport Startup Contest", "2023-11-06", "2023-11-24", "application", "city website", True),
    ]


def test_a_start_told_before_a_bounded_repetition_and_a_program_named_before_who_runs_it():
    assert [(e["title"], e["start"], e["end"], e["recurrence"]) for e in _events("evening_services.txt")] == [
        # "starting on the 7th. ... every weeknight from 10 p.m. to 1 a.m., through December 30": from the 7th,
        # each night past midnight
        ("Home Safe Escort", "2022-11-07T22:00", "2022-11-08T01:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=40"),
        # "prepared the ‘Junior Robot Camp’ ... Professors and graduate students will teach robotics ...": the camp
        ("Junior Robot Camp", "2022-11-12T14:00", "2022-11-12T16:00", "FREQ=WEEKLY;BYDAY=SA;COUNT=3"),
    ]


def test_idioms_of_an_english_language_daily_read_as_a_person_would_put_them_in_a_calendar():
    assert [(e["title"], e["start"], e["end"], e["recurrence"], e["kind"]) for e in _events("metro_beat.txt")] == [
        # "its signature autumn event, the Elmridge Aster Festival, kicks off this coming Saturday ... and runs
        # through November 6"
        ("Elmridge Aster Festival", "2022-10-22", "2022-11-06", None, "event"),
        # "recruiting seniors for its class, which meets every Tuesday and Thursday": the class, not its applications
        ("Phone Confidence", "2022-11-01T10:00", "2022-11-01T12:00", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8", "event"),
        # "Sign-ups opened on the 17th and stay open through the 25th"
        ("Sign-ups: Phone Confidence", "2022-10-17", "2022-10-25", None, "application"),
        ("Family Movie Night", "2022-10-28T19:30", None, None, "event"),  # "a week from Friday"
    ]


def test_who_can_get_a_service_names_what_the_item_is_about_when_nothing_was_told_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-10-06\n---\nBrookvale-gu (Mayor Seo) announced on the 6th that it will provide free "
        "seasonal influenza vaccinations for residents aged 65 and over.\n"
        "Those aged 75 and over (born in 1947 or earlier) can get vaccinated from the 11th at designated clinics.\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Free seasonal influenza vaccinations: Those aged 75 and over", "2022-10-11")]


def test_a_paragraph_that_names_the_items_organizer_again_goes_on_with_its_item():
    from calendarize.segment import split_items

    text = ("Fenwick-gu (Mayor Goh) will hold a concert on the 19th.\n\nFenwick-gu will also run a walking tour.\n\n"
            "Meanwhile, Dunmere-gu announced on the 13th that it will open a library.\n")
    assert [item.organizer for item in split_items(text)] == [None, "Fenwick-gu", "Dunmere-gu"]


def test_a_press_digest_opens_an_item_at_each_numbered_heading():
    from calendarize.segment import split_items

    text = ("Kestrel-si Weekly Press Digest\n\n"
            "1. City Council to convene its 248th session\n"
            "○ The Kestrel City Council (Chairperson Moon Seong-ho) will convene its 248th session from the 27th.\n\n"
            "2. '17th Kestrel Rose Festival' from May 31 to June 2\n"
            "○ The city and the Kestrel Cultural Foundation (CEO Han Yu-jin) will hold the festival.\n\n"
            "3. Badminton tournament on June 8\n"
            "○ The Kestrel Sports Council (President Jo Chang-wook) will hold the tournament.\n\n"
            "4. Citizen vote from June 3\n"
            "○ Kestrel-si and the Kestrel Budget Committee (Chair Lee Mi-ran) will hold a citizen vote.\n")
    # (a heading that names no organization, over a paragraph that names none either, is the digest's own)
    assert [item.organizer for item in split_items(text)] == [
        None, "Kestrel City Council", "Kestrel-si", "Kestrel Sports Council", "Kestrel-si"]


def test_a_digest_line_is_titled_without_its_bullet_or_its_day_label():
    doc = _document("2021-10-13", "○ The Dunhill County Council (Chairperson Ha Jeong-sun) will meet on the 18th.\n"
                                  "○ The 2nd regular session, which will review the 2022 budget bill, is scheduled from Nov. 22 (Mon) to Dec. 17 (Fri).\n\n"
                                  "○ Dunhill-gun (County Governor Yang Seung-cheol) will hold the 'Dunhill Chestnut Festival' from Oct. 22 to 24.\n"
                                  "- 22nd (Fri): Opening ceremony at 2 p.m., attended by about 50 guests and farmers")
    titles = [e.title for e in extract_events(doc)]
    assert "2nd regular session" in titles and "Opening ceremony" in titles


@pytest.mark.parametrize(("paragraph", "organizer"), [
    ("Wexford-gun's Wexford Culture Foundation (CEO Ha Dong-wook) is recruiting 15 children.", "Wexford Culture Foundation"),
    ("Ashby Arts Hall, operated by the Ashby Cultural Foundation (CEO Jeon Hae-rin) of Ashby-gu, will run a film series.",
     "Ashby Cultural Foundation"),
    ("Clover Library in Marl-gu, which reopened on the 2nd after a renovation, will celebrate with a reading festival.",
     "Clover Library"),
    ("Clover Library in Marl-gu will hold a book fair on the 21st.", "Clover Library"),
    ("Greystone Temple on Mount Larch in Marl-gun announced on the 9th that it will ring its bell.", "Greystone Temple"),
    ("Marl-gu also announced that Clover Library will close from the 21st to April 30.", "Marl-gu"),
    ("SORREL-GU -- The Sorrel Chamber Ensemble opens its series at 7:30 tonight.", "Sorrel-gu"),
    ("CANCELED -- Greywater-gu's ‘Friday Night Market’ has been canceled because of rain.", "Greywater-gu"),
    ("The Marl Waterworks Headquarters' Eastern Water Supply Office announced on the 10th that water will be cut.",
     "Marl Waterworks Headquarters' Eastern Water Supply Office"),
    # (a place of the district that the mayor heads tells the district's news; one with a head of its own, its own)
    ("The Clover Central Library in Marl-gu (Mayor Eom) announced on the 17th that it will run a camp.", "Marl-gu"),
    ("The Clover Central Library in Marl-gu (Director Eom) announced on the 17th that it will run a camp.",
     "Clover Central Library"),
])
def test_the_organization_an_item_opens_with(paragraph, organizer):
    from calendarize.segment import organizer_of

    assert organizer_of(paragraph) == organizer


def test_daily_hours_told_only_by_their_end_leave_the_span_all_day():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2019-06-15\n---\nRedwood-gu (Mayor Jung) will open the outdoor pool from July 23 to August "
        "21. The pool is open every day till 8 p.m.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc)] == [
        ("Outdoor pool", "2019-07-23", "2019-08-21")]


def test_what_a_district_will_give_names_the_happening():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-11-03\n---\nAshby-gu (Mayor Na) said the flu campaign goes on.\n"
        "Instead, the district's public health center will give free flu shots to residents aged 65 and over on the "
        "9th (Wed) from 9 a.m. to noon at the 1st-floor lobby of the district office.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [("Free flu shots", "2022-11-09T09:00:00")]


def test_opening_hours_told_by_when_the_grounds_stay_open_till():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-05-10\n---\nAlder-gu (Mayor Seo) will run a flea market at Alder Square on the 20th and "
        "21st. Doors open at 10 a.m. every day, and the grounds stay open till 8 p.m.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Flea market", "2023-05-20T10:00:00", "2023-05-20T20:00:00", "FREQ=DAILY;COUNT=2")]


def test_hours_told_with_no_day_are_those_of_the_series_told_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-05-10\n---\nAlder-gu (Mayor Seo) will hold a night market on weekends from the 13th to "
        "the 28th. Stalls open at 6 p.m. and close at 11 p.m.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Night market", "2023-05-13T18:00:00", "2023-05-13T23:00:00", "FREQ=WEEKLY;BYDAY=SA,SU;COUNT=6")]


def test_items_opened_by_a_district_office_or_a_foundation_that_started_something():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-03-05\n---\nLarchmont-gu (Mayor Yun) will hold a safety campaign on the 7th.\n"
        "Quillby-gu Office announced that it will receive residents' opinions on housing prices from the 14th to "
        "April 2.\nQuillby-gu Welfare Foundation started the 'Warm Scarf Relay' on the 4th.\n", "x.txt", None)
    assert [(e.organizer, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Larchmont-gu", "2024-03-07"), ("Quillby-gu", "2024-03-14"), ("Quillby-gu Welfare Foundation", "2024-03-04")]


def test_hours_told_for_each_day_are_those_of_the_festival_not_of_one_of_its_days():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2019-10-16\n---\nAlder City (Mayor Seo) will hold the 'Alder Pear Festival' from the 25th to "
        "the 27th at Alder Park.\nThe second day (26th) is 'Farmers' Day', featuring a pear-peeling contest. The booth "
        "area is open from 10 in the morning to 9 at night each day.\n", "x.txt", None)
    festival = next(e for e in extract_events(doc) if "Pear Festival" in e.title)
    assert (festival.start.isoformat(), festival.end.isoformat(), festival.recurrence) == (
        "2019-10-25T10:00:00", "2019-10-25T21:00:00", "FREQ=DAILY;COUNT=3")


def test_groups_of_a_season_of_shots_each_run_to_its_end_and_a_rooms_hours_stay_the_rooms():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2019-10-16\n---\nQuarry-gun (County Governor Kim) is providing free seasonal influenza "
        "vaccinations, dividing seniors into age groups.\nFor those aged 65 and older, the county has staggered the "
        "start: residents aged 75 and older have been able to get vaccinated since yesterday (15th), and those aged 65 "
        "to 74 can do so from the 22nd. Vaccinations for both groups run until November 15.\nThe vaccination room at "
        "the public health center is open from 9 to 6 on weekdays.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.location) for e in extract_events(doc)] == [
        ("Free seasonal influenza vaccinations: Residents aged 75 and older", "2019-10-15", "2019-11-15",
         "public health center"),
        ("Free seasonal influenza vaccinations: Those aged 65 to 74", "2019-10-22", "2019-11-15",
         "public health center")]
    # the end told after is said, and no "end not announced" beside it
    assert all(not any("end is not announced" in note for note in e.inferred) for e in extract_events(doc))


def test_groups_take_the_service_their_paragraph_names_and_share_the_hours_told_for_both():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-05-11\n---\nWren-gun (County Governor Oh) will open a farmers' market on the 14th. "
        "It will be held every Saturday through the end of October.\nThe county will also run a mobile health "
        "screening bus this month. Residents aged 40 to 64 can get screened on the 17th and 18th, and those aged 65 and "
        "older from the 23rd to the 27th. Screening hours are 9 a.m. to 3 p.m. for both groups.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in extract_events(doc) if "aged" in e.title] == [
        ("Health screening: Residents aged 40 to 64", "2022-05-17T09:00:00", "FREQ=DAILY;COUNT=2"),
        ("Health screening: Those aged 65 and older", "2022-05-23T09:00:00", "FREQ=DAILY;COUNT=5")]


def test_hours_of_a_span_longer_than_a_season_are_told_not_repeated():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-08-20\n---\nYarrow-gun (County Governor Gil) will open a winter shelter at the county "
        "gym on September 20, which will operate until April 30 next year. The shelter is open daily from 9 a.m. to "
        "5:30 p.m.\n", "x.txt", None)
    (shelter,) = extract_events(doc)
    assert (shelter.start.isoformat(), shelter.end.isoformat(), shelter.recurrence) == ("2024-09-20", "2025-04-30", None)
    assert "9 a.m. to 5:30 p.m." in shelter.description


def test_a_festival_planned_for_other_days_and_held_a_week_later_is_on_its_new_days_only():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-03-05\n---\nVale-gu (Mayor Lee) announced that the \"11th Vale Forsythia Festival,\" which "
        "was planned for the 23rd and 24th, will be held a week later, on the 30th and 31st, because the flowers are "
        "late.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc)] == [
        ("11th Vale Forsythia Festival", "2024-03-30", "2024-03-31")]


def test_it_names_the_happening_told_last_and_its_repetition_runs_from_that_opening():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-05-11\n---\nWren-gun (County Governor Oh) will open a farmers' market on the 14th. It "
        "will be held every Saturday through the end of October.\nAsh-gu (Mayor Lee) will open a book cafe on the "
        "20th. It will run every Sunday until June 26.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Farmers' market", "2022-05-14", "FREQ=WEEKLY;BYDAY=SA;COUNT=25"),
        ("Book cafe", "2022-05-20", None),
        ("Book cafe", "2022-05-22", "FREQ=WEEKLY;BYDAY=SU;COUNT=6")]


def test_items_opened_the_way_an_english_daily_opens_them():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-12-11\n---\n[Neighborhoods] Tansy-gu holds market... Umber-gu lights tree\n"
        "[By Reporter Jung] Umber-gu will light a Christmas tree at 6 p.m. on the 12th.\n"
        "Tansy-gu's Christmas market opens at noon on the 20th at Tansy Square.\n"
        "Vetch-gu on Tuesday honored 25 volunteers. Its blood drive is on the 19th.\n"
        "Wold-gu, meanwhile, has set its book fair for the 22nd.\n", "x.txt", None)
    # (a headline's list of items opens none; "has set its book fair for the 22nd" looks ahead)
    assert [(e.organizer, e.title, e.start.isoformat()) for e in extract_events(doc)][1:] == [
        ("Tansy-gu", "Christmas market", "2025-12-20T12:00:00"),
        ("Vetch-gu", "Vetch-gu on Tuesday honored 25 volunteers", "2025-12-09"),
        ("Vetch-gu", "Blood drive", "2025-12-19"), ("Wold-gu", "Book fair", "2025-12-22")]


def test_items_open_with_any_verb_after_the_district():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-05-22\n---\nAlder-gu will offer swim lessons on the 29th.\nBirch-gu celebrated its "
        "Residents' Day on Saturday. The district will host a tea festival on the 31st.\nCedar-gu reminded residents "
        "that local income tax returns must be filed by May 31.\n", "x.txt", None)
    assert [(e.organizer, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Alder-gu", "2024-05-29"), ("Birch-gu", "2024-05-18"), ("Birch-gu", "2024-05-31"), ("Cedar-gu", "2024-05-31")]


def test_wire_items_are_named_by_what_the_district_carries_out_and_a_help_centers_hours_stay_its_own():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2021-03-04\n---\n(Seoul=News1) Reporter Kim Na-ri = Yew-gu (Mayor Jung) will carry out "
        "pavement repair work on Elm-ro from the 22nd (Mon) to the 26th (Fri).\n(Seoul=News1) Reporter Kim Na-ri = "
        "Zinnia-gu (Mayor Lee) said job seekers upload their resumes to the portal between the 13th and the 16th. "
        "Residents can get help at the Zinnia Employment Center, which is open on weekdays from 9 a.m. to 6 p.m.\n",
        "x.txt", None)
    assert [(e.organizer, e.title, e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc)] == [
        ("Yew-gu", "Pavement repair work", "2021-03-22", "2021-03-26"),
        ("Zinnia-gu", "Job seekers upload their resumes to the portal between the 13th and the 16th", "2021-03-13",
         "2021-03-16")]


def test_where_participants_depart_from_and_at_what_hour_starts_the_tour_told_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2019-09-24\n---\nAspen-gun (County Governor Ko) said the 'Aspen Reed Cycling Tour', which "
        "was originally scheduled for the 28th, has been postponed to November 2 (Sat). Participants depart from the "
        "Aspen County Office Square at 9 a.m. and ride a 42-km course.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Aspen Reed Cycling Tour", "2019-11-02T09:00:00")]


def test_a_repetition_with_no_event_of_its_own_and_paragraphs_that_open_no_item():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-06-01\n---\nHill-gu (Mayor Kim) will open a book cafe at the library on the 5th. If it "
        "rains, the book cafe will run every Sunday until June 26 in the lobby instead.\n\nSea-gu residents are also "
        "welcome, organizers said.\n\nThe cafe will hold a poetry reading at 2 p.m. on the 12th.\n\nSea-gu will open "
        "a night market on the 22nd. \"We hope residents ... enjoy it,\" the mayor said.\n", "x.txt", None)
    assert [(e.organizer, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Hill-gu", "2022-06-05"), ("Hill-gu", "2022-06-12T14:00:00"), ("Sea-gu", "2022-06-22")]


def test_a_happening_named_in_common_words_names_the_sentence_that_dates_it():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-05-22\n---\nFern-gu is launching a repair cafe where residents can bring in broken "
        "items. The cafe will open every second Saturday starting in June, 10 a.m.-1 p.m., on the 3rd floor of the "
        "Fern Community Hall.\nGorse-gu will offer summer swim lessons for children at the Gorse Aquatic Center. "
        "Classes begin Monday, June 10, and meet twice a week, on Mondays and Wednesdays, from 4 to 5 p.m.\n"
        "Heath-gu recruits 60 students for the 'Heath Learning Center', a tutoring program. Applications are "
        "received on the 3rd, and classes start June 12 at the Heath Youth Center.\n", "x.txt", None)
    found = [(e.title, e.start.isoformat(), e.location, e.recurrence) for e in extract_events(doc)]
    # (a translated notice's "every second Saturday" is the month's second one)
    assert found[0] == ("Repair cafe", "2024-06-08T10:00:00", "3rd floor of the Fern Community Hall", "FREQ=MONTHLY;BYDAY=2SA")
    assert found[1] == ("Summer swim lessons", "2024-06-10T16:00:00", "Gorse Aquatic Center", "FREQ=WEEKLY;BYDAY=MO,WE")
    assert (found[-1][0], found[-1][1]) == ("Heath Learning Center", "2024-06-12")


def test_the_weekend_of_a_day_is_part_of_the_date_not_of_the_name():
    from calendarize.documents import parse_document

    doc = parse_document("---\npublished: 2024-05-22\n---\nIris-gu will hold the Iris Rose Festival the weekend of the "
                         "1st at Iris Rose Garden.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc)] == [
        ("Iris Rose Festival", "2024-06-01", "2024-06-02")]


def test_a_booth_started_next_week_runs_its_weekdays_to_the_end_of_the_month():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-05-22\n---\nJasmine-gu is launching a tool library. Starting next week, the district's "
        "health center will also set up a free blood pressure screening booth near Exit 2 of Jasmine Station. The booth "
        "will operate Monday through Friday, 9 a.m.-6 p.m., and runs until the end of the month.\n", "x.txt", None)
    (booth,) = extract_events(doc)
    assert (booth.title, booth.start.isoformat(), booth.recurrence) == (
        "Blood pressure screening booth", "2024-05-27T09:00:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=5")
    assert "Jasmine Station" in booth.description


def test_an_orientation_on_a_day_of_the_service_recruited_for_is_its_own_event():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-08-22\n---\nKale-gu is recruiting 40 volunteers for its 'Warm Lunchbox' service, which "
        "delivers lunchboxes to seniors every Tuesday and Thursday. Residents can apply by phone from the 23rd to "
        "September 1. Selected volunteers will attend an orientation at 10 a.m. on September 5 in the education room "
        "of the Kale Welfare Center.\n", "x.txt", None)
    assert ("Orientation: Warm Lunchbox", "2023-09-05T10:00:00") in [(e.title, e.start.isoformat()) for e in extract_events(doc)]


def test_what_a_happening_offers_after_its_hours_does_not_name_it():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-08-22\n---\nLeek-gu said it will open the 'Memory Cafe', where families can rest, starting "
        "next month.\n\nThe cafe will open on the 2nd and 4th Thursdays of every month from 2 p.m. to 4 p.m. in the "
        "lounge, offering music therapy.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [("Memory Cafe", "2023-09-14T14:00:00")]


def test_applications_open_since_a_day_close_in_a_clause_of_their_own_and_a_weekends_hours_are_each_days():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-04-21\n---\nMint-gu said the 'Mint Peony Festival' is slated for the second weekend of "
        "next month at the Mint Botanical Garden, open from 9 to 6 both days. The district has also been accepting "
        "applications for its Youth Rent Support program since the 14th, and the window closes on the 30th.\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Mint Peony Festival", "2025-05-10T09:00:00", "2025-05-10T18:00:00", "FREQ=DAILY;COUNT=2"),
        ("Applications: Youth Rent Support program", "2025-04-14", "2025-04-30", None)]


def test_hours_of_the_buses_are_the_shuttles_and_the_same_days_are_both_days():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-02-05\n---\nNutmeg-gu will run a free shuttle bus to Nutmeg Memorial Park on the 10th "
        "and 11th. Buses leave Exit 3 of Nutmeg Station every 20 minutes from 8 a.m. to 5 p.m.\n\nOn the same days, "
        "the Nutmeg Public Health Center will operate a 'holiday clinic' from 9 a.m. to 6 p.m.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Free shuttle bus", "2024-02-10T08:00:00", "2024-02-10T17:00:00", "FREQ=DAILY;COUNT=2"),
        ("Holiday clinic", "2024-02-10T09:00:00", "2024-02-10T18:00:00", "FREQ=DAILY;COUNT=2")]


def test_what_a_drive_collects_until_a_day_ends_the_drive_started_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-12-21\n---\nOlive-gu Welfare Foundation started the 'Warm Coat Relay' on the 19th. Clean "
        "winter coats are collected in donation boxes at 16 community service centers until January 13 next year.\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc)] == [
        ("Warm Coat Relay", "2022-12-19", "2023-01-13")]


def test_a_class_held_before_the_pool_opens_is_held_at_the_pool():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-07-12\n---\nPecan-gu will open the 'Pecan Outdoor Pool' at Hanbit Riverside Park on the "
        "15th. The district will also run a 'Summer Swimming Class' from the 19th to the 22nd, held from 8 a.m. to "
        "9 a.m. before the pool opens to the public.\n", "x.txt", None)
    assert [(e.title, e.location) for e in extract_events(doc)] == [
        ("Pecan Outdoor Pool", "Hanbit Riverside Park"), ("Summer Swimming Class", "Hanbit Riverside Park")]


def test_a_ceremony_on_the_rinks_opening_day_is_held_at_the_rink():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-01-06\n---\nQuince-gu will open the 'Quince Plaza Outdoor Ice Rink' this Saturday.\n\n"
        "An opening ceremony will be held at 2 p.m. on the 11th, the rink's opening day, with about 200 residents "
        "attending.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.location) for e in extract_events(doc)][-1] == (
        "Opening ceremony", "2025-01-11T14:00:00", "Quince Plaza Outdoor Ice Rink")


def test_documents_that_must_arrive_by_a_day_are_a_deadline_at_the_office_they_go_to():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-08-22\n---\nRye-gu will receive applications for the 'Rye Dream Scholarship' from the "
        "28th until September 8. Applicants must submit a transcript, in person or by registered mail, to the "
        "Education Support Division on the 6th floor of the district office. Documents must arrive by 6 p.m. on "
        "September 12.\nSage-gu is taking nominations for the Sage Proud Citizen Award. Nomination forms must reach "
        "the district office by the 31st.\n", "x.txt", None)
    found = [(e.title, e.start.isoformat(), e.kind, e.location) for e in extract_events(doc)]
    assert ("Documents: Rye Dream Scholarship", "2023-09-12T18:00:00", "deadline",
            "Education Support Division on the 6th floor of the district office") in found
    assert ("2023-08-31", "deadline") in [f[1:3] for f in found]  # ("Nomination forms must reach ... by the 31st")


def test_what_booths_offer_does_not_name_the_market():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-10-19\n---\nTeak-gu is inviting book lovers to the 'Teak Autumn Book Market' at the "
        "plaza of the Teak Central Library. The market runs from noon to 4 on the 29th, with 30 booths offering used "
        "books.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Teak Autumn Book Market", "2022-10-29T12:00:00")]


def test_registration_that_opens_at_an_hour_and_closes_on_a_day_is_one_period_and_same_hours_are_kept():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-12-10\n---\nWillow-gu will rent out plots in its 2026 community gardens. Registration "
        "opens at 9 a.m. Monday on the district website and closes Dec. 26.\nYarrow-gu will hold its year-end blood "
        "drive on Friday, Dec. 19, from 10 a.m. to 4 p.m. in the district office parking lot, with a second donation "
        "bus in front of Yarrow Station the following Monday during the same hours.\n", "x.txt", None)
    found = [(e.start.isoformat(), e.end.isoformat() if e.end else None, e.kind) for e in extract_events(doc)]
    assert found == [("2025-12-15", "2025-12-26", "application"), ("2025-12-19T10:00:00", "2025-12-19T16:00:00", "event"),
                     ("2025-12-22T10:00:00", "2025-12-22T16:00:00", "event")]


def test_registration_is_for_what_the_sentence_before_signs_up_for_and_tomorrow_names_nothing():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-12-11\n---\nZelkova-gu's outdoor ice rink at Zelkova Plaza opens tomorrow and runs "
        "through Feb. 15.\n\nStarting next week, residents can also sign up for plots in the district's 2026 community "
        "gardens. Registration opens at 9 a.m. Monday on the district website and closes Dec. 26.\n", "x.txt", None)
    assert [e.title for e in extract_events(doc)] == [
        "Outdoor ice rink at Zelkova Plaza", "Registration: Plots in the district's 2026 community gardens"]


def test_a_council_chaired_by_a_chairwoman_opens_an_item_of_its_own():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-09-17\n---\nAcorn-gun (County Governor Gu) will run a farm experience on the 20th.\n\n"
        "The Acorn City Council (Chairwoman Lee Yeon-hwa) announced that it will open its 312th regular session on "
        "the 23rd.\n", "x.txt", None)
    assert [e.organizer for e in extract_events(doc)] == ["Acorn-gun", "Acorn City Council"]


def test_an_english_dailys_items_open_with_any_present_verb_a_place_or_the_body_that_runs_a_venue():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2020-02-13\n---\nBirch City's book fair runs on the 28th.\n\nCedar-gu wants its seniors to "
        "use smartphones. Its class starts at 10 a.m. on the 20th.\n\nOver in Dune City, the light festival kicks off "
        "on the 21st.\n\nThe Elm History Museum, run by Elm-gu, will hold a talk on the 22nd.\n\nThe Fir Cultural "
        "Foundation, an affiliate of Fir City, will hold a concert on the 27th.\n\nFir City residents are also "
        "welcome at the concert on the 27th.\n", "x.txt", None)
    assert [e.organizer for e in extract_events(doc)] == [
        "Birch City", "Cedar-gu", "Dune City", "Elm-gu", "Fir Cultural Foundation", "Fir Cultural Foundation"]


def test_hours_told_except_on_the_final_day_are_the_fairs_each_day():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-03-03\n---\nBay-gu will hold the 'Bay Spring Book Fair'. The fair will open on the 25th at "
        "the plaza of Bay Central Library and run for three days. Hours are 10 a.m. to 7 p.m., except on the final day, "
        "when booths close at 5 p.m.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Bay Spring Book Fair", "2022-03-25T10:00:00", "FREQ=DAILY;COUNT=3")]


def test_it_names_the_happening_the_sentence_before_will_hold():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-03-03\n---\nCove-gu will recruit tenants for its start-up hub. Ahead of the recruitment, "
        "the district will hold an online briefing session for prospective applicants. It will be streamed live on the "
        "district's YouTube channel next Thursday, the 10th, from 3 p.m. to 4 p.m.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Online briefing session", "2022-03-10T15:00:00")]


def test_opinions_accepted_until_a_day_are_due_then():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-09-20\n---\nDell-gu will hold a residents' briefing on Tuesday at 7 p.m. Written opinions "
        "will be accepted by email until Oct. 13.\n", "x.txt", None)
    assert [(e.start.isoformat(), e.kind) for e in extract_events(doc)][-1] == ("2023-10-13", "deadline")


def test_groups_first_in_line_and_followed_by_others_are_each_named_by_their_own_clause():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-09-17\n---\nFig-gun said its health center will begin giving free seasonal influenza "
        "vaccinations next week. Among older adults, those aged 75 or older are first in line from October 15 (Wed), "
        "followed by those aged 70 to 74 from the 20th (Mon) of that month and those aged 65 to 69 from the 22nd "
        "(Wed).\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Free seasonal influenza vaccinations: Those aged 75 or older", "2025-10-15"),
        ("Free seasonal influenza vaccinations: Those aged 70 to 74", "2025-10-20"),
        ("Free seasonal influenza vaccinations: Those aged 65 to 69", "2025-10-22")]


def test_a_happening_pushed_back_by_a_week_to_a_day_is_on_that_day():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-08-10\n---\nFenwick City said the ‘Riverside Jazz Night’, originally scheduled for this "
        "Saturday, has been pushed back one week to the 20th. The concert will begin at 7 p.m.\nMoss City said its "
        "‘Estuary Bird Walk’, originally set for the 18th, has been postponed by a week to the 25th (Thu).\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Riverside Jazz Night", "2022-08-20T19:00:00"), ("Estuary Bird Walk", "2022-08-25")]


def test_the_day_a_happening_was_to_have_been_or_had_been_announced_for_is_not_its_day():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-11-22\n---\nGale-gu said its ‘Kimjang Sharing Festival’, which the district had announced "
        "would be held on the 26th (Sat), will take place a week later, on December 3 (Sat). Volunteer sign-up, which "
        "was to have opened on the 21st, was also postponed and will now open at 2 p.m. on the 24th.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Kimjang Sharing Festival", "2022-12-03"), ("Applications: Volunteer sign-up", "2022-11-24T14:00:00")]


def test_a_sentence_on_the_happening_that_runs_through_a_day_ends_it_there():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-12-16\n---\nHollin-gun said its ‘River Smelt Festival’ will open on January 10 (Sat). The "
        "festival will run through February 1 on the frozen river, from 9 a.m. to 5 p.m. daily.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("River Smelt Festival", "2026-01-10T09:00:00", "FREQ=DAILY;COUNT=23")]


def test_a_bulletin_s_section_headings_open_items_and_its_fields_name_the_parts_they_date():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-11-22\n---\n[Fernhill-gu Office News] Festival moved... Camp opens\n"
        "Fernhill-gu (Mayor Jang) will hold its kimchi festival on the 26th (Sat).\n\n"
        "■ Fernhill-gu Cultural Foundation opens 'Winter Reading Camp' for children\n\n"
        "The foundation will hold the 'Winter Reading Camp' at the central library.\n\n"
        "▲1st session: 12.10.(Sat)~11.(Sun) ▲2nd session: 12.17.(Sat)~18.(Sun) ▲Time: 10:00~15:00 each day "
        "▲Fee: free ▲How to apply: library website, from 10 a.m. on the 28th (Mon)\n\n"
        "■ Sunday family climbing day returns\n\n"
        "Fernhill-gu Sports Corporation (President Lee) will run the 'Family Climbing Day' every Sunday in December.\n",
        "x.txt", None)
    got = [(e.title, e.organizer, e.start.isoformat(), e.recurrence) for e in extract_events(doc)]
    assert got == [
        ("Kimchi festival", "Fernhill-gu", "2022-11-26", None),
        ("Winter Reading Camp: 1st session", "Fernhill-gu Cultural Foundation", "2022-12-10T10:00:00", "FREQ=DAILY;COUNT=2"),
        ("Winter Reading Camp: 2nd session", "Fernhill-gu Cultural Foundation", "2022-12-17T10:00:00", "FREQ=DAILY;COUNT=2"),
        ("Applications: Winter Reading Camp", "Fernhill-gu Cultural Foundation", "2022-11-28T10:00:00", None),
        ("Family Climbing Day", "Fernhill-gu Sports Corporation", "2022-12-04", "FREQ=WEEKLY;BYDAY=SU;COUNT=4")]


def test_applications_open_at_an_hour_and_due_at_an_hour_in_a_later_paragraph_are_one_period():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-01-05\n---\nElm-gu said it will accept applications for its ‘Warm Winter Heating Support’ "
        "from 9 a.m. on the 10th (Mon).\n\nResidents can apply online or at the community service center of any of its 16 "
        "dongs, and applications are due by 6 p.m. on the 21st (Fri).\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.location) for e in extract_events(doc)] == [
        ("Applications: Warm Winter Heating Support", "2022-01-10T09:00:00", "2022-01-21T18:00:00",
         "community service center")]


def test_a_notice_s_schedule_of_days_takes_its_time_field_and_the_item_s_topic_and_a_lunch_break_is_no_event():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-11-22\n---\nGale-gu Health Center will visit community service centers to offer free "
        "early dementia screening to older residents.\n\n▲Schedule: 11.24.(Thu) North-dong Community Service Center / "
        "11.29.(Tue) Mill-dong Community Service Center ▲Time: 10:00~16:00 (lunch break 12:00~13:00) ▲Fee: free\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc)] == [
        ("Free early dementia screening", "2022-11-24T10:00:00", "2022-11-24T16:00:00"),
        ("Free early dementia screening", "2022-11-29T10:00:00", "2022-11-29T16:00:00")]


def test_a_weekly_series_told_through_a_day_runs_from_the_opening_told_before_at_its_place():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-04-11\n---\nBrack City said the opening of its ‘Riverside Night Market’ has been pushed back to the 21st (Fri) at "
        "Larch Riverside Park.\n\nOnce it opens, the market will run every Friday and Saturday from 6 p.m. to 10 p.m. "
        "through May 27, with 40 food trucks.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.recurrence, e.location) for e in extract_events(doc)] == [
        ("Riverside Night Market", "2023-04-21T18:00:00", "FREQ=WEEKLY;BYDAY=FR,SA;COUNT=12", "Larch Riverside Park")]


def test_a_series_opened_on_one_of_its_own_days_is_one_event_and_nothing_starts_after_an_hour():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-11-03\n---\nCopper-gu will run the ‘Safe Way Home’ escort service starting on the 7th. "
        "Patrol teams will walk residents home every weeknight from 10 p.m. to 1 a.m., through February 28 next year. "
        "In a survey, residents said they felt unsafe walking home after 11 p.m.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Safe Way Home", "2022-11-07T22:00:00", "2022-11-08T01:00:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=82")]


def test_a_closing_hour_told_for_the_last_day_of_a_period_and_shots_given_at_clinics():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-09-19\n---\nAsh-gu said it will accept applications for its ‘Youth Rent Support’ from the "
        "20th to October 6. Online applications through the Bokjiro portal close at 6 p.m. on the last day.\n"
        "Brack City said residents aged 75 or older can get a free flu shot from October 11 (Wed). The vaccines are "
        "given free at 186 designated hospitals and clinics in the city.\n", "x.txt", None)
    got = [(e.title, e.start.isoformat(), e.end and e.end.isoformat(), e.location) for e in extract_events(doc)]
    assert got[0][:3] == ("Applications: Youth Rent Support", "2023-09-20", "2023-10-06")
    assert "Bokjiro portal" in extract_events(doc)[0].description
    assert len(got) == 2 and got[1][1] == "2023-10-11" and got[1][3] == "186 designated hospitals"


def test_a_weekday_listed_after_another_with_hours_each_day_is_the_second_day_of_it():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-02-16\n---\nStone-gun said its ‘Mobile Health Clinic’ will visit the senior center this "
        "Friday and Saturday, from 10 a.m. to 4 p.m. each day.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Mobile Health Clinic", "2023-02-17T10:00:00", "2023-02-17T16:00:00", "FREQ=DAILY;COUNT=2")]


def test_temperatures_reached_and_blooms_and_rains_forecast_are_no_happenings():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-02-16\n---\nFrost-gun said the ice is thinning. The daytime high reached 9 degrees Celsius "
        "on the 14th. The county's forestry team forecast that the blossoms will reach full bloom around March 8 to 10. "
        "The weather agency expects the monsoon season to begin in the southern region around the 24th.\n",
        "x.txt", None)
    assert extract_events(doc) == []


def test_hours_written_after_the_last_day_of_a_notice_s_list_are_each_day_s():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-04-11\n---\nEast-gu will run the ‘Spring Gardening School’.\n\n▲Date: 1st session "
        "4.22.(Sat), 2nd session 4.29.(Sat), 3rd session 5.13.(Sat) / 10:00~12:00 ▲Place: Education room\n",
        "x.txt", None)
    assert [(e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc)] == [
        ("2023-04-22T10:00:00", "2023-04-22T12:00:00"), ("2023-04-29T10:00:00", "2023-04-29T12:00:00"),
        ("2023-05-13T10:00:00", "2023-05-13T12:00:00")]


def test_a_happening_that_will_be_skipped_this_month_is_no_event():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-04-11\n---\nHollow-gu said that this month's ‘Stream Cleanup Day’, usually held on the "
        "last Saturday of the month, will be skipped.\n", "x.txt", None)
    assert extract_events(doc) == []


def test_a_happening_on_the_same_stage_is_at_the_stage_told_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-12-10\n---\nAsh City will hold a lighting ceremony at 6 p.m. on the 20th at the Lakeside "
        "Open Stage. On New Year's Eve, the city will hold a countdown concert on the same stage from 11 p.m. on the "
        "31st until 12:30 a.m. the following day.\n", "x.txt", None)
    assert [(e.title, e.location) for e in extract_events(doc)] == [
        ("Lighting ceremony", "Lakeside Open Stage"), ("Countdown concert", "Lakeside Open Stage")]


def test_shuttle_bus_hours_on_each_day_of_a_festival_are_the_buses_and_a_place_ends_before_its_conjunction():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-08-10\n---\nMist-gun said the ‘Peach Festival’ will be held over four days starting on "
        "the 25th at Mist Sports Park and the orchard village next to it. The county will run free shuttle buses "
        "every 20 minutes from 9 a.m. to 10 p.m. on each day of the festival.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence, e.location) for e in extract_events(doc)] == [
        ("Peach Festival", "2022-08-25", "2022-08-28", None, "Mist Sports Park"),
        ("Free shuttle buses", "2022-08-25T09:00:00", "2022-08-25T22:00:00", "FREQ=DAILY;COUNT=4", "Mist Sports Park")]


def test_each_film_of_a_named_cinema_is_a_showing_of_it():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-08-10\n---\nAsh-gun said it will set up a screen at the park for the ‘Summer Night "
        "Riverside Cinema’ this Friday and Saturday.\n\nOn Friday, the animated film ‘The Little Ferryman’ will be shown "
        "at 8 p.m., and on Saturday the screening of the Korean comedy ‘Grandma's Orchard’ will start a little earlier, "
        "at 7:30 p.m.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)][1:] == [
        ("Summer Night Riverside Cinema: The Little Ferryman", "2022-08-12T20:00:00"),
        ("Summer Night Riverside Cinema: Grandma's Orchard", "2022-08-13T19:30:00")]


def test_a_deadline_by_or_extended_to_the_end_of_this_month_is_its_last_day():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2021-06-03\n---\nLark-gun said the submission deadline for the ‘Lavender Photo Contest’, "
        "originally the 15th, has been extended to the end of this month. The ‘Essay Contest’ received 412 entries by "
        "the end of last month.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [("Lavender Photo Contest", "2021-06-30")]


def test_performances_told_as_one_at_an_hour_and_one_at_another_are_the_showings_of_the_day():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-12-10\n---\nAsh Cultural Foundation said the family musical ‘The Snow Fox’ will be "
        "staged on the 28th (Sat) at the Grand Theater. The number of performances remains the same: one at 3 p.m. and "
        "one at 7 p.m.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.location) for e in extract_events(doc)] == [
        ("The Snow Fox", "2024-12-28T15:00:00", "Grand Theater"), ("The Snow Fox", "2024-12-28T19:00:00", "Grand Theater")]


def test_a_sentence_that_keeps_the_market_open_is_about_the_market_named_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-08-10\n---\nCopper City said the ‘Copper Summer Night Market’ drew about 3,000 visitors "
        "last weekend.\n\nAbout 40 stalls stayed busy late into the night.\n\nEncouraged by the response, the city will "
        "keep the market open every Saturday and Sunday from 6 p.m. to 11 p.m. until the end of this month.\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Copper Summer Night Market", "2022-08-13T18:00:00")]


def test_all_groups_of_a_service_run_until_the_day_told_and_are_told_where_the_service_was_named():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-09-17\n---\nAmber-gun said that its health center and 23 designated clinics will begin "
        "giving free seasonal influenza vaccinations next week.\n\nChildren aged 6 months to 13 years can get the shot "
        "starting on the 22nd (Mon). Among older adults, those aged 75 or older are first in line from October 15 (Wed), "
        "followed by those aged 70 to 74 from the 20th (Mon). All groups can be vaccinated until April 30 next year.\n",
        "x.txt", None)
    events = extract_events(doc)
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("2025-09-22", "2026-04-30"), ("2025-10-15", "2026-04-30"), ("2025-10-20", "2026-04-30")]
    assert all("23 designated clinics" in e.description for e in events)


def test_a_title_of_date_words_only_gives_way_to_the_name_in_its_sentence_and_said_wednesday_that_is_no_title():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-12-21\n---\nFrost City said on the 21st that the Frost Riverside Ice Rink is set to open "
        "this coming Saturday for its 7th season.\nCedar-gu said Wednesday that the Cedar Street Food & Music Festival "
        "runs the 9th through the 11th of next month at the station square.\n", "x.txt", None)
    assert [e.title for e in extract_events(doc)] == ["Frost Riverside Ice Rink", "Cedar Street Food & Music Festival"]


def test_a_happening_on_the_last_day_of_a_festival_is_at_the_festival_s_place():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2021-06-03\n---\nCherry-gun said the ‘Cherry Festival’ will be held over four days starting on "
        "the 17th at the Cherry Agricultural Theme Park. The closing ceremony will take place at 6 p.m. on the last day "
        "of the festival.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.location) for e in extract_events(doc)][-1] == (
        "Closing ceremony", "2021-06-20T18:00:00", "Cherry Agricultural Theme Park")


def test_hours_until_later_on_weekends_open_when_weekdays_do_and_late_hours_on_holidays_are_no_happening():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2019-11-21\n---\nLarchmont City announced that the ‘Winter Light Festival’ will run at Fernway "
        "Plaza from the 29th of this month to January 5 next year.\n\nThe lights are on from 6 p.m. to 10 p.m. on weekdays "
        "and until 11 p.m. on weekends. On Christmas Eve and New Year's Eve the promenade stays lit until 1 a.m. the "
        "following morning.\n\nA lighting ceremony will open the festival at 5:30 p.m. on the first day.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat(), e.location, e.recurrence)
            for e in extract_events(doc)] == [
        ("Winter Light Festival (weekdays)", "2019-11-29T18:00:00", "2019-11-29T22:00:00", "Fernway Plaza",
         "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=26"),
        ("Winter Light Festival (weekends)", "2019-11-30T18:00:00", "2019-11-30T23:00:00", "Fernway Plaza",
         "FREQ=DAILY;BYDAY=SA,SU;COUNT=12"),
        ("Lighting ceremony", "2019-11-29T17:30:00", None, "Fernway Plaza", None)]


def test_a_hall_that_is_open_from_an_hour_gives_its_hours_to_the_exhibition_told_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2019-11-21\n---\nLark-gu will hold ‘Threads of Lark’, an exhibition, at the Lark Art Hall from "
        "the 26th through December 15. The hall is open 10 a.m. to 6 p.m. Admission is free.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Threads of Lark", "2019-11-26T10:00:00", "2019-11-26T18:00:00", "FREQ=DAILY;COUNT=20")]


def test_a_quoted_work_keeps_its_article_and_its_showtimes_field_is_at_the_place_named_paragraphs_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2019-11-21\n---\nWren-gu announced that its theater company will stage the musical ‘The "
        "Ferry Girl’ at Haneul Hall on the 3rd floor of the arts center early next month.\n\nThe musical tells the story "
        "of a girl who grows up by the harbor.\n\nA cast of 28 will take the stage twice.\n\n▲Showtimes: Dec. 6 (Fri) "
        "7:30 p.m. / Dec. 7 (Sat) 3 p.m. ▲Tickets: 20,000 won\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.location) for e in extract_events(doc)] == [
        ("The Ferry Girl", "2019-12-06T19:30:00", "Haneul Hall"), ("The Ferry Girl", "2019-12-07T15:00:00", "Haneul Hall")]


def test_seats_to_reserve_by_a_day_are_a_deadline():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2019-11-21\n---\nLark-gu will hold a talk at 3 p.m. on the 26th in the seminar room on the 4th "
        "floor. Forty seats are available, and residents can reserve by calling the Culture Division by the 25th.\n",
        "x.txt", None)
    assert sorted(e.start.isoformat() for e in extract_events(doc)) == ["2019-11-25", "2019-11-26T15:00:00"]


def test_hours_that_open_the_next_paragraph_are_those_of_the_one_day_happening_told_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2019-11-21\n---\nWren-gu said its Kimjang Festival will be held on the 30th in the district "
        "office plaza.\n\nAbout 300 volunteers will make 5,000 heads of kimchi from 10 a.m. to 3 p.m., and the kimchi "
        "will go to 1,500 households.\n\nWren-gu will also hold a flea market on the 7th and 8th of next month.\n\nStalls "
        "open from 10 a.m. to 5 p.m.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Kimjang Festival", "2019-11-30T10:00:00", "2019-11-30T15:00:00", None),
        ("Flea market", "2019-12-07T10:00:00", "2019-12-07T17:00:00", "FREQ=DAILY;COUNT=2")]


def test_a_happening_moved_after_snow_fell_is_on_its_new_day_and_closures_night_hours_and_sunrise_are_none():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-12-14\n---\nWren-gu said the ‘Charity Bazaar’ was called off when 14 cm of snow fell "
        "overnight and will now be held on the 22nd (Thu) at Wren Station Square.\n\nThe district will also open an ice "
        "rink at Wren Sports Park. The rink opens on the 24th and runs until February 12, from 10 a.m. to 6 p.m., with "
        "night sessions until 9 p.m. on Fridays and Saturdays. It is closed on Mondays and on January 22, Lunar New "
        "Year's Day.\n\nOn New Year's Day, the district will hold a ‘First Sunrise Festival’ at Gull Hill from 6:30 a.m. "
        "The sun is expected to rise over the hill at 7:41 a.m.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Charity Bazaar", "2022-12-22"), ("Ice rink", "2022-12-24T10:00:00"),
        ("First Sunrise Festival", "2023-01-01T06:30:00")]


def test_a_press_release_s_circle_and_dash_fields_date_the_happening_named_before_at_the_place_below():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-08-30\n---\n□ Rook City to hold Chuseok market\n\nRook City (Mayor Kim) said the city will "
        "also hold a Chuseok sharing market in the City Hall lobby.\n\n ○ Date & Time: 9.20.(Wed)~9.21.(Thu) 10:00~17:00\n"
        " ○ Place: City Hall 1st-floor lobby\n ○ Items: Apples and pears from 35 farms\n\n□ Fern-gun opens farm school\n\n"
        "Fern-gun (County Governor Ahn) will open the 'New Farmer Winter School'.\n\n - Date & Time: '23. 9. 12.(Tue) ~ "
        "9. 14.(Thu) 13:30~17:30\n - Target: Farmers, 50 people\n - Place: Main lecture room, Fern Agricultural Center\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.location, e.recurrence) for e in extract_events(doc)] == [
        ("Chuseok sharing market", "2023-09-20T10:00:00", "2023-09-20T17:00:00", "City Hall 1st-floor lobby",
         "FREQ=DAILY;COUNT=2"),
        ("New Farmer Winter School", "2023-09-12T13:30:00", "2023-09-12T17:30:00",
         "Main lecture room, Fern Agricultural Center", "FREQ=DAILY;COUNT=3")]


def test_a_session_run_for_days_dates_its_first_plenary_meeting_named_after_at_the():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-09-18\n---\nThe Fen City Council (Chairwoman Lee) announced that it will open its 312th "
        "regular session on the 23rd and run it for eight days.\n\nAt the first plenary meeting, which opens at 10 a.m. on "
        "the first day, the council will take up 41 ordinance bills.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat()) for e in extract_events(doc)] == [
        ("312th regular session", "2025-09-23", "2025-09-30"), ("First plenary meeting", "2025-09-23T10:00:00", None)]


def test_days_a_place_is_closed_are_a_period_that_keeps_no_hours_and_its_holiday_is_only_why():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-01-17\n---\nWillow-gu (Mayor Oh) announced on the 16th that all seven of its public "
        "libraries will be closed from the 25th to the 30th for the Seollal holiday, reopening on the 31st (Fri).\n\n"
        "Residents can use the issuing kiosks at Exit 4 of Willow Station, which run from 05:00 to midnight every day.\n\n"
        "The health center will run a holiday clinic on Seollal day and the day after, the 29th and 30th, from 9 a.m. to "
        "noon.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in extract_events(doc)
            if e.start.day != 31] == [
        ("Public libraries closed", "2025-01-25", "2025-01-30", None),
        ("Holiday clinic", "2025-01-29T09:00:00", "2025-01-29T12:00:00", "FREQ=DAILY;COUNT=2")]


def test_a_checkup_of_selected_applicants_on_two_days_between_hours_is_named_by_the_program_of_its_paragraph():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-01-17\n---\nStone-gu said that its Public Health Center, normally open from 9 a.m. to 6 "
        "p.m. on weekdays, will extend its hours on Thursdays through the end of February. On those days the center will "
        "operate from 09:00 to 21:00, starting next Thursday.\n\nThe district is also recruiting 50 foreign workers for "
        "its free ‘Healthy Heart’ checkup program. Application forms must reach the Health Division by the end of next "
        "week. Selected applicants will be checked on February 11 and 12 between 13:00 and 17:00 at the health center.\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat(), e.recurrence) for e in extract_events(doc)][1:] == [
        ("Applications: Healthy Heart", "2025-01-24", None, None),
        ("Healthy Heart", "2025-02-11T13:00:00", "2025-02-11T17:00:00", "FREQ=DAILY;COUNT=2")]
    series = extract_events(doc)[0]
    assert (series.start.isoformat(), series.end.isoformat(), series.recurrence) == (
        "2025-01-23T09:00:00", "2025-01-23T21:00:00", "FREQ=WEEKLY;BYDAY=TH;COUNT=6")


def test_classes_that_meet_are_of_the_course_told_before_and_a_skipped_day_and_the_sunrise_are_none():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-12-21\n---\nMill-gu (Mayor Pyo) announced that its Global Center will offer a winter "
        "Korean course for foreign residents.\n\nClasses meet every Sunday from 14:00 to 16:00, from January 7 through "
        "February 25, in the lecture room. There is no class on February 11, during the Seollal holiday.\n\nOak-gu "
        "(Mayor Gil) will hold the ‘First Sunrise Festival’ at the summit of Oak Hill, starting at 6:30 a.m. on "
        "January 1. Sunrise is expected at 7:43 a.m.\n\nTo mark Hangul Day, the district will hold the ‘Calligraphy "
        "Contest’ on the 7th (Sun).\n\n▲Time: 14:00~17:00 ▲Place: Multipurpose hall, Oak Culture Center ▲Prizes: "
        "300,000 won\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.location) for e in extract_events(doc)] == [
        ("Winter Korean course", "2024-01-07T14:00:00", "lecture room"),
        ("First Sunrise Festival", "2024-01-01T06:30:00", "summit of Oak Hill"),
        ("Calligraphy Contest", "2024-01-07T14:00:00", "Multipurpose hall, Oak Culture Center")]


def test_a_closing_date_that_stays_the_same_ends_the_moved_festival_and_a_ceremony_on_its_opening_day_is_its_own():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-12-13\n---\nAsh-gun said that the ‘Smelt Ice Festival’, which was originally scheduled to "
        "open on the 21st of this month, will instead open on January 4 next year. The closing date of January 26 (Sun) "
        "stays the same, so the festival will run for 23 days, from 9 a.m. to 5 p.m. each day.\n\nBram City will operate "
        "the ‘Winter Light Garden’ at Riverside Park from the 20th (Fri) until February 28 next year. The bulbs will be "
        "lit from 6 p.m. to 11 p.m. every day, and the lighting ceremony will begin at 5:30 p.m. on the opening day at the "
        "park's outdoor stage. The nine libraries will close from December 30 (Mon) through January 1 (Wed) and welcome "
        "readers back on January 2. The portal is usually congested on the last day.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Smelt Ice Festival", "2025-01-04T09:00:00", "FREQ=DAILY;COUNT=23"),
        ("Winter Light Garden", "2024-12-20T18:00:00", "FREQ=DAILY;COUNT=71"),
        ("Lighting ceremony", "2024-12-20T17:30:00", None),
        ("Nine libraries closed", "2024-12-30", None)]


def test_the_fields_under_a_notice_s_period_line_are_told_with_it():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-12-13\n---\nKest Province announced that it will recruit 60 participants for the "
        "‘Young Farmers Academy’.\n\n ○ Period: 2024. 12. 16.(Mon) ~ 2025. 1. 10.(Fri)\n ○ Target: Residents aged 18 to "
        "39\n ○ How to apply: online at the Kest Farming Portal\n\nThe governor said the academy is popular.\n",
        "x.txt", None)
    [event] = extract_events(doc)
    assert (event.title, event.start.isoformat(), event.end.isoformat()) == ("Young Farmers Academy", "2024-12-16",
                                                                               "2025-01-10")
    assert "○ Target: Residents aged 18 to 39 ○ How to apply: online at the Kest Farming Portal" in event.description
    assert "governor" not in event.description


def test_a_named_center_that_will_open_a_clinic_is_where_it_is_held():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-12-21\n---\nBright-gu (Mayor Jin) said that on New Year's Day, the Bright Public Health "
        "Center (1st floor, district office annex) will open a holiday clinic from 9 a.m. to noon.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.location) for e in extract_events(doc)] == [
        ("Holiday clinic", "2024-01-01T09:00:00", "Bright Public Health Center")]


def test_the_window_that_runs_between_days_is_the_reservations_named_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2019-11-21\n---\nMarrow-gun announced that online reservations for the festival's new ‘Night "
        "Ice Fishing’ zone will open early next month. The window runs from December 2 to the 20th on the festival "
        "website.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc) if e.end] == [
        ("Applications: Night Ice Fishing", "2019-12-02", "2019-12-20")]


def test_a_weekend_read_with_hours_is_no_week_whose_end_is_its_friday():
    from calendarize.documents import parse_document

    doc = parse_document("---\npublished: 2025-06-19\n---\nWren-gu said a cold wave is forecast for the weekend.. to 6 "
                         "p.m.\n", "x.txt", None)
    extract_events(doc)  # (a week read with a clock time once made the deadline rule fail)


def test_a_library_in_a_district_that_announced_opens_an_item_of_its_own():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-02-26\n---\n[City Notices] Alder Library lecture series... Quill-gu vaccination desk\n"
        "[Reporter Min] Alder Library in Alder-gu announced on the 26th that it will hold the lecture series ‘Rivers "
        "and Cities’ on March 6 at 7 p.m.\n\nThe Quill-gu Public Health Center (Director Seo) will open a vaccination "
        "desk on March 4.\n", "x.txt", None)
    assert [(e.organizer, e.title, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Alder Library", "Rivers and Cities", "2024-03-06T19:00:00"),
        ("Quill-gu Public Health Center", "Vaccination desk", "2024-03-04")]


def test_a_regional_agency_s_item_with_arrow_fields_and_days_of_the_festival_told_clause_by_clause():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2019-09-26\n---\n[Bay=Regional News Agency] Reporter Choi Min-jae = Ash-gun, South Bay Province "
        "(County Governor Yoo) announced on the 26th that the ‘15th Ash Rice Festival’ will be held for three days at "
        "Ash Riverside Park under the theme ‘The Golden Fields Come Home’.\n\n▶ Date: Oct. 3 (Thu)~5 (Sat) ▶ Venue: Ash "
        "Riverside Park ▶ Admission: Free\n\nOn the first day, a lantern parade starts at 6 p.m. on the main stage; on "
        "the second day, teams from the county's 11 towns will compete in the ‘Straw Rope Tug-of-War’ at 2 p.m.\n",
        "x.txt", None)
    assert [(e.organizer, e.title, e.start.isoformat(), e.location) for e in extract_events(doc)][:1] + [
        (e.title, e.start.isoformat()) for e in extract_events(doc)][2:] == [
        ("Ash-gun", "15th Ash Rice Festival", "2019-10-03", "Ash Riverside Park"),
        ("Straw Rope Tug-of-War", "2019-10-04T14:00:00")]


def test_a_weekly_series_for_weeks_beginning_a_day_and_each_session_s_length():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-02-26\n---\nAlder Library in Alder-gu announced on the 26th that it will hold the lecture "
        "series ‘Rivers and Cities’ every Wednesday at 7 p.m. for six weeks, beginning March 6.\n\nEach lecture lasts 90 "
        "minutes and takes place in the hall on the 5th floor.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Rivers and Cities", "2024-03-06T19:00:00", "2024-03-06T20:30:00", "FREQ=WEEKLY;BYDAY=WE;COUNT=6")]


def test_a_due_date_pushed_back_does_not_move_the_closure_told_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-01-17\n---\nWillow-gu (Mayor Oh) announced that all seven of its public libraries will be "
        "closed from the 25th to the 30th for the Seollal holiday. Any book due during the closure will have its due "
        "date pushed back to February 3.\n", "x.txt", None)
    first = extract_events(doc)[0]
    assert (first.title, first.start.isoformat(), first.end.isoformat()) == ("Public libraries closed", "2025-01-25",
                                                                             "2025-01-30")


def test_a_contest_open_to_families_who_apply_is_no_application_period():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-11-12\n---\nBirch City (Mayor Cha) announced that the ‘Kimjang Festival’ will be held "
        "from Nov. 21 (Fri) to 23 (Sun). The second day features the ‘Family Kimjang Contest’ at 1 p.m., open to 60 "
        "families who apply in advance.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.kind) for e in extract_events(doc)][1:] == [
        ("Family Kimjang Contest", "2025-11-22T13:00:00", "event")]


def test_numbered_fields_date_the_rounds_of_a_camp_and_are_no_headings():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-07-21\n---\nThe Kelp City Office of Education (Superintendent Ha) announced on the 20th that "
        "it will run the ‘Summer English Camp’ in two rounds at the Kelp Global Center.\n\n"
        "▶ Round 1: July 25 (Mon)~29 (Fri) ▶ Round 2: Aug. 1 (Mon)~5 (Fri) ▶ Fee: 50,000 won\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc)] == [
        ("Summer English Camp: Round 1", "2022-07-25", "2022-07-29"),
        ("Summer English Camp: Round 2", "2022-08-01", "2022-08-05")]


def test_a_talk_on_the_second_day_of_a_fair_takes_the_fair_s_place():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-07-21\n---\nQuill City (Mayor Nam) will hold the ‘Youth Career Fair’ on Aug. 18~19 at the "
        "Quill Indoor Gymnasium, from 10:00 to 16:00 each day. Some 80 booths will offer job experience, aptitude tests and college "
        "major counseling, and on the "
        "second day at 1 p.m. webtoon artist Baek Ollie will hold a talk concert on turning a hobby into a career.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.location) for e in extract_events(doc)][1:] == [
        ("Talk concert", "2022-08-19T13:00:00", "Quill Indoor Gymnasium")]


def test_an_application_period_taken_at_office_hours_on_weekdays_is_one_period():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2021-03-30\n---\nDune-gu (Mayor Oh) announced on the 29th that it is recruiting 40 ‘Safety "
        "Guardians’.\n\n○ Application period: April 1 (Thu)~9 (Fri), weekdays 9:00~18:00, in person at each community "
        "service center ○ Activity period: April 19 to November 30\n", "x.txt", None)
    first = extract_events(doc)[0]
    assert (first.title, first.start.isoformat(), first.end.isoformat(), first.recurrence) == (
        "Applications: Safety Guardians", "2021-04-01T09:00:00", "2021-04-09T18:00:00", None)


def test_a_happening_told_to_last_some_minutes_after_its_hour_ends_then():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2021-03-30\n---\nElm-gu (Mayor Gong) announced on the 30th that at 8 p.m. on April 22 (Thu), the "
        "district office and the apartment complexes taking part will switch off their lights for 10 minutes. Volunteers "
        "will clean the stream at 10 a.m. on April 24 (Sat) for 3 hours a day.\n", "x.txt", None)
    assert [(e.start.isoformat(), e.end and e.end.isoformat()) for e in extract_events(doc)] == [
        ("2021-04-22T20:00:00", "2021-04-22T20:10:00"), ("2021-04-24T10:00:00", None)]


def test_a_monthly_series_resumed_from_a_day_starts_then():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2021-03-30\n---\nThe Copper Cultural Foundation (CEO Baek) announced on the 29th that it will "
        "resume the ‘Copper Brunch Concert’, suspended for 14 months, from April 28. The concert, which marked its 50th "
        "performance last year, will be held at 11 a.m. on the last Wednesday of every month at the small theater.\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Copper Brunch Concert", "2021-04-28T11:00:00", "FREQ=MONTHLY;BYDAY=-1WE")]


def test_a_tax_notice_s_payment_field_names_the_tax_and_a_surcharge_or_a_weekday_one_cannot_visit_is_no_event():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-09-24\n---\nWex-gun (County Governor Baek) reminded residents that the second-half property "
        "tax on houses and land must be paid by the 30th.\n\n- Payment period: Sept. 16 (Tue)~30 (Tue)\n- How to pay: any "
        "bank\n\nA 3% late-payment surcharge is added from the following day. For residents who cannot visit on "
        "weekdays, the county will open a Sunday tax desk in the lobby of the county office on the 28th, from 9 a.m. to "
        "1 p.m.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Payment deadline: second-half property tax", "2025-09-30", None),
        ("Payment period: second-half property tax", "2025-09-16", None),
        ("Sunday tax desk", "2025-09-28T09:00:00", None)]


def test_the_usual_day_a_collection_replaces_is_no_event_and_days_in_clauses_of_their_own_stay_apart():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-09-24\n---\nBrook-gu (Mayor Seo) announced its waste collection plan. Regular collection "
        "resumes on Oct. 10 (Fri), and recyclables normally picked up on Wednesdays will be collected on Oct. 11 (Sat) "
        "instead of Oct. 8.\n", "x.txt", None)
    assert [(e.start.isoformat(), e.end, e.recurrence) for e in extract_events(doc)] == [
        ("2025-10-10", None, None), ("2025-10-11", None, None)]


def test_a_numbered_roundup_opens_an_item_on_each_circled_number():
    from calendarize.segment import split_items

    text = ("[Health Roundup] ① Fenwick-gu Offers Screenings ② Dunmere-gu Opens a Class\n\n[Metro Daily Reporter Ha] "
            "① Fenwick-gu (Mayor Oh) announced on the 14th that it will offer free screenings from the 19th.\n\n"
            "② Dunmere-gu (Mayor Shin) announced on the 13th that it will run a class on March 5.\n")
    assert [item.organizer for item in split_items(text)] == [None, "Fenwick-gu", "Dunmere-gu"]


def test_the_hours_a_service_breaks_for_are_no_event():
    events = extract_events(_document(
        "2024-02-14", "Rook-gu (Mayor Do) will hold a blood donation drive on the 21st.\n\n△Date: Feb. 21 (Wed.) "
                      "10:00~16:00 (lunch break 12:00~13:00) △Venue: Front plaza of the Rook-gu Office\n\nOn the 22nd, its "
                      "health center will vaccinate residents from 9 a.m. to 5 p.m. (closed for lunch from 12 to 1 p.m.)."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("2024-02-21T10:00:00", "2024-02-21T16:00:00"), ("2024-02-22T09:00:00", "2024-02-22T17:00:00")]


def test_a_period_field_open_at_office_hours_on_weekdays_is_one_period_told_once():
    events = extract_events(_document(
        "2024-02-14", "Fen-gu (Mayor Oh) announced on the 14th that its public health center will offer free health "
                      "screenings from the 19th to March 29.\n\n△Period: Feb. 19 (Mon.) ~ March 29 (Fri.), weekdays "
                      "9:00~17:00 △Venue: Screening room, 2nd floor of the Fen-gu Public Health Center"))
    assert [(e.start.isoformat(), e.end.isoformat(), e.recurrence, e.location) for e in events] == [
        ("2024-02-19T09:00:00", "2024-03-29T17:00:00", None, "Screening room, 2nd floor of the Fen-gu Public Health Center")]


def test_what_is_held_every_weekend_during_an_exhibition_runs_from_its_first_day_at_its_place():
    events = extract_events(_document(
        "2023-11-08", "Moss-gu (Mayor Sim) announced on the 8th that it will hold the exhibition ‘Light Through Hanji’ at "
                      "the Moss Gallery.\n\n△Period: Nov. 14 (Tue.) ~ Dec. 24 (Sun.) △Hours: 10:00~18:00 daily\n\nAn "
                      "opening ceremony will be held at 4 p.m. on the 14th, and docents will guide visitors every "
                      "Saturday and Sunday at 2 p.m. during the exhibition."))
    ceremony, = [e for e in events if e.title == "Opening ceremony"]
    tours, = [e for e in events if "Docents" in e.title]
    assert (ceremony.start.isoformat(), ceremony.location) == ("2023-11-14T16:00:00", "Moss Gallery")
    assert (tours.title, tours.start.isoformat(), tours.recurrence, tours.location) == (
        "Docents will guide visitors", "2023-11-18T14:00:00", "FREQ=WEEKLY;BYDAY=SA,SU;COUNT=12", "Moss Gallery")


def test_a_road_closure_s_section_field_is_its_place():
    events = extract_events(_document(
        "2024-10-22", "Brook-si (Mayor Ha) announced on the 21st that traffic will be controlled during the city "
                      "marathon on the 27th.\n\n△Control time: Oct. 27 (Sun.) 7:00~13:00 △Control section: Riverside-ro "
                      "from the Sports Complex to Willow Bridge"))
    assert [(e.start.isoformat(), e.location) for e in events if e.all_day is False] == [
        ("2024-10-27T07:00:00", "Riverside-ro from the Sports Complex to Willow Bridge")]


def test_a_holiday_a_day_falls_in_is_no_happening_of_its_own():
    events = extract_events(_document(
        "2023-09-05", "Brack-gun (County Governor Yeom) announced on the 4th that its farmers' market will open every "
                      "Saturday from the 9th to Nov. 25 in the parking lot of the county office. The market will take a "
                      "break on the 30th (Sat.), which falls during the Chuseok holidays."))
    assert [(e.start.isoformat(), e.recurrence) for e in events] == [("2023-09-09", "FREQ=WEEKLY;BYDAY=SA;COUNT=12")]


def test_the_days_a_place_closes_on_are_no_happening_and_lend_no_one_their_hours():
    events = extract_events(_document(
        "2023-11-08", "Wex-gu (Mayor Do) announced on the 7th that the Wex Central Library will reopen on the 21st (Tue) "
                      "with a ceremony at 10:30 a.m.\n\nAfter reopening, the library will be open from 9:00 to 22:00 on "
                      "weekdays and from 9:00 to 18:00 on weekends, and it will close on the 2nd and 4th Mondays of each "
                      "month."))
    assert [(e.start.isoformat(), e.recurrence) for e in events] == [("2023-11-21T10:30:00", None)]


def test_the_days_an_article_counts_in_a_holiday_told_after_it_are_the_holiday_told_once():
    events = extract_events(_document(
        "2024-02-14", "Marl-gu (Mayor Yun) announced on the 14th that during the Lunar New Year holiday from the 9th to "
                      "the 12th, the health center ran a holiday clinic and treated 340 patients."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2024-02-09", "2024-02-12")]


def test_the_venue_field_below_a_paragraph_places_its_happenings():
    events = extract_events(_document(
        "2022-05-03", "Bram-gu (Mayor Lim) announced on the 2nd that it will hold the ‘Young Artists Exhibition’ from the "
                      "6th to the 22nd. The show brings together 96 works by 24 artists.\n△Venue: 2nd-floor gallery, "
                      "Bram Arts Center △Hours: 10:00~18:00 daily △Admission: free\nAn opening ceremony will be held at "
                      "3 p.m. on the first day."))
    assert [(e.start.isoformat(), e.location) for e in events] == [
        ("2022-05-06T10:00:00", "2nd-floor gallery, Bram Arts Center"),
        ("2022-05-06T15:00:00", "2nd-floor gallery, Bram Arts Center")]


def test_a_quote_told_before_its_speaker_is_speech_too():
    events = extract_events(_document(
        "2023-12-21", "Pell-gu (Mayor Ryu) announced on the 20th that it held the ‘Citizens' Award’ ceremony in the "
                      "district office on the 19th. “Those honored today are the quiet heroes of our community,” Mayor "
                      "Ryu said."))
    assert [e.start.isoformat() for e in events] == ["2023-12-19"]


def test_shuttle_buses_running_from_an_hour_are_a_service_of_the_happening_not_one_of_their_own():
    events = extract_events(_document(
        "2023-12-21", "Corra-gu (Mayor Seo) will hold the ‘New Year's Sunrise Festival’ at the summit of Corra Hill at "
                      "7 a.m. on Jan. 1 next year. As there is no parking on the hill, 10 free shuttle buses will run "
                      "between Exit 3 of Corra Station and the trailhead every 10 minutes from 5:30 a.m."))
    assert [e.start.isoformat() for e in events] == ["2024-01-01T07:00:00"]


def test_the_day_after_a_closure_only_ends_it():
    events = extract_events(_document(
        "2023-12-21", "Oster-gu (Mayor Noh) announced on the 21st that all eight public libraries in the district will "
                      "close Dec. 30?Jan. 1 for the holidays. The libraries reopen on Jan. 2, and the Central Library will "
                      "hold a ‘Book Sharing Day’ at 10 a.m. on Jan. 6 (Sat.) in its 1st-floor lobby."))
    assert [(e.start.isoformat(), e.end and e.end.isoformat()) for e in events] == [
        ("2023-12-30", "2024-01-01"), ("2024-01-06T10:00:00", None)]
    assert "reopen on Jan. 2" in events[0].description


def test_a_calendar_column_s_capital_dateline_names_the_district_not_the_title():
    events = extract_events(_document(
        "2022-06-08", "SORREL-GU -- The Sorrel Hydrangea Festival returns June 18-19, 10 a.m.-8 p.m. both days, at the "
                      "Sorrel Arboretum.\n\nTOLLCROSS-GU -- The Tollcross Street Food Fair is Sunday, June 12, noon to 5 p.m."))
    assert [(e.organizer, e.title[:26].strip(), e.start.isoformat()) for e in events] == [
        ("Sorrel-gu", "Sorrel Hydrangea Festival", "2022-06-18T10:00:00"),
        ("Tollcross-gu", "Tollcross Street Food Fair", "2022-06-12T12:00:00")]


def test_a_check_in_time_beside_a_start_is_no_happening_of_its_own():
    events = extract_events(_document(
        "2024-04-30", "Dun-si (Mayor Heo) will hold a citizens' bike ride on 5.18.(Sat).\n\n▶Date: 5.18.(Sat) 14:00 start "
                      "(check-in from 13:00) ▶Starting point: Main gate plaza of the Civic Sports Complex"))
    assert [e.start.isoformat() for e in events] == ["2024-05-18T14:00:00"]


def test_the_city_told_after_its_council_s_item_is_the_city_again():
    from calendarize.segment import split_items

    text = ("Headline\n\nDun-si (Mayor Heo) announced on the 30th that it will hold a flower festival.\n\n"
            "The Dun City Council (Chairperson Ok) will convene its 281st session from 5. 7. to 5. 15.\n\n"
            "The city will hold the ‘Children's Day Celebration’ on 5. 5.(Sun).\n\n"
            "The district's libraries are open.\n")
    assert [item.organizer for item in split_items(text)] == [None, "Dun-si", "Dun City Council", "Dun-si"]


def test_hours_during_a_festival_of_a_happening_named_in_their_sentence_are_its_own_on_each_day():
    events = extract_events(_document(
        "2024-09-24", "Dun-si (Mayor Heo) announced on the 24th that the ‘Silver Reed Festival’ will be held for three "
                      "days from Oct. 4 to 6 at Sarae Riverside Park.\n\nThe ‘Reed Night Market’, with 40 food trucks, "
                      "will be open nightly from 6 p.m. to 11 p.m. during the festival.\n\nFamilies can also visit the "
                      "‘Reed Craft Village’, a hands-on zone of 24 booths. The village will be open from 10 a.m. to 5 p.m. "
                      "each day of the festival."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("Silver Reed Festival", "2024-10-04", "2024-10-06", None),
        ("Reed Craft Village", "2024-10-04T10:00:00", "2024-10-04T17:00:00", "FREQ=DAILY;COUNT=3"),
        ("Reed Night Market", "2024-10-04T18:00:00", "2024-10-04T23:00:00", "FREQ=DAILY;COUNT=3")]


def test_what_a_festival_closes_with_is_on_its_last_day_at_its_hours():
    events = extract_events(_document(
        "2024-09-24", "Dun-si (Mayor Heo) announced on the 24th that the ‘Silver Reed Festival’ will be held for three "
                      "days from Oct. 4 to 6 at Sarae Riverside Park. The festival will close with a concert featuring "
                      "local bands from 6 p.m. to 8 p.m."))
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat(), e.location) for e in events] == [
        ("Silver Reed Festival", "2024-10-04", "2024-10-06", "Sarae Riverside Park"),
        ("Closing concert", "2024-10-06T18:00:00", "2024-10-06T20:00:00", "Sarae Riverside Park")]


def test_a_happening_told_to_last_some_minutes_starting_at_an_hour_ends_then():
    events = extract_events(_document(
        "2024-09-24", "Dun-si (Mayor Heo) announced on the 24th that a fireworks show of about 10,000 shots will light up "
                      "the sky over the river for 25 minutes starting at 8:30 p.m. on Oct. 5."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2024-10-05T20:30:00", "2024-10-05T20:55:00")]


def test_what_will_follow_at_an_hour_is_named_by_its_own_subject():
    events = extract_events(_document(
        "2024-09-24", "Dun-si (Mayor Heo) will hold a ‘Citizens' Reed Parade’ from 3 p.m. to 4:30 p.m. on Oct. 4. The "
                      "opening ceremony will follow at 7 p.m. on the main stage."))
    assert [(e.title, e.start.isoformat()) for e in events] == [
        ("Citizens' Reed Parade", "2024-10-04T15:00:00"), ("Opening ceremony", "2024-10-04T19:00:00")]


def test_a_weekday_span_s_last_day_told_again_by_its_date_is_no_second_event():
    events = extract_events(_document(
        "2022-06-08", "TOLL-GU -- Registration for the district's summer swim program opens Monday and runs through "
                      "Friday, June 17, at the Toll Sports Center front desk."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2022-06-13", "2022-06-17")]


def test_opening_hours_with_a_lunch_break_are_one_window_not_a_second_event():
    events = extract_events(_document(
        "2024-03-14", "Dun-gu (Mayor Heo) announced on the 13th that its health center will run a ‘Pollen Allergy "
                      "Clinic’ from the 18th to May 31. The clinic is open weekdays 9:00~12:00 and 13:00~17:00."))
    assert [(e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("2024-03-18T09:00:00", "2024-03-18T17:00:00", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=55")]


def test_a_day_a_deadline_would_normally_be_and_its_end_told_again_are_no_events():
    events = extract_events(_document(
        "2024-03-14", "Dun-gu (Mayor Heo) announced on the 12th that car owners who prepay the automobile tax will get "
                      "a deduction.\n\n○ Application and payment period: March 16 (Sat.) ~ April 1 (Mon.)\n\n"
                      "The deadline would normally be the 31st, but because it falls on a Sunday, payments made by "
                      "April 1 will be accepted."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2024-03-16", "2024-04-01")]


def test_a_day_a_forecast_gives_around_is_no_happening():
    events = extract_events(_document(
        "2024-03-14", "Dun-gu (Mayor Heo) will hold the ‘Dun Cherry Blossom Festival’ from April 5 to 7. The district "
                      "moved it after a forecaster predicted that the trees would reach full bloom around April 4."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2024-04-05", "2024-04-07")]


def test_a_city_newsletter_s_numbered_sections_are_items_of_their_own():
    from calendarize.segment import split_items

    text = ("[Dun-si Newsletter] News for Residents\n\nDun-si (Mayor Heo) shares the following news.\n\n"
            "① ‘Dun Night Market’ opens on the 25th\n\nThe city will run the night market from the 25th to Sept. 10. "
            "An opening ceremony will be held at 7:30 p.m. on the 25th.\n\n"
            "④ Autumn lifelong-learning courses: registration Sept. 4?8\n\n"
            "△Registration: Sept. 4 (Mon.)?8 (Fri.) on the Dun Learning Portal △Course period: Sept. 18 ~ Dec. 8\n")
    assert [item.organizer for item in split_items(text)] == [None, "Dun-si", "Dun-si", "Dun-si"]
    events = extract_events(_document("2023-08-22", text))
    assert [(e.title, e.start.isoformat()) for e in events] == [
        ("Dun Night Market", "2023-08-25"), ("Opening ceremony", "2023-08-25T19:30:00"),
        ("Registration: Autumn lifelong-learning courses", "2023-09-04"),
        ("Autumn lifelong-learning courses", "2023-09-18")]


def test_a_council_s_committees_told_as_fields_are_named_by_their_labels_and_meet_at_the_council():
    events = extract_events(_document(
        "2024-11-19", "The Dun City Council (Chairman Oh) announced on the 18th that it will convene its 296th regular "
                      "session from the 25th to Dec. 18.\n\nBudget reviews will proceed as follows: △Welfare and Culture "
                      "Committee: Dec. 4 (Wed.) ~ 5 (Thu.) △Urban Construction Committee: Dec. 6 (Fri.). The Special "
                      "Committee on Budget and Accounts will then conduct a comprehensive review Dec. 9?13."))
    assert [(e.title, e.start.isoformat(), e.location) for e in events][1:3] == [
        ("Welfare and Culture Committee", "2024-12-04", "Dun City Council"),
        ("Urban Construction Committee", "2024-12-06", "Dun City Council")]
    assert events[-1].location == "Dun City Council"  # (not "Committee on Budget and Accounts")


def test_hours_extended_to_an_hour_are_no_happening_at_that_hour():
    events = extract_events(_document(
        "2024-11-19", "Dun-gu (Mayor Cha) will run a ‘Wednesday Night Counter’. Starting on the 20th, the Civil Affairs "
                      "Division will extend its hours to 8 p.m. every Wednesday through December, with four officials "
                      "staffing the counter from 6 p.m. to 8 p.m."))
    assert [(e.start.isoformat(), e.recurrence) for e in events] == [("2024-11-20T18:00:00", "FREQ=WEEKLY;BYDAY=WE;COUNT=6")]


def test_a_weekly_schedule_told_again_or_as_it_was_last_year_is_no_second_series():
    events = extract_events(_document(
        "2023-04-17", "Dun-gu (Mayor Gil) announced on the 17th that it will open the ‘Dun Farm Market’ every Wednesday "
                      "from May 3 to Oct. 25, 10:00~16:00, at the station plaza.\n\nLast year the market opened on "
                      "Saturdays, but it has moved to Wednesdays at the request of residents."))
    assert [(e.start.isoformat(), e.recurrence) for e in events] == [("2023-05-03T10:00:00", "FREQ=WEEKLY;BYDAY=WE;COUNT=26")]


def test_buses_every_few_minutes_and_hours_that_hang_on_the_weather_give_no_hours():
    events = extract_events(_document(
        "2023-07-05", "Dun-gun (Governor Ra) will hold the ‘Mud Run’ at 8 a.m. on the 23rd. Applications will be taken "
                      "on the festival website from the 6th to the 16th.\n\nFree shuttle buses will run throughout the "
                      "festival. Buses leave every 20 minutes from the terminal between 9:30 a.m. and 9 p.m. If a heat "
                      "wave warning is issued, the Mud Arena will close from 1 p.m. to 3 p.m."))
    assert sorted((e.start.isoformat(), e.end and e.end.isoformat()) for e in events) == [
        ("2023-07-06", "2023-07-16"), ("2023-07-23T08:00:00", None)]


def test_a_day_without_waste_collection_is_an_event_and_the_days_around_it_are_not():
    events = extract_events(_document(
        "2022-09-27", "Dun-gu (Mayor Ahn) announced on the 27th that household waste, food waste and recyclables will not "
                      "be collected on Oct. 10 (Mon), the substitute holiday for Hangeul Day. Residents are asked not to put "
                      "out waste on the evening of the 9th (Sun) and to put it out from the evening of the 10th instead. "
                      "Collection on the 3rd (Mon), National "
                      "Foundation Day, will go ahead as usual. Bulky waste pickups booked for the 10th will be made on the "
                      "12th (Wed) instead."))
    assert [(e.title, e.start.isoformat()) for e in events] == [
        ("No waste collection", "2022-10-10"), ("Bulky waste pickups booked for the 10th", "2022-10-12")]


def test_a_tour_that_takes_two_and_a_half_hours_keeps_its_start_and_a_start_it_was_to_have_is_none():
    events = extract_events(_document(
        "2021-11-03", "Dun-gu (Mayor Choi) announced on the 2nd that it will run the ‘Ridge Foliage Walking Tour’ every "
                      "Saturday and Sunday from the 6th to the 28th. The tour starts at 10 a.m. at the Ridge Trail entrance, "
                      "taking about two and a half hours.\n\nThe tour was originally to begin on Oct. 30, but it was "
                      "postponed by a week."))
    assert [(e.start.isoformat(), e.recurrence) for e in events] == [("2021-11-06T10:00:00", "FREQ=WEEKLY;BYDAY=SA,SU;COUNT=8")]


def test_groups_that_became_eligible_in_turn_run_until_the_end_all_of_them_share():
    events = extract_events(_document(
        "2023-10-12", "Dun-gu (Mayor Choi) announced on the 11th that its health center will give free influenza shots to "
                      "seniors in three stages.\n\nSeniors aged 75 or older became eligible on the 11th, followed by those "
                      "aged 70 to 74 from the 16th (Mon) and those aged 65 to 69 from the 19th (Thu). All three groups can "
                      "be vaccinated until Dec. 31. Two buses will be parked in the front plaza of the Dun-gu Office."))
    assert [(e.title.split(": ")[-1], e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("Seniors aged 75 or older", "2023-10-11", "2023-12-31"), ("Those aged 70 to 74", "2023-10-16", "2023-12-31"),
        ("Those aged 65 to 69", "2023-10-19", "2023-12-31")]


def test_a_place_told_as_where_something_is_parked_is_the_event_s():
    events = extract_events(_document(
        "2023-10-12", "Dun-gu (Mayor Yeom) will hold the ‘Sharing Life Blood Drive’ on the 25th (Wed) from 10 a.m. to "
                      "4 p.m. Two blood donation buses will be parked in the front plaza of the Dun-gu Office."))
    assert [e.location for e in events] == ["front plaza of the Dun-gu Office"]


def test_a_center_that_announces_its_own_news_is_its_organizer_and_a_platform_s_name_is_no_title():
    events = extract_events(_document(
        "2024-02-06", "Dun-si (Mayor Ko) will give uniform subsidies from the 13th.\n\nThe Dun Lifelong Learning Center "
                      "announced on the 5th that it will open the ‘Wednesday Online Academy’ for students. The lectures will "
                      "be held every Wednesday for eight weeks starting March 6, from 7:30 p.m. to 9 p.m., on the city's "
                      "online learning platform ‘Dun Learn’."))
    assert [(e.organizer, e.title) for e in events][-1] == ("Dun Lifelong Learning Center", "Wednesday Online Academy")


def test_lights_that_stay_on_later_on_some_nights_make_no_happening_then():
    events = extract_events(_document(
        "2022-12-20", "Dun-si (Mayor Gu) announced on the 19th that the ‘Dun Winter Light Festival’ that opened on the "
                      "16th at Dun Riverside Park will run until Feb. 26 next year. The lights are on from 5 p.m. to 11 p.m. "
                      "daily, and they will stay on until 1 a.m. on Christmas Eve and New Year's Eve."))
    assert [(e.start.isoformat(), e.recurrence) for e in events] == [("2022-12-16T17:00:00", "FREQ=DAILY;COUNT=73")]


def test_hours_of_a_place_go_to_the_happening_held_there():
    events = extract_events(_document(
        "2023-05-11", "Dun-si (Mayor Cha) announced on the 10th its culture program.\n\nBecause the 29th (Mon.) is a "
                      "substitute holiday, the museum will open on the 29th and close on the 30th (Tue.) instead.\n\n"
                      "The Dun Citizens' Gallery will host the photo exhibition ‘Our Streets, Then and Now’ from the 16th "
                      "to June 4. About 150 photographs compare the old town's alleys. The gallery is open from 10 a.m. "
                      "to 7 p.m. daily, including weekends and holidays, and admission is free."))
    assert [(e.start.isoformat(), e.recurrence) for e in events if e.title == "Our Streets, Then and Now"] == [
        ("2023-05-16T10:00:00", "FREQ=DAILY;COUNT=20")]


def test_application_fields_take_the_place_the_sentence_before_them_names():
    events = extract_events(_document(
        "2021-11-03", "Dun-gu (Mayor Bang) announced on the 2nd that it will give a ‘Winter Heating Cost Subsidy’ to "
                      "3,800 households. Applications will be received in two stages at dong community service centers.\n\n"
                      "○ Priority applications: Nov. 8 (Mon.) ~ 12 (Fri.) ○ General applications: from the 15th until the "
                      "30th"))
    assert [(e.start.isoformat(), e.end.isoformat(), e.location) for e in events] == [
        ("2021-11-08", "2021-11-12", "dong community service centers"),
        ("2021-11-15", "2021-11-30", "dong community service centers")]


def test_numbered_sections_told_as_fields_with_hours_are_parts_of_the_day_told_before():
    events = extract_events(_document(
        "2022-09-27", "Dun-gu (Mayor Pyo) announced on the 26th that it will control traffic on riverside roads on "
                      "Oct. 2 (Sun) for the ‘Dun Riverside Marathon’.\n\nRoad closures by section are as follows. "
                      "△Section 1 (Dun Stadium ~ Harlan Bridge, all 6 lanes): 7:00~10:30 △Section 2 (Harlan Bridge ~ "
                      "Riverside-ro junction, 2 lanes toward the river): 7:30~11:30"))
    assert [(e.title.split(" (")[0], e.start.isoformat(), e.end.isoformat()) for e in events if e.end][:2] == [
        ("Dun Riverside Marathon: Section 1", "2022-10-02T07:00:00", "2022-10-02T10:30:00"),
        ("Dun Riverside Marathon: Section 2", "2022-10-02T07:30:00", "2022-10-02T11:30:00")]


def test_listed_days_keep_their_hours_beside_a_lunch_break():
    events = extract_events(_document(
        "2023-12-14", "Rook-gu (Mayor Do) will hold a blood donation drive.\n\n△Dates: Dec. 21 (Thu.) and 28 (Thu.) "
                      "10:00~16:00 (lunch break 12:00~13:00) △Venue: Front plaza of the Rook-gu Office"))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("2023-12-21T10:00:00", "2023-12-21T16:00:00"), ("2023-12-28T10:00:00", "2023-12-28T16:00:00")]


def test_hours_told_again_by_a_common_noun_are_those_of_the_happening_named_before():
    events = extract_events(_document(
        "2023-05-16", "Fen-gu (Mayor Cha) announced on the 16th that it will run the 'Free Job-Seeker Photo Studio' on the "
                      "25th (Thu) and the 27th (Sat) at the Fen Youth Space. The studio will operate 10:00~17:00 on the 25th "
                      "and 10:00~16:00 on the 27th (lunch break 12:00~13:00), with 60 slots per day."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.location) for e in events] == [
        ("Free Job-Seeker Photo Studio", "2023-05-25T10:00:00", "2023-05-25T17:00:00", "Fen Youth Space"),
        ("Free Job-Seeker Photo Studio", "2023-05-27T10:00:00", "2023-05-27T16:00:00", "Fen Youth Space")]


def test_days_a_work_was_first_planned_for_make_no_event_however_they_are_listed():
    events = extract_events(_document(
        "2025-06-25", "Dun-si (Mayor Ko) announced on the 23rd that Gorse Station will be closed on July 12~13 for "
                      "repairs. The work had originally been planned for the weekends of the 28th~29th and July 5~6, but "
                      "both were postponed by two weeks."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2025-07-12", "2025-07-13")]


def test_a_corporation_telling_its_own_news_opens_an_item_of_its_own():
    events = extract_events(_document(
        "2025-06-25", "Dun-si (Mayor Ko) announced on the 24th that 42 new bike stations will open on the 30th.\n\n"
                      "Meanwhile, the Dun Transportation Corporation announced on the 23rd that Gorse Station will be "
                      "closed on July 12~13 for repairs."))
    assert [(e.organizer, e.start.isoformat()) for e in events] == [
        ("Dun-si", "2025-06-30"), ("Dun Transportation Corporation", "2025-07-12")]


def test_where_one_applies_for_a_thing_is_not_where_a_later_happening_of_it_is_held():
    events = extract_events(_document(
        "2023-12-14", "Fen-gu (Mayor Nam) announced on the 14th that residents who wish to join the Snow Patrol can "
                      "apply at their dong community service center by the 18th. The district will run the 'Snow Patrol "
                      "Winter Camp' on the 19th from 2 p.m. to 4 p.m."))
    assert [(e.start.isoformat(), e.location) for e in events] == [
        ("2023-12-18", "dong community service center"), ("2023-12-19T14:00:00", None)]


def test_the_hours_a_place_normally_keeps_and_its_closing_weekday_are_no_happening():
    events = extract_events(_document(
        "2023-04-04", "Fen-gu (Mayor Cha) announced on the 4th that it will extend the hours of its reading rooms from "
                      "the 17th to May 5. The reading rooms, normally open 9 a.m. to 10 p.m., will open from 7 a.m. to "
                      "11 p.m. daily during the period, including the libraries' regular Monday closing days."))
    assert [(e.start.isoformat(), e.recurrence) for e in events] == [("2023-04-17T07:00:00", "FREQ=DAILY;COUNT=19")]


def test_a_challenge_told_by_its_kind_is_the_one_named_before_not_a_term_in_quotes():
    events = extract_events(_document(
        "2023-04-04", "Fen-gu (Mayor Cha) is recruiting participants for the '2023 Fen Reading Marathon', in which "
                      "readers log the pages they read. The challenge runs from April 12 to Oct. 31, with a full course "
                      "and a 'kids' course of 10,000 pages."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("2023 Fen Reading Marathon", "2023-04-12", "2023-10-31")]


def test_a_council_meets_at_the_council():
    events = extract_events(_document(
        "2024-11-22", "The Fen-gu Council (Chairperson Do) announced on the 21st that it will convene its 287th regular "
                      "session from the 25th to Dec. 20. The budget will be put to a vote at the 3rd plenary meeting at "
                      "2 p.m. on Dec. 20 (Fri.). Residents may post opinions on the council website until Dec. 6."))
    assert [(e.start.isoformat(), e.location) for e in events] == [
        ("2024-11-25", "Fen-gu Council"), ("2024-12-20T14:00:00", "Fen-gu Council")]


def test_a_place_shut_for_a_day_keeps_no_opening_hours_and_is_its_place():
    events = extract_events(_document(
        "2024-08-14", "Dun-si (Mayor Gil) announced on the 13th that the Dun Safety Experience Center in Harbor-dong "
                      "will close on the 15th (Thu), Liberation Day, for maintenance, and will then extend its hours from "
                      "the 16th to Sept. 1, opening from 9 a.m. to 8 p.m. daily, including Mondays, when it is normally "
                      "closed."))
    assert [(e.start.isoformat(), e.location, e.recurrence) for e in events] == [
        ("2024-08-15", "Dun Safety Experience Center in Harbor-dong", None),
        ("2024-08-16T09:00:00", "Dun Safety Experience Center in Harbor-dong", "FREQ=DAILY;COUNT=17")]  # its longer hours, there


def test_a_happening_told_with_its_start_and_again_with_its_end_is_one_event():
    events = extract_events(_document(
        "2024-08-14", "Dun-si (Mayor Gil) announced on the 13th that it will hold the '97th Civil Defense Drill' across "
                      "the city at 2 p.m. on the 22nd (Thu).\n\n△Date: Aug. 22 (Thu.) 14:00~14:20 △Scope: entire city"))
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("97th Civil Defense Drill", "2024-08-22T14:00:00", "2024-08-22T14:20:00")]


def test_a_list_of_days_each_with_hours_and_place_are_days_of_the_happening_named_before():
    events = extract_events(_document(
        "2025-09-04", "Dun-si (Mayor Oh) announced on the 3rd that its tax division will run the 'Mobile Tax Counseling "
                      "Desk', which visits dong community service centers.\n\n△Sept. 17 (Wed.) 10:00~12:00, East-dong "
                      "Community Service Center △Sept. 19 (Fri.) 2 p.m. to 5 p.m., West-dong Community Service Center"))
    assert [(e.title, e.start.isoformat(), e.location) for e in events] == [
        ("Mobile Tax Counseling Desk", "2025-09-17T10:00:00", "East-dong Community Service Center"),
        ("Mobile Tax Counseling Desk", "2025-09-19T14:00:00", "West-dong Community Service Center")]


def test_a_date_field_giving_again_the_days_told_is_that_happening_s_whatever_was_named_between():
    events = extract_events(_document(
        "2024-10-04", "Wex-gu (Mayor Pyo) announced on the 3rd that its Dementia Relief Center will hold the 'Weekend "
                      "Memory Check', a free screening for residents who find it hard to visit on weekdays, on the 19th "
                      "(Sat) and 20th (Sun).\n\nThe screening was originally planned for the 12th and 13th, but it was "
                      "pushed back because the Wex Culture Center, where it will be held, is hosting the 'Wex Residents' "
                      "Day' festival that weekend.\n\n△Date: Oct. 19 (Sat.) ~ 20 (Sun.), 10:00~16:00 each day △Venue: "
                      "2nd-floor multipurpose hall, Wex Culture Center"))
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in events] == [
        ("Weekend Memory Check", "2024-10-19T10:00:00", "FREQ=DAILY;COUNT=2")]


def test_a_bell_ringing_night_told_with_its_moments_the_sunrise_and_a_deadline():
    events = extract_events(_document(
        "2023-12-14", "Fen-gu (Mayor Nam) will hold the 'New Year's Bell-Ringing Ceremony' at the Fen Bell Pavilion on "
                      "Dec. 31 (Sun.). Celebratory performances will begin at 11 p.m., and at midnight the mayor and 12 "
                      "citizen representatives will strike the bell 33 times. Residents who wish to ring the bell can "
                      "apply by email by the 20th.\n\nThe 'Year-End Sharing Bazaar' held at the Fen Cultural Center on "
                      "the 9th (Sat) raised 23.6 million won, which will be delivered to 320 households before the Lunar "
                      "New Year.\n\nThe district will also host the 'First Sunrise of 2024' gathering at Mt. Fen from "
                      "6:30 a.m. on Jan. 1. The sun is expected to rise at 7:47 a.m."))
    assert [(e.start.isoformat(), e.end and e.end.isoformat()) for e in events] == [
        ("2023-12-31T23:00:00", None), ("2023-12-20", None), ("2023-12-09", None), ("2024-01-01T06:30:00", None)]


def test_days_told_again_in_an_appositive_are_the_same_closure():
    events = extract_events(_document(
        "2025-09-04", "Dun-si (Mayor Oh) announced on the 3rd its autumn notices.\n\nAhead of the Chuseok holiday, the "
                      "city said the civil service counters at City Hall and all 28 dong community service centers will be "
                      "closed from Oct. 3 (Fri.) to 9 (Thu.), a seven-day break that runs from National Foundation Day "
                      "through Hangeul Day."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2025-10-03", "2025-10-09")]


def test_a_desk_launched_on_a_day_and_told_again_with_its_weekly_hours_is_one_series():
    events = extract_events(_document(
        "2025-09-04", "Dun-si (Mayor Oh) announced on the 3rd that it will launch the 'Thursday Night Civil Service Desk' "
                      "on the 11th. The desk on the 1st floor of City Hall will issue resident registration certificates "
                      "every Thursday from 6 p.m. to 9 p.m. for working residents."))
    assert [(e.title, e.start.isoformat(), e.recurrence, e.location) for e in events] == [
        ("Thursday Night Civil Service Desk", "2025-09-11T18:00:00", "FREQ=WEEKLY;BYDAY=TH", "1st floor of City Hall")]


def test_a_holiday_followed_by_the_days_the_article_counts_is_one_closure_of_those_days():
    events = extract_events(_document(
        "2024-01-25", "Oak-gu (Mayor Baek) announced on the 25th that 96 senior welfare facilities will close during the "
                      "Lunar New Year holidays, Feb. 9?12, including the substitute holiday on the 12th, and reopen on "
                      "the 13th."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events if e.end] == [("2024-02-09", "2024-02-12")]


def test_hours_told_right_after_a_series_without_hours_are_its_hours():
    events = extract_events(_document(
        "2024-01-25", "Hal-gu (Mayor Cha) announced on the 24th that it will offer free haircuts for seniors on the last "
                      "Wednesday of every month, starting on the 31st, at the Hal Senior Welfare Center. Twenty volunteer "
                      "hairdressers will cut hair from 10 a.m. to 3 p.m. in the 2nd-floor program room."))
    assert [(e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("2024-01-31T10:00:00", "2024-01-31T15:00:00", "FREQ=MONTHLY;BYDAY=-1WE")]


def test_the_market_named_just_before_is_the_one_held_in_front_of_a_place():
    events = extract_events(_document(
        "2023-08-28", "Hol-gun (Governor Ko) announced on the 28th that residents can pre-order gift sets through the "
                      "county's online mall 'Hol Market' until Sept. 15.\n\nThe county also announced that it will open "
                      "the 'Hol Farmers' Saturday Market', a direct-trade market where 25 small farms sell vegetables. The "
                      "market will be held every 1st and 3rd Saturday of the month from Sept. 2 through Nov. 18, "
                      "9:00~13:00, at the plaza in front of Hol Traditional Market."))
    assert [(e.title, e.location) for e in events if e.recurrence] == [
        ("Hol Farmers' Saturday Market", "plaza in front of Hol Traditional Market")]


def test_shuttle_buses_told_as_a_happening_of_their_own_keep_their_hours():
    events = extract_events(_document(
        "2024-03-27", "Eld-gun (Governor Ko) announced on the 26th that the 'Eld Cherry Blossom Festival' will be held "
                      "from April 5 to 7.\n\nFree shuttle buses will operate during the festival (April 5?7), 9:00~22:00, "
                      "leaving every 20 minutes from the Eld Bus Terminal."))
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in events if "shuttle" in e.title] == [
        ("Free shuttle buses", "2024-04-05T09:00:00", "FREQ=DAILY;COUNT=3")]


def test_what_an_unnamed_official_is_quoted_saying_makes_no_event():
    events = extract_events(_document(
        "2023-05-16", "Fen-gu (Mayor Cha) will run a free photo studio on the 25th.\n\n\"We added a Saturday session this "
                      "year for young people who work part-time jobs on weekdays,\" a district official said."))
    assert [e.start.isoformat() for e in events] == ["2023-05-25"]


def test_an_end_told_in_the_next_sentence_ends_the_happening_that_began_before():
    events = extract_events(_document(
        "2023-12-14", "Fen-gu (Mayor Nam) will hold the 'New Year's Bell-Ringing Ceremony' at the Fen Bell Pavilion on "
                      "Dec. 31 (Sun.). Celebratory performances will begin at 11 p.m. The ceremony will end with "
                      "fireworks at 12:40 a.m. on Jan. 1."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2023-12-31T23:00:00", "2024-01-01T00:40:00")]


def test_a_happening_at_the_shelter_named_before_is_held_there():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-12-10\n---\nLarch-gu will open the 'Larch Winter Night Shelter' on the 18th. A visiting "
        "doctor will hold free clinics at the shelter every Tuesday from the 19th, 7 p.m. to 9 p.m.\n", "x.txt", None)
    assert [(e.title, e.location) for e in extract_events(doc)] == [
        ("Larch Winter Night Shelter", None), ("Free clinics", "Larch Winter Night Shelter")]


def test_a_day_the_plan_no_longer_holds_and_the_days_of_a_forecast_make_no_event():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-09-27\n---\nLarch-gun announced on the 27th that the 'Larch Harvest Festival', which was "
        "scheduled to open on the 30th (Fri), will open one day later on Oct. 1 (Sat), as a typhoon is forecast to bring "
        "heavy rain to the region on the 29th and 30th. The 64 farm booths that were to be set up on the 29th will be "
        "installed once the typhoon has passed.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [("Larch Harvest Festival", "2022-10-01")]


def test_the_final_day_told_again_with_what_happens_on_it_is_one_event():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-09-27\n---\nLarch-gun news\n\nThe 'Larch Harvest Festival' runs Oct. 1~3 at Larch Park. The highlight of the "
        "final day is the 'Giant Rice Cake Contest', which starts at 11 a.m. on the 3rd in the central plaza.\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [
        ("Larch Harvest Festival", "2022-10-01"), ("Giant Rice Cake Contest", "2022-10-03T11:00:00")]


def test_a_name_given_as_an_example_of_what_is_lit_does_not_name_the_hours():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-12-10\n---\nLarch-gun news\n\nLarch-gun will hold the 'Larch Winter Light Festival' at "
        "Mirror Lake Park from the 20th to Feb. 2 next year. Some 1,500 light sculptures, including a 12 m 'Tree of Wishes', "
        "will be lit every night from 6 p.m. to 11 p.m. during the festival.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Larch Winter Light Festival", "2024-12-20T18:00:00", "FREQ=DAILY;COUNT=45")]


def test_a_closing_day_that_was_due_but_changed_makes_no_event():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-12-10\n---\nLarch-gun news\n\nThe Larch County Museum announced on the 10th that its "
        "exhibition 'Larch Celadon' has been extended. The exhibition was due to close on the 15th, but as visitors "
        "topped 41,000, it will now run until the 29th.\n", "x.txt", None)
    assert "2024-12-15" not in [e.start.isoformat() for e in extract_events(doc)]


def test_listed_days_each_with_a_place_and_no_comma_share_the_hours_below():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-05-14\n---\nLarch-gu news\n\nLarch-gu announced on the 13th that it will run 'Senior "
        "Health Check Days' at community centers.\n\n△May 20 (Tue.) Alder-dong Community Service Center, 3rd-floor hall "
        "△May 22 (Thu.) Birch 2-dong Community Service Center, 2nd-floor auditorium △Time: 10:00~15:00\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.location) for e in extract_events(doc)] == [
        ("Senior Health Check Days", "2025-05-20T10:00:00", "Alder-dong Community Service Center, 3rd-floor hall"),
        ("Senior Health Check Days", "2025-05-22T10:00:00", "Birch 2-dong Community Service Center, 2nd-floor auditorium")]


def test_a_bridge_closed_every_night_keeps_the_hours_of_its_closure_and_is_its_place():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-07-08\n---\nLarch news\n\nLarch City announced on the 8th that it will close the Grey "
        "Bridge, which links two districts, every night from the 15th (Mon) to Aug. 9 (Fri) for repairs.\n\nThe bridge "
        "will be closed to all vehicles from 11 p.m. to 5 a.m. the following morning.\n", "x.txt", None)
    [e] = extract_events(doc)
    assert (e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence, e.location) == (
        "Grey Bridge closed", "2024-07-15T23:00:00", "2024-07-16T05:00:00", "FREQ=DAILY;COUNT=26", "Grey Bridge")


def test_a_notice_field_names_the_happening_of_the_date_field_after_it():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-07-08\n---\nLarch news\n\nLarch City will make buses free for a day.\n\n"
        "○ Event: 2024 Clean Air Fare-Free Day ○ Date: Aug. 3 (Sat.), from first to last service ○ Coverage: all buses\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat()) for e in extract_events(doc)] == [("2024 Clean Air Fare-Free Day", "2024-08-03")]


def test_a_postponement_that_names_its_own_subject_moves_nothing_told_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-07-08\n---\nLarch news\n\nKiln Road will be repaved Jul. 22 (Mon.) ~ 25 (Thu.). The "
        "closure of the Marlow Underpass, initially planned to begin on the 15th, has been put off to August 5?16.\n",
        "x.txt", None)
    assert [(e.title.split()[0], e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc)] == [
        ("Kiln", "2024-07-22", "2024-07-25"), ("Closure", "2024-08-05", "2024-08-16")]


def test_a_paragraph_opening_on_another_name_after_a_foundations_item_returns_to_the_city():
    from calendarize.segment import split_items

    text = ("Larch news\n\nLarch-si (Mayor Jo Yeon-su) announced on the 13th that it will hold a fair.\n\n"
            "The Larch Culture Foundation will bring back 'Thursday Night Cinema'.\n\n"
            "Reservations open at 10 a.m. on the 20th.\n\n"
            "Larch Central Library will hold the 'Book Market' on the 25th.\n\n"
            "Starting January 6, the foundation's center will also open on Saturdays.\n")
    assert [item.organizer for item in split_items(text)] == [None, "Larch-si", "Larch Culture Foundation", "Larch-si"]


def test_the_city_said_at_the_end_of_a_sentence_dates_no_announcement():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-10-14\n---\nLarch news\n\nThe 'Larch Lantern Festival', originally scheduled for the 24th "
        "(Fri) through the 26th (Sun), has been pushed back by a week to Oct. 31 (Fri.) ~ Nov. 2 (Sun.), the city said.\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc)] == [
        ("Larch Lantern Festival", "2025-10-31", "2025-11-02")]


def test_the_library_that_will_then_close_is_the_one_named_before():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-10-14\n---\nLarch news\n\nLarch-si said Larch Central Library will hold a book market on "
        "the 25th (Sat). The library will then close for its annual collection inventory on Nov. 3?7.\n", "x.txt", None)
    assert [(e.title, e.location) for e in extract_events(doc)][-1] == (
        "Larch Central Library closed", "Larch Central Library")


def test_a_common_noun_names_the_longest_name_told_last():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-08-20\n---\nLarch news\n\n□ Larch City opens 'Old Port Night Market' for autumn\n\n"
        "Larch City (Mayor Ha Jeong-min) will open the 'Larch Old Port Night Market' on September 1. The market will "
        "close on Sept. 29 (Fri).\n", "x.txt", None)
    assert [e.title for e in extract_events(doc)][-1] == "Larch Old Port Night Market closed"


def test_hours_for_the_following_days_go_to_each_neighbourhood_listed_below():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-06-05\n---\nLarch news\n\nThe Larch Public Health Center announced on the 5th that it will "
        "carry out evening fogging against mosquitoes in June. Fogging runs from 7 p.m. to 10 p.m. on the following "
        "days.\n\n△Alder-dong·Birch-dong: June 12 (Mon.) ~ 16 (Fri.) △Cedar-dong: June 19 (Mon.) ~ 23 (Fri.)\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.recurrence, e.location) for e in extract_events(doc)] == [
        ("Fogging", "2023-06-12T19:00:00", "FREQ=DAILY;COUNT=5", "Alder-dong, Birch-dong"),
        ("Fogging", "2023-06-19T19:00:00", "FREQ=DAILY;COUNT=5", "Cedar-dong")]


def test_a_season_that_began_and_continues_is_not_ended_by_an_unrelated_deadline_before_it():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-06-05\n---\nLarch news\n\nThe 1st phase was originally set for the night of the 8th (Thu), "
        "but it was pushed back by six days. Residents can ask to have their street left out by calling the team by the "
        "9th (Fri). The city's mosquito control season, which began on May 1, continues until Oct. 31.\n", "x.txt", None)
    assert [(e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc)] == [("2023-05-01", "2023-10-31")]


def test_a_hyphenated_field_label_names_its_part_of_the_happening():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-10-10\n---\nLarch news\n\nLarch-gu will hold a job fair.\n\n▲Event: '2025 Larch Job Fair' "
        "▲Date: 10.22.(Wed) 13:00~17:00 ▲Companies: 25 firms ▲Pre-registration: 10.13.(Mon)~10.20.(Mon), website\n",
        "x.txt", None)
    assert "Pre-registration: 2025 Larch Job Fair" in [e.title for e in extract_events(doc)]


def test_daily_hours_go_to_the_happening_their_sentence_ends_not_to_the_holidays_they_include():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-12-20\n---\nLarch news\n\nDuring the New Year holiday, Dec. 30 (Sat) ~ Jan. 1 (Mon), 94 "
        "clinics will take turns.\n\nMeanwhile, the Larch Sledding Park will open on the 22nd (Fri). The park will run "
        "through Feb. 12 (Mon), 2024, the last day of the Lunar New Year holiday, from 10:00 to 17:00 every day, "
        "including weekends and holidays. The first sunrise of the year is forecast to appear at 7:41 a.m.\n",
        "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in extract_events(doc)][1:] == [
        ("Larch Sledding Park", "2023-12-22T10:00:00", "FREQ=DAILY;COUNT=53")]


def test_a_distribution_told_by_its_period_field_is_the_seed_each_day_not_a_variety():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-04-10\n---\nLarch news\n\nLarch-gun (Governor Ha Seung-beom) announced on the 10th that it "
        "will distribute 46 tons of rice seed, mainly of the 'Saeilmi' and 'Haepum' varieties, to 2,100 farms.\n\n"
        "△Period: Apr. 17 (Mon.) ~ 19 (Wed.), 9:00~17:00 each day △Venue: seed warehouses\n", "x.txt", None)
    [e] = extract_events(doc)
    assert (e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) == (
        "46 tons of rice seed", "2023-04-17T09:00:00", "2023-04-17T17:00:00", "FREQ=DAILY;COUNT=3")


def test_the_districts_own_division_after_a_centers_item_returns_to_the_district():
    from calendarize.segment import split_items

    text = ("Larch news\n\nLarch-gu (Mayor Ye) will run a job fair on the 27th.\n\n"
            "The Larch Volunteer Center (Director Ye Sun-ok) announced on the 11th that it held its awards on the 8th.\n\n"
            "Finally, the district's tax division reminded corporations to file by April 30 (Tue).\n")
    assert [item.organizer for item in split_items(text)] == [None, "Larch-gu", "Larch Volunteer Center", "Larch-gu"]


def test_the_district_told_after_a_leading_phrase_returns_from_a_foundations_item():
    from calendarize.segment import split_items

    text = ("Larch news\n\nLarch-gu (Mayor Ye) will run a holiday clinic on the 27th.\n\n"
            "The Larch Cultural Foundation (CEO Yeo) will hold a folk games festival on the 25th.\n\n"
            "During the holidays, the district will open 41 public parking lots free of charge.\n\n"
            "To help the local economy, the district will hold a market sale.\n")
    assert [item.organizer for item in split_items(text)] == [
        None, "Larch-gu", "Larch Cultural Foundation", "Larch-gu"]


def test_an_office_that_announced_opens_an_item_of_its_own():
    from calendarize.segment import split_items

    text = ("Larch news\n\nThe Larch City Museum (Director Heo) will open an exhibition on the 9th.\n\n"
            "The Larch Palace Management Office announced on the 1st that it will hold a night tour.\n")
    assert [item.organizer for item in split_items(text)] == [None, "Larch City Museum", "Larch Palace Management Office"]


def test_a_festival_named_after_a_leading_phrase_ends_a_museums_item():
    from calendarize.segment import split_items

    text = ("Larch news\n\nLarch-gun (Governor Pyo) will light the lake from the 20th.\n\n"
            "The Larch County Museum announced on the 10th that its exhibition has been extended.\n\n"
            "In the new year, the '12th Alder River Ice Fishing Festival' will be held from Jan. 4 (Sat.) to 19 (Sun.).\n")
    assert [item.organizer for item in split_items(text)] == [None, "Larch-gun", "Larch County Museum", "Larch-gun"]


def test_a_book_named_with_its_author_does_not_name_the_talk():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-03-15\n---\nLarch news\n\nLarch Library will host a talk with novelist Han Yu-ri, author "
        "of 'The Lighthouse Keeper's Winter,' at 2 p.m. on the 26th (Sat) in its hall.\n", "x.txt", None)
    assert [e.title for e in extract_events(doc)] == ["Talk"]


def test_an_end_told_two_sentences_later_ends_the_drill():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-09-05\n---\nLarch news\n\nLarch-si announced on the 5th that it will hold a citywide "
        "earthquake evacuation drill at 2 p.m. on the 26th (Thu.).\n\nWhen the siren sounds at 2 p.m., participants will take "
        "cover under desks. The drill will end at 2:20 p.m. with a broadcast.\n", "x.txt", None)
    assert [(e.start.isoformat(), e.end.isoformat()) for e in extract_events(doc)] == [
        ("2024-09-26T14:00:00", "2024-09-26T14:20:00")]


def test_shuttle_buses_throughout_the_festival_run_each_of_its_days_at_their_hours():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2023-01-05\n---\nLarch news\n\nLarch-gun announced on the 5th that the '2023 Larch Snow Festival' "
        "will open on the 13th and run until the 15th at Larch Reservoir.\n\nTo ease traffic, free shuttle buses will run "
        "every 20 minutes from Larch Bus Terminal to the festival grounds throughout the festival period, from 8:30 a.m. "
        "to 6:30 p.m.\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.recurrence, e.location) for e in extract_events(doc)][1:] == [
        ("Free shuttle buses", "2023-01-13T08:30:00", "FREQ=DAILY;COUNT=3", "Larch Bus Terminal")]


def test_a_decision_on_a_past_day_makes_no_event():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-03-11\n---\nLarch news\n\nLarch-gun announced on the 11th that its plum festival will be held "
        "on the 23rd. The county and the festival committee decided on the 8th to push it back by a week.\n", "x.txt", None)
    assert [e.start.isoformat() for e in extract_events(doc)] == ["2024-03-23"]


def test_things_handed_out_name_their_giveaway():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-03-11\n---\nLarch news\n\nOn the 29th, from 9 a.m., 3,000 fruit tree seedlings such as "
        "persimmon and plum will be handed out free at the front yard of the county office, two per household, until they "
        "run out.\n", "x.txt", None)
    assert [e.title for e in extract_events(doc)] == ["Fruit tree seedlings"]


def test_a_weekly_opening_told_again_with_its_bounds_and_hours_is_one_series():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-03-11\n---\nLarch news\n\nThe Larch Agricultural Technology Center announced that its "
        "farm machinery rental offices will also open on Saturdays during the busy spring farming season.\n\n○ Saturday "
        "hours: every Saturday from the 16th to June 29, 8:00~17:00 ○ Equipment: 740 units\n", "x.txt", None)
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in extract_events(doc)] == [
        ("Farm machinery rental offices", "2024-03-16T08:00:00", "FREQ=WEEKLY;BYDAY=SA;COUNT=16")]


def test_a_departure_time_changed_is_no_hour_of_the_change():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2024-03-11\n---\nLarch news\n\nLarch-gun announced that from April 1 (Mon), it will reorganize "
        "the routes of rural buses No. 10 and No. 12. The last bus will depart at 8:20 p.m. instead of 7:40 p.m.\n",
        "x.txt", None)
    assert [e.start.isoformat() for e in extract_events(doc)] == ["2024-04-01"]


def test_the_day_of_a_survey_quoted_for_its_figures_makes_no_event():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-09-05\n---\nLarch news\n\nThe market festival will be held on the 9th. According to the "
        "district's price survey of 12 stores on the 1st, a holiday table costs 268,000 won.\n", "x.txt", None)
    assert [e.start.isoformat() for e in extract_events(doc)] == ["2022-09-09"]


def test_a_clause_after_the_date_with_its_own_subject_does_not_name_the_happening():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-07-10\n---\nLarch news\n\nFamily water gun battles will take place at 3 p.m. on the 26th, and "
        "2,000 water guns will be handed out free of charge.\n", "x.txt", None)
    assert [e.title for e in extract_events(doc)] == ["Family water gun battles"]


def test_a_counted_plural_of_places_is_where_it_is_held():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2022-09-05\n---\nLarch news\n\nLarch-gu will hold its market festival at seven traditional "
        "markets from the 15th to the 18th.\n", "x.txt", None)
    assert [e.location for e in extract_events(doc)] == ["seven traditional markets"]


def test_what_a_later_clause_with_its_own_subject_does_is_not_the_title():
    from calendarize.documents import parse_document

    doc = parse_document(
        "---\npublished: 2025-04-03\n---\nLarch news\n\nThe office also runs the school sports club program 'Saturday Sports "
        "Day' at 30 elementary schools from the 12th through July. The program is held every 2nd and 4th Saturday from "
        "9 a.m. to 12 noon, and each school recruits about 20 children through its own letter.\n", "x.txt", None)
    assert "Saturday Sports Day" in [e.title for e in extract_events(doc)][-1]


def _titled_events(published: str, body: str) -> list[tuple]:
    return [(e.title, e.start.isoformat(), e.location, e.organizer, e.recurrence)
            for e in extract_events(_document(published, body))]


def test_news_of_the_30th_of_last_month_is_no_event_and_names_nothing():
    assert _titled_events("2025-05-01", (
        "The Larch Urban Corporation (President Song Gi-deok) announced on the 30th of last month that the Larch Aquatic "
        "Center, which had been closed since January for repairs, will reopen at 6 a.m. on the 13th (Tue)."))[0][:2] == (
        "Larch Aquatic Center", "2025-05-13T06:00:00")


def test_a_thing_not_handed_out_on_race_day_makes_no_event():
    found = _titled_events("2025-05-01", (
        "The Larch Half-Marathon will be held on the 18th (Sun). Participants can pick up their bib numbers on the 16th "
        "and 17th. Bibs will not be handed out on race day."))
    assert [start for _, start, *_ in found] == ["2025-05-18", "2025-05-16"]


def test_holidays_included_in_a_period_are_no_events_of_their_own():
    found = _titled_events("2023-12-05", (
        "The district will run a 'Year-End Special Care Period' for households in crisis from the 18th to Jan. 5 next "
        "year, keeping its welfare hotline staffed around the clock, including on Christmas Day and New Year's Day."))
    assert [start for _, start, *_ in found] == ["2023-12-18"]


def test_at_the_center_named_before_is_that_center():
    found = _titled_events("2024-01-10", (
        "The Northgate-dong Community Service Center will begin work at the temporary office, on the 2nd floor of the "
        "Northgate Small Business Support Center, on Feb. 5 (Mon). Civil services at the center will be suspended for "
        "one day on Feb. 2 (Fri) during the move."))
    assert [place for _, start, place, *_ in found if start == "2024-02-02"] == ["Northgate-dong Community Service Center"]


def test_a_quoted_name_before_a_list_names_the_happening_not_the_list_tail():
    found = _titled_events("2024-01-25", (
        "A 'Seollal Folk Game Day' featuring jegichagi, tuho (arrow throwing) and yunnori will also be held on Feb. 7 "
        "(Wed.) 10:00~12:00 in the center's courtyard."))
    assert [title for title, *_ in found] == ["Seollal Folk Game Day"]


def test_a_talk_on_the_exhibition_is_held_where_the_exhibition_is():
    found = _titled_events("2022-06-01", (
        "The Larch Museum of History will hold its summer exhibition 'The Salt Road' from the 7th to Aug. 28 at the "
        "Special Exhibition Hall. The museum's chief curator will give a gallery talk on the exhibition at 2 p.m. on the "
        "18th (Sat)."))
    assert found[-1][:3] == ("Gallery talk", "2022-06-18T14:00:00", "Special Exhibition Hall")


def test_a_bus_that_leaves_at_an_hour_is_the_tour_told_just_before():
    found = _titled_events("2023-08-02", (
        "Larch-gun will open the 'Larch Harbor Night Market' every Friday and Saturday in August on the harbor waterfront."
        "\n\nMeanwhile, the Larch City Tour Bus will run a special 'Night Sea Course' every Saturday from the 5th to Sept. 23. "
        "The bus leaves the Larch Intercity Bus Terminal at 5 p.m., stops at the night market and returns at 10 p.m."))
    assert [(title, start) for title, start, *_ in found] == [
        ("Larch Harbor Night Market", "2023-08-04"), ("Night Sea Course", "2023-08-05T17:00:00")]


def test_a_temple_in_a_township_opens_an_item_of_its_own_and_holds_it_there():
    found = _titled_events("2023-08-02", (
        "Larch-gun will hold its mudflat festival from the 11th to the 13th at Larch Beach.\n\nBrightwater Temple in "
        "Hollin-myeon (Abbot Ven. Haeseong) will hold its 'Lotus Pond Lantern Night' from the 5th to the 20th. Lanterns "
        "will be lit from 7 p.m. to 10 p.m. every day. The lighting ceremony will take place at 7:30 p.m. on the 5th "
        "(Sat) in front of the main hall."))
    assert [(title, place, organizer) for title, _, place, organizer, _ in found][1:] == [
        ("Lotus Pond Lantern Night", "Brightwater Temple", "Brightwater Temple"),
        ("Lighting ceremony", "main hall", "Brightwater Temple")]


def test_weekdays_told_first_narrow_the_span_and_hours_told_after():
    found = _titled_events("2023-08-02", (
        "Larch-gun announced that the 'Larch Harbor Night Market' will open every Friday and Saturday in August on the "
        "harbor waterfront. The market opens on the 4th and runs until the 26th, from 6 p.m. to 11 p.m."))
    assert [(title, start, recurrence) for title, start, _, _, recurrence in found] == [
        ("Larch Harbor Night Market", "2023-08-04T18:00:00", "FREQ=WEEKLY;BYDAY=FR,SA;COUNT=8")]


def test_a_stretch_of_a_road_closed_is_the_road_closed():
    found = _titled_events("2023-08-02", (
        "The county will close a 2.4 km stretch of the coastal road between Larch Beach and the Westhaven-myeon office to "
        "vehicles from 6 p.m. on the 12th to 1 a.m. on the 13th."))
    assert [(title, place) for title, _, place, *_ in found] == [("Coastal road closed", "Coastal road")]


def test_nights_until_the_morning_of_a_day_end_the_night_before_it():
    found = _titled_events("2022-04-12", (
        "Larch-gu announced on the 12th that a section of Larch-ro will be closed to all vehicles every night from 10 p.m. "
        "to 5 a.m. the following morning for 19 nights, from the night of the 18th (Mon) until the morning of May 7 (Sat)."))
    assert [(start, recurrence) for _, start, _, _, recurrence in found] == [("2022-04-18T22:00:00", "FREQ=DAILY;COUNT=19")]


def test_the_hour_things_must_be_out_by_is_no_hour_of_the_happening():
    found = _titled_events("2022-04-12", (
        "Larch-gu will hold the 'Spring Great Cleanup Day' on the 23rd (Sat).\n\n△Date: April 23 (Sat.) 9:00~12:00 "
        "△Venue: each dong\n\nItems must be placed at the designated spot by 6 a.m. on the collection day."))
    assert [start for _, start, *_ in found] == ["2022-04-23T09:00:00"]


def test_free_inspections_provided_name_the_notice_fields_below():
    found = _titled_events("2022-04-12", (
        "Larch-gu will run a free 'Children's Bicycle Safety Class' every Saturday from the 30th to May 28.\n\nLarch-gu "
        "announced on the 11th that it will provide free safety inspections of gas boilers for 1,200 households.\n\n"
        "○ Inspection period: April 18 (Mon.) ~ May 13 (Fri.), weekdays 9:00~17:00 ○ Details: gas leak tests"))
    assert found[-1][0] == "Free safety inspections of gas boilers"


def test_usual_opening_days_told_in_a_list_are_no_events():
    found = _titled_events("2024-07-10", (
        "The 'Larch Toy Library' will be closed from the 22nd to the 26th for its annual inventory check. The toy library "
        "normally opens on weekdays from 9:30 a.m. to 5:30 p.m. and on Saturdays until 1 p.m."))
    assert [(title, start) for title, start, *_ in found] == [("Larch Toy Library closed", "2024-07-22")]


def test_a_participle_phrase_after_the_date_names_nothing():
    found = _titled_events("2024-07-10", (
        "The center will run 'Together Dad School,' a parenting class for fathers. The class will be held every Tuesday at "
        "7 p.m. from the 16th to Aug. 27 in the education room, covering play with toddlers and managing screen time."))
    assert [title for title, *_ in found] == ["Together Dad School"]


def test_the_expected_time_of_sunrise_is_no_hour_and_an_observatory_is_a_place():
    found = _titled_events("2022-12-21", (
        "The city will hold the '2023 Sunrise Festival' at the summit observatory of Mount Oriel on Jan. 1 (Sun.) from "
        "6 a.m. to 8:30 a.m. The first sunrise of the year is expected at 7:41 a.m."))
    assert [(start, place) for _, start, place, *_ in found] == [("2023-01-01T06:00:00", "summit observatory of Mount Oriel")]


def test_a_ceremony_at_the_first_evening_hour_of_a_series_stays_an_event_of_its_own():
    found = _titled_events("2023-05-03", (
        "Ahead of the parade, the district will light up the 'Lotus Lantern Street'.\n\n△Lighting ceremony: May 12 (Fri.) "
        "7 p.m., Ravenscliffe Square △Lantern Street: 3,000 lanterns △Lighting hours: 19:00~23:00 every day until June 4"))
    assert sorted((title, start, recurrence) for title, start, _, _, recurrence in found) == [
        ("Lotus Lantern Street", "2023-05-12T19:00:00", "FREQ=DAILY;COUNT=24"),
        ("Lotus Lantern Street: Lighting ceremony", "2023-05-12T19:00:00", None)]


def test_what_to_do_on_the_day_of_the_fair_is_no_event_of_its_own():
    found = _titled_events("2023-10-19", (
        "The city will hold the '2023 Larch Job Fair' from 1 p.m. to 5 p.m. on Nov. 2 (Thu) at Larch Gymnasium. On the day "
        "of the fair, participants should check in at the reception desk at the gymnasium entrance, which opens at "
        "12:30 p.m."))
    assert [(title, start) for title, start, *_ in found] == [("2023 Larch Job Fair", "2023-11-02T13:00:00")]


def test_weekly_visits_bounded_by_the_span_that_opens_their_sentence_are_the_events():
    found = _titled_events("2022-10-05", (
        "The health center will run the 'Visiting Doctor Clinic' for nine mountain villages. From the 11th to Dec. 15, a "
        "doctor and a nurse will visit village halls in Yewcross-myeon every Tuesday and in Marrowfield-myeon every "
        "Thursday, 14:00~17:00."))
    assert [(title, start, recurrence) for title, start, _, _, recurrence in found] == [
        ("Visiting Doctor Clinic", "2022-10-11T14:00:00", "FREQ=WEEKLY;BYDAY=TU;COUNT=10"),
        ("Visiting Doctor Clinic", "2022-10-13T14:00:00", "FREQ=WEEKLY;BYDAY=TH;COUNT=10")]


def test_a_parade_that_sets_off_at_an_hour_and_finishes_at_another_lasts_between():
    events = extract_events(_document("2023-05-03", (
        "The district will hold the '2023 Larch Lantern Parade' on the 20th (Sat).\n\nThe parade will set off from Larch "
        "Square at 7 p.m. and travel 2.3 km along Larch-ro, finishing at around 9:30 p.m.")))
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("2023 Larch Lantern Parade", "2023-05-20T19:00:00", "2023-05-20T21:30:00")]


def test_a_day_a_festival_was_scheduled_to_open_on_before_a_but_is_no_event():
    found = _titled_events("2023-06-07", (
        "The '12th Larch Lavender Festival' will be held at Larch Farm from the 16th to the 25th. The festival was "
        "scheduled to open on the 9th, but it was pushed back a week because a cold snap slowed the blooming."))
    assert [start for _, start, *_ in found] == ["2023-06-16"]


def test_groups_told_as_fields_name_the_service_for_each():
    found = _titled_events("2023-03-14", (
        "Larch-gu announced on the 13th that its public health center will give free shingles (herpes zoster) "
        "vaccinations this spring to residents aged 65 or older.\n\nTo avoid crowding, the vaccination period is divided "
        "by birth year.\n\n△Born in 1943 or earlier: March 20 (Mon.) ~ 31 (Fri.) △Born 1944~1950: April 3 (Mon.) ~ 14 "
        "(Fri.)"))
    assert [title for title, *_ in found] == ["Free shingles (herpes zoster) vaccinations: Born in 1943 or earlier",
                                              "Free shingles (herpes zoster) vaccinations: Born 1944~1950"]


def test_the_hours_a_place_kept_until_now_are_no_event():
    found = _titled_events("2024-02-19", (
        "The 'Larch Food Bank' will extend its opening hours from the 26th. Until March 31, it will open every day "
        "including weekends, from 9 a.m. to 8 p.m. Until now the market opened on weekdays only, 9:00~18:00."))
    assert [(start, recurrence) for _, start, _, _, recurrence in found] == [("2024-02-26T09:00:00", "FREQ=DAILY;COUNT=35")]


def test_a_forecast_of_traffic_peaks_and_whole_toll_free_days():
    found = _titled_events("2025-09-23", (
        "Tolls on all expressways will be waived for four days, from 0:00 on Oct. 5 (Sun.) to 24:00 on Oct. 8 (Wed.). The "
        "city expects outbound traffic to peak on Oct. 4 and return traffic on Oct. 7."))
    assert [start for _, start, *_ in found] == ["2025-10-05"]


def test_a_library_s_closure_and_reopening_fields_name_the_library():
    found = _titled_events("2023-02-14", (
        "The Larch Central Library announced on the 13th that it will temporarily close for about five weeks to build a "
        "'digital creative space' on the 3rd floor.\n\n△Closure period: Feb. 20?March 26 △Reopening: March 27 (Mon.)"))
    assert [(title, start) for title, start, *_ in found] == [("Larch Central Library closed", "2023-02-20"),
                                                              ("Larch Central Library reopens", "2023-03-27")]


def test_a_name_before_a_term_quoted_in_lower_case_names_the_fields_below():
    found = _titled_events("2024-03-12", (
        "The Larch Library will run the 'Spring Reading Club', where members read a 'book of the month' together.\n\n"
        "△Registration: March 18 (Mon.) ~ 29 (Fri.) △Meetings: every other Thursday"))
    assert found[0][0] == "Registration: Spring Reading Club"


def test_a_gate_named_by_its_number_is_a_place():
    found = _titled_events("2025-05-01", (
        "The city will hold 'Larch Citizens' Day' at Larch Park at 5 p.m. on the 24th (Sat).\n\nBefore the game, a fan "
        "signing event will be held from 2 p.m. to 4 p.m. at the plaza in front of Gate 1."))
    assert found[-1][:3] == ("Fan signing event", "2025-05-24T14:00:00", "plaza in front of Gate 1")


def test_what_happens_on_the_reopening_day_joins_the_reopening():
    found = _titled_events("2019-10-02", (
        "The 'Larch Five-Day Market' will reopen on the 22nd after repairs. On the reopening day, visitors who spend more "
        "than 30,000 won will receive a 5,000-won gift certificate while supplies last."))
    assert [(title, start) for title, start, *_ in found] == [("Larch Five-Day Market", "2019-10-22")]


def test_the_show_times_of_a_run_and_the_days_without_shows_are_no_series_of_their_own():
    events = extract_events(_document(
        "2024-04-02", "The Larch Arts Center (President Lim) announced on the 1st that it will stage the family musical "
                      "'The Cloud Bakery' in its Grand Theater from the 20th to May 6.\n\nShows are at 11 a.m., 2 p.m. and "
                      "5 p.m. on weekends and holidays and at 11 a.m. and 3 p.m. on weekdays, with no performances on "
                      "Mondays except May 6 (Mon.), the substitute holiday."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("The Cloud Bakery", "2024-04-20", "2024-05-06", None)]


def test_the_day_a_period_opens_told_alone_before_its_notice_is_that_period():
    events = extract_events(_document(
        "2024-04-02", "The Larch City Museum (Director Heo) announced on the 2nd that it will hold the special exhibition "
                      "'Salt Roads' in the hall from the 9th.\n\nThe exhibition brings together about 230 relics.\n\n"
                      "△Period: April 9 (Tue.) ~ July 28 (Sun.) △Hours: 9:00~18:00 (admission until 17:30) "
                      "△Closed: Mondays △Admission: free"))
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("Salt Roads", "2024-04-09", "2024-07-28")]


def test_the_day_the_trees_began_blooming_is_no_happening():
    events = extract_events(_document(
        "2024-04-02", "Larch-gu (Mayor Cha) announced on the 2nd that the blossom road will be closed to cars.\n\n"
                      "The trees began blooming on the 29th of last month, six days earlier than last year, so the district "
                      "moved the 'Larch Cherry Blossom Festival', originally scheduled for the 13th and 14th, up one week "
                      "to the 6th and 7th. The festival will run from 10:00 to 21:00 on both days."))
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in events] == [
        ("Larch Cherry Blossom Festival", "2024-04-06T10:00:00", "FREQ=DAILY;COUNT=2")]


def test_it_after_a_leading_span_is_what_the_sentence_before_said_would_open():
    events = extract_events(_document(
        "2025-06-11", "Wrexley-si (Mayor Ko) announced on the 11th its summer youth programs.\n\nDuring the final-exam "
                      "period, the youth study café on the 2nd floor of the Wrexley Youth Culture Center will extend its "
                      "opening hours. From the 16th to July 4, it will be open from 9 a.m. to 11 p.m. every day, up from "
                      "the usual 10 p.m. closing time."))
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in events] == [
        ("Youth study café", "2025-06-16T09:00:00", "FREQ=DAILY;COUNT=19")]


def test_lanes_closed_every_night_are_named_as_closed():
    events = extract_events(_document(
        "2022-03-17", "Fennimore-gu (Mayor Baek Eun-jung) announced on the 17th that two of the four lanes on Ostmark Bridge "
                      "over the Halvern River will be closed every night from 10 p.m. to 5 a.m. the next morning for two "
                      "weeks, from the 28th to April 10, for the replacement of expansion joints."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("Two of the four lanes on Ostmark Bridge over the Halvern River closed", "2022-03-28T22:00:00",
         "2022-03-29T05:00:00", "FREQ=DAILY;COUNT=14")]


def test_a_grace_period_keeps_its_name():
    events = extract_events(_document(
        "2022-03-17", "Westbrook-gu (Mayor Na) announced on the 17th that it will install cameras at no-parking zones.\n\n"
                      "The district will run a grace period from the 21st to April 20, during which violators will "
                      "receive warning texts instead of fines."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("Grace period", "2022-03-21", "2022-04-20")]


def test_hours_of_the_lights_throughout_a_festival_are_the_festivals_not_a_quoted_name_before():
    events = extract_events(_document(
        "2022-12-07", "Velmora-si (Mayor Ahn) announced on the 7th that it will hold the '2022 Velmora Winter Light "
                      "Festival' at Velmora Civic Square from the 16th to Jan. 31 next year.\n\nNow in its 6th year, the "
                      "festival fills the square with an 80-meter 'light tunnel' and photo zones. The lights will be "
                      "turned on every day from 5:30 p.m. to 11 p.m. throughout the festival period."))
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in events] == [
        ("2022 Velmora Winter Light Festival", "2022-12-16T17:30:00", "FREQ=DAILY;COUNT=47")]


def test_what_began_with_an_opening_runs_from_its_day_and_the_opening_stays_a_day():
    events = extract_events(_document(
        "2023-04-12", "Carrowby-gun (Governor Nam) announced on the 11th its spring tourism.\n\nMeanwhile, the county held "
                      "an opening ceremony on the 7th for the 'Carrowby Riverside Trail,' an 8.4 km walking trail. The "
                      "mobile stamp tour, which began with the opening, runs until Oct. 31; those who collect stamps at all "
                      "five checkpoints will receive local specialties."))
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat()) for e in events] == [
        ("Opening ceremony", "2023-04-07", None), ("Mobile stamp tour", "2023-04-07", "2023-10-31")]


def test_a_named_place_that_will_extend_its_hours_names_the_extended_hours():
    events = extract_events(_document(
        "2023-04-12", "Carrowby-gun (Governor Nam) announced on the 11th its spring tourism.\n\nThe stamp tour runs on the "
                      "'Carrowby Tour' app.\n\nThe Carrowby Tourist Information Center at the intercity bus terminal will "
                      "extend its hours to 9 a.m.~7 p.m. daily from April 15?May 31 to handle the spring crowds."))
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in events] == [
        ("Carrowby Tourist Information Center extended hours", "2023-04-15T09:00:00", "FREQ=DAILY;COUNT=47")]


def test_a_weekly_stay_takes_the_hours_of_its_overnight_sessions_and_a_later_ceremony_stays_its_own():
    events = extract_events(_document(
        "2023-04-12", "Carrowby-gun (Governor Nam) announced on the 11th its spring tourism.\n\nMistvale Temple will run "
                      "its spring 'Azalea Temple Stay' every Saturday from the 15th to June 24. The one-night, two-day "
                      "program starts at 2 p.m. on Saturday and ends at 11 a.m. on Sunday.\n\nThe temple will also hold a "
                      "lotus lantern lighting ceremony at 7 p.m. on May 13 (Sat.)."))
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat(), e.recurrence) for e in events] == [
        ("Azalea Temple Stay", "2023-04-15T14:00:00", "2023-04-16T11:00:00", "FREQ=WEEKLY;BYDAY=SA;COUNT=11"),
        ("Lotus lantern lighting ceremony", "2023-05-13T19:00:00", None, None)]


def test_a_paragraph_on_another_name_after_a_sports_councils_item_returns_to_the_county():
    from calendarize.segment import split_items

    text = ("Larch news\n\nLarch-gun (Governor Nam) will hold a festival on the 22nd.\n\n"
            "The Larch-gun Sports Council (Chairman Oh) will hold a hiking contest on May 6.\n\n"
            "Because Christmas and New Year's Day fall on Wednesdays, the class will be held four times.\n\n"
            "Mistvale Temple, a 1,200-year-old temple, will run its 'Temple Stay' every Saturday.\n")
    assert [item.organizer for item in split_items(text)] == [None, "Larch-gun", "Larch-gun Sports Council", "Larch-gun"]


def test_the_day_a_week_marks_is_no_happening_and_what_happens_during_the_week_is_told_with_it():
    events = extract_events(_document(
        "2022-11-22", "Fenmarsh-gu (Mayor Ko) announced on the 22nd its welfare programs.\n\nFenmarsh-gu will designate "
                      "Dec. 1 (Thu.) ~ 7 (Wed.) as 'Disability Awareness Week' to mark the International Day of Persons "
                      "with Disabilities on Dec. 3. During the week, a photo exhibition will be shown in the 1st-floor lobby "
                      "of the district office."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("Disability Awareness Week", "2022-12-01", "2022-12-07")]
    assert "photo exhibition will be shown in the 1st-floor lobby" in events[0].description


def test_closures_told_after_the_road_they_close_are_that_road_closed():
    events = extract_events(_document(
        "2024-06-12", "Tarnwick-gu (Mayor Ha) announced on the 11th that it will repave a 1.2 km section of Millrace-ro, "
                      "from Tarnwick Five-way Intersection to Riverside Underpass, and will fully close the road to "
                      "vehicles on two weekends. The closures will run from 10 p.m. on the 21st (Fri) to 6 a.m. on the 24th "
                      "(Mon), and again from 10 p.m. on the 28th (Fri) to 6 a.m. on July 1 (Mon)."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("Millrace-ro closed", "2024-06-21T22:00:00", "2024-06-24T06:00:00"),
        ("Millrace-ro closed", "2024-06-28T22:00:00", "2024-07-01T06:00:00")]


def test_a_date_first_planned_and_moved_is_no_happening():
    events = extract_events(_document(
        "2023-09-19", "Calderbrook-si (Mayor Ko) announced on the 19th its civic plans.\n\nFrom Oct. 4 (Wed.), residents will "
                      "be able to file moving-in reports at unmanned kiosks in the civil service hall. The service was first "
                      "planned to start on Sept. 25, but the city moved the date back to Oct. 4 to finish system tests."))
    assert [e.start.isoformat() for e in events] == ["2023-10-04"]


def test_meanwhile_the_body_with_its_head_opens_an_item_of_its_own():
    from calendarize.segment import split_items

    text = ("Larch news\n\nLarch-gu (Mayor Park) will hold a market festival from the 21st.\n\n"
            "Meanwhile, the Larch Startup Hub (Director Yoon Ga-eun) held its Demo Day on the 8th.\n")
    assert [item.organizer for item in split_items(text)] == [None, "Larch-gu", "Larch Startup Hub"]


def test_a_daily_break_is_no_ones_hours():
    events = extract_events(_document(
        "2024-01-10", "Dunmere-gun (Governor Ahn) announced on the 10th that it will hold a final ice safety inspection with "
                      "the fire station on the 17th.\n\nThe county said the 120 m slope of its sledding hill is covered with "
                      "artificial snow, and the slope is closed from 12:00 to 13:00 every day for snow grooming."))
    assert [(e.title, e.start.isoformat()) for e in events] == [("Final ice safety inspection", "2024-01-17")]


def test_hours_kept_so_far_start_nothing_and_every_day_including_weekends_is_every_day():
    events = extract_events(_document(
        "2021-09-14", "Dunmere-gu (Mayor Cha) announced on the 14th that the Dunmere-gu Vaccination Center at the Mossbank "
                      "Sports Center will extend its operating hours from the 27th.\n\nThe center, which has so far opened "
                      "only on weekdays from 9 a.m. to 6 p.m., will open every day, including Saturdays and Sundays, from "
                      "9 a.m. to 8 p.m. from Sept. 27 to Oct. 30."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("Dunmere-gu Vaccination Center extended hours", "2021-09-27T09:00:00", "2021-09-27T20:00:00",
         "FREQ=DAILY;COUNT=34")]


def test_a_closure_told_with_however_names_what_is_closed():
    events = extract_events(_document(
        "2021-09-14", "Dunmere-gu (Mayor Cha) announced on the 14th that the Mossbank Library will open a reading room on "
                      "the 27th.\n\nThe library will, however, be closed for the Chuseok holidays from the 20th to the 22nd."))
    assert [e.title for e in events] == ["Reading room", "Mossbank Library closed"]


def test_both_programs_run_until_ends_the_two_starts_told_before():
    events = extract_events(_document(
        "2021-09-14", "Dunmere-gu (Mayor Cha) announced on the 14th its autumn health services.\n\nThe district's public "
                      "health center also said that free flu vaccination for children began on the 13th at 95 clinics, and "
                      "free shots for residents aged 65 or older will start on Oct. 12 (Tue.). Both programs run until "
                      "April 30 next year."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("Free flu vaccination for children", "2021-09-13", "2022-04-30"),
        ("Free shots for residents aged 65 or older", "2021-10-12", "2022-04-30")]


def test_the_days_of_a_downpour_and_a_day_that_falls_on_a_holiday_are_no_happenings():
    events = extract_events(_document(
        "2022-08-17", "Dunmere-si (Mayor Baek) announced on the 17th that it will inspect 286 sites from the 16th to "
                      "Sept. 2. After the record downpour of the 8th and 9th, when 381 mm of rain fell, the city expanded "
                      "the list.\n\nBecause the second Saturday of September, the 10th, falls on the Chuseok holiday, a "
                      "special CPR class will be held on Sept. 17 (Sat.) from 10 a.m. to noon instead."))
    assert [(e.start.isoformat(), e.end and e.end.isoformat()) for e in events] == [
        ("2022-08-16", "2022-09-02"), ("2022-09-17T10:00:00", "2022-09-17T12:00:00")]


def test_a_center_told_of_again_after_the_districts_item_has_its_item_back():
    events = extract_events(_document(
        "2025-09-17", "Fernhollow-gu (Mayor Oh) announced on the 16th its news for foreign residents.\n\nDuring the Chuseok "
                      "holidays, the Fernhollow Family Center will keep its multilingual interpretation hotline open from "
                      "Oct. 3 to 9, from 9 a.m. to 6 p.m. daily.\n\nThe Fernhollow Family Center (Director Seong) announced "
                      "on the 16th that it will recruit 80 students for its 'Korean Classes'.\n\n○ Application: Sept. 22 "
                      "(Mon.) ~ Oct. 2 (Thu.), in person or by phone\n\nFernhollow-gu announced on the 16th that it will "
                      "launch a legal consultation day on the 24th (Wed) at the district office.\n\nThe Fernhollow Family "
                      "Center will also take applications for 'Visit Mom's Hometown,' an airfare program.\n\n△Application "
                      "period: Sept. 22 (Mon.) ~ Oct. 17 (Fri.) △How to apply: visit the center or apply by email\n\nThe "
                      "selected families will be announced on Oct. 31 (Fri.), and the trip must be completed by Feb. 27 "
                      "next year."))
    assert [(e.title, e.organizer, e.start.isoformat(), e.end and e.end.isoformat(), e.location) for e in events] == [
        ("Multilingual interpretation hotline", "Fernhollow-gu", "2025-10-03T09:00:00", "2025-10-03T18:00:00", None),
        ("Applications: Korean Classes", "Fernhollow Family Center", "2025-09-22", "2025-10-02", "Fernhollow Family Center"),
        ("Legal consultation day", "Fernhollow-gu", "2025-09-24", None, "district office"),
        ("Applications: Visit Mom's Hometown", "Fernhollow Family Center", "2025-09-22", "2025-10-17",
         "Fernhollow Family Center"),
        ("Selected families will be announced", "Fernhollow Family Center", "2025-10-31", None, None)]


def test_a_day_first_planned_a_skipped_span_and_the_suns_hour_are_no_happenings_and_the_last_day_is_held_there():
    events = extract_events(_document(
        "2023-01-11", "Halvermoor-gun (Governor Jang) announced on the 10th that the 'Dunmere Sledding Field' will open on "
                      "the 14th (Sat).\n\nThe field had planned to open on the 7th, but the opening was pushed back a "
                      "week.\n\nThe Halvermoor Cultural Center (Director Oh) announced on the 11th that it will hold the "
                      "'Seollal Folk Games' at the Halvermoor Hyanggyo from the 21st to the 23rd.\n\nOn the last day, the "
                      "23rd (Mon), a 'Yutnori Championship' will be held at 1 p.m.\n\nHalvermoor-gun also announced its "
                      "'Heating Support'. ○ Application period: Jan. 16 (Mon.) ~ Feb. 3 (Fri.) (no applications during the "
                      "Seollal holidays from the 23rd to 24th)\n\nOn the 1st, the 'Sunrise Festival' was held at the "
                      "summit. The sun rose at 7:41 a.m."))
    assert [(e.title, e.start.isoformat(), e.location) for e in events] == [
        ("Dunmere Sledding Field", "2023-01-14", "Dunmere Sledding Field"),  # (the place that opens)
        ("Seollal Folk Games", "2023-01-21", "Halvermoor Hyanggyo"),
        ("Yutnori Championship", "2023-01-23T13:00:00", "Halvermoor Hyanggyo"),
        ("Applications: Heating Support", "2023-01-16", None),
        ("Sunrise Festival", "2023-01-01", None)]


def test_what_residents_can_do_on_the_day_a_service_stops_is_no_happening_and_applications_at_centers_are_there():
    events = extract_events(_document(
        "2024-04-17", "Faldmere-gu (Mayor Maeng) announced on the 16th its new center.\n\nBecause of the move, civil "
                      "affairs services at 3-dong will be suspended for one day on May 1 (Wed.). Residents can use the "
                      "neighboring 2-dong and 4-dong centers that day.\n\nBrennock-gu (Mayor Yeom) announced on the 16th "
                      "that applications for the 'Youth Rent Support' program will close on the 30th. Applications are "
                      "accepted on the Bokjiro welfare portal or at dong community service centers."))
    assert [(e.start.isoformat(), e.location) for e in events] == [
        ("2024-05-01", None), ("2024-04-30", "dong community service centers")]


def test_a_closure_field_names_what_the_sentence_before_closes_and_keeps_no_hours_of_a_van():
    events = extract_events(_document(
        "2023-03-14", "Kelderwick Transit Corporation (President Yeom) announced on the 14th that Exit No. 3 of Mossgate "
                      "Station will be closed from the 27th for about seven weeks to replace an elevator.\n\n△Closure period: "
                      "March 27 (Mon.)?May 12 (Fri.) △Detour: use Exit No. 2\n\nDuring the work, a free call van will wait "
                      "in front of Exit No. 3 from 7 a.m. to 9 p.m. daily."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("Exit No. 3 of Mossgate Station closed", "2023-03-27", "2023-05-12", None)]


def test_traffic_control_fields_and_a_parade_route_and_a_closing_hour():
    events = extract_events(_document(
        "2021-05-06", "Calderwick-si (Mayor Im) announced on the 6th that the 'Lotus Lantern Parade' will be held from "
                      "7 p.m. to 8:30 p.m. on the 15th (Sat.). Some 1,000 participants will march 2.1 km from City Hall "
                      "Plaza to Northgate Rotary.\n\nTraffic will be controlled along the parade route. △Section: "
                      "Brightwater-ro △Time: 6 p.m. to 9:30 p.m. on the 15th\n\nThe 'Riverside Night Market' will open on "
                      "the 7th from 6 p.m. to 10 p.m. The market closes at 10 p.m. in line with the restrictions."))
    assert [(e.title, e.start.isoformat(), e.location) for e in events] == [
        ("Lotus Lantern Parade", "2021-05-15T19:00:00", "City Hall Plaza"),
        ("Traffic control: Lotus Lantern Parade", "2021-05-15T18:00:00", "Brightwater-ro"),
        ("Riverside Night Market", "2021-05-07T18:00:00", None)]


def test_a_first_day_after_days_first_planned_and_registrations_for_courses_and_a_campaign_that_runs_until():
    events = extract_events(_document(
        "2025-06-17", "Calloway-gu (Mayor Pyo) announced on the 16th that it will hold the 'Calloway Learning Fair' on the "
                      "27th and 28th at the Calloway Culture Center. The fair was originally scheduled for the 20th (Fri.) "
                      "and 21st (Sat.), but it was pushed back a week. The opening ceremony will be held at 11 a.m. on the "
                      "first day.\n\nThe district will also take registrations for 210 second-half lifelong learning "
                      "courses July 7?18 on the Calloway Learning Portal.\n\nOstley Library will be closed from June 23 "
                      "to July 6. Since July 7 is the library's regular Monday closing day, normal service will resume on "
                      "July 8 (Tue.).\n\nFennimore-gu (Mayor Cha) announced on the 16th that it launched a book donation "
                      "campaign, 'Sharing Books', the same day. The campaign runs until July 15."))
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat()) for e in events] == [
        ("Calloway Learning Fair", "2025-06-27", "2025-06-28"),
        ("Opening ceremony", "2025-06-27T11:00:00", None),
        ("Registration: Second-half lifelong learning courses", "2025-07-07", "2025-07-18"),
        ("Ostley Library closed", "2025-06-23", "2025-07-06"),
        ("Sharing Books", "2025-06-16", "2025-07-15")]


def test_finally_another_name_after_a_fire_stations_item_returns_to_the_city_and_an_area_field_is_a_place():
    events = extract_events(_document(
        "2022-08-17", "Dunmere-si (Mayor Baek) announced on the 17th that it will conduct a civil air defense drill on the "
                      "23rd.\n\n△Date: Aug. 23 (Tue.) 14:00~14:20 △Area: entire city\n\nDunmere Fire Station (Chief Yang) "
                      "announced on the 16th that it will open a CPR class on Oct. 8 (Sat.).\n\nFinally, the Dunmere "
                      "Safety Experience Center, closed since February 2020 for remodeling, will reopen on Sept. 1 (Thu.)."))
    assert [(e.organizer, e.start.isoformat(), e.location) for e in events] == [
        ("Dunmere-si", "2022-08-23T14:00:00", "entire city"),
        ("Dunmere Fire Station", "2022-10-08", None),
        ("Dunmere-si", "2022-09-01", "Dunmere Safety Experience Center")]


def test_hours_told_for_the_following_schedule_are_those_of_each_day_listed_and_for_minutes_ends_a_test():
    events = extract_events(_document(
        "2025-08-12", "Wyndholm-gu (Mayor Pyo) announced on the 12th that its public health center will carry out mosquito "
                      "fogging by area. Spraying will take place from 7 p.m. to 10 p.m. on the following schedule.\n\n"
                      "△Aug. 18 (Mon.): Ashby-dong, Morland-dong △Sept. 1 (Mon.) ~ 3 (Wed.): walking paths along the Wynd "
                      "Stream\n\nCalderbrook-gu (Mayor Jin) announced on the 11th that it will test its 'Flood Alert System' "
                      "at 2 p.m. on the 20th (Wed.). For about 15 minutes, sirens will sound at 37 sites along the Calder "
                      "Stream. The daytime high reached 37.4 degrees on the 3rd. Applications for 'Flood Barrier Support' "
                      "run from the 18th to Oct. 31. Applications are received at the Water Management Division on the 3rd "
                      "floor of the district office (☎ 02-0917-3350)."))
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat(), e.location, e.recurrence) for e in events] == [
        ("Mosquito fogging by area: Ashby-dong, Morland-dong", "2025-08-18T19:00:00", "2025-08-18T22:00:00",
         "Ashby-dong, Morland-dong", None),
        ("Mosquito fogging by area: Walking paths along the Wynd Stream", "2025-09-01T19:00:00", "2025-09-01T22:00:00",
         "walking paths along the Wynd Stream", "FREQ=DAILY;COUNT=3"),
        ("Flood Alert System", "2025-08-20T14:00:00", "2025-08-20T14:15:00", None, None),
        ("Applications: Flood Barrier Support", "2025-08-18", "2025-10-31",
         "Water Management Division on the 3rd floor of the district office", None)]
    assert "sirens will sound" in events[2].description


def test_a_road_closed_each_day_of_a_festival_and_blossoms_that_began_opening():
    events = extract_events(_document(
        "2023-04-04", "Wrenford-gu (Mayor Ahn) announced on the 3rd that it will hold the 'Millbrook Cherry Blossom "
                      "Festival' from the 7th to the 9th. The blossoms, which began opening on March 28, will stay through "
                      "the weekend.\n\nVehicles will be banned from the 800 m section of Willowbank-ro from 6 p.m. to 11 p.m. "
                      "each day of the festival. The district will also give away 2,000 potted flowers in front of the "
                      "district office from 10 a.m. on the 5th, Arbor Day."))
    assert [(e.start.isoformat(), e.recurrence) for e in events] == [
        ("2023-04-07", None), ("2023-04-07T18:00:00", "FREQ=DAILY;COUNT=3"), ("2023-04-05T10:00:00", None)]
    assert [e.title for e in events][:2] == ["Millbrook Cherry Blossom Festival", "Willowbank-ro closed"]


def test_a_weekend_train_leaves_at_its_hour_and_a_parade_on_one_of_its_saturdays_is_its_own():
    events = extract_events(_document(
        "2022-10-05", "Ravensholt-si (Mayor Oh) announced on the 5th that it will operate the 'Autumn Foliage Train' every "
                      "Saturday and Sunday from the 15th to Nov. 13.\n\nThe train leaves Ravensholt Station at 8:10 a.m., "
                      "where passengers later transfer to a shuttle bus. The city expects the foliage on Mt. Gorsedale to "
                      "peak around the 25th.\n\nA lantern parade will march from City Hall to the riverside at 7:30 p.m. on "
                      "the 22nd (Sat.). The city tour bus will leave once an hour from 10:00 to 16:00 and will not run on "
                      "Mondays. The Arts Center will hold a 'Culture Day' concert at 7:30 p.m. on the 26th (Wed.), the last "
                      "Wednesday of the month."))
    assert [(e.start.isoformat(), e.recurrence) for e in events] == [
        ("2022-10-15T08:10:00", "FREQ=WEEKLY;BYDAY=SA,SU;COUNT=10"), ("2022-10-22T19:30:00", None),
        ("2022-10-26T19:30:00", None)]
    assert events[0].title == "Autumn Foliage Train"


def test_an_exhibition_opened_on_a_day_of_a_weekly_series_is_its_own_and_runs_until_its_end():
    events = extract_events(_document(
        "2025-04-03", "Fallowbrook-gu (Mayor Ji) announced on the 2nd that the Fallowbrook History Museum will open late "
                      "every Wednesday under the 'Museum Night' program, starting on the 9th. Regular opening hours are "
                      "9 a.m. to 6 p.m.\n\nThe museum will also open the special exhibition 'Ferry Crossings' on the same "
                      "day. Running until July 27, the exhibition shows 230 items of the old ferry, which was replaced by a "
                      "bridge in 1971."))
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat(), e.location) for e in events] == [
        ("Museum Night", "2025-04-09", None, "Fallowbrook History Museum"),
        ("Ferry Crossings", "2025-04-09", "2025-07-27", "Fallowbrook History Museum")]


def test_what_participants_do_at_hours_after_nights_listed_gives_each_night_its_hours():
    events = extract_events(_document(
        "2024-07-10", "Tarnwell-gun (Governor Yoo) announced on the 9th its summer programs.\n\nThe county's Glimmerdale "
                      "Ecology Center will run 'Firefly Nights' on four nights, July 26 (Fri.) and 27 (Sat.) and Aug. 2 "
                      "(Fri.) and 3 (Sat.). Participants walk a forest trail with an interpreter from 8 p.m. to 9:30 p.m."))
    assert [(e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("2024-07-26T20:00:00", "2024-07-26T21:30:00", "FREQ=DAILY;COUNT=2"),
        ("2024-08-02T20:00:00", "2024-08-02T21:30:00", "FREQ=DAILY;COUNT=2")]


def test_programs_that_will_run_at_hours_are_the_hours_of_the_day_told_before():
    events = extract_events(_document(
        "2024-10-15", "Velmora Metropolitan City (Mayor Tak) announced on the 15th that it will hold the 'Velmora Car-Free "
                      "Day' on the 27th (Sun).\n\nVehicle traffic on the section will be controlled from 6 a.m. to 8 p.m. "
                      "on the 27th. Programs including a chalk-art contest, a pedal-car track and busking stages will run "
                      "10:00~17:00."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("2024-10-27T10:00:00", "2024-10-27T17:00:00"), ("2024-10-27T06:00:00", "2024-10-27T20:00:00")]
    assert events[0].title == "Velmora Car-Free Day"


def test_hours_before_a_schedule_of_towns_and_days_are_those_of_each_and_the_period_starts_them():
    events = extract_events(_document(
        "2023-06-14", "Larkhollow-gun (Governor Sim) announced on the 13th that its public health center will run an "
                      "'intensive mosquito control period' from the 19th to Oct. 31.\n\nA disinfection team will spray "
                      "residential areas after sunset, from 8 p.m. to 10 p.m., on the following schedule.\n\n△Larkhollow-eup: "
                      "every Tuesday and Friday △Fernleigh-myeon and Stonebridge-myeon: every Monday"))
    assert [(e.title, e.start.isoformat(), e.location) for e in events][1:] == [
        ("Intensive mosquito control: Larkhollow-eup", "2023-06-20T20:00:00", "Larkhollow-eup"),
        ("Intensive mosquito control: Fernleigh-myeon and Stonebridge-myeon", "2023-06-19T20:00:00",
         "Fernleigh-myeon and Stonebridge-myeon")]


def test_an_hours_field_above_a_schedule_gives_each_stop_its_hours_and_one_city_keeps_its_first_name():
    events = extract_events(_document(
        "2022-04-13", "Dunmere Metropolitan City (Mayor Kang) announced on the 12th that traffic along the course of the "
                      "'Dunmere Marathon' will be controlled from 7 a.m. to 1:30 p.m. on the 24th (Sun).\n\nDunmere City "
                      "announced on the 12th that its public health center will operate a 'Mobile Screening Bus'.\n\n○ Hours: "
                      "9:00~16:00 (lunch break 12:00~13:00)\n○ Schedule: △Apr. 18 (Mon.) ~ 19 (Tue.): Aldermoor 1-dong "
                      "Community Service Center △Apr. 21 (Thu.): Birchfold-dong Senior Center"))
    assert [(e.title, e.organizer, e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("Traffic control: Dunmere Marathon", "Dunmere Metropolitan City", "2022-04-24T07:00:00", "2022-04-24T13:30:00"),
        ("Mobile Screening Bus: Aldermoor 1-dong Community Service Center", "Dunmere Metropolitan City",
         "2022-04-18T09:00:00", "2022-04-18T16:00:00"),
        ("Mobile Screening Bus: Birchfold-dong Senior Center", "Dunmere Metropolitan City", "2022-04-21T09:00:00",
         "2022-04-21T16:00:00")]


def test_a_parade_is_held_where_its_route_starts():
    events = extract_events(_document(
        "2021-10-13", "Fenlow-si (Mayor Oh) announced on the 12th that the 'Lantern Night Parade' will be held from 7 p.m. "
                      "to 9 p.m. on the 23rd (Sat). About 800 residents will carry lanterns along a 2.4 km route from Fenlow "
                      "Station Square to the West Gate of Fenlow Fortress."))
    assert [(e.title, e.location) for e in events] == [("Lantern Night Parade", "Fenlow Station Square")]


def test_deliveries_told_after_a_quoted_service_are_the_service_and_an_orientation_for_recruits_is_no_application():
    events = extract_events(_document(
        "2022-12-07", "Brackenridge-gu (Mayor Ko) announced on the 6th its winter welfare programs.\n\nStarting next week, "
                      "the district will deliver the 'Happy Lunch Box' to 420 seniors living alone. Deliveries will run "
                      "every Tuesday and Friday from the 13th to Feb. 24 next year. An orientation for the 80 newly "
                      "recruited delivery volunteers will be held at 2 p.m. on the 12th (Mon)."))
    assert [e.kind for e in events] == ["event", "event"]
    assert events[0].title == "Happy Lunch Box"


def test_a_shuttles_first_and_last_bus_and_as_usual_make_no_event_or_title():
    events = extract_events(_document(
        "2023-12-27", "Oakhollow-gu (Mayor Ryu) announced on the 26th its holiday services.\n\nThe Oakhollow Square Ice Rink, "
                      "which opened on the 22nd, will operate as usual through the holiday, from 10 a.m. to 9 p.m. daily "
                      "until Feb. 12 next year. Free shuttle buses will run every day. The first bus leaves the station at "
                      "8:40 a.m. and the last bus leaves the rink at 6:30 p.m., at 20-minute intervals on weekdays and "
                      "10-minute intervals on weekends."))
    assert [e.title for e in events] == ["Oakhollow Square Ice Rink"]


def test_numbered_closure_fields_and_a_road_closed_to_vehicles_name_what_is_closed():
    events = extract_events(_document(
        "2025-12-23", "The Halloway Facilities Management Corporation announced on the 22nd that it will fully close the "
                      "Tamsin Grand Bridge, which links the two banks of the river, overnight on two weekends.\n\n△1st "
                      "closure: from 11 p.m. on Dec. 26 (Fri.) to 6 a.m. on Dec. 27 (Sat.) △2nd closure: from 11 p.m. on "
                      "Jan. 9 (Fri.) to 6 a.m. on Jan. 10 (Sat.)\n\nAbout 80,000 people are expected at the bell "
                      "ringing, so Bellgate-ro will be closed to vehicles for about 800 m, from Elm Intersection to Quay "
                      "Intersection, from 10 p.m. on the 31st to 2 a.m. on Jan. 1."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.location) for e in events] == [
        ("Tamsin Grand Bridge closed", "2025-12-26T23:00:00", "2025-12-27T06:00:00", "Tamsin Grand Bridge"),
        ("Tamsin Grand Bridge closed", "2026-01-09T23:00:00", "2026-01-10T06:00:00", "Tamsin Grand Bridge"),
        ("Bellgate-ro closed", "2025-12-31T22:00:00", "2026-01-01T02:00:00", "Bellgate-ro")]


def test_the_road_closed_to_cars_is_the_road_named_before_not_a_word_of_a_fair_s_name():
    events = extract_events(_document(
        "2022-06-01", "Thirty food trucks will line Wickham-ro between the district office and the market for the "
                      "Wickham Street Food Fair on June 12 (Sun.), noon to 5 p.m. The road will be closed to cars from "
                      "10 a.m."))
    assert [(e.title, e.start.isoformat(), e.location) for e in events][-1] == (
        "Wickham-ro closed", "2022-06-12T10:00:00", "Wickham-ro")


def test_the_hours_kept_on_an_ordinary_night_are_no_hours_of_the_day_told():
    events = extract_events(_document(
        "2025-12-23", "The city will extend the hours of subway Lines 1 through 4 on New Year's Eve.\n\nOn an ordinary "
                      "night the last trains leave their terminal stations at midnight, but on the night of the 31st they "
                      "will keep running until 2 a.m. on Jan. 1, with 36 extra trips added between midnight and 2 a.m."))
    assert [(e.start.isoformat(), e.end and e.end.isoformat()) for e in events] == [
        ("2025-12-31", None), ("2026-01-01T00:00:00", "2026-01-01T02:00:00")]


def test_groups_listed_by_start_take_the_service_and_the_end_their_clause_names():
    events = extract_events(_document(
        "2021-09-13", "Larkfield-si announced on the 13th that it will begin the free influenza vaccination on the 14th, "
                      "starting with children who need two doses.\n\n△Children aged 6 months to 13 who need two doses: "
                      "from Sept. 14 (Tue.) △Seniors aged 75 or older: from Oct. 12 (Tue.) △Seniors aged 65 to 74: from "
                      "Oct. 21 (Thu.)\n\nSeniors can receive the free shot at designated clinics until Dec. 31, while "
                      "children can get it until April 30 next year."))
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat()) for e in events] == [
        ("Free influenza vaccination", "2021-09-14", None),
        ("Free influenza vaccination: Children aged 6 months to 13 who need two doses", "2021-09-14", "2022-04-30"),
        ("Free influenza vaccination: Seniors aged 75 or older", "2021-10-12", "2021-12-31"),
        ("Free influenza vaccination: Seniors aged 65 to 74", "2021-10-21", "2021-12-31")]


def test_what_stays_open_every_day_of_the_holiday_is_open_on_each_day_of_the_holiday_told():
    events = extract_events(_document(
        "2021-09-13", "The city's health centers will suspend general clinics during the Chuseok holiday from the 18th to "
                      "the 22nd. However, the COVID-19 screening clinics at the public health center will stay open from "
                      "9 a.m. to 6 p.m. every day of the holiday."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence, e.location) for e in events] == [
        (events[0].title, "2021-09-18", "2021-09-22", None, None),
        ("COVID-19 screening clinics", "2021-09-18T09:00:00", "2021-09-18T18:00:00", "FREQ=DAILY;COUNT=5",
         "public health center")]


def test_days_a_repetition_skips_are_left_out_of_it_and_make_no_event():
    events = extract_events(_document(
        "2024-07-03", "The 'Ashbury Riverside Night Market' runs every Friday and Saturday from the 5th through Aug. 31 "
                      "from 6 p.m. to 11 p.m.\n\nThe market will not open on the 19th and 20th, when its vendors move to "
                      "the lotus festival grounds."))
    assert [(e.title, e.start.isoformat(), e.recurrence, e.exdates) for e in events] == [
        ("Ashbury Riverside Night Market", "2024-07-05T18:00:00", "FREQ=WEEKLY;BYDAY=FR,SA;COUNT=18",
         (date(2024, 7, 19), date(2024, 7, 20)))]
    events = extract_events(_document(
        "2023-12-20", "The library will run a winter Korean course every Sunday from Jan. 7 to March 3, 2 p.m. to 4 p.m. "
                      "There is no class on February 11, during the Seollal holiday."))
    assert [(e.start.isoformat(), e.exdates) for e in events] == [("2024-01-07T14:00:00", (date(2024, 2, 11),))]
    # (the sentence that tells the skip is what a subscriber reads with the series)
    assert "There is no class on February 11, during the Seollal holiday." in events[0].description


def test_a_day_of_other_hours_or_of_another_thing_is_no_day_a_repetition_skips():
    events = extract_events(_document(
        "2024-07-03", "The night market runs every Friday and Saturday from the 5th through Aug. 31 from 6 p.m. to 11 "
                      "p.m., except on Aug. 31, when booths close at 9 p.m.\n\nThe museum will not open on the 19th."))
    assert [e.exdates for e in events if e.recurrence] == [()]


def test_a_late_closing_hour_alone_starts_nothing():
    events = extract_events(_document(
        "2025-12-23", "The 'Bell Ringing Ceremony' will begin at 11 p.m. on the 31st at Crowhaven Pavilion. The bus routes "
                      "that pass the pavilion will also hold their last departures until 2 a.m."))
    assert [(e.title, e.start.isoformat()) for e in events] == [("Bell Ringing Ceremony", "2025-12-31T23:00:00")]


def test_hours_kept_since_a_day_run_until_the_end_told_and_are_the_place_s_named_before():
    events = extract_events(_document(
        "2022-08-10", "The corporation announced on the 9th that the Harwell Citizens' Swimming Pool is extending its "
                      "hours for the peak summer season. Since July 23, the pool has been open from 6 a.m. to 10 p.m. "
                      "daily, two hours longer than usual, and the extended hours will continue until the 28th."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence, e.location) for e in events] == [
        ("Harwell Citizens' Swimming Pool extended hours", "2022-07-23T06:00:00", "2022-07-23T22:00:00",
         "FREQ=DAILY;COUNT=37", "Harwell Citizens' Swimming Pool")]


def test_a_weekly_market_that_runs_until_a_month_ends_with_that_month():
    events = extract_events(_document(
        "2022-11-20", "The county will open the 'Larch Saturday Farmers' Market' on the 26th. The market will open every "
                      "2nd and 4th Saturday from 10 a.m. to 3 p.m. until March next year."))
    assert [(e.start.isoformat(), e.recurrence) for e in events][-1] == (
        "2022-11-26T10:00:00", "FREQ=MONTHLY;BYDAY=2SA,4SA;COUNT=9")


def test_a_tour_launched_on_a_day_runs_from_it_at_the_hours_of_its_trip():
    events = extract_events(_document(
        "2025-07-17", "The foundation announced on the 16th that the Larkport City Tour Bus will launch a 'Night Course' "
                      "on the 25th. The double-decker bus will run every Friday, Saturday and Sunday until Oct. 26, "
                      "leaving Larkport Station at 7:30 p.m. and passing Gull Bridge before returning at 9:40 p.m."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("Night Course", "2025-07-25T19:30:00", "2025-07-25T21:40:00", "FREQ=WEEKLY;BYDAY=FR,SA,SU;COUNT=42")]


def test_a_name_before_its_apposition_titles_what_opened_early():
    events = extract_events(_document(
        "2025-07-17", "The city will open five more beaches on the 19th. Tarn Beach, the city's largest, opened early "
                      "on the 4th."))
    assert [(e.title, e.start.isoformat()) for e in events][-1] == ("Tarn Beach", "2025-07-04")


def test_a_place_closed_on_days_is_an_event_and_a_day_its_daily_hours_skip_is_left_out():
    events = extract_events(_document(
        "2022-05-03", "Pellmoor-gu will hold the 'Rose Festival' at Maplewater Rose Garden from the 20th to June 6. To "
                      "prepare for the festival, the garden will be closed on the 18th and 19th."))
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat()) for e in events] == [
        ("Rose Festival", "2022-05-20", "2022-06-06"), ("Maplewater Rose Garden closed", "2022-05-18", "2022-05-19")]
    events = extract_events(_document(
        "2021-12-20", "Pine-gun will operate the ‘Winter Ice Sledding Park’ from the 24th to February 13 next year at Pine "
                      "Stream Field. The park will be open daily from 10 a.m. to 5 p.m., and will be closed on Lunar New "
                      "Year's Day, February 1."))
    assert [(e.start.isoformat(), e.recurrence, e.exdates) for e in events] == [
        ("2021-12-24T10:00:00", "FREQ=DAILY;COUNT=52", (date(2022, 2, 1),))]


def test_the_new_shelter_is_the_one_just_announced_and_is_where_it_was_said_to_open():
    events = extract_events(_document(
        "2023-01-09", "Colworth-gu announced on the 9th that it will open a second 'Winter Night Shelter' for the homeless "
                      "in the basement of the former Colworth 3-dong community service center.\n\nThe new shelter will run "
                      "from the night of the 16th to the morning of March 1, opening every night from 8 p.m. to 7 a.m. the "
                      "next morning."))
    assert [(e.title, e.start.isoformat(), e.location) for e in events] == [
        ("Winter Night Shelter", "2023-01-16T20:00:00", "basement of the former Colworth 3-dong community service center")]


def test_hours_of_what_a_sentence_starts_are_not_lent_to_a_registration_told_before():
    events = extract_events(_document(
        "2024-02-13", "The Aldmoor Senior Welfare Center will reopen after renovation. Registration for 42 spring-term "
                      "programs will be taken Feb. 26?29 at the 1st-floor information desk. From March 4, the center will "
                      "be open on weekdays from 9:00 to 18:00, and lunch will be served for 2,500 won."))
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat(), e.recurrence) for e in events] == [
        ("Registration: Spring-term programs", "2024-02-26", "2024-02-29", None),
        ("Aldmoor Senior Welfare Center", "2024-03-04T09:00:00", "2024-03-04T18:00:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")]


def test_services_resuming_the_day_after_a_suspension_end_it_and_make_no_event():
    events = extract_events(_document(
        "2021-09-13", "The city's health centers will suspend general clinics during the Chuseok holiday from the 18th to "
                      "the 22nd. Regular services resume on the 23rd (Thu)."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2021-09-18", "2021-09-22")]


def test_a_polling_day_field_gives_the_by_election_its_hours_and_polling_stations():
    events = extract_events(_document(
        "2022-06-22", "Quarrow-gu announced on the 22nd that the by-election for the 'Na' constituency of the Quarrow-gu "
                      "Council will be held on the 29th.\n\n△Polling day: June 29 (Wed.) 6:00~18:00 △Polling stations: 11 "
                      "schools and senior centers in the constituency"))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.location) for e in events] == [
        ("By-election for the 'Na' constituency of the Quarrow-gu Council", "2022-06-29T06:00:00", "2022-06-29T18:00:00",
         "11 schools and senior centers in the constituency")]


def test_a_name_held_on_the_days_told_titles_them():
    events = extract_events(_document(
        "2022-08-10", "Meanwhile, the city's athletes won 11 gold medals at the 68th North Tarrow Province Sports Festival "
                      "held from the 4th to the 7th, finishing third among 31 cities and counties."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("68th North Tarrow Province Sports Festival", "2022-08-04", "2022-08-07")]


def test_a_festival_that_will_close_early_ends_on_its_new_last_day():
    events = extract_events(_document(
        "2025-02-06", "The county announced on the 6th that the '2025 Fernwick Smelt Ice Fishing Festival' on Lake Corrin, "
                      "which opened on Jan. 18 and was scheduled to run until the 16th, will close on the 9th (Sun.), a week "
                      "early."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("2025 Fernwick Smelt Ice Fishing Festival", "2025-01-18", "2025-02-09")]


def test_hours_noted_for_all_sessions_are_those_of_every_day_listed_on_the_line():
    events = extract_events(_document(
        "2024-09-10", "Wrenholt-gu announced on the 9th that its Dementia Relief Center will visit community service centers "
                      "to offer free dementia screening.\n\n△Sept. 23 (Mon.) Hollins-dong Community Service Center △Sept. "
                      "30 (Mon.) Larkmoor 2-dong Community Service Center △Oct. 8 (Tue.) Pebblecross-dong Community Service "
                      "Center ※ All sessions 10:00~16:00 (lunch break 12:00~13:00)"))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.location) for e in events] == [
        ("Free dementia screening", "2024-09-23T10:00:00", "2024-09-23T16:00:00", "Hollins-dong Community Service Center"),
        ("Free dementia screening", "2024-09-30T10:00:00", "2024-09-30T16:00:00", "Larkmoor 2-dong Community Service Center"),
        ("Free dementia screening", "2024-10-08T10:00:00", "2024-10-08T16:00:00", "Pebblecross-dong Community Service Center")]


def test_an_opening_ceremony_is_held_where_the_sentence_before_says_the_place_opens():
    events = extract_events(_document(
        "2025-04-22", "Wrenmoor-gu announced on the 21st that its third toy library, the 'Wrenmoor Toy Library Ambergate "
                      "Branch', will open on the 2nd floor of the Ambergate-dong Community Service Center. An opening "
                      "ceremony will be held at 11 a.m. on the 28th (Mon)."))
    assert [(e.title, e.start.isoformat(), e.location) for e in events] == [
        ("Opening ceremony", "2025-04-28T11:00:00", "2nd floor of the Ambergate-dong Community Service Center")]


def test_days_told_with_their_weekday_share_the_hours_after_them_at_the_waterfront():
    events = extract_events(_document(
        "2023-07-11", "Fernmoor-gu announced on the 11th that its public health center will hand out free sunscreen on the "
                      "22nd and 29th, both Saturdays, from 2 p.m. to 5 p.m. at the Fernmoor waterfront of Hanmere Riverside "
                      "Park."))
    assert [(e.start.isoformat(), e.end.isoformat(), e.recurrence, e.location) for e in events] == [
        ("2023-07-22T14:00:00", "2023-07-22T17:00:00", None, "Fernmoor waterfront of Hanmere Riverside Park"),
        ("2023-07-29T14:00:00", "2023-07-29T17:00:00", None, "Fernmoor waterfront of Hanmere Riverside Park")]


def test_a_desks_hours_are_the_desks_not_those_of_the_shots_told_before():
    events = extract_events(_document(
        "2021-07-14", "Larkfield-gu announced on the 13th that it has set up a 'Vaccination Reservation Help Desk' at its "
                      "public health center. Residents aged 55 to 59 will receive the vaccine from July 26 to Aug. 7 at "
                      "designated clinics. The help desk is staffed by six employees on weekdays from 9:00 to 18:00."))
    assert [(e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("2021-07-26", "2021-08-07", None)]


def test_hours_each_day_of_the_fair_are_the_fairs_not_those_of_the_uploads_to_its_website():
    events = extract_events(_document(
        "2021-07-14", "Tollmere-gu announced on the 14th that it will hold the 'Tollmere Online Job Fair' from the 26th to "
                      "the 30th. Some 45 companies will recruit.\n\nJob seekers can register and upload their résumés on the fair "
                      "website from the 14th to the 23rd, and the companies will review them. Interviews will be held from 10:00 to 17:00 each day of the fair."))
    assert sorted((e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events) == [
        ("2021-07-14", "2021-07-23", None), ("2021-07-26T10:00:00", "2021-07-26T17:00:00", "FREQ=DAILY;COUNT=5")]


def test_a_traffic_control_takes_place_on_the_roads_listed_after_it():
    events = extract_events(_document(
        "2025-10-01", "Fallowmere-gu announced on the 1st that the 'Fallowmere Autumn Marathon' will be held on the 19th "
                      "(Sun), starting at 8 a.m.\n\nTraffic on major roads along the course will be controlled from 7 a.m. to 12 p.m. on "
                      "race day.\n\n○ Fallowmere-ro (Stadium Intersection ~ Mill Bridge, 2.4 km): both directions "
                      "○ Riverside Road (Mill Bridge ~ Seoha Junction): southbound lanes"))
    control = next(e for e in events if e.title.startswith("Traffic"))
    assert (control.start.isoformat(), control.location) == ("2025-10-19T07:00:00", "Fallowmere-ro, Riverside Road")


def test_lanes_of_a_road_closed_for_nights_up_to_an_early_morning_are_the_roads_closure_on_each_night():
    events = extract_events(_document(
        "2025-08-12", "Tarnwick-gu announced on the 11th that it will repave a 1.8-km section of Tarnwick-daero between "
                      "Mill Intersection and Hollins Bridge.\n\nThe four outbound lanes of the section will be fully closed "
                      "from 10 p.m. to 6 a.m. the following morning for five nights, from the night of the 18th (Mon.) to "
                      "the early morning of the 23rd (Sat.)."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("Tarnwick-daero closed", "2025-08-18T22:00:00", "2025-08-19T06:00:00", "FREQ=DAILY;COUNT=5")]


def test_a_period_field_gives_the_holidays_days_and_a_clinic_open_throughout_the_holiday_is_its_own_event():
    events = extract_events(_document(
        "2021-09-14", "Fernwick-gu announced on the 13th that it has designated 134 'holiday on-duty pharmacies' so that "
                      "residents can get medicine during the Chuseok holiday.\n\n△Period: Sept. 18 (Sat.) ~ 22 (Wed.) "
                      "△How to check: the district website\n\nThe public health center's COVID-19 screening clinic will stay "
                      "open throughout the holiday from 9 a.m. to 6 p.m. daily."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence, e.location) for e in events] == [
        ("Holiday on-duty pharmacies", "2021-09-18", "2021-09-22", None, None),
        ("Public health center's COVID-19 screening clinic", "2021-09-18T09:00:00", "2021-09-18T18:00:00",
         "FREQ=DAILY;COUNT=5", "public health center")]


def test_the_event_that_began_on_a_day_is_the_one_told_under_way_until_another():
    events = extract_events(_document(
        "2021-09-14", "Marrow-gu announced on the 13th that the 'Chuseok Market Big Sale' is under way at 9 traditional "
                      "markets in the district until the 19th. The event, which began on the 10th, offers discounts of "
                      "10~30% on fruit."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("Chuseok Market Big Sale", "2021-09-10", "2021-09-19")]


def test_a_festival_postponed_to_a_new_day_is_on_that_day_under_its_name_not_its_reason():
    events = extract_events(_document(
        "2021-09-14", "Meanwhile, the district postponed the '2021 Moonlight Walking Festival', which had been planned for "
                      "Oct. 2, to Nov. 6 (Sat.), as the social distancing was extended by another two weeks."))
    assert [(e.title, e.start.isoformat(), e.end) for e in events] == [("2021 Moonlight Walking Festival", "2021-11-06", None)]
    events = extract_events(_document(
        "2022-03-10", "Wenlow-gu said that the '5th Wenlow Magnolia Street Festival', which had been scheduled for the 26th "
                      "and 27th of this month, has been pushed back two weeks, to the second weekend of April, because the "
                      "magnolia buds along Wenlow-ro are expected to open late after February's cold snap."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("5th Wenlow Magnolia Street Festival", "2022-04-09", "2022-04-10")]


@pytest.mark.parametrize("sentence, title", [
    ("The county announced that rafting and swimming will be banned from 1 p.m. to 5 p.m. on the 7th (Wed) in the river.",
     "Rafting and swimming banned"),
    ("Water supply will be suspended for about 8 hours from 10 p.m. on the 29th.", "Water supply suspended"),
])
def test_what_will_be_banned_or_suspended_is_titled_so(sentence, title):
    assert [e.title for e in extract_events(_document("2024-08-01", sentence))] == [title]


def test_days_told_inside_a_holiday_are_the_happenings_days_not_the_whole_holiday():
    events = extract_events(_document(
        "2024-02-14", "Oakhurst-gu announced on the 13th that it held the 'Folk Game Day' at its Folk Village on the 10th "
                      "and 11th, drawing about 3,200 residents and visitors over the Lunar New Year holiday."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2024-02-10", "2024-02-11")]


def test_in_the_district_said_in_the_item_of_a_body_of_the_district_goes_on_with_it():
    from calendarize.segment import split_items

    text = ("The Fenwick-gu Election Commission (Chairman Yang) announced on the 15th that registration opens May 12.\n\n"
            "In Fenwick-gu, 17 district council members will be elected.\n\nThe commission will hold a briefing on the 29th.\n")
    assert [item.organizer for item in split_items(text)] == [None, "Fenwick-gu Election Commission"]


def test_it_that_opens_is_the_place_the_sentences_before_are_about_and_is_there():
    events = extract_events(_document(
        "2022-03-16", "Sallow-gu announced on the 16th that it will hold an opening ceremony for 'Sallow Haneul Library,' "
                      "its ninth public library, at 2 p.m. on the 24th (Thu).\n\nThe library, built with 9.8 billion won, "
                      "holds 42,000 books. It features a children's reading room on the 1st floor. It will open to the "
                      "public on the 25th."))
    opening = next(e for e in events if e.start.isoformat().startswith("2022-03-25"))
    assert (opening.title, opening.location) == ("Sallow Haneul Library opens", "Sallow Haneul Library")


def test_a_ceremony_for_a_named_place_is_titled_as_that_ceremony_and_an_aside_of_hours_ends_nothing():
    events = extract_events(_document(
        "2022-03-16", "Sallow-gu announced on the 16th that it will hold an opening ceremony for 'Sallow Haneul Library,' "
                      "its ninth public library, at 2 p.m. on the 24th (Thu).\n\nThe library is open from 9 a.m. to 6 p.m. "
                      "(the general reading room until 10 p.m.) and closes on Mondays."))
    assert [(e.title, e.start.isoformat(), e.end) for e in events] == [
        ("Sallow Haneul Library opening ceremony", "2022-03-24T14:00:00", None)]


def test_a_holiday_the_hours_include_and_the_usual_week_are_no_happenings():
    events = extract_events(_document(
        "2022-12-13", "Ellwick-gu announced on the 13th that the 'Ellwick Outdoor Ice Rink' will open on the 23rd and run "
                      "through Feb. 12 next year. It will be open daily from 10 a.m. to 9 p.m., including weekends and the "
                      "Lunar New Year holidays."))
    assert [(e.title, e.start.isoformat(), e.recurrence) for e in events] == [
        ("Ellwick Outdoor Ice Rink", "2022-12-23T10:00:00", "FREQ=DAILY;COUNT=52")]
    events = extract_events(_document(
        "2022-12-13", "Household waste and recyclables are normally put out from Sunday to Friday evenings. Over the "
                      "holidays, however, residents must not put out any garbage on Dec. 24 (Sat.) ~ 25 (Sun.)."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("No garbage collection", "2022-12-24", "2022-12-25")]


def test_lessons_for_the_first_people_to_sign_up_are_lessons_not_applications():
    events = extract_events(_document(
        "2022-12-13", "Free lessons for beginners will be offered every Saturday at 11 a.m. from Dec. 24 to Feb. 11, for "
                      "the first 30 people to sign up on site."))
    assert [(e.title, e.kind, e.recurrence) for e in events] == [
        ("Free lessons for beginners", "event", "FREQ=WEEKLY;BYDAY=SA;COUNT=8")]


def test_a_named_place_that_opens_is_where_it_and_its_opening_ceremony_are_but_not_the_others_nor_a_road():
    events = extract_events(_document(
        "2022-12-13", "Ellwick-gu announced on the 13th that the 'Ellwick Civic Plaza Outdoor Ice Rink' will open on the "
                      "23rd and run through Feb. 12 next year.\n\nAn opening ceremony featuring a figure skating "
                      "performance will be held at 4 p.m. on the 23rd (Fri)."))
    assert [e.location for e in events] == ["Ellwick Civic Plaza Outdoor Ice Rink"] * 2
    events = extract_events(_document(
        "2023-06-20", "Tamwick-si announced on the 19th that Eastmere Beach will open on the 30th and run until Aug. 27. The "
                      "other five beaches, including Gullrock Beach, will open on July 7."))
    assert (events[0].title, events[0].location) == ("Eastmere Beach", "Eastmere Beach")
    assert all(e.location != "Eastmere Beach" for e in events[1:])


def test_classes_told_with_their_own_hours_under_one_schedule_are_a_series_each():
    events = extract_events(_document(
        "2022-12-13", "Harwood-gu announced on the 13th that it will run a 'Winter Vacation Coding Class' for elementary "
                      "pupils.\n\n○ Period: Jan. 9 (Mon.) ~ Feb. 3 (Fri.), every Monday, Wednesday and Friday ○ Beginner "
                      "class (4th graders, block coding): 10:00~12:00 ○ Advanced class (5th and 6th graders, drones): "
                      "14:00~16:00 ○ Capacity: 20 per class"))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("Winter Vacation Coding Class: Beginner class", "2023-01-09T10:00:00", "2023-01-09T12:00:00",
         "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=12"),
        ("Winter Vacation Coding Class: Advanced class", "2023-01-09T14:00:00", "2023-01-09T16:00:00",
         "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=12")]


def test_what_will_be_restricted_on_the_day_of_the_exam_is_its_own_event_titled_so():
    events = extract_events(_document(
        "2021-11-10", "Pinewick-gu announced on the 10th that it will run a support system for the College Scholastic "
                      "Ability Test, which will be held on the 18th (Thu.) at 9 exam sites in the district.\n\nOn the day of "
                      "the exam, vehicle access and parking near the exam sites will be restricted from 6:10 a.m. to 8:10 a.m."))
    assert [(e.title, e.start.isoformat()) for e in events] == [
        ("Support system for the College Scholastic Ability Test", "2021-11-18"),
        ("Vehicle access and parking near the exam sites restricted", "2021-11-18T06:10:00")]


def test_the_hour_a_nightly_shelter_closes_for_the_season_is_its_end_not_an_event():
    events = extract_events(_document(
        "2021-11-10", "The shelter will open every night from 6 p.m. to 9 a.m. the following morning from the 15th through "
                      "the end of February, closing for the season at 9 a.m. on March 1 next year."))
    assert [(e.start.isoformat(), e.recurrence) for e in events] == [("2021-11-15T18:00:00", "FREQ=DAILY;COUNT=106")]


def test_hours_told_with_one_digit_after_days_hold_on_each_day_but_a_weekday_period_stays_whole():
    events = extract_events(_document(
        "2023-09-20", "The refund event runs only from the 25th to the 27th, 9:00~18:00, while budget lasts."))
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("Refund event", "2023-09-25T09:00:00", "2023-09-25T18:00:00", "FREQ=DAILY;COUNT=3")]
    events = extract_events(_document(
        "2021-11-10", "○ Period: Nov. 22 (Mon.) ~ Dec. 30 (Thu.), weekdays 9:00~18:00 ○ Venue: Civil Service Hall"))
    assert [(e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("2021-11-22T09:00:00", "2021-12-30T18:00:00", None)]


def test_the_days_the_article_gives_a_holiday_are_those_of_what_was_told_for_it():
    events = extract_events(_document(
        "2025-01-22", "Brackwell-gu announced on the 22nd that it has designated 236 clinics and pharmacies to stay open "
                      "during the Lunar New Year (Seollal) holiday. With the temporary public holiday on the 27th, this "
                      "year's holiday runs for six days, from the 25th to the 30th."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2025-01-25", "2025-01-30")]
    assert "clinics" in events[0].title


def test_the_hours_a_place_had_been_open_are_not_its_new_hours():
    events = extract_events(_document(
        "2024-07-04", "The cooling centers, which had been open from 9 a.m. to 6 p.m., will be open from 9 a.m. to 9 p.m. "
                      "daily, including weekends, from the 8th to Aug. 31."))
    assert [(e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("2024-07-08T09:00:00", "2024-07-08T21:00:00", "FREQ=DAILY;COUNT=55")]


def test_days_a_market_skips_for_a_festival_at_the_same_park_are_the_festivals():
    events = extract_events(_document(
        "2024-07-04", "The 'Ferrow River Night Market' will open every Friday and Saturday from the 5th to Aug. 31, from 6 "
                      "p.m. to 11 p.m., at the riverside parking lot of Ferrow Riverside Park. There will be no market on "
                      "Aug. 2 (Fri.) and 3 (Sat.), when the '2024 Summer Water Festival' will be held at the same park."))
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat(), e.exdates) for e in events] == [
        ("Ferrow River Night Market", "2024-07-05T18:00:00", "2024-07-05T23:00:00", (date(2024, 8, 2), date(2024, 8, 3))),
        ("2024 Summer Water Festival", "2024-08-02", "2024-08-03", ())]


def test_a_day_told_then_a_span_from_it_in_the_same_sentence_is_one_event():
    events = extract_events(_document(
        "2024-07-04", "Gullmere-si announced on the 3rd that its five public beaches will open on the 12th (Fri) and "
                      "operate for 45 days until Aug. 25."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2024-07-12", "2024-08-25")]


def test_a_changed_hour_is_no_happening_and_hours_of_a_named_service_that_day_are_its_own():
    events = extract_events(_document(
        "2025-11-05", "Ravenholt-gu announced on the 5th that it will carry out support measures for the exam on the 13th "
                      "(Thu.).\n\nOn exam day, the start of the workday for district employees will be pushed back one hour "
                      "to 10 a.m. From 6:30 a.m. to 8:10 a.m., the district will run the 'Exam Emergency Transport' service."))
    assert [(e.title, e.start.isoformat(), e.end and e.end.isoformat()) for e in events] == [
        ("Support measures", "2025-11-13", None),
        ("Exam Emergency Transport", "2025-11-13T06:30:00", "2025-11-13T08:10:00")]


def test_a_holidays_date_told_again_after_a_first_plan_is_no_happening():
    events = extract_events(_document(
        "2023-05-08", "Brackwell-gu announced on the 7th that it held the 'Children's Day Festival' at its gymnasium on the "
                      "6th. The festival was originally planned for Children's Day, the 5th, at the riverside park, but it "
                      "was moved indoors and pushed back a day."))
    assert [e.start.isoformat() for e in events] == ["2023-05-06"]


def test_a_first_day_told_as_set_to_open_before_a_postponement_is_no_happening():
    events = extract_events(_document(
        "2024-12-17", "Lowfen-gun announced on the 16th that the 'Lowfen Ice Fishing Festival', set to open on Jan. 4 "
                      "(Sat.), has been postponed by a week to Jan. 11 (Sat.). The festival will run until Jan. 26 (Sun.), "
                      "9:00~17:00 daily."))
    assert [e.start.isoformat() for e in events] == ["2025-01-11T09:00:00"]


def test_an_activity_quoted_in_a_programme_field_names_no_applications():
    events = extract_events(_document(
        "2024-12-17", "Wrenmoor-gu announced on the 17th that its library will run a 'Winter Reading Camp' for pupils.\n\n"
                      "△Period: Jan. 7 (Tue.) ~ 10 (Fri.), 2025, 10:00~12:00 daily △Program: picture book reading, making "
                      "a 'my own book', meeting an author\n\nApplications open at 10 a.m. on the 18th (Wed.) on the library "
                      "website, first come, first served."))
    assert [e.title for e in events] == ["Winter Reading Camp", "Applications: Winter Reading Camp"]


def test_hours_after_listed_spans_hold_on_each_day_of_each():
    events = extract_events(_document(
        "2024-01-10", "△Dates: Jan. 20 (Sat.)~21 (Sun.), 27 (Sat.)~28 (Sun.), 09:00~17:00 △Venue: Lake Sorrel"))
    assert [(e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("2024-01-20T09:00:00", "2024-01-20T17:00:00", "FREQ=DAILY;COUNT=2"),
        ("2024-01-27T09:00:00", "2024-01-27T17:00:00", "FREQ=DAILY;COUNT=2")]


def test_the_days_of_a_holiday_something_comes_ahead_of_are_no_happening():
    events = extract_events(_document(
        "2025-09-22", "Calderwick-gu announced on the 22nd that it will hold the 'Chuseok Market Great Sale' at nine "
                      "markets from the 25th to Oct. 4, ahead of the Chuseok holiday (Oct. 5~8)."))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2025-09-25", "2025-10-04")]


def test_a_run_that_stays_open_over_a_holiday_and_work_that_pauses_for_it_make_no_holiday_event():
    events = extract_events(_document(
        "2025-09-22", "The free hanbok studio will be open daily from 10:00 to 17:00 from Sept. 27 to Oct. 12. The studio "
                      "will stay open throughout the Chuseok holiday.\n\nThe bridge will be closed each night from the 29th "
                      "(Mon.) to Oct. 2 (Thu.). No work will be done over the Chuseok holiday."))
    assert [str(e.start)[:10] for e in events] == ["2025-09-27", "2025-09-29"]


def test_a_holidays_own_days_told_in_a_which_clause_are_no_happening():
    events = extract_events(_document(
        "2024-01-17", "Brenmoor-si announced on the 17th that household waste will not be collected for three days during "
                      "the Seollal holiday, which runs four days from Feb. 9 to 12 including the substitute holiday."))
    assert all(str(e.end)[:10] != "2024-02-12" for e in events)


def test_how_late_a_series_stays_open_is_told_with_it_not_an_event_at_closing_time():
    events = extract_events(_document(
        "2022-10-18", "Millwick-gu announced on the 18th that the Millwick Central Library will stay open late every Friday "
                      "starting on the 21st. The reading rooms, which used to close at 6 p.m., will now remain open until 10 "
                      "p.m. on Fridays."))
    assert [(str(e.start), e.recurrence) for e in events] == [("2022-10-21", "FREQ=WEEKLY;BYDAY=FR")]
    assert "until 10 p.m. on Fridays" in events[0].description


def test_the_one_day_it_will_close_on_is_left_out_of_the_series_told_just_before():
    events = extract_events(_document(
        "2021-12-15", "From the 16th to the 31st, the booster shot center will run from 9 a.m. to 9 p.m. every day, "
                      "including weekends. It will close only on Christmas Day (the 25th)."))
    assert [(str(e.start), e.recurrence, e.exdates) for e in events] == [
        ("2021-12-16 09:00:00", "FREQ=DAILY;COUNT=16", (date(2021, 12, 25),))]


def test_another_things_completion_by_a_day_does_not_end_the_applications_told_before_it():
    events = extract_events(_document(
        "2025-06-11", "The district will install water barriers free of charge. Applications are accepted at dong community "
                      "service centers until the 20th, and installation will be completed by the end of the month."))
    assert [(str(e.start), e.end) for e in events] == [("2025-06-20", None)]


def test_an_application_period_with_weekday_office_hours_told_after_it_stays_one_period():
    events = extract_events(_document(
        "2024-11-11", "Quillmoor-si announced on the 11th that it will take applications for its 'Youth Monthly Rent "
                      "Support'.\n\n○ Application period: Nov. 18 (Mon.)?Dec. 13 (Fri.), online or in person at the local "
                      "dong community service center on weekdays 9:00~18:00"))
    assert [(e.start.isoformat(), e.end.isoformat(), e.recurrence) for e in events] == [
        ("2024-11-18T09:00:00", "2024-12-13T18:00:00", None)]


def test_a_cancelled_festivals_days_told_in_a_which_clause_are_no_happening():
    events = extract_events(_document(
        "2021-05-06", "Larkmoor-gun announced on the 6th that it has cancelled the '15th Larkmoor Rose Festival', which had "
                      "been scheduled from the 21st to the 30th at Larkmoor Rose Park, for the second year in a row. "
                      "Instead, the county will hold an 'Untact Rose Festival' online from the 22nd to June 6."))
    assert [(e.title, str(e.start)) for e in events] == [("Untact Rose Festival", "2021-05-22")]


def test_three_days_running_told_in_a_list_are_one_span_and_the_day_collection_resumes_is_none():
    events = extract_events(_document(
        "2024-02-05", "Glenmarsh-gu announced its holiday plan. Household waste will not be collected on the 9th, 10th and "
                      "11th, so residents are asked to keep waste at home until collection resumes on the 12th."))
    assert [(e.title, str(e.start), str(e.end)) for e in events] == [("No waste collection", "2024-02-09", "2024-02-11")]


def test_a_closure_told_for_the_same_period_and_a_clinic_open_every_day_of_the_holiday():
    events = extract_events(_document(
        "2024-02-05", "Glenmarsh-gu announced on the 5th that it has prepared a 'Seollal Holiday Plan' for the four-day "
                      "holiday from the 9th to the 12th.\n\nA situation room will run 24 hours a day at the district office from the 9th to the 12th. "
                      "All 22 public parking lots in the district will be free during the holiday (9th~12th), while its six "
                      "public libraries will close for the same period. The screening clinic at the public health center "
                      "will stay open from 9 a.m. to 6 p.m. every day of the holiday."))
    assert [(e.title, str(e.start), str(e.end), e.recurrence) for e in events] == [
        ("Situation room", "2024-02-09", "2024-02-12", None),
        ("Public parking lots free", "2024-02-09", "2024-02-12", None),
        ("Screening clinic", "2024-02-09 09:00:00", "2024-02-09 18:00:00", "FREQ=DAILY;COUNT=4"),
        ("Public libraries closed", "2024-02-09", "2024-02-12", None)]


def test_days_a_running_festival_was_suspended_are_skipped_and_the_day_it_resumed_is_no_event():
    events = extract_events(_document(
        "2024-01-17", "Pinecrest-gun announced on the 17th that the 'Pinecrest Trout Festival', which opened on the 6th "
                      "on Lake Mirrow, resumed on the 14th after being suspended for two days on the 12th and 13th because "
                      "of rain. The festival runs until the 28th and is open from 9 a.m. to 6 p.m. daily."))
    assert [(e.title, str(e.start), e.recurrence, e.exdates) for e in events] == [
        ("Pinecrest Trout Festival", "2024-01-06 09:00:00", "FREQ=DAILY;COUNT=23", (date(2024, 1, 12), date(2024, 1, 13)))]


def test_how_much_longer_a_place_stays_open_is_no_name():
    events = extract_events(_document(
        "2024-01-17", "Ashmoor-gu announced on the 17th that the outdoor ice rink at Ashmoor Park, which opened on Dec. 20 "
                      "last year, will stay open two weeks longer than planned, until Feb. 11. The rink is open 10:00~18:00 "
                      "daily."))
    assert [(e.title, str(e.start), e.recurrence) for e in events] == [
        ("Outdoor ice rink at Ashmoor Park", "2023-12-20 10:00:00", "FREQ=DAILY;COUNT=54")]


def test_hours_on_the_same_days_are_a_daily_series_named_by_its_subject_not_by_its_hours():
    events = extract_events(_document(
        "2021-09-15", "Marlowe-gu announced on the 15th that its screening clinic will open from the 18th to the 22nd. "
                      "The temporary screening clinic at Corley Station Square will run 9:00~13:00 on the same days."))
    assert [(e.title, str(e.start), e.recurrence) for e in events][1:] == [
        ("Temporary screening clinic at Corley Station Square", "2021-09-18 09:00:00", "FREQ=DAILY;COUNT=5")]


def test_the_morning_collection_starts_again_ends_the_days_without_it_and_an_hour_put_out_resumes_is_told():
    events = extract_events(_document(
        "2021-09-15", "Tamsworth-gu announced its holiday schedule. Household waste will not be collected from the 19th "
                      "(Sun) to the 21st (Tue). Waste may be put out as usual until the 18th, and discharge resumes from "
                      "6 p.m. on the 21st, with collection starting early on the morning of the 22nd."))
    assert [(e.title, str(e.start)) for e in events] == [
        ("No waste collection", "2021-09-19"), ("Discharge resumes", "2021-09-21 18:00:00")]


def test_a_common_noun_names_the_quoted_name_it_was_told_with():
    events = extract_events(_document(
        "2023-07-05", "The district's youth study café 'Dream Nook' on the 2nd floor of the youth center has extended its "
                      "hours. The café, which normally opens 9:00~21:00 Tuesday to Sunday, is open from 9 a.m. to 11 p.m. "
                      "daily, including Mondays, from the 10th to the 21st."))
    assert [e.title for e in events] == ["Dream Nook"]


def test_a_place_open_longer_since_a_day_until_the_day_its_extended_hours_apply_to():
    events = extract_events(_document(
        "2023-08-08", "Larchmere-gu announced on the 8th that, with the heat wave continuing, the outdoor pool at Larchmere "
                      "Sports Park has been open three hours longer than usual, from 9 a.m. to 9 p.m. daily, since the 1st. "
                      "The extended hours apply until the 20th, when the pool closes for the season. A 'Night Pool Party' "
                      "will be held from 6 p.m. to 9 p.m. on the 19th (Sat)."))
    assert [(e.title, str(e.start), e.recurrence, e.location) for e in events] == [
        ("Outdoor pool at Larchmere Sports Park extended hours", "2023-08-01 09:00:00", "FREQ=DAILY;COUNT=20",
         "Larchmere Sports Park"),
        ("Night Pool Party", "2023-08-19 18:00:00", None, "Larchmere Sports Park")]


def test_entries_of_a_line_are_named_by_their_labels_and_booking_ahead_makes_no_application():
    events = extract_events(_document(
        "2022-11-22", "Winmere-gu announced on the 22nd that it will run a program for high school seniors who took the "
                      "College Scholastic Ability Test on the 17th.\n\n△Labor rights lecture for first-time part-timers: Nov. "
                      "28 (Mon.) 14:00~16:00, district office auditorium △University admissions strategy briefing: Dec. 10 "
                      "(Sat.) 14:00~17:00, Winmere Arts Center △One-on-one admissions counseling: Dec. 12 (Mon.) ~ 23 (Fri.), "
                      "weekdays 10:00~17:00, Winmere Education Support Center (reservation required)"))
    assert [(e.title, e.kind, str(e.start), e.recurrence) for e in events] == [
        ("Labor rights lecture for first-time part-timers", "event", "2022-11-28 14:00:00", None),
        ("University admissions strategy briefing", "event", "2022-12-10 14:00:00", None),
        ("One-on-one admissions counseling", "event", "2022-12-12 10:00:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10")]


def test_a_field_of_a_program_is_no_entry_of_its_own():
    events = extract_events(_document(
        "2024-04-10", "Fernmoor-gu will hold the 'Green Exchange Market' at Ashgrove Park.\n\n△Application period: Apr. 15 "
                      "(Mon.) ~ 21 (Sun.) on the district website △Announcement of sellers selected by lottery: Apr. 23 (Tue.)"))
    assert [e.title for e in events][-1] != "Announcement of sellers selected by lottery"


def test_a_rink_opened_last_year_that_will_end_its_season_on_a_day_runs_daily_until_then():
    events = extract_events(_document(
        "2024-02-19", "Carrowby-gu announced on the 19th that the 'Carrowby Plaza Outdoor Ice Rink', which opened in front "
                      "of Carrowby Station on Dec. 22 last year, will end its season on the 25th (Sun). Until closing day the "
                      "rink is open daily from 10 a.m. to 9 p.m."))
    assert [(e.title, str(e.start), e.recurrence) for e in events] == [
        ("Carrowby Plaza Outdoor Ice Rink", "2023-12-22 10:00:00", "FREQ=DAILY;COUNT=66")]


def test_a_park_closed_due_to_covid_that_will_reopen_and_run_until_a_day_runs_daily_until_then():
    events = extract_events(_document(
        "2022-05-24", "Dunmore-gun announced on the 23rd that the 'Dunmore Valley Water Park' will reopen on July 9 (Sat) "
                      "for the first time in three years, after being closed due to COVID-19, and will run until Aug. 21. "
                      "The water park will be open every day from 10:00 to 18:00."))
    assert [(e.title, str(e.start), e.recurrence) for e in events] == [
        ("Dunmore Valley Water Park", "2022-07-09 10:00:00", "FREQ=DAILY;COUNT=44")]


def test_a_line_of_fields_is_named_by_the_field_that_opens_it():
    events = extract_events(_document(
        "2022-03-15", "Hollinmere-gu announced on the 14th that it will hand out masks from the 16th.\n\n△Clean Air "
                      "Shelters: 38 senior centers equipped with air purifiers △Period: the 16th ~ May 31, 9:00~18:00 daily "
                      "△Target: anyone"))
    assert [(e.title, str(e.start), e.recurrence) for e in events][-1] == (
        "Clean Air Shelters", "2022-03-16 09:00:00", "FREQ=DAILY;COUNT=77")


def test_another_closing_hour_of_daily_hours_on_some_days_leaves_the_daily_hours_as_told():
    events = extract_events(_document(
        "2023-07-11", "Wrenmoor-gu announced on the 11th that it is operating 143 'heat-wave shelters' at senior centers "
                      "until Sept. 30. The shelters, which opened on the 1st, are open from 9 a.m. to 6 p.m. daily, and 37 "
                      "of them stay open until 9 p.m. when a heat wave warning is in effect."))
    assert [(e.title, str(e.start), str(e.end), e.recurrence) for e in events] == [
        ("Heat-wave shelters", "2023-07-01 09:00:00", "2023-07-01 18:00:00", "FREQ=DAILY;COUNT=92")]


def test_daily_hours_of_a_winter_season_are_a_daily_series_but_a_longer_service_keeps_its_days_whole():
    rest_area, vaccination = (extract_events(_document("2022-11-22", text)) for text in (
        ("Sollmere-si announced on the 22nd its winter plan. The city will open a 'Warm Rest Area' at the support center "
        "from the 25th to Feb. 28 next year, 9:00~21:00 daily."),
        ("Sollmere-si announced on the 22nd that free flu shots are given at the health center from the 25th to April 30 "
        "next year, 9:00~18:00 daily.")))
    assert [(str(e.start), e.recurrence) for e in rest_area] == [("2022-11-25 09:00:00", "FREQ=DAILY;COUNT=96")]
    assert [(str(e.start), str(e.end), e.recurrence) for e in vaccination] == [("2022-11-25", "2023-04-30", None)]


def test_a_routine_of_the_year_and_last_years_hour_are_no_happenings():
    events = extract_events(_document(
        "2025-12-16", "Wrenmoor-gu announced on the 16th its year-end ceremony. The 18.5-ton bell was cast in 1999 and is "
                      "rung only twice a year, on Dec. 31 and on Liberation Day. The walk starts at 7 a.m. on the 20th; the "
                      "start was moved up two hours from last year's 9 a.m. because of the heat."))
    assert [str(e.start) for e in events] == ["2025-12-20 07:00:00"]


def test_a_weekly_markets_break_skips_its_days_and_its_opening_ceremony_is_held_at_the_market():
    events = extract_events(_document(
        "2023-03-07", "Castlemere-gu announced on the 6th that its 'Green Farmers' Market' will open for the season on the "
                      "18th. The market will be "
                      "held every Saturday from March 18 to Nov. 25, 10:00~16:00, in the parking lot of Castlemere Riverside "
                      "Park. The market will take a break during the hottest weeks, from July 29 to Aug. 19.\n\nAn opening "
                      "ceremony will be held at 11 a.m. on opening day."))
    assert [(e.title, str(e.start), e.location, e.exdates) for e in events] == [
        ("Green Farmers' Market", "2023-03-18 10:00:00", "parking lot of Castlemere Riverside Park",
         (date(2023, 7, 29), date(2023, 8, 5), date(2023, 8, 12), date(2023, 8, 19))),
        ("Opening ceremony", "2023-03-18 11:00:00", "parking lot of Castlemere Riverside Park", ())]


def test_registration_fields_first_come_first_served_are_coming_and_a_day_after_a_label_is_a_day():
    events = extract_events(_document(
        "2023-03-07", "Fernmoor-gu announced on the 7th that it will recruit students for its '2023 Spring Semester' "
                      "courses.\n\n○ Online registration: from 10 a.m. on the 13th (Mon.) to 6 p.m. on the 17th (Fri.) on "
                      "the portal (first come, first served) ○ On-site registration for remaining seats: 20th (Mon.) "
                      "9:00~18:00, 1st-floor information desk"))
    assert [(e.title, str(e.start), str(e.end)) for e in events] == [
        ("Online registration: 2023 Spring Semester", "2023-03-13 10:00:00", "2023-03-17 18:00:00"),
        ("On-site registration for remaining seats: 2023 Spring Semester", "2023-03-20 09:00:00", "2023-03-20 18:00:00")]


def test_night_work_on_a_road_runs_each_night_from_the_one_it_begins_to_the_morning_it_wraps_up():
    events = extract_events(_document(
        "2023-03-07", "Ravenmoor-gu announced on the 7th that it will repave a 4.2 km section of Gallowford-ro between "
                      "the station and the intersection.\n\nWork will take place every night from 10 p.m. to 6 a.m. the "
                      "following morning, beginning the night of the 13th (Mon.) and wrapping up on the morning of April 8 "
                      "(Sat.)."))
    assert [(e.title, str(e.start), str(e.end), e.recurrence, e.location) for e in events] == [
        ("Work on Gallowford-ro", "2023-03-13 22:00:00", "2023-03-14 06:00:00", "FREQ=DAILY;COUNT=26", "Gallowford-ro")]


def test_what_days_were_designated_as_and_a_days_reason_are_no_happenings_and_they_will_be_open_goes_on_about_it():
    events = extract_events(_document(
        "2024-12-11", "Aldmoor-gun announced on the 10th that the county office will be closed for five days, from Dec. 28 "
                      "(Sat.) to Jan. 1 (Wed.), as it has designated Dec. 30 (Mon.) and 31 (Tue.) as 'joint annual leave "
                      "days'.\n\nFrom the 16th, the county will also run 'Warm Shelters' at 88 bus stops. They will be open "
                      "from 6 a.m. to 11 p.m. daily until March 15.\n\nThe 'Children's Concert' will be held at 11 a.m. on "
                      "the 24th (Tue.). It was originally planned for the 21st (Sat.) but was moved because of a book fair "
                      "at the library that day."))
    assert [(str(e.start), e.recurrence) for e in events] == [
        ("2024-12-28", None), ("2024-12-16 06:00:00", "FREQ=DAILY;COUNT=90"), ("2024-12-24 11:00:00", None)]


def test_a_beach_that_will_open_named_over_its_fields_whose_changed_hours_for_some_days_are_no_event():
    events = extract_events(_document(
        "2025-06-02", "Sallowmere-gun announced on the 1st that Gullmere Beach will open on the 27th (Fri).\n\n△Period: June "
                      "27 (Fri.) ~ Aug. 24 (Sun.) △Swimming hours: 9:00~18:00 daily (extended to 19:00 from July 19 to Aug. "
                      "10)\n\nAn opening ceremony will be held on the beach at 11 a.m. on the opening day."))
    assert [(e.title, str(e.start), e.recurrence) for e in events] == [
        ("Gullmere Beach", "2025-06-27 09:00:00", "FREQ=DAILY;COUNT=59"), ("Opening ceremony", "2025-06-27 11:00:00", None)]


def test_the_hour_a_series_starts_at_and_a_day_closed_in_parentheses():
    movies, rink = (extract_events(_document(anchor, text)) for anchor, text in (
        ("2025-06-02", ("Fenmoor-gu announced on the 2nd that it will hold 'Movie Night on the Lawn' every Friday and "
                       "Saturday from the 13th to Aug. 30 at the park. A total of 24 films will be shown free of charge, "
                       "starting at 8 p.m.")),
        ("2021-12-15", ("Oakmere-gu announced on the 15th that it will open its outdoor ice rink.\n\n△Period: Dec. 24 (Fri) "
                       "~ Feb. 13, 2022 (Sun) △Hours: 10:00~21:00 daily (closed on Feb. 1, Lunar New Year's Day)"))))
    assert [(str(e.start), e.recurrence) for e in movies] == [("2025-06-13 20:00:00", "FREQ=WEEKLY;BYDAY=FR,SA;COUNT=24")]
    assert [(str(e.start), e.recurrence, e.exdates) for e in rink] == [
        ("2021-12-24 10:00:00", "FREQ=DAILY;COUNT=52", (date(2022, 2, 1),))]


def test_a_station_extended_from_one_end_to_another_runs_to_the_new_one_and_its_busiest_hours_are_no_ones():
    events = extract_events(_document(
        "2022-02-10", "Greymoor-gu announced on the 10th that it will open a second test site on the 14th, as daily "
                      "confirmed cases in the district exceeded 400 for the first time on the 8th.\n\nThe temporary "
                      "screening station at Greymoor Station Square, which began rapid antigen tests on the 3rd, is open "
                      "from 9 a.m. to 9 p.m. daily, and its operation has been extended from the end of this month to "
                      "March 13. The district asked residents to avoid the busiest hours, 11:00~14:00."))
    assert [(e.title, str(e.start), e.recurrence) for e in events] == [
        ("Second test site", "2022-02-14", None),
        ("Temporary screening station at Greymoor Station Square", "2022-02-03 09:00:00", "FREQ=DAILY;COUNT=39")]


def test_the_ceremony_told_after_a_quoted_name_is_that_name():
    events = extract_events(_document(
        "2022-02-10", "Halmere-gun announced on the 10th that it will hold this year's 'Daeboreum Moon House Burning' "
                      "without spectators. The ceremony will take place at 6 p.m. on the 15th (Tue) on the riverside."))
    assert [(e.title, str(e.start)) for e in events] == [("Daeboreum Moon House Burning", "2022-02-15 18:00:00")]


def test_a_deadline_moved_from_one_day_to_another_because_of_holidays_is_the_new_day_alone():
    events = extract_events(_document(
        "2023-10-12", "Fenmoor-gu announced on the 12th that it sent notices for delinquent taxes. The September property "
                      "tax had its payment deadline moved from Sept. 30 to Oct. 4 because of the Chuseok and National "
                      "Foundation Day holidays."))
    assert [str(e.start) for e in events] == ["2023-10-04"]


def test_a_day_of_the_week_told_closed_and_a_holiday_closure_are_skipped_days_of_the_daily_series():
    events = extract_events(_document(
        "2022-01-03", "Eastwold-gun announced on the 3rd that the 'Eastwold Snow Sledding Hill', which opened at Eastwold "
                      "Sports Park on the 30th of last month, will run until Feb. 13.\n\nThe sledding hill is open daily from "
                      "10 a.m. to 5 p.m., with a snow-grooming break from 12:00 to 13:00. It is closed every Monday and during "
                      "the Lunar New Year holidays, Jan. 31 (Mon) to Feb. 2 (Wed)."))
    assert [(e.title, str(e.start), e.recurrence, e.exdates) for e in events] == [
        ("Eastwold Snow Sledding Hill", "2021-12-30 10:00:00", "FREQ=DAILY;BYDAY=TU,WE,TH,FR,SA,SU;COUNT=40",
         (date(2022, 2, 1), date(2022, 2, 2)))]
    # (but "a winter break from Dec. 1 to Feb. 28" is the days of the break, not hours it is not open)
    events = extract_events(_document(
        "2022-11-16", "The corporation announced on the 16th that the public bicycle 'Tallu' will take a winter break from "
                      "Dec. 1 to Feb. 28 next year."))
    assert [(str(e.start), str(e.end)) for e in events] == [("2022-12-01", "2023-02-28")]


def test_an_opening_celebration_of_a_series_is_at_its_place_and_a_shuttle_field_makes_no_event():
    market = extract_events(_document(
        "2023-06-02", "Fennick-si announced on the 2nd that the 'Fennick Riverside Night Market' will open at the Zone 2 "
                      "lawn plaza of Fennick Riverside Park every Friday and Saturday from the 9th to Oct. 28, from 6 p.m. "
                      "to 11 p.m.\n\nSome 80 food trucks will take part. An opening celebration with a 300-drone light show "
                      "will be held at 8:30 p.m. on the 9th."))
    assert [(str(e.start), e.location) for e in market] == [
        ("2023-06-09 18:00:00", "Zone 2 lawn plaza of Fennick Riverside Park"),
        ("2023-06-09 20:30:00", "Zone 2 lawn plaza of Fennick Riverside Park")]
    ceremony = extract_events(_document(
        "2023-06-01", "Brackenridge-gu announced on the 1st that it will hold the '68th Memorial Day Ceremony' at the "
                      "Loyalty Memorial Tower on the 6th. The ceremony will proceed in the order of a silent tribute at the "
                      "sound of the siren at 10 a.m., wreath laying and a memorial address.\n\n△Date: June 6 (Tue.) 9:50~11:00 "
                      "△Venue: Loyalty Memorial Tower △Shuttle: every 20 minutes from 8:30 a.m. at Exit 3 of Brackenridge Station"))
    assert [(e.title, str(e.start), str(e.end)) for e in ceremony] == [
        ("68th Memorial Day Ceremony", "2023-06-06 09:50:00", "2023-06-06 11:00:00")]


def test_a_closure_since_a_day_until_another_and_collection_resuming_from_an_hour_that_day():
    trail = extract_events(_document(
        "2022-09-07", "Marshbury-gu announced on the 7th that it is carrying out recovery work.\n\nThe walking trail and "
                      "bicycle path along Marshbury Stream, where railings were swept away, have been closed since the 5th "
                      "and will stay closed until the 16th."))
    assert [(e.title, str(e.start), str(e.end), e.location) for e in trail] == [
        ("Walking trail and bicycle path along Marshbury Stream closed", "2022-09-05", "2022-09-16", "Marshbury Stream")]
    waste = extract_events(_document(
        "2022-09-07", "Glenharrow-gu announced on the 7th its holiday plans.\n\nFirst, the district will not collect "
                      "household waste on the 9th (Fri.) and 10th (Sat.), Chuseok Day. Collection will resume on the 11th "
                      "(Sun.), and residents may put out waste again from 6 p.m. that day."))
    assert [(e.title, str(e.start)) for e in waste] == [
        ("No waste collection", "2022-09-09"), ("Collection resumes", "2022-09-11 18:00:00")]


def test_a_service_told_during_the_work_runs_on_each_night_of_it():
    events = extract_events(_document(
        "2023-02-13", "The corporation announced on the 13th that trains on Line 3 will stop running at 10 p.m. every night "
                      "from the 20th (Mon) to March 12 (Sun). During the work, free 'Line 3 Shuttle' substitute buses will "
                      "run between the nine stations every 8 to 10 minutes from 10 p.m. to 11:40 p.m."))
    assert ("Line 3 Shuttle", "2023-02-20 22:00:00", "2023-02-20 23:40:00", "FREQ=DAILY;COUNT=21") in [
        (e.title, str(e.start), str(e.end), e.recurrence) for e in events]


def test_an_election_named_with_its_day_takes_the_hours_of_election_day_and_what_residents_who_need_a_thing_apply_for():
    events = extract_events(_document(
        "2024-03-20", "Fernhollow-gu announced on the 19th that it will set up one early voting station in each of its 14 "
                      "dong for the 22nd National Assembly election on April 10.\n\nOn election day, April 10 (Wed.), polls "
                      "open from 6 a.m. to 6 p.m. Residents who need a shuttle van on election day can apply by phone to their "
                      "dong community service center by April 8."))
    assert sorted((e.title, str(e.start), str(e.end)) for e in events) == [
        ("22nd National Assembly election", "2024-04-10 06:00:00", "2024-04-10 18:00:00"),
        ("Applications: Shuttle van", "2024-04-08", "None")]


def test_a_campaign_begun_with_a_launch_ceremony_runs_on_school_days_and_a_count_inside_a_date_names_the_handout():
    campaign = extract_events(_document(
        "2024-03-20", "Brackenridge-gu announced on the 20th that it is running the 'Safe Way to School' traffic safety "
                      "campaign.\n\nThe campaign began on the 4th, the first day of school, with a launch ceremony at the "
                      "front gate of Brackenridge Elementary School, and will continue until April 30. Every school day from "
                      "8 a.m. to 8:50 a.m., volunteers are stationed at crosswalks near schools."))
    assert [(e.title, str(e.start), e.recurrence) for e in campaign] == [
        ("Safe Way to School", "2024-03-04 08:00:00", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=42")]
    handout = extract_events(_document(
        "2024-03-20", "Willowmere-gu announced on the 20th its tree-planting plans. On Arbor Day, April 5 (Fri.), the "
                      "district will also hand out 2,000 potted flowers and fruit tree saplings free of charge at the front "
                      "plaza of the Willowmere-gu Office from 10 a.m."))
    assert [e.title for e in handout] == ["Potted flowers and fruit tree saplings free of charge"]


def test_a_library_reopening_on_one_day_keeps_the_hours_of_its_weekday_and_a_voting_rule_s_hour_makes_no_event():
    events = extract_events(_document(
        "2021-04-05", "Brackenridge-gu announced on the 5th that Brackenridge Central Library, closed since last "
                      "September for renovation, will reopen on the 13th. The library will be open 9:00~22:00 on weekdays and "
                      "9:00~18:00 on weekends, and closed on Mondays.\n\nVoting will take place from 6 a.m. to 8 p.m. on the "
                      "7th (Wed). Voters in self-quarantine may leave quarantine to vote only after general voting closes at "
                      "8 p.m., and must finish voting by 8:30 p.m."))
    assert sorted((e.title, str(e.start), str(e.end)) for e in events) == [
        ("Brackenridge Central Library reopens", "2021-04-13 09:00:00", "2021-04-13 22:00:00"),
        ("Voting", "2021-04-07 06:00:00", "2021-04-07 20:00:00")]


def test_days_told_with_the_same_hours_keep_them_and_a_ban_on_sundays_makes_no_event():
    playground = extract_events(_document(
        "2022-07-12", "Ferncastle-gu announced on the 12th that it will open the 'Ferncastle Children's Water Playground' "
                      "in Ferncastle Neighborhood Park.\n\n○ Operating period: every Saturday and Sunday from July 16 (Sat.) "
                      "to Aug. 28 (Sun.) ○ Hours: 10:00~17:00\n\nIn addition, the playground will open on weekdays as well "
                      "during the peak vacation week of Aug. 1?5, with the same hours."))
    assert [(str(e.start), e.recurrence) for e in playground] == [
        ("2022-07-16 10:00:00", "FREQ=WEEKLY;BYDAY=SA,SU;COUNT=14"), ("2022-08-01 10:00:00", "FREQ=DAILY;COUNT=5")]
    noise = extract_events(_document(
        "2022-07-12", "Millbourne-gu announced on the 12th that it has designated the period from the 18th to Aug. 19 as a "
                      "'Summer Construction Noise Intensive Management Period'. During the period, sites will be barred from "
                      "using pile drivers before 8 a.m. and after 6 p.m., and from working on Sundays."))
    assert [(str(e.start), str(e.end), e.recurrence) for e in noise] == [("2022-07-18", "2022-08-19", None)]


def test_the_measure_runs_until_its_end_and_hours_suspended_are_no_one_s():
    events = extract_events(_document(
        "2023-12-13", "Dunmoor-gu announced on the 13th that it will change its winter parking rules. Starting Jan. 2 (Tue.) "
                      "next year, parking will be banned 24 hours a day on 14 steep slopes. The measure will run until Feb. 29. "
                      "The lunch-time parking allowance in front of restaurants (11:30 a.m. to 1:30 p.m.) will also be "
                      "suspended on these roads."))
    assert [(str(e.start), str(e.end), e.recurrence) for e in events] == [("2024-01-02", "2024-02-29", None)]


def test_a_figure_s_day_a_rotation_s_days_and_a_week_of_a_period_make_no_event():
    events = extract_events(_document(
        "2021-08-11", "Ysterby-si announced on the 11th that it will pay the 'Ysterby Support Fund' to every citizen. The "
                      "city reported 27 new cases on the 10th.\n\n○ Online application: Aug. 23 (Mon.) ~ Sept. 30 (Thu.), "
                      "through the city website. During the first week (23rd~27th), a five-day rotation applies (1 and 6 on "
                      "Monday, 2 and 7 on Tuesday, 3 and 8 on Wednesday) ○ In-person application: Aug. 30 (Mon.) ~ Sept. 30 "
                      "(Thu.), weekdays 9:00~18:00, at 26 dong offices"))
    assert [(e.title, str(e.start), str(e.end)) for e in events] == [
        ("Applications: Ysterby Support Fund", "2021-08-23", "2021-09-30"),
        ("Applications: Ysterby Support Fund", "2021-08-30 09:00:00", "2021-09-30 18:00:00")]


def test_a_festival_closing_early_runs_from_the_day_it_opened_to_its_new_last_day():
    events = extract_events(_document(
        "2025-02-06", "Vellmoor-gun announced on the 6th that the '2025 Vellmoor Stream Ice Festival' will close on the 9th "
                      "(Sun), a week earlier than the planned closing date of the 16th.\n\nThe festival opened on Jan. 10 and "
                      "has been running from 9 a.m. to 6 p.m. daily. Ice fishing has been suspended since the 4th, but the "
                      "sledding hill will stay open until the final day. A farewell fireworks show, moved up from the original "
                      "closing night, will be held at 7 p.m. on the 8th (Sat) at the main stage."))
    assert [(e.title, str(e.start), e.recurrence) for e in events] == [
        ("2025 Vellmoor Stream Ice Festival", "2025-01-10 09:00:00", "FREQ=DAILY;COUNT=31"),
        ("Farewell fireworks show", "2025-02-08 19:00:00", None)]


def test_shuttle_buses_on_both_days_run_on_each_day_of_the_festival_and_a_drop_off_field_is_a_place():
    festival = extract_events(_document(
        "2023-11-13", "Mirefield-gun announced on the 13th that the '2023 Dansim Mountain Autumn Leaves Festival' will "
                      "wrap up this weekend, on the 18th (Sat) and 19th (Sun).\n\nFree shuttle buses will run every 20 minutes "
                      "between the Mirefield Intercity Bus Terminal and the festival site from 8:30 a.m. to 6 p.m. on both "
                      "days."))
    assert [(e.title, str(e.start), e.recurrence, e.location) for e in festival][1] == (
        "Free shuttle buses", "2023-11-18 08:30:00", "FREQ=DAILY;COUNT=2", "Mirefield Intercity Bus Terminal")
    drive = extract_events(_document(
        "2023-11-14", "Marlowe-gu announced on the 14th that it will run the 'Warm Winter Clothing Sharing Drive'.\n\n"
                      "○ Drop-off period: Nov. 20 (Mon.) ~ Dec. 8 (Fri.), weekdays 9:00~18:00 ○ Drop-off points: collection "
                      "boxes at the 16 dong community service centers and in the lobby of the district office"))
    assert [e.location for e in drive] == ["16 dong community service centers"]


def test_what_a_typhoon_did_and_a_status_as_of_a_morning_make_no_event_and_relief_of_up_to_an_amount_is_relief():
    events = extract_events(_document(
        "2022-09-07", "Marshbury-gu announced on the 7th that it is carrying out recovery work after Typhoon No. 11 dumped up "
                      "to 230 mm of rain on the district on the 5th and 6th.\n\nOn the 6th, the district mobilized 650 "
                      "officials, and 96% of the damage to roads had been repaired as of the morning of the 7th. Residents "
                      "must report the damage by the 16th to receive disaster relief of up to 2 million won."))
    assert [(e.title, str(e.start), str(e.end)) for e in events] == [
        ("On the 6th, the district mobilized 650 officials, and 96% of the damage to roads had been…", "2022-09-06", "None"),
        ("Disaster relief", "2022-09-16", "None")]


def test_what_the_item_of_a_reopened_library_holds_is_at_the_library():
    events = extract_events(_document(
        "2021-04-05", "Brackenridge-gu announced on the 5th that Brackenridge Central Library, closed since last September "
                      "for renovation, will reopen on the 13th. 'Storytime for Little Readers', a reading program for children, "
                      "will also be held every Saturday at 11 a.m. from the 17th to June 26."))
    assert [(e.title, e.location) for e in events] == [
        ("Brackenridge Central Library reopens", "Brackenridge Central Library"),
        ("Storytime for Little Readers", "Brackenridge Central Library")]


def test_a_showcase_on_the_last_day_told_by_its_date_is_its_own_and_the_fields_restating_the_series_add_nothing():
    events = extract_events(_document(
        "2025-07-16", "Brackenfold-gu announced on the 16th that it will run the '2025 Summer Vacation Dream School' at 11 "
                      "dong community centers from the 28th to Aug. 14.\n\nClasses will be held on weekdays only, "
                      "10:00~12:00, and the program will end a day early on Aug. 14 because the 15th is Liberation Day.\n\n"
                      "△Period: July 28 (Mon.) ~ Aug. 14 (Thu.), weekdays △Venue: 11 dong community centers\n\nApplications "
                      "will be accepted from the 21st (Mon.) to the 25th (Fri.). On the last day, children will show what they "
                      "have made at a 'Dream School Showcase' at 3 p.m. on Aug. 14 in the hall of the district office."))
    assert sorted((e.title, str(e.start), e.recurrence) for e in events) == [
        ("2025 Summer Vacation Dream School", "2025-07-28 10:00:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=14"),
        ("Applications: 2025 Summer Vacation Dream School", "2025-07-21", None),
        ("Dream School Showcase", "2025-08-14 15:00:00", None)]


def test_a_swimming_area_open_longer_than_first_planned_is_its_own_place_and_a_day_at_the_site_is_there():
    events = extract_events(_document(
        "2025-07-15", "Wyvernham-gun announced on the 15th that the Tarrow River Natural Swimming Area in Hollin-myeon, which "
                      "opened on the 12th (Sat.), will stay open daily until Aug. 17 (Sun.), a week longer than the Aug. 10 "
                      "closing originally planned.\n\nThe swimming area is open from 10 a.m. to 6 p.m. The county will also "
                      "hold a 'Water Safety Day' at the site on the 26th (Sat.) from 1 p.m. to 4 p.m."))
    place = "Tarrow River Natural Swimming Area in Hollin-myeon"
    assert [(e.title, str(e.start), e.recurrence, e.location) for e in events] == [
        (place, "2025-07-12 10:00:00", "FREQ=DAILY;COUNT=37", place),
        ("Water Safety Day", "2025-07-26 13:00:00", None, place)]


def test_weekday_lines_under_a_period_are_its_weekly_rounds_there_at_the_hours_told():
    events = extract_events(_document(
        "2025-07-16", "Calderbrook-gu announced on the 16th that it will carry out intensive mosquito-control fogging in all "
                      "16 dong from the 21st to Aug. 29.\n\nFogging vehicles will run on weekday evenings from 8 p.m. to 10 "
                      "p.m., visiting each neighborhood once a week. △Mondays: Ferrowgate 1·2-dong, Lisle-dong △Tuesdays: "
                      "Ambercross-dong. Fogging will be suspended on rainy days and made up on the following Saturday."))
    assert [(str(e.start), str(e.end), e.recurrence, e.location) for e in events] == [
        ("2025-07-21", "2025-08-29", None, None),
        ("2025-07-21 20:00:00", "2025-07-21 22:00:00", "FREQ=WEEKLY;BYDAY=MO;COUNT=6", "Ferrowgate 1·2-dong, Lisle-dong"),
        ("2025-07-22 20:00:00", "2025-07-22 22:00:00", "FREQ=WEEKLY;BYDAY=TU;COUNT=6", "Ambercross-dong")]


def test_two_groups_booking_from_their_days_until_the_day_both_close_and_a_clinic_extended_from_its_start():
    events = extract_events(_document(
        "2021-05-12", "Wexcombe-gu announced on the 12th that it is encouraging residents aged 60 to 74 to book their "
                      "COVID-19 vaccinations as soon as possible.\n\nResidents aged 65 to 74 have been able to make "
                      "reservations since the 6th, and those aged 60 to 64 can book from the 13th. Reservations for both "
                      "groups close on June 3.\n\nThe district also decided to extend the operation of the temporary "
                      "screening clinic at Wexcombe Station Plaza, which has been running since Dec. 21 last year and was "
                      "due to close on the 16th, until June 13. Anyone can be tested free of charge from 9:00 to 18:00 daily."))
    assert [(e.title, str(e.start), str(e.end)) for e in events] == [
        ("Reservations: COVID-19 vaccinations (aged 65 to 74)", "2021-05-06", "2021-06-03"),
        ("Reservations: COVID-19 vaccinations (aged 60 to 64)", "2021-05-13", "2021-06-03"),
        ("Temporary screening clinic at Wexcombe Station Plaza", "2020-12-21", "2021-06-13")]


def test_lanterns_lit_daily_until_a_day_run_from_the_lighting_and_a_vote_at_a_plenary_session_is_that_session():
    lanterns = extract_events(_document(
        "2021-05-12", "Marlowe-gu announced on the 11th that it has hung 1,800 lotus lanterns for the 'Marlowe Lotus Lantern "
                      "Festival'.\n\nThe lanterns were switched on at a lighting ceremony at 7 p.m. on the 8th. They will be lit "
                      "from 7 p.m. to 11 p.m. daily until the 23rd."))
    assert [(e.title, str(e.start), e.recurrence) for e in lanterns] == [
        ("Marlowe Lotus Lantern Festival", "2021-05-08 19:00:00", "FREQ=DAILY;COUNT=16")]
    council = extract_events(_document(
        "2021-05-12", "The Wexcombe-gu Council announced on the 12th that it will convene its 291st extraordinary session. "
                      "After review by the standing committees, the budget bill will be put to a vote at the second plenary "
                      "session at 2 p.m. on the 25th."))
    assert [e.title for e in council] == ["Second plenary session"]


def test_sessions_named_by_their_order_share_the_hours_told_for_each_and_an_opening_ceremony_is_at_the_festival():
    tours = extract_events(_document(
        "2023-10-04", "Brambleton-gun announced on the 4th that it will run a 'Smart Farm Advanced Site Tour' in two "
                      "sessions.\n\nThe first session, on Oct. 17 (Tue.), will visit a hydroponic strawberry farm. The second "
                      "session, on Nov. 2 (Thu.), will visit a tomato greenhouse. Each session runs from 8:30 a.m. to 6 p.m."))
    assert [(e.title, str(e.start), str(e.end)) for e in tours] == [
        ("Smart Farm Advanced Site Tour (first session)", "2023-10-17 08:30:00", "2023-10-17 18:00:00"),
        ("Smart Farm Advanced Site Tour (second session)", "2023-11-02 08:30:00", "2023-11-02 18:00:00")]
    festival = extract_events(_document(
        "2023-10-04", "Westmarrow-si announced on the 4th that it will hold the '28th Westmarrow Citizens' Sports "
                      "Festival'.\n\n"
                      "△Date: Oct. 14 (Sat.) 09:00~17:00 △Venue: Westmarrow Sports Complex main stadium\n\nPreliminary rounds "
                      "will be played in advance on the 7th and 8th. The opening ceremony at 10 a.m. on the 14th will feature "
                      "a parade of the 24 teams."))
    assert sorted(((e.title, str(e.start), e.location) for e in festival), key=lambda e: e[1]) == [
        ("Preliminary rounds", "2023-10-07", None),
        ("28th Westmarrow Citizens' Sports Festival", "2023-10-14 09:00:00", "Westmarrow Sports Complex main stadium"),
        ("Opening ceremony", "2023-10-14 10:00:00", "Westmarrow Sports Complex main stadium")]


def test_where_one_applies_in_person_and_works_exhibited_are_on_display():
    events = extract_events(_document(
        "2025-09-04", "Sorrelby-gu announced on the 4th that it will hold the '15th Sorrelby Photo Contest'.\n\n○ Submission "
                      "period: Sept. 8 (Mon.) ~ Oct. 17 (Fri.) ○ How to apply: by email or in person at the Culture and "
                      "Tourism Division on the 5th floor of the district office\n\nThe winning works will be exhibited in the "
                      "gallery of the center from Nov. 21 to Nov. 30."))
    assert [(e.title, e.location) for e in events] == [
        ("Submission period: 15th Sorrelby Photo Contest", "Culture and Tourism Division"),
        ("Winning works on display", "gallery of the center")]


def test_an_opening_ceremony_on_opening_day_is_on_the_first_day_told_after_the_opening():
    events = extract_events(_document(
        "2025-09-04", "Pellbrook-gu announced on the 3rd that it will open the 'Moonlight Night Market'.\n\n△Period: Sept. 5 "
                      "(Fri.) ~ Oct. 31 (Fri.), every Friday and Saturday △Hours: 18:00~23:00 △Venue: the open-air stage area\n\n"
                      "An opening ceremony will be held at 7 p.m. on opening day."))
    assert [(e.title, str(e.start)) for e in events] == [
        ("Moonlight Night Market", "2025-09-05 18:00:00"), ("Opening ceremony", "2025-09-05 19:00:00")]


def test_a_park_closed_since_a_day_reopens_and_registration_told_open_until_a_day_runs_from_its_opening():
    park = extract_events(_document(
        "2022-08-17", "Wexley-gu announced on the 16th that Owlstream Riverside Park, which has been closed since the 8th "
                      "after the stream overflowed its banks, will reopen on the 20th (Sat)."))
    assert [(e.title, str(e.start), str(e.end)) for e in park] == [
        ("Owlstream Riverside Park closed", "2022-08-08", "2022-08-19"), ("Owlstream Riverside Park reopens", "2022-08-20", "None")]
    courses = extract_events(_document(
        "2023-03-22", "Corwen-gu announced on the 22nd that it will begin taking registrations for the 85 courses of the "
                      "'2023 Corwen Lifelong Learning Academy' at 9 a.m. on the 27th (Mon).\n\nThe courses will run from "
                      "April 10 to June 30. Registration is first-come, first-served on the portal until 6 p.m. on the 31st."))
    assert [(e.title, str(e.start), str(e.end)) for e in courses] == [
        ("Applications: 2023 Corwen Lifelong Learning Academy", "2023-03-27 09:00:00", "2023-03-31 18:00:00"),
        ("2023 Corwen Lifelong Learning Academy", "2023-04-10", "2023-06-30")]


def test_a_series_first_planned_for_a_day_and_volunteers_at_the_meeting_place():
    cinema = extract_events(_document(
        "2022-08-17", "Calderbrook-gu announced on the 17th that it will hold the 'Late Summer Night Cinema' on the lawn "
                      "every Friday at 8 p.m. from the 19th to Sept. 16. The series was to open on the 12th, but the first "
                      "screening was pushed back a week."))
    assert [(str(e.start), e.recurrence) for e in cinema] == [("2022-08-19 20:00:00", "FREQ=WEEKLY;BYDAY=FR;COUNT=5")]
    volunteers = extract_events(_document(
        "2022-08-17", "Brackenridge-gu announced on the 17th that it is recruiting volunteers for flood recovery.\n\n"
                      "△Period: Aug. 18 (Thu.) ~ 31 (Wed.), 9:00~17:00 daily △Meeting place: Brackenridge Integrated "
                      "Volunteer Center (2nd floor)"))
    assert [e.location for e in volunteers] == ["Brackenridge Integrated Volunteer Center"]


def test_a_tree_lit_daily_until_a_day_is_lit_from_its_lighting_ceremony():
    events = extract_events(_document(
        "2024-11-22", "Brackenhurst-gu announced on the 21st that it will hold a lighting ceremony for a 14 m 'Hope Tree' at "
                      "Brackenhurst Culture Square at 6 p.m. on Dec. 2 (Mon). Decorated with 12,000 LED bulbs, the tree will "
                      "be lit from 5 p.m. to 11 p.m. daily until Jan. 5 next year."))
    assert sorted((e.title, str(e.start), e.recurrence) for e in events) == [
        ("Hope Tree", "2024-12-02 17:00:00", "FREQ=DAILY;COUNT=35"), ("Hope Tree", "2024-12-02 18:00:00", None)]


def test_a_closing_event_on_a_day_of_the_rink_is_at_the_rink_and_named_without_what_it_features():
    events = extract_events(_document(
        "2023-02-02", "Tamsworth-gu announced on the 2nd that the Tamsworth Plaza Outdoor Ice Rink, which opened on Dec. 16 "
                      "last year, will end its season on the 12th (Sun.).\n\nUntil then, the rink is open daily from 10 a.m. "
                      "to 9 p.m. (last admission at 8 p.m.), and admission is 1,000 won per hour, including skate rental. A "
                      "closing event featuring a performance by the youth team of the Tamsworth Skating Club and free hot "
                      "chocolate will be held at 4 p.m. on the 11th (Sat.)."))
    assert ("Closing event", "2023-02-11 16:00:00", "Tamsworth Plaza Outdoor Ice Rink") in [
        (e.title, str(e.start), e.location) for e in events]


def test_a_holiday_told_as_the_purpose_of_a_service_makes_no_event():
    events = extract_events(_document(
        "2024-01-18", "Wendlow-gu announced on the 17th that its public health center will operate a 24-hour 'Holiday "
                      "Emergency Medical Hotline' so residents can find open hospitals and get advice during the Seollal "
                      "holiday. The hotline will run from 6 p.m. on Feb. 8 (Thu.) to 9 a.m. on Feb. 13 (Tue.)."))
    assert [(e.title, str(e.start), str(e.end)) for e in events] == [
        ("Holiday Emergency Medical Hotline", "2024-02-08 18:00:00", "2024-02-13 09:00:00")]



def test_a_cancelled_festival_lends_no_title_and_a_holiday_it_stays_open_through_makes_no_event():
    events = extract_events(_document(
        "2024-01-09", "Pinemoor-gun announced on the 8th that it has called off the '9th Coldwater Trout Festival', which was "
                      "to be held on the frozen river from the 13th to the 21st, because the ice is too thin. Instead, the "
                      "county will run the 'Indoor Trout Catch' at the county gymnasium over the same period.\n\n△Period: "
                      "Jan. 13 (Sat.) ~ 21 (Sun.), 9:00~18:00 daily, open throughout the Lunar New Year holidays "
                      "△Venue: County gymnasium"))
    assert [(e.title, str(e.start), e.recurrence) for e in events] == [
        ("Indoor Trout Catch", "2024-01-13 09:00:00", "FREQ=DAILY;COUNT=9")]


def test_a_figure_measured_on_a_day_is_no_event():
    events = extract_events(_document(
        "2024-01-09", "Pinemoor-gun said the ice on the lake measured 8 cm on average in a survey on the 5th. The county "
                      "will hold a safety drill on the 12th."))
    assert [str(e.start) for e in events] == ["2024-01-12"]


def test_a_named_highlight_at_a_moment_of_a_one_day_festival_is_an_event_of_that_day():
    events = extract_events(_document(
        "2025-02-04", "Ashvale-gu announced on the 3rd that it will hold its 'Full Moon Folk Festival' at Ashvale Riverside "
                      "Park on the 12th (Wed) from 1 p.m. to 9 p.m.\n\nVisitors can fly kites and crack nuts. The highlight, "
                      "'Moon House Burning', will see a 10 m straw house set alight at 6 p.m."))
    assert [(e.title, str(e.start), str(e.end)) for e in events] == [
        ("Full Moon Folk Festival", "2025-02-12 13:00:00", "2025-02-12 21:00:00"),
        ("Moon House Burning", "2025-02-12 18:00:00", "None")]


def test_a_desk_which_opened_on_a_day_runs_until_the_day_told_on_weekdays_and_opens_again_by_its_name():
    events = extract_events(_document(
        "2024-02-06", "Dunholt-gun announced on the 5th that it is running a 'Farm Tax Help Desk' at the county office.\n\n"
                      "The desk, which opened on the 1st, is staffed by two tax officials and will run until the 13th, "
                      "weekdays 9:00~18:00.\n\nThe county plans to open the desk again May 1?31 for the income tax season."))
    assert sorted((e.title, str(e.start), e.recurrence) for e in events) == [
        ("Farm Tax Help Desk", "2024-02-01 09:00:00", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=9"),
        ("Farm Tax Help Desk", "2024-05-01", None)]


def test_a_booth_running_since_a_day_that_stays_open_until_another_keeps_its_daily_hours_to_then():
    events = extract_events(_document(
        "2022-08-17", "Brookley-gu's health center has been running a 'Heat Care Booth' in the lobby of Brookley Hall since "
                      "the 11th. The booth will stay open until the 27th, from 10 a.m. to 5 p.m. daily."))
    assert [(e.title, str(e.start), e.recurrence) for e in events] == [
        ("Heat Care Booth", "2022-08-11 10:00:00", "FREQ=DAILY;COUNT=17")]


def test_a_ceremony_in_front_of_a_school_gate_is_held_there():
    events = extract_events(_document(
        "2022-08-17", "Quillby-gu will kick off its school safety campaign with a launch ceremony at 8 a.m. on the 22nd "
                      "(Mon) in front of the main gate of Quillby Elementary School."))
    assert [(str(e.start), e.location) for e in events] == [
        ("2022-08-22 08:00:00", "main gate of Quillby Elementary School")]


def test_hours_adjusted_over_a_holiday_and_a_return_to_normal_hours_make_no_events():
    events = extract_events(_document(
        "2021-09-16", "Harwick-gu announced on the 15th that its vaccination center at Harwick Sports Center will adjust "
                      "its hours over the Chuseok holiday. The center will close for three days from the 19th to the 21st. "
                      "It will open with shortened hours, from 9 a.m. to 1 p.m., on the 18th (Sat) and the 22nd (Wed), and "
                      "return to normal hours on the 23rd. Regular fees at the parking lots will apply again from the 23rd."))
    assert sorted((str(e.start), e.location) for e in events) == [
        ("2021-09-18 09:00:00", "Harwick Sports Center"), ("2021-09-19", "Harwick Sports Center"),
        ("2021-09-22 09:00:00", "Harwick Sports Center")]


def test_a_when_clause_after_the_day_is_not_the_title_the_main_clause_is():
    events = extract_events(_document(
        "2021-09-16", "Harwick-gu said that on Chuseok Day, the 21st, when most hospitals are closed, 36 clinics will stay "
                      "open."))
    assert [e.title for e in events] == ["36 clinics will stay open"]


def test_proposals_accepted_are_titled_by_what_is_accepted_and_taken_where_one_applies_in_person():
    events = extract_events(_document(
        "2025-03-20", "Ashcombe-gu announced on the 19th that it is accepting residents' proposals for its 2026 resident "
                      "participatory budget from the 17th to April 18. Anyone can submit ideas through the district website "
                      "or in person at the Planning and Budget Division on the 4th floor of the district office."))
    assert [(e.title, e.location) for e in events] == [
        ("Applications: Residents' proposals for its 2026 resident participatory budget",
         "Planning and Budget Division on the 4th floor of the district office")]


def test_the_sunrise_hour_and_a_moment_of_a_ceremony_s_programme_are_no_one_s_hours():
    events = extract_events(_document(
        "2022-12-14", "Larchmoor-gu will hold a 'Bell Ringing Ceremony' at Larchmoor Bell Pavilion on the 31st.\n\n"
                      "△Date: Dec. 31 (Sat.) 23:00 ~ Jan. 1 (Sun.) 00:30 △Venue: Larchmoor Bell Pavilion △Program: "
                      "music, countdown, 33 strikes of the bell at midnight\n\nOn New Year's Day, the 'Larchmoor Sunrise "
                      "Festival' will be held from 6:30 a.m. on Jan. 1 at Mt. Larch, where the first sun of the year is "
                      "expected to rise at 7:44 a.m."))
    assert sorted((e.title, str(e.start)) for e in events) == [
        ("Bell Ringing Ceremony", "2022-12-31 23:00:00"), ("Larchmoor Sunrise Festival", "2023-01-01 06:30:00")]


def test_the_opening_day_told_with_its_date_is_that_date_and_its_performance_is_at_the_market():
    events = extract_events(_document(
        "2024-06-19", "Elmcroft-gu announced on the 18th that youth council voting will run July 1 (Mon.) ~ 5 (Fri.).\n\n"
                      "Fenmore-gu announced on the 19th that it will run the 'Riverside Night Market' at Fenmore Station "
                      "Plaza every Friday and Saturday from the 21st to Oct. 26, from 6 p.m. to 11 p.m.\n\nAbout 35 food "
                      "trucks will take part. On the opening day, the 21st (Fri.), a local band will give an opening "
                      "performance at 7 p.m."))
    assert ("Opening performance", "2024-06-21 19:00:00", "Fenmore Station Plaza") in [
        (e.title, str(e.start), e.location) for e in events]
    assert [str(e.start) for e in events if e.title == "Opening performance"] == ["2024-06-21 19:00:00"]


def test_a_day_named_for_an_occasion_is_no_place():
    events = extract_events(_document(
        "2022-04-06", "Oakmere-gu will join the 'Earth Hour' lights-off campaign on Earth Day, the 22nd (Fri), turning off "
                      "lights from 8 p.m. to 8:10 p.m."))
    assert [(e.title, str(e.start), e.location) for e in events] == [("Earth Hour", "2022-04-22 20:00:00", None)]


def test_a_theme_in_quotes_names_no_happening_of_the_hours_told_with_it():
    events = extract_events(_document(
        "2025-10-14", "Birchley-si will hold the '2025 Birchley Book Festival' at Birchley Central Library over the weekend "
                      "of Nov. 1 (Sat.) ~ 2 (Sun.). Under the theme 'Read, Walk, Talk', some 45 booths will be open from "
                      "10 a.m. to 6 p.m. on both days."))
    assert [(e.title, str(e.start), e.recurrence) for e in events] == [
        ("2025 Birchley Book Festival", "2025-11-01 10:00:00", "FREQ=DAILY;COUNT=2")]


def test_an_opening_event_on_opening_day_is_at_what_opens_however_much_is_told_between():
    events = extract_events(_document(
        "2023-07-11", "Brayford-gu announced on the 10th that it will open the 'Brayford Water Park' at Brayford District "
                      "Park on the 15th.\n\nThe water park, which has a shallow pool and two water slides, will operate daily "
                      "from the 15th to Aug. 20, from 10 a.m. to 5 p.m. The pool will close for 20 minutes every hour for "
                      "water quality and safety checks. Admission is free, and up to 600 people can enter per session. "
                      "Children under 7 must be accompanied by a guardian, and the park will not open on days when a heavy "
                      "rain advisory is in effect. Lifeguards will be on duty at all times, and a first-aid room and "
                      "shaded rest areas with 200 seats will be set up beside the pool. Visitors are asked to bring their "
                      "own towels and to use public transportation, as the park has only 40 parking spaces.\n\nAn opening "
                      "event featuring a bubble show will be held at 11 a.m. on "
                      "opening day."))
    assert ("Opening event", "2023-07-15 11:00:00", "Brayford District Park") in [
        (e.title, str(e.start), e.location) for e in events]


def test_a_drill_takes_the_hours_its_place_is_closed_told_next():
    events = extract_events(_document(
        "2023-07-11", "Corbridge-gu will hold a closure drill at the Millstone Underpass on the 13th (Thu). The underpass "
                      "will be closed to vehicles from 1:30 p.m. to 3:30 p.m., and drivers are advised to take a detour."))
    assert [(e.title, str(e.start), str(e.end), e.location) for e in events] == [
        ("Closure drill", "2023-07-13 13:30:00", "2023-07-13 15:30:00", "Millstone Underpass")]


def test_a_period_field_alone_is_titled_by_what_the_item_extends():
    events = extract_events(_document(
        "2021-01-05", "Dunstow-gu announced on the 5th that it will extend the hours of the temporary screening clinic at "
                      "Dunstow Station Plaza so that office workers can be tested after work.\n\n△Period: Jan. 6?17 "
                      "△Hours: 9:00~21:00 daily △Target: anyone"))
    assert [(e.title, str(e.start), e.recurrence) for e in events] == [
        ("Temporary screening clinic", "2021-01-06 09:00:00", "FREQ=DAILY;COUNT=12")]


def test_a_reading_that_reached_a_level_on_a_morning_and_the_usual_hours_make_no_events():
    events = extract_events(_document(
        "2023-03-21", "Quarrow-gu announced on the 21st that it has put emergency measures into effect. Fine dust levels "
                      "reached 418㎍/㎥ on the morning of the 20th.\n\nUnder the measures, 23 outdoor sports facilities, "
                      "including 9 futsal fields, will operate on shortened hours of 9:00~16:00 instead of the usual "
                      "6:00~22:00 from the 21st to the 24th (Fri)."))
    assert [(e.title, str(e.start), e.recurrence) for e in events] == [
        ("23 outdoor sports facilities", "2023-03-21 09:00:00", "FREQ=DAILY;COUNT=4")]


def test_a_class_the_center_will_open_is_at_the_center_named_before_by_its_quoted_name():
    events = extract_events(_document(
        "2023-03-21", "Fenmoor-gu said women should submit a résumé to the Fenmoor Women's Reemployment Center by the 24th."
                      "\n\nThe center will also open a 'Return-to-Work Computer Class' covering spreadsheets, accounting "
                      "software and online shop management. It runs every Tuesday and Thursday from April 4 to May 25, "
                      "10:00~12:00."))
    assert ("Return-to-Work Computer Class", "2023-04-04 10:00:00", "Fenmoor Women's Reemployment Center") in [
        (e.title, str(e.start), e.location) for e in events]


def test_an_election_commission_opens_an_item_and_the_election_named_after_its_day_takes_its_hours():
    events = extract_events(_document(
        "2023-03-21", "Fenmoor-gu (Mayor Min Jae-seok) announced on the 20th that it will hold a job fair on the 29th.\n\n"
                      "The Wexley-gu Election Commission announced on the 20th that two polling stations for the April 5 "
                      "by-election will be moved.\n\nEarly voting will take place on March 31 (Fri.) and April 1 (Sat.) "
                      "from 6 a.m. to 6 p.m. at three early polling stations. On election day, April 5 (Wed.), voting runs "
                      "from 6 a.m. to 8 p.m."))
    assert [(e.title, e.organizer, str(e.start), str(e.end)) for e in events if e.start.month == 4 and e.start.day == 5] == [
        ("By-election", "Wexley-gu Election Commission", "2023-04-05 06:00:00", "2023-04-05 20:00:00")]


def test_no_tour_on_a_day_and_no_bus_during_a_holiday_skip_those_days_of_the_series():
    events = extract_events(_document(
        "2025-09-16", "Ravenby-gun announced on the 16th that it will run the 'Night Shrine Tour' at Ravenby Shrine every "
                      "Friday from the 19th to Oct. 31, 7 p.m. to 9 p.m. There will be no tour on Oct. 3 (Fri.), National "
                      "Foundation Day.\n\nDunby-gun's 'Health Checkup Bus' will tour villages every Wednesday and Friday "
                      "from the 24th to Nov. 28, 9:30~15:00, and residents can be screened free of charge at their village "
                      "hall. The bus will not run during the Chuseok holidays (Oct. 3?9)."))
    assert sorted((e.title, e.exdates, e.location) for e in events) == [
        ("Health Checkup Bus", (date(2025, 10, 3), date(2025, 10, 8)), "village hall"),
        ("Night Shrine Tour", (date(2025, 10, 3),), "Ravenby Shrine")]


def test_neighborhood_days_of_a_schedule_as_follows_each_take_its_hours_and_place():
    events = extract_events(_document(
        "2022-06-02", "Wrenby-gu announced that it will carry out intensive mosquito control.\n\nNighttime fogging will be "
                      "carried out from 8 p.m. to 10 p.m. by neighborhood as follows. △13th (Mon): Cedarbank-dong △14th "
                      "(Tue): Tollgate-dong, Ferrisby-dong"))
    assert [(str(e.start), str(e.end), e.location) for e in events] == [
        ("2022-06-13 20:00:00", "2022-06-13 22:00:00", "Cedarbank-dong"),
        ("2022-06-14 20:00:00", "2022-06-14 22:00:00", "Tollgate-dong, Ferrisby-dong")]


def test_the_road_named_before_closed_for_nights_is_the_title_and_place_and_its_nightly_hours_no_other_day():
    events = extract_events(_document(
        "2024-12-04", "Tamby-gu announced on the 4th that it will repave a 1.8 km stretch of Beltry-ro. Both directions of "
                      "the road will be fully closed for four nights, from 10 p.m. on the 9th (Mon) to 6 a.m. on the 13th "
                      "(Fri), with work running from 22:00 to 06:00 each night.\n\nThe work was originally scheduled for Nov. "
                      "27?30, but it was postponed after the heavy snowfall that hit the region on Nov. 27 and 28."))
    assert [(e.title, str(e.start), str(e.end), e.location) for e in events] == [
        ("Beltry-ro closed", "2024-12-09 22:00:00", "2024-12-13 06:00:00", "Beltry-ro")]


def test_a_drill_ends_at_the_all_clear_and_a_walk_sets_off_from_its_place_and_returns_by_its_end():
    events = extract_events(_document(
        "2022-10-05", "Glenby-gu will conduct a civil defense drill at 2 p.m. on the 26th (Wed). The all-clear will be "
                      "sounded at 2:20 p.m.\n\nRedby-gu will hold the 'Autumn Walking Festival' on the 22nd (Sat) along "
                      "Ginkgo Road. Walkers will set off at 9 a.m. from the entrance plaza of Redby Forest Park and return "
                      "by noon."))
    assert sorted((str(e.start), str(e.end), e.location) for e in events) == [
        ("2022-10-22 09:00:00", "2022-10-22 12:00:00", "entrance plaza of Redby Forest Park"),
        ("2022-10-26 14:00:00", "2022-10-26 14:20:00", None)]


def test_a_night_session_is_named_by_what_it_is_a_session_of_and_held_at_its_place():
    events = extract_events(_document(
        "2022-10-05", "Fernby-gu announced on the 4th that it will add night sessions to its 'Free Legal Consultation Day'."
                      "\n\nThe consultations are held on the last Thursday of every month from 2 p.m. to 5 p.m. in the "
                      "consultation room on the 3rd floor of the district office.\n\nStarting Nov. 2, a night session will "
                      "also be held on the first Wednesday of every month from 6 p.m. to 8 p.m."))
    assert ("Free Legal Consultation Day: night session", "2022-11-02 18:00:00",
            "consultation room on the 3rd floor of the district office") in [(e.title, str(e.start), e.location) for e in events]


def test_a_title_that_is_a_sentence_about_a_named_happening_is_the_happening():
    events = extract_events(_document(
        "2025-04-23", "Harby-gu will hold the 'Harby Spring Festival' along Harby Stream from May 2 to 4.\n\nOn the first "
                      "day, an opening ceremony will be held at 7 p.m. on the main stage. On the second day, a children's "
                      "costume parade will set off at 11 a.m. from the plaza of the district office and march about 800 "
                      "meters to the main stage."))
    assert ("Children's costume parade", "2025-05-03 11:00:00", "plaza of the district office") in [
        (e.title, str(e.start), e.location) for e in events]


def test_a_programme_named_after_a_during_lead_keeps_its_own_hours_and_the_beach_keeps_its_own():
    events = extract_events(_document(
        "2024-07-10", "Wrenby-gun announced on the 10th that it will open Gull Bay Beach from the 12th to Aug. 25.\n\nDuring the "
                      "45-day season, the beach will be open for swimming from 9 a.m. to 7 p.m. daily. During the peak season from "
                      "July 27 to Aug. 11, the 'Night Beach' program will run from 7 p.m. to 9 p.m. every day."))
    assert sorted((e.title, str(e.start), str(e.end), e.recurrence) for e in events) == [
        ("Gull Bay Beach", "2024-07-12 09:00:00", "2024-07-12 19:00:00", "FREQ=DAILY;COUNT=45"),
        ("Night Beach", "2024-07-27 19:00:00", "2024-07-27 21:00:00", "FREQ=DAILY;COUNT=16")]


def test_an_aside_that_dates_the_happening_gives_the_day_of_the_hour_told_next():
    events = extract_events(_document(
        "2024-07-10", "Fallby-gun announced on the 10th that it will serve samgyetang to 600 seniors on Chobok, the first "
                      "of the three hottest days of summer, which falls on the 15th. The 'Chobok Samgyetang' luncheon will "
                      "be held at 11:30 a.m. in the 1st-floor cafeteria of the Fallby Senior Welfare Center."))
    assert [(e.title, str(e.start), e.location) for e in events] == [
        ("Chobok Samgyetang", "2024-07-15 11:30:00", "1st-floor cafeteria of the Fallby Senior Welfare Center")]


def test_a_museum_of_a_district_holds_its_own_workshops():
    events = extract_events(_document(
        "2025-02-11", "The Bramby History Museum of Bramby-gu (Mayor Yeom Gyu-seon) announced on the 10th that its winter "
                      "exhibition will run until the 23rd.\n\nThe museum is open from 9 a.m. to 6 p.m. daily, and 'Make Your Own "
                      "Hand Warmer' workshops for families will be held at 10:30 a.m. on the 23rd (Sun)."))
    assert ("Make Your Own Hand Warmer", "2025-02-23 10:30:00", "Bramby History Museum") in [
        (e.title, str(e.start), e.location) for e in events]


def test_applications_taken_on_a_website_are_there_online():
    events = extract_events(_document(
        "2022-08-10", "Redby-gun will hold the 'Ridge Night Hike' on the 20th. Applications are accepted on the county "
                      "website until the 11th."))
    applying = [e for e in events if e.title.startswith("Applications")]
    assert [(e.location, e.online) for e in applying] == [("county website", True)]


def test_the_happenings_of_an_online_festival_are_on_its_channel_and_a_foundation_s_item_goes_on_about_its_town():
    events = extract_events(_document(
        "2021-09-08", "Oakby-gu (Mayor Tak Young-bae) announced on the 7th that it will extend the hours of its vaccination "
                      "center.\nThe Caldby Cultural Foundation (CEO Min Ha-yeon) announced on the 8th that it will hold the "
                      "'Caldby Moonlight Festival' online from the 24th to Oct. 3 through the foundation's YouTube channel.\n"
                      "The festival will open with an online concert, 'Full Moon Serenade', which premieres at 7:30 p.m. on "
                      "the 24th (Fri).\nThe 'My Neighborhood Moon' photo contest, for photos of autumn scenery in Caldby, "
                      "will accept entries by email from the 13th to the 26th."))
    got = {(e.title, e.organizer, e.location) for e in events}
    assert ("Full Moon Serenade", "Caldby Cultural Foundation", "YouTube channel") in got
    assert {e.organizer for e in events if "Neighborhood" in e.title or "Entries" in e.title} == {"Caldby Cultural Foundation"}


def test_hours_a_center_currently_keeps_are_not_those_of_the_days_told():
    events = extract_events(_document(
        "2021-09-08", "Oakby-gu announced on the 7th that it will extend the hours of the Oakby COVID-19 Vaccination Center "
                      "on the 2nd floor of the Oakby Gymnasium.\nFrom the 13th to Oct. 2, the vaccination center will operate "
                      "from 8 a.m. to 8 p.m. every day. It currently operates from 9 a.m. to 6 p.m. on weekdays and from 9 "
                      "a.m. to 1 p.m. on Saturdays."))
    assert [(str(e.start), str(e.end), e.recurrence, e.location) for e in events] == [
        ("2021-09-13 08:00:00", "2021-09-13 20:00:00", "FREQ=DAILY;COUNT=20", "2nd floor of the Oakby Gymnasium")]


def test_what_has_not_been_done_since_a_day_is_no_event_and_the_other_lanes_close_on_the_road_named_before():
    events = extract_events(_document(
        "2022-10-27", "Nethby-gu announced on the 27th that it will fully close a 1.2 km section of Wenby-ro to traffic "
                      "from 10 p.m. on the 29th (Sat.) to 6 a.m. the next day to repave it. The first closure covers the "
                      "northbound lanes, and the southbound lanes will be closed in the same way from 10 p.m. on Nov. 5 "
                      "(Sat.) to 6 a.m. on the 6th. The district has not swept up fallen leaves along the road since the "
                      "20th."))
    assert ("Wenby-ro southbound lanes closed", "2022-11-05 22:00:00", "Wenby-ro") in [
        (e.title, str(e.start), e.location) for e in events]
    assert all(e.start.day != 20 for e in events)


def test_a_ceremony_told_from_its_start_to_the_hour_it_ends_around_is_one_event_with_its_programme():
    events = extract_events(_document(
        "2023-12-14", "Elmby-gu announced on the 14th that it will hold the 'Farewell Bell-Ringing Ceremony' at the Elmby "
                      "Bell Pavilion on the night of the 31st.\nThe ceremony will begin at 10:30 p.m. on the 31st with a "
                      "performance, followed at 11:40 p.m. by a reading of New Year's messages. After a countdown, the bell "
                      "will be struck 33 times from midnight. The event will end around 0:30 a.m. on Jan. 1 with fireworks."))
    assert [(e.title, str(e.start), str(e.end)) for e in events] == [
        ("Farewell Bell-Ringing Ceremony", "2023-12-31 22:30:00", "2024-01-01 00:30:00")]


def test_a_library_that_says_it_will_close_is_closed_and_a_title_ends_before_a_rough_count():
    events = extract_events(_document(
        "2025-03-27", "The Ivesby Central Library (Director Chae Min-kyung) announced on the 26th that it will close from "
                      "April 1 to June 30 for a full renovation.\nA temporary lending corner with about 3,000 popular books "
                      "will be operated at the Ivesby Community Service Center from April 7 to June 27."))
    assert [(e.title, str(e.start)) for e in events] == [
        ("Ivesby Central Library closed", "2025-04-01"), ("Temporary lending corner", "2025-04-07")]


def test_weekday_rounds_of_a_series_and_a_canceled_round_belong_to_it():
    events = extract_events(_document(
        "2022-07-14", "The Ivelby-gu Public Health Center (Director Seok Min-ji) announced on the 13th that it will operate "
                      "the 'Health Screening Bus' every Wednesday and Friday from the 20th to August 31.\nThe bus will stop "
                      "in front of dong community service centers from 10:00 to 16:00. On Wednesdays it will visit the six "
                      "dong north of the river, and on Fridays the six dong south of the river.\nHowever, the visit on August "
                      "5 (Fri.) has been canceled due to a vehicle inspection. The district's population grew into today's "
                      "412,000."))
    assert [(e.title, str(e.start), str(e.end), e.recurrence, e.exdates) for e in events] == [
        ("Health Screening Bus", "2022-07-20 10:00:00", "2022-07-20 16:00:00", "FREQ=WEEKLY;BYDAY=WE,FR;COUNT=13",
         (date(2022, 8, 5),))]


def test_a_market_that_will_not_open_on_a_weekend_for_a_reason_skips_it():
    events = extract_events(_document(
        "2022-07-14", "Fenby-gu will open the 'Moonlight Night Market' every Saturday and Sunday from the 16th to August 28. "
                      "However, the market will not open on the weekend of August 13 and 14, when repair work on the deck "
                      "is scheduled."))
    assert [(e.title, e.exdates) for e in events] == [("Moonlight Night Market", (date(2022, 8, 13), date(2022, 8, 14)))]


def test_a_field_that_opened_and_will_extend_its_season_to_a_day_runs_from_its_opening_to_then_less_its_closed_day():
    events = extract_events(_document(
        "2025-01-23", "Cindby-gu said on the 22nd that the 'Cindby Snow Sledding Field', which opened on the 4th at the "
                      "soccer field of Cindby Riverside Park, will extend its season by one week to Feb. 9 due to its "
                      "popularity.\nIt is open every day from 10 a.m. to 5 p.m. It will be closed only on Seollal day, the "
                      "29th, and will open as usual on the other days of the holiday."))
    assert [(e.title, str(e.start), e.recurrence, e.exdates) for e in events] == [
        ("Cindby Snow Sledding Field", "2025-01-04 10:00:00", "FREQ=DAILY;COUNT=37", (date(2025, 1, 29),))]


def test_the_hour_to_arrive_by_and_the_day_a_warning_was_lifted_are_no_events():
    events = extract_events(_document(
        "2024-08-28", "Easton-gu will hold a safety campaign from 8 a.m. to 9 a.m. on the 30th (Fri.) in front of the main "
                      "gate of Easton Elementary School. Parents who wish to take part can simply come to the main gate by "
                      "7:50 a.m.\nOvenby-gu said the last heat-wave warning for the area was lifted on the 25th."))
    assert [(str(e.start), str(e.end)) for e in events] == [("2024-08-30 08:00:00", "2024-08-30 09:00:00")]


def test_early_voting_for_a_named_election_is_at_the_stations_listed_and_election_day_is_the_election():
    events = extract_events(_document(
        "2023-04-04", "The Callby-gu Election Commission (Chairman Ha Seung-min) announced on the 4th that early voting for "
                      "the '4·26 By-election' will take place for two days, Apr. 21 (Fri.) ~ 22 (Sat.), from 6 a.m. to 6 p.m. "
                      "each day.\nThe by-election is being held because a council member resigned.\nEarly voting stations "
                      "will be set up at three places: the meeting room of the Sorrel-dong Community Service Center and the "
                      "small auditorium of the Wickby Culture Center. On election day, the 26th (Wed.), voting will be held "
                      "from 6 a.m. to 8 p.m."))
    got = [(e.title, str(e.start), e.location) for e in events]
    assert ("Early voting: 4·26 By-election", "2023-04-21 06:00:00", ("meeting room of the Sorrel-dong Community Service "
            "Center and the small auditorium of the Wickby Culture Center")) in got
    assert [t for t, start, _ in got if start.startswith("2023-04-26")] == ["4·26 By-election"]


def test_hours_told_before_a_day_the_place_is_closed_are_its_daily_hours_and_that_day_is_skipped():
    events = extract_events(_document(
        "2022-03-03", "The Wrenby Cultural Foundation announced on the 3rd that it will hold the exhibition 'Spring Arrives' "
                      "from the 4th to April 24 at the Wrenby Art Center.\nThe exhibition is open from 10 a.m. to 6 p.m. "
                      "(admission until 5:30 p.m.), and is closed on Mondays and on the 9th, presidential election day. "
                      "Docent tours will be held at 11 a.m. and 3 p.m. every Saturday and Sunday until April 24."))
    assert [(e.title, str(e.start), str(e.end), e.recurrence, e.exdates) for e in events] == [
        ("Spring Arrives", "2022-03-04 10:00:00", "2022-03-04 18:00:00", "FREQ=DAILY;BYDAY=TU,WE,TH,FR,SA,SU;COUNT=45",
         (date(2022, 3, 9),)),
        ("Docent tours", "2022-03-05 11:00:00", "None", "FREQ=WEEKLY;BYDAY=SA,SU;COUNT=16", ()),
        ("Docent tours", "2022-03-05 15:00:00", "None", "FREQ=WEEKLY;BYDAY=SA,SU;COUNT=16", ())]


def test_days_with_hours_on_weekdays_are_a_weekday_series():
    events = extract_events(_document(
        "2022-03-03", "Ashby-gu will hold the photo exhibition 'Her Name' in the 1st-floor lobby of the district office "
                      "from the 7th to the 18th, from 9 a.m. to 6 p.m. on weekdays."))
    assert [(e.title, str(e.start), str(e.end), e.recurrence) for e in events] == [
        ("Her Name", "2022-03-07 09:00:00", "2022-03-07 18:00:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10")]


def test_parts_listed_with_a_slash_have_their_own_names_and_share_the_hours_told_after_the_last():
    events = extract_events(_document(
        "2024-06-27", "Dunby-gu announced on the 27th that it will recruit 160 students for the '2024 Dunby Summer English "
                      "Camp', which will be held at the Dunby English Experience Center.\n○ Target: 3rd to 6th graders "
                      "○ Session 1: July 22 (Mon.) ~ 26 (Fri.) / Session 2: July 29 (Mon.) ~ Aug. 2 (Fri.), 9:30~15:30 each "
                      "day ○ Fee: 120,000 won per session\nApplications will be accepted on the district website from 10 "
                      "a.m. on July 1 (Mon.) to 6 p.m. on July 5 (Fri.)."))
    assert sorted((e.title, str(e.start), str(e.end), e.recurrence) for e in events) == [
        ("2024 Dunby Summer English Camp: Session 1", "2024-07-22 09:30:00", "2024-07-22 15:30:00", "FREQ=DAILY;COUNT=5"),
        ("2024 Dunby Summer English Camp: Session 2", "2024-07-29 09:30:00", "2024-07-29 15:30:00", "FREQ=DAILY;COUNT=5"),
        ("Applications: 2024 Dunby Summer English Camp", "2024-07-01 10:00:00", "2024-07-05 18:00:00", None)]


def test_the_kind_told_before_names_a_plural_subject_rather_than_a_name_told_after():
    events = extract_events(_document(
        "2024-06-27", "Elby-gu said on the 26th that it will run the 'Cool Summer Senior Center' program, designating all "
                      "143 senior centers in the district as cooling shelters. The shelters will open from July 1 to Sept. "
                      "30, daily from 9 a.m. to 6 p.m.\nEight large senior welfare centers will also serve as 'Night Cooling "
                      "Shelters' that stay open until 9 p.m. on days when a heat wave warning is in effect."))
    assert [e.title for e in events] == ["Cooling shelters"]


def test_the_first_and_the_second_of_counted_broadcasts_are_named_by_them():
    events = extract_events(_document(
        "2021-04-27", "Ormby-gu will hold its flower market online from the 28th to May 9.\nTwo 'live commerce' broadcasts "
                      "will also be held, in which farmers sell flowers in real time. The first will be aired at 7 p.m. on "
                      "May 1 (Sat), and the second, a Parents' Day special, at 7 p.m. on May 8 (Sat)."))
    assert [(e.title, str(e.start)) for e in events if e.start.day in (1, 8)] == [
        ("Live commerce broadcast", "2021-05-01 19:00:00"), ("Live commerce broadcast", "2021-05-08 19:00:00")]


def test_rotation_days_a_reservation_hour_the_day_before_and_a_separate_collection():
    events = extract_events(_document(
        "2021-04-27", "Dunby-gu will take applications for rent support from May 3 (Mon.) to 14 (Fri.). In the first week, "
                      "applications follow a 'five-day rotation system': numbers ending in 1 or 6 on Monday, 2 or 7 on "
                      "Tuesday and 5 or 0 on Friday.\nSedby Central Library announced on the 27th that it will run a "
                      "drive-thru from May 3 to June 30. Members reserve books on the library's website by 6 p.m. the day "
                      "before.\nLowby-gu announced on the 26th that, starting May 6 (Thu), clear PET bottles will be "
                      "collected separately from other plastics every Thursday."))
    assert [(e.title, str(e.start)) for e in events] == [
        ("Applications: Rent support", "2021-05-03"), ("Drive-thru", "2021-05-03"),
        ("Separate collection: clear PET bottles", "2021-05-06")]


def test_daily_hours_including_weekends_until_a_day_are_those_of_the_place_its_ordinal_names_or_from_then_on():
    events = extract_events(_document(
        "2021-04-27", "Wexby-gu said on the 27th that it will open its second vaccination center at the Wexby Sports Center "
                      "on the 29th (Thu).\nThe district's first vaccination center has been vaccinating residents since "
                      "the 15th.\nThe second center will operate from 9 a.m. to 6 p.m. every day, including weekends, "
                      "until June 30.\nOakby-gu said on the 27th that its clinic will move. It will close on June 10 for "
                      "the move and reopen on June 11 (Fri.). From then on it will operate from 9 a.m. to 6 p.m. daily, "
                      "including weekends, until Sept. 30."))
    assert [(str(e.start), e.recurrence) for e in events if e.recurrence] == [
        ("2021-04-29 09:00:00", "FREQ=DAILY;COUNT=63"), ("2021-06-11 09:00:00", "FREQ=DAILY;COUNT=112")]


def test_a_holiday_weekend_a_series_skips_a_proposal_s_hours_and_a_highlight_s_name():
    events = extract_events(_document(
        "2022-12-06", "Brackby-gu announced on the 5th that it will open an ice rink on the 16th. It will also run a 'Weekend "
                      "Skating Class' every Saturday and Sunday from Dec. 17 to Jan. 29, 9:00~9:50, except for the Seollal "
                      "holiday weekend (Jan. 21~22). The camp will be held every Wednesday and Friday from Jan. 4 to 27, from "
                      "10:00 to 11:30.\nHollby-gu said the final presentation was held on the 2nd. The grand prize went to "
                      "'Midnight Study Bus', which would run a late-night shuttle between 11 p.m. and 1 a.m.\nFernby-gu will "
                      "hold its Christmas market from Dec. 16 to 25. The highlight, the tree lighting ceremony, will take "
                      "place at 6 p.m. on the opening day."))
    got = {e.title: (str(e.start), e.recurrence, e.exdates) for e in events}
    assert got["Weekend Skating Class"] == ("2022-12-17 09:00:00", "FREQ=WEEKLY;BYDAY=SA,SU;COUNT=14",
                                            (date(2023, 1, 21), date(2023, 1, 22)))
    assert got["Tree lighting ceremony"][0] == "2022-12-16 18:00:00"
    assert not [t for t, (start, _, _) in got.items() if start.endswith("23:00:00")]
    assert any(start == "2023-01-04 10:00:00" for start, _, _ in got.values())


def test_the_day_of_the_news_before_the_span_it_announces_is_not_the_day_of_hours_told_after_it():
    events = extract_events(_document(
        "2022-08-17", "Ashby-gu announced on the 17th that it will run a 'Safety Campaign' from the 22nd to Sept. 2. "
                      "Volunteers will stand at crosswalks near school gates from 8:00 to 9:00."))
    assert not [e for e in events if str(e.start).startswith("2022-08-17")]


def test_a_morning_and_an_afternoon_class_told_in_prose_are_two_series_and_the_day_of_the_drill_is_its_day():
    events = extract_events(_document(
        "2025-08-27", "Oakby-gu announced on the 27th that it will run the 'Smartphone School' for seniors. The course runs "
                      "every Tuesday and Thursday from Sept. 9 to Oct. 2. The morning class will be held 10:00~12:00 in the "
                      "education room of the Oakby Senior Welfare Center, and the afternoon class 14:00~16:00 in the "
                      "multipurpose room of the Oakby Public Library.\nFernby-gu will hold a civil defense drill at 2 p.m. "
                      "on Sept. 10 (Wed.). On the day of the drill, the Fernby Safety Center will also run a 'Family Safety "
                      "Day' from 1 p.m. to 5 p.m."))
    assert [(e.title, str(e.start), e.location) for e in events if e.recurrence] == [
        ("Smartphone School (morning class)", "2025-09-09 10:00:00", "education room of the Oakby Senior Welfare Center"),
        ("Smartphone School (afternoon class)", "2025-09-09 14:00:00", "multipurpose room of the Oakby Public Library")]
    assert ("Family Safety Day", "2025-09-10 13:00:00") in [(e.title, str(e.start)) for e in events]


def test_two_spans_of_hours_after_the_days_of_a_series_are_two_series():
    events = extract_events(_document(
        "2023-10-17", "The Corby-gu Public Health Center announced on the 16th that it will vaccinate seniors who have "
                      "difficulty visiting a clinic every Tuesday and Thursday from the 24th to Nov. 30, from 9:00~11:30 and "
                      "13:30~16:00, at its 1st-floor vaccination room."))
    assert [(str(e.start), str(e.end), e.recurrence) for e in events] == [
        ("2023-10-24 09:00:00", "2023-10-24 11:30:00", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=12"),
        ("2023-10-24 13:30:00", "2023-10-24 16:00:00", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=12")]


def test_a_reopening_told_as_it_a_later_closing_in_parentheses_a_visitors_day_and_advice_make_no_other_events():
    events = extract_events(_document(
        "2022-03-03", "The Fallby Children's Library (Director Oh Su-bin) announced on the 3rd that it will reopen on the "
                      "12th (Sat) after five months of remodeling.\nA reopening ceremony will be held at 11 a.m. on the 12th, "
                      "and the first 200 children to visit that day will receive an eco-bag. After the reopening, the "
                      "library will be open from 9 a.m. to 6 p.m. Tuesday through Sunday (until 8 p.m. on Fridays).\n"
                      "Whitby-gun announced on the 12th that it will run a 'Heat-Wave Advisory' from the 15th to Aug. 31. "
                      "Farmers are urged to avoid outdoor work between 2 p.m. and 5 p.m."))
    got = [(e.title, str(e.start)) for e in events]
    assert ("Fallby Children's Library reopens", "2022-03-12") in got
    assert not [t for t, start in got if start.endswith(("20:00:00", "14:00:00"))]
    assert len([t for t, start in got if start.startswith("2022-03-12")]) == 2


def test_docent_tours_without_a_place_of_their_own_are_where_the_exhibition_is_shown():
    events = extract_events(_document(
        "2022-03-03", "The Elmby Cultural Foundation announced on the 3rd that it will hold the exhibition 'Spring Arrives' "
                      "from the 4th to April 24 at Galleries 1 and 2 of the Elmby Art Center. Docent tours will be held at "
                      "11 a.m. every Saturday and Sunday until April 24.\nAn artist talk will be held on the 19th at 2 p.m. "
                      "in the seminar room of the Elmby Art Center."))
    assert {e.title: e.location for e in events} == {
        "Spring Arrives": "Galleries 1 and 2 of the Elmby Art Center",
        "Docent tours": "Galleries 1 and 2 of the Elmby Art Center",
        "Artist talk": "seminar room of the Elmby Art Center"}


def test_a_one_day_fair_in_a_morning_and_an_afternoon_session_is_two_events_each_in_its_hall():
    events = extract_events(_document(
        "2023-04-11", "Fernby-gu announced on the 11th that it will hold the 'Youth Job Fair' on the 26th (Wed) at the Fernby "
                      "Arts Center.\nThe morning session, from 10:00 to 12:30 in the Grand Hall on the 1st floor, will focus "
                      "on manufacturing, while the afternoon session, from 14:00 to 17:00 in the Small Hall on the 3rd floor, "
                      "will feature public institutions."))
    assert [(e.title, str(e.start), str(e.end), e.location) for e in events] == [
        ("Youth Job Fair (morning session)", "2023-04-26 10:00:00", "2023-04-26 12:30:00", "Grand Hall"),
        ("Youth Job Fair (afternoon session)", "2023-04-26 14:00:00", "2023-04-26 17:00:00", "Small Hall")]


def test_a_daily_break_makes_no_event_and_days_listed_before_their_month_are_of_it():
    events = extract_events(_document(
        "2025-12-08", "Wrexby-gu announced on the 8th that it will open the 'Wrexby Sledding Field' at Wrexby Park.\nThe "
                      "sledding field will run daily from Dec. 20 (Sat.) to Feb. 18 (Wed.) next year, 10:00~17:00, and will "
                      "close only on Seollal Day (Feb. 17). It will stay open as usual on the other two days of the Lunar "
                      "New Year holidays, the 16th and 18th of February, so that families can enjoy it. Snow-making "
                      "equipment will be operated overnight, and the slopes will be closed for grooming from 12:00 to 13:00 "
                      "every day."))
    assert [(str(e.start), e.recurrence, e.exdates) for e in events] == [
        ("2025-12-20 10:00:00", "FREQ=DAILY;COUNT=61", (date(2026, 2, 17),))]
