"""UIDs that survive rebuilds: the (a)-(d) rebuild scenarios, byte for byte."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calendarize import identity
from calendarize.config import Config
from calendarize.feeds import plan_feeds, render_feed
from calendarize.identity import (
    SENTENCE_PREFIX,
    STATE_FILE,
    Record,
    State,
    StateError,
    dump_state,
    fingerprint,
    load_state,
    stabilize,
    state_chunks,
    write_state,
)
from calendarize.model import Event, Source

PUBLISHED = {"roundup.txt": date(2021, 10, 28), "weekly.txt": datetime(2021, 11, 2, 9, 30)}
CHANGE_EPOCH = 1636000000  # 2021-11-04T04:26:40Z


def content_uid(document: str, organizer: str, title: str, start: date | datetime) -> str:
    """What the extractor does: a hash of document, organizer, normalised title and start day."""
    day = start.date() if isinstance(start, datetime) else start
    key = f"{document}|{organizer}|{' '.join(title.lower().split())}|{day.isoformat()}"
    return hashlib.sha256(key.encode()).hexdigest()[:16] + "@calendarize"


def article_event(
    title: str,
    start: date | datetime,
    end: date | datetime | None = None,
    document: str = "roundup.txt",
    organizer: str = "Riverside-gu",
    line: int = 3,
    sentence: str | None = None,
    **changes,
) -> Event:
    sentence = sentence or f"{organizer} will hold the {title} on the {start.day}th."
    event = Event(
        uid=content_uid(document, organizer, title, start),
        title=title,
        start=start,
        end=end,
        all_day=not isinstance(start, datetime),
        timezone="Asia/Seoul",
        organizer=organizer,
        location="Riverside Hall",
        online=False,
        description=sentence,
        categories=("Culture",),
        kind="event",
        recurrence=None,
        source=Source(document=document, line=line, text=sentence),
        url=f"https://news.example/{document}",
        article_title="District roundup",
    )
    return replace(event, **changes)


def first_build() -> list[Event]:
    return [
        article_event("Concert", datetime(2021, 10, 30, 15), datetime(2021, 10, 30, 17), line=3),
        article_event("Book fair", date(2021, 11, 1), date(2021, 11, 3), organizer="Hillside-gun", line=7),
        article_event("Lecture", datetime(2021, 11, 5, 14), None, line=9),
    ]


def vevents(data: bytes) -> dict[str, bytes]:
    """Each VEVENT's exact bytes, by UID."""
    blocks = re.findall(rb"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", data, flags=re.DOTALL)
    return {re.search(rb"\r\nUID:([^\r]*)\r\n", b).group(1).decode(): b for b in blocks}


def build(events: list[Event], state: State) -> tuple[list[Event], State, dict[str, bytes], bytes]:
    stable, new_state = stabilize(events, state, PUBLISHED)
    data = render_feed(plan_feeds(stable)[0], Config())
    return stable, new_state, vevents(data), data


@pytest.fixture(autouse=True)
def fixed_change_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(CHANGE_EPOCH))


def test_first_build_takes_change_time_from_the_publication():
    stable, state, _, _ = build(first_build(), State.empty())
    assert [e.uid for e in stable] == [e.uid for e in first_build()]
    assert all(e.sequence == 0 for e in stable)
    # Midnight of 28 October in Seoul is 15:00 UTC the day before.
    assert {e.last_modified for e in stable} == {datetime(2021, 10, 27, 15, 0, tzinfo=UTC)}
    assert set(state.records) == {e.uid for e in stable}


def test_unchanged_rebuild_is_byte_identical_and_reads_no_clock(monkeypatch):
    _, state, _, data = build(first_build(), State.empty())
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    monkeypatch.setattr(identity, "change_time", lambda: pytest.fail("the clock was read"))
    _, state2, _, data2 = build(first_build(), state)
    assert data2 == data
    assert dump_state(state2) == dump_state(state)


def test_state_round_trips_through_the_file(tmp_path: Path):
    _, state, _, _ = build(first_build(), State.empty())
    write_state(tmp_path, state)
    assert (tmp_path / STATE_FILE).read_bytes() == dump_state(state)
    assert load_state(tmp_path) == state
    assert load_state(tmp_path / "missing") == State.empty()
    (tmp_path / STATE_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(StateError, match=re.escape(STATE_FILE)):
        load_state(tmp_path)


def test_a_adding_an_event_from_another_document_changes_nothing_else():
    _, state, before, _ = build(first_build(), State.empty())
    added = article_event("Flea market", datetime(2021, 11, 6, 10), document="weekly.txt", organizer="Lakeside-gu")
    stable, state2, after, _ = build([*first_build(), added], state)
    for uid, block in before.items():
        assert after[uid] == block
    assert len(after) == 4
    new = next(e for e in stable if e.title == "Flea market")
    assert new.sequence == 0 and new.last_modified == datetime(2021, 11, 2, 0, 30, tzinfo=UTC)
    assert set(state2.records) == set(after)


def test_b_editing_one_events_description_leaves_the_others_untouched():
    _, state, before, _ = build(first_build(), State.empty())
    events = first_build()
    events[1] = replace(events[1], description="Book fair with a used-book swap.")
    stable, _, after, _ = build(events, state)
    fair = stable[1]
    assert fair.uid == events[1].uid and fair.sequence == 1
    assert fair.last_modified == datetime.fromtimestamp(CHANGE_EPOCH, UTC)
    assert after[fair.uid] != before[fair.uid]
    assert b"SEQUENCE:1\r\n" in after[fair.uid]
    for event in (stable[0], stable[2]):
        assert after[event.uid] == before[event.uid]


def test_edits_elsewhere_in_the_article_move_no_event():
    _, state, before, data = build(first_build(), State.empty())
    moved = [replace(e, source=replace(e.source, line=e.source.line + 4)) for e in first_build()]
    _, _, after, data2 = build(moved, state)
    assert after == before and data2 == data


def test_c_correcting_an_events_time_keeps_its_uid_and_bumps_sequence():
    stable0, state, before, _ = build(first_build(), State.empty())
    events = first_build()
    corrected = article_event("Concert", datetime(2021, 10, 31, 16), datetime(2021, 10, 31, 18), line=3)
    assert corrected.uid != events[0].uid  # the extractor's UID follows the start day
    events[0] = corrected
    stable, state2, after, _ = build(events, state)
    concert = stable[0]
    assert concert.uid == stable0[0].uid
    assert concert.sequence == 1
    assert concert.last_modified == datetime.fromtimestamp(CHANGE_EPOCH, UTC)
    assert b"DTSTART;TZID=Asia/Seoul:20211031T160000" in after[concert.uid]
    assert b"SEQUENCE:1\r\n" in after[concert.uid]
    assert b"LAST-MODIFIED:20211104T042640Z" in after[concert.uid]
    assert b"DTSTAMP:20211104T042640Z" in after[concert.uid]
    for event in stable[1:]:
        assert after[event.uid] == before[event.uid]
    # The next rebuild recognises the corrected event by its new extractor UID, with nothing moving.
    stable3, state3, after3, _ = build(events, state2)
    assert stable3 == stable and after3 == after and dump_state(state3) == dump_state(state2)


def test_c_a_new_place_and_time_found_by_sentence_when_the_title_changed_too():
    sentence = "Riverside-gu will hold its autumn concert in the park on the 30th."
    first = [article_event("Autumn concert", datetime(2021, 10, 30, 15), sentence=sentence)]
    stable0, state, _, _ = build(first, State.empty())
    second = [
        article_event("Autumn park concert", datetime(2021, 10, 30, 16), sentence=sentence, location="Riverside Park")
    ]
    stable, _, _, _ = build(second, state)
    assert stable[0].uid == stable0[0].uid and stable[0].sequence == 1


def test_d_a_deleted_event_is_gone_from_feeds_and_state():
    _, state, before, _ = build(first_build(), State.empty())
    events = first_build()
    removed = events.pop(2)
    _stable, state2, after, _ = build(events, state)
    assert removed.uid not in after and removed.uid not in state2.records
    assert set(after) == set(before) - {removed.uid}
    for uid, block in after.items():
        assert block == before[uid]


def test_ambiguous_matches_are_not_guessed():
    # Two sessions of the same title from the same document, both moved: no unique match, so new UIDs.
    first = [
        article_event("Class", datetime(2021, 11, 1, 10), sentence="The class runs on the 1st and the 8th."),
        article_event("Class", datetime(2021, 11, 8, 10), sentence="The class runs on the 1st and the 8th."),
    ]
    stable0, state, _, _ = build(first, State.empty())
    second = [
        article_event("Class", datetime(2021, 11, 2, 10), sentence="The class runs on the 2nd and the 9th."),
        article_event("Class", datetime(2021, 11, 9, 10), sentence="The class runs on the 2nd and the 9th."),
    ]
    stable, state2, _, _ = build(second, state)
    assert {e.uid for e in stable}.isdisjoint({e.uid for e in stable0})
    assert all(e.sequence == 0 for e in stable)
    assert set(state2.records) == {e.uid for e in stable}


def test_duplicate_extractor_uids_become_distinct():
    one = article_event("Class", datetime(2021, 11, 1, 10))
    two = replace(one, start=datetime(2021, 11, 1, 14), source=replace(one.source, line=12))
    stable, state, after, _ = build([one, two], State.empty())
    assert len({e.uid for e in stable}) == 2 and len(after) == 2
    again, _, _, _ = build([two, one], state)
    assert sorted(e.uid for e in again) == sorted(e.uid for e in stable)


def test_a_new_event_never_takes_a_published_uid():
    _stable0, state, _, _ = build(first_build(), State.empty())
    events = first_build()
    events[0] = article_event("Concert", datetime(2021, 10, 31, 16), line=3)
    stable1, state1, _, _ = build(events, state)
    # Now a second concert appears on the original day: its extractor UID is the published one.
    newcomer = article_event("Concert", datetime(2021, 10, 30, 11), line=20, sentence="A morning concert too.")
    assert newcomer.uid == stable1[0].uid
    stable2, _, _after, _ = build([*events, newcomer], state1)
    uids = [e.uid for e in stable2]
    assert len(set(uids)) == len(uids)
    assert stable2[0].uid == stable1[0].uid and stable2[0].sequence == 1


def test_exact_duplicates_are_kept_once():
    one = article_event("Class", datetime(2021, 11, 1, 10))
    twin = replace(one, source=replace(one.source, line=40))
    stable, state, after, _ = build([one, twin, article_event("Concert", datetime(2021, 10, 30, 15))], State.empty())
    assert len(stable) == 2 and len(after) == 2 and len(state.records) == 2


@given(
    st.lists(
        st.tuples(st.sampled_from(["Class", "Concert", "Fair"]), st.integers(1, 3), st.integers(9, 11)),
        max_size=8,
    ),
    st.randoms(use_true_random=False),
)
@settings(deadline=None, max_examples=60)
def test_any_build_gives_unique_uids_and_rebuilds_byte_for_byte(specs, rng):
    events = [article_event(title, datetime(2021, 11, day, hour), line=i) for i, (title, day, hour) in enumerate(specs)]
    stable, state, _, data = build(events, State.empty())
    assert len({e.uid for e in stable}) == len(stable) == len(state.records)
    shuffled = list(events)
    rng.shuffle(shuffled)
    again, state2, _, data2 = build(shuffled, state)
    assert data2 == data and dump_state(state2) == dump_state(state)
    assert sorted(e.uid for e in again) == sorted(e.uid for e in stable)


def test_publication_is_found_by_path_or_file_name():
    event = article_event("Concert", datetime(2021, 10, 30, 15), document="roundup.txt")
    for published in ({"articles/roundup.txt": date(2021, 10, 28)}, {"roundup.txt": date(2021, 10, 28)}):
        stable, _ = stabilize([event], State.empty(), published)
        assert stable[0].last_modified == datetime(2021, 10, 27, 15, tzinfo=UTC)
    nested = replace(event, source=replace(event.source, document="articles/roundup.txt"))
    stable, _ = stabilize([nested], State.empty(), {"roundup.txt": date(2021, 10, 28)})
    assert stable[0].last_modified == datetime(2021, 10, 27, 15, tzinfo=UTC)


# ---------------------------------------------------------------- the stored values, held to their definitions


def reference_fingerprint(event: Event) -> str:
    """The fingerprint's definition (published state files hold its values, so it must never change)."""
    data = event.to_json()
    data.pop("uid", None)
    data["source"] = {"document": event.source.document, "text": event.source.text}
    data["article_title"] = event.article_title
    data["exact_start"] = repr(event.start)
    data["exact_end"] = repr(event.end)
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def reference_dump(state: State) -> bytes:
    """The state file's definition: the one JSON document, dumped whole."""
    data = {"version": 1, "events": {uid: state.records[uid].to_json() for uid in sorted(state.records)}}
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def reference_normalise(text: str | None) -> str:
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(re.sub(r"[^\w]+", " ", folded).split())


# Quotes, escapes, line separators, ligatures, combining marks, Hangul jamo, a final sigma, fullwidth forms.
TRICKY = "aZ09_ -,.'\"\\/\n\t\x00\x7f\u2028\u00e9e\u0301\u00b4\ufb01\u00df\u0130\u03a3\uff21\u2460\u337f\u1100\u1161\u11a8\u2019\u2013\U0001f600"
texts = st.text(alphabet=TRICKY, max_size=30)
optional_texts = st.none() | texts
naive_times = st.datetimes() | st.datetimes().map(lambda d: d.replace(fold=1))
zones = st.sampled_from([UTC, timezone(timedelta(hours=9)), timezone(timedelta(hours=9), "KST"), ZoneInfo("Asia/Seoul")])
bounds = st.dates() | naive_times | st.datetimes(timezones=zones)


@st.composite
def any_event(draw) -> Event:
    return Event(
        uid=draw(texts), title=draw(texts), start=draw(bounds), end=draw(st.none() | bounds),
        all_day=draw(st.booleans() | st.integers(0, 1)), timezone=draw(texts), organizer=draw(optional_texts),
        location=draw(optional_texts), online=draw(st.booleans()), description=draw(texts),
        categories=tuple(draw(st.lists(texts | st.integers(), max_size=3))), kind=draw(texts),
        recurrence=draw(optional_texts), source=Source(draw(texts), draw(st.integers(1, 99)), draw(texts)),
        inferred=tuple(draw(st.lists(texts, max_size=2))), url=draw(optional_texts),
        article_title=draw(optional_texts), exdates=tuple(draw(st.lists(st.dates(), max_size=2))),
    )


def test_fingerprint_keeps_its_value():
    event = article_event("Concert", datetime(2021, 10, 30, 15), datetime(2021, 10, 30, 17))
    assert fingerprint(event) == "aca6be2901e5cf2c6a4119e0976b29da37ca8881ae60b7edbefd0fea702d82d1"


@given(any_event())
@settings(deadline=None, max_examples=300)
def test_fingerprint_is_the_hash_of_its_json_definition(event):
    assert fingerprint(event) == reference_fingerprint(event)


def test_fingerprint_tells_apart_bounds_that_compare_equal():
    seoul = datetime(2021, 10, 30, 15, tzinfo=ZoneInfo("Asia/Seoul"))
    starts = [date(2021, 10, 30), datetime(2021, 10, 30), datetime(2021, 11, 7, 1, 30),
              datetime(2021, 11, 7, 1, 30, fold=1), seoul, seoul.astimezone(UTC),
              seoul.astimezone(timezone(timedelta(hours=9))), seoul.astimezone(timezone(timedelta(hours=9), "KST"))]
    events = [article_event("Concert", start) for start in starts]
    prints = [fingerprint(e) for e in events]
    assert prints == [reference_fingerprint(e) for e in events]
    assert len(set(prints)) == len(prints)


SENTENCES = st.lists(st.text(alphabet=TRICKY, max_size=14), max_size=40).map(" ".join)


@given(st.none() | SENTENCES, st.sampled_from([SENTENCE_PREFIX, 1, 2, 3, 5, 8]))
@settings(deadline=None, max_examples=500)
def test_normalising_keeps_its_definition(text, prefix):
    assert identity._normalise(text) == reference_normalise(text)
    with pytest.MonkeyPatch.context() as mp:  # short prefixes put the cut among the few words drawn
        mp.setattr(identity, "SENTENCE_PREFIX", prefix)
        assert identity._opening(text) == reference_normalise(text)[:prefix]


def test_restamping_is_replacing_three_fields():
    event = article_event("Concert", datetime(2021, 10, 30, 15), inferred=("Time from the text.",))
    stamp = datetime(2021, 11, 4, tzinfo=UTC)
    restamped = identity._restamped(event, "x@calendarize", 3, stamp)
    assert type(restamped) is Event
    assert restamped == replace(event, uid="x@calendarize", sequence=3, last_modified=stamp)


def test_an_unchanged_event_whose_stored_keys_differ_gets_them_rewritten():
    # A state written by another normalisation (or by hand): the rebuild writes what this one gives.
    stable, state, _, _ = build(first_build(), State.empty())
    uid = stable[0].uid
    stale = replace(state.records[uid], title="stale title", sentence="stale")
    _, state2, _, _ = build(first_build(), State(records={**state.records, uid: stale}))
    assert state2.records[uid] == state.records[uid]
    assert dump_state(state2) == dump_state(state)


records = st.builds(
    Record, uid=texts, content_uid=texts, document=texts, organizer=texts, title=texts, sentence=texts,
    fingerprint=texts, sequence=st.integers(0, 10**6), last_modified=st.datetimes(timezones=st.just(UTC)),
)


@given(st.lists(records, max_size=7), st.integers(1, 3))
@settings(deadline=None, max_examples=200)
def test_the_state_file_comes_in_chunks_of_the_whole_documents_bytes(found, per_chunk):
    state = State(records={r.uid: r for r in found})
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(identity, "STATE_CHUNK", per_chunk)
        chunks = list(state_chunks(state))
    assert b"".join(chunks) == dump_state(state) == reference_dump(state)
    if state.records:  # a head, the records a few at a time, a tail
        assert len(chunks) == 2 + -(-len(state.records) // per_chunk)


def test_the_state_of_a_build_is_written_as_dumped(tmp_path: Path):
    _, state, _, _ = build(first_build(), State.empty())
    assert dump_state(state) == reference_dump(state)
    write_state(tmp_path, state)
    assert (tmp_path / STATE_FILE).read_bytes() == reference_dump(state)


def test_a_fingerprint_computed_by_an_extraction_worker_travels_with_its_event(tmp_path: Path):
    import pickle
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import corpus

    from calendarize import extract

    paths = sorted(corpus.write_corpus(tmp_path / "articles", 4, seed=1).rglob("*.txt"))
    for cache in (tmp_path / "cache", tmp_path / "cache"):  # extracted, then from the pack
        events = extract.extract_paths(paths, jobs=2, cache_dir=cache).events
        assert events and all(e.__dict__["_fingerprint"] == identity._fingerprint_of(e) for e in events)
    event = events[0]
    assert identity.fingerprint(event) == identity._fingerprint_of(event)
    assert pickle.loads(pickle.dumps(event)).__dict__["_fingerprint"] == event.__dict__["_fingerprint"]
    renamed = replace(event, title=event.title + " (moved)")
    assert "_fingerprint" not in renamed.__dict__ and identity.fingerprint(renamed) != identity.fingerprint(event)
    assert renamed != event and replace(renamed, title=event.title) == event  # equality ignores it
    stable, _ = identity.stabilize(events, identity.State.empty())  # restamped, the fingerprint kept
    assert all(e.__dict__["_fingerprint"] == identity._fingerprint_of(e) for e in stable)


@given(any_event(), st.integers(0, 5), st.datetimes(timezones=st.just(UTC)))
@settings(deadline=None, max_examples=200)
def test_a_restamped_event_is_the_event_with_its_three_fields_replaced(event, sequence, stamp):
    assert not hasattr(Event, "__post_init__")  # a restamped copy skips __init__: nothing may be checked there
    carried = identity.with_fingerprint(event)
    restamped = identity._restamped(carried, "moved@calendarize", sequence, stamp)
    expected = replace(event, uid="moved@calendarize", sequence=sequence, last_modified=stamp)
    assert restamped == expected and repr(restamped) == repr(expected) and hash(restamped) == hash(expected)
    assert restamped.__dict__["_fingerprint"] == identity._fingerprint_of(expected)
    assert carried.uid == event.uid  # the original is left as it was
