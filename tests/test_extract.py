"""Incremental, parallel extraction: the cache gives back exactly what was extracted, and the number
of processes never changes the output."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from calendarize import extract
from calendarize.build import build, build_files, collect_events
from calendarize.config import Config
from calendarize.documents import parse_document, sample_document
from calendarize.events import extract_events
from calendarize.model import Event, Source

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus


def _event(**changes: object) -> Event:
    base = Event(
        uid="a@x", title="Fair", start=date(2021, 11, 1), end=date(2021, 11, 6), all_day=True,
        timezone="Asia/Seoul", organizer="Riverside-gu", location=None, online=False, description="d",
        categories=("Culture", "Community"), kind="event", recurrence=None,
        source=Source("doc.txt", 3, "The fair runs from November 1 to 6.", "November 1 to 6", 18, 34),
        inferred=("Year taken from the publication date (2021-10-28).",),
    )
    return replace(base, **changes)


@pytest.mark.parametrize("event", [
    _event(),
    _event(start=datetime(2021, 11, 1, 10, 0), end=datetime(2021, 11, 1, 12, 30), all_day=False),
    _event(end=None, recurrence="FREQ=DAILY;COUNT=2", url="https://example.org/1", article_title="News"),
    _event(end=None, recurrence="FREQ=WEEKLY;BYDAY=MO;COUNT=4", exdates=(date(2021, 11, 8),)),
    _event(sequence=3, last_modified=datetime(2021, 10, 28, 0, 0, tzinfo=UTC)),
    _event(start=datetime(2021, 11, 1, 0, 0), end=date(2021, 11, 2), all_day=False, categories=()),
])
def test_event_round_trip_is_exact(event: Event) -> None:
    back = extract.event_from_dict(extract.event_to_dict(event))
    assert back == event
    assert type(back.start) is type(event.start) and type(back.end) is type(event.end)
    assert isinstance(back.categories, tuple) and isinstance(back.inferred, tuple)
    assert isinstance(back.source, Source)


def test_time_values_round_trip() -> None:
    assert extract._decode(extract._encode(time(19, 0))) == time(19, 0)


def test_sample_events_round_trip_through_the_cache(tmp_path: Path) -> None:
    doc = sample_document()
    direct = extract_events(doc)
    first = extract.extract_all([doc], jobs=1, cache_dir=tmp_path)
    again = extract.extract_all([doc], jobs=1, cache_dir=tmp_path)
    assert first == direct
    assert again == direct


def test_a_cached_document_is_not_extracted_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = sample_document()
    extract.extract_all([doc], jobs=1, cache_dir=tmp_path)
    monkeypatch.setattr(extract, "extract_events", lambda d: pytest.fail("extracted again"))
    assert extract.extract_all([doc], jobs=1, cache_dir=tmp_path)


def test_the_key_follows_content_anchor_and_program() -> None:
    doc = sample_document()
    key = extract.document_key(doc)
    assert extract.document_key(replace(doc, text=doc.text + " ")) != key
    assert extract.document_key(replace(doc, published=date(2021, 10, 29))) != key
    assert extract.document_key(replace(doc, timezone="UTC")) != key
    assert extract.document_key(doc) == key
    assert extract.program_version().startswith(extract.__version__ + "+")


def test_an_unreadable_cache_entry_is_extracted_again(tmp_path: Path) -> None:
    doc = sample_document()
    extract.extract_all([doc], jobs=1, cache_dir=tmp_path)
    for path in tmp_path.rglob("*.json"):
        path.write_text("{not json", encoding="utf-8")
    assert extract.extract_all([doc], jobs=1, cache_dir=tmp_path) == extract_events(doc)


def _small_corpus(n: int = 40) -> list:
    return [parse_document(text, name) for name, text in corpus.generate(n, seed=7)]


def test_two_processes_give_the_events_of_one(tmp_path: Path) -> None:
    docs = _small_corpus()
    one = extract.extract_all(docs, jobs=1)
    two = extract.extract_all(docs, jobs=2, cache_dir=tmp_path)
    assert one == two
    assert extract.extract_all(docs, jobs=2, cache_dir=tmp_path) == one


def test_files_are_read_lazily_with_the_same_events(tmp_path: Path) -> None:
    folder = corpus.write_corpus(tmp_path / "articles", 20, seed=3)
    paths = sorted(folder.rglob("*.txt"))
    (tmp_path / "articles" / "bad.txt").write_text("no front matter", encoding="utf-8")
    paths.append(tmp_path / "articles" / "bad.txt")
    expected = extract.extract_all([parse_document(p.read_text(encoding="utf-8"), str(p)) for p in paths[:-1]])
    cold = extract.extract_paths(paths, jobs=2, cache_dir=tmp_path / "cache")
    warm = extract.extract_paths(paths, jobs=2, cache_dir=tmp_path / "cache")
    assert cold.events == expected and warm.events == expected
    assert cold.extracted == 21 and warm.extracted == 1
    assert [d.path for d in warm.documents] == [str(p) for p in paths[:-1]]
    assert len(warm.errors) == 1 and "bad.txt" in str(warm.errors[0])


def test_files_hashed_by_the_build_command_are_not_read_again_unless_they_changed(tmp_path: Path,
                                                                                 monkeypatch) -> None:
    folder = corpus.write_corpus(tmp_path / "articles", 6, seed=5)
    paths = sorted(folder.rglob("*.txt"))
    cold = extract.extract_paths(paths, jobs=1, cache_dir=tmp_path / "cache")
    keys = [extract.hashed_file_key(p, None) for p in paths]  # as `build` does, to know whether anything changed
    with paths[0].open("a", encoding="utf-8") as fh:  # changed after it was hashed: its key is stale
        fh.write("\nThe district will also hold a flea market on the 30th at the community center.\n")
    read = []
    real = extract.read_bytes
    monkeypatch.setattr(extract, "read_bytes", lambda path: read.append(path) or real(path))
    warm = extract.extract_paths(paths, jobs=1, cache_dir=tmp_path / "cache")
    assert read == [paths[0]] and warm.extracted == 1
    assert extract.file_key(paths[1], paths[1].read_bytes(), None) == keys[1]
    assert len(warm.events) > len(cold.events) and "flea market" in " ".join(e.title for e in warm.events).lower()


def test_impossible_dates_are_cached_with_the_events(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: 2021-10-28\n---\nNews\nThe fair is on November 3.\nAlso on 31 June.\n",
                    encoding="utf-8")
    cold = extract.extract_paths([path], jobs=1, cache_dir=tmp_path / "cache")
    warm = extract.extract_paths([path], jobs=1, cache_dir=tmp_path / "cache")
    assert [(w.path, w.line) for w in cold.warnings] == [(str(path), 6)] and "31 June" in cold.warnings[0].message
    assert (warm.extracted, warm.warnings, warm.events) == (0, cold.warnings, cold.events)


def test_a_cached_extraction_without_impossible_dates_is_made_again(tmp_path: Path) -> None:
    """An entry written before impossible dates were cached is a miss, not a document without warnings."""
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: 2021-10-28\n---\nNews\nAlso on 31 June.\n", encoding="utf-8")
    cold = extract.extract_paths([path], jobs=1, cache_dir=tmp_path / "cache")
    store = extract.EventCache(tmp_path / "cache")
    key = extract.file_key(path, path.read_bytes(), None)
    store.put(key, cold.events, {"path": str(path), "published": extract._encode(cold.documents[0].published)})
    (tmp_path / "cache" / extract.PACK_NAME).unlink()  # which holds it too
    again = extract.extract_paths([path], jobs=1, cache_dir=tmp_path / "cache")
    assert again.extracted == 1 and again.warnings == cold.warnings


def test_a_rebuild_loads_unchanged_files_from_the_pack_and_extracts_only_the_changed_one(
        tmp_path: Path, monkeypatch) -> None:
    folder = corpus.write_corpus(tmp_path / "articles", 12, seed=7)
    paths = sorted(folder.rglob("*.txt"))
    cache = tmp_path / "cache"
    cold = extract.extract_paths(paths, jobs=2, cache_dir=cache)
    with paths[3].open("a", encoding="utf-8") as fh:
        fh.write("\nThe district will also hold a flea market on the 30th at the community center.\n")
    assert not (cache / f"v{extract.CACHE_FORMAT}").exists()  # the pack holds them all: no file of their own
    real = extract.read_document
    read = []
    monkeypatch.setattr(extract, "read_document", lambda path, anchor: read.append(path) or real(path, anchor))
    warm = extract.extract_paths(paths, jobs=1, cache_dir=cache)
    assert read == [paths[3]] and warm.extracted == 1
    fresh = extract.extract_paths(paths, jobs=1)  # no cache at all
    assert (warm.events, warm.documents, warm.warnings) == (fresh.events, fresh.documents, fresh.warnings)
    assert len(warm.events) > len(cold.events)
    assert extract._read_pack(cache).keys() == {extract.file_key(p, p.read_bytes(), None) for p in paths}


def test_a_document_the_pack_leaves_out_gets_a_cache_file_of_its_own(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A cold extraction goes into the pack alone; a change too small to write the pack again is kept in
    a file of its own, from which the next call reads it."""
    paths = sorted(corpus.write_corpus(tmp_path / "articles", 12, seed=3).rglob("*.txt"))
    cache = tmp_path / "cache"
    extract.extract_paths(paths, jobs=1, cache_dir=cache)
    assert not (cache / f"v{extract.CACHE_FORMAT}").exists()
    pack = (cache / extract.PACK_NAME).stat().st_ino
    with paths[3].open("a", encoding="utf-8") as fh:
        fh.write("\nThe district will also hold a flea market on the 30th at the community center.\n")
    monkeypatch.setattr(extract, "REWRITE_SHARE", 1)  # two changed entries of twelve: not worth it
    changed = extract.extract_paths(paths, jobs=1, cache_dir=cache)
    assert (cache / extract.PACK_NAME).stat().st_ino == pack and changed.extracted == 1
    key = extract.file_key(paths[3], paths[3].read_bytes(), None)
    assert extract.EventCache(cache).get_meta(key) is not None
    again = extract.extract_paths(paths, jobs=1, cache_dir=cache)
    assert again.extracted == 0 and again.events == changed.events


@pytest.mark.parametrize("damage", [b"", b"not a pack", b"\xff" * 40])
def test_a_damaged_or_foreign_pack_is_ignored_and_replaced(tmp_path: Path, damage: bytes) -> None:
    folder = corpus.write_corpus(tmp_path / "articles", 3, seed=2)
    paths = sorted(folder.rglob("*.txt"))
    cache = tmp_path / "cache"
    cold = extract.extract_paths(paths, jobs=1, cache_dir=cache)
    (cache / extract.PACK_NAME).write_bytes(damage)
    again = extract.extract_paths(paths, jobs=1, cache_dir=cache)
    assert again.events == cold.events and again.extracted == 3  # the pack held them alone
    assert len(extract._read_pack(cache)) == 3


def test_file_builds_with_one_and_two_processes_are_byte_identical(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1635379200")
    folder = corpus.write_corpus(tmp_path / "articles", 30, seed=5)
    paths = sorted(folder.rglob("*.txt"))
    (folder / "zz_bad.txt").write_bytes(b"")
    paths.append(folder / "zz_bad.txt")
    one = build_files(paths, None, Config(out=tmp_path / "one" / "out"), jobs=1)
    two = build_files(paths, None, Config(out=tmp_path / "two" / "out"), jobs=2)
    assert _tree(one.out) == _tree(two.out)
    assert [str(e) for e in one.errors] == [str(e) for e in two.errors]
    assert [e.path for e in one.errors] == [str(folder / "zz_bad.txt")]
    assert one.warnings == two.warnings and one.documents == two.documents == 30
    docs = [parse_document(p.read_text(encoding="utf-8"), str(p)) for p in paths[:-1]]
    assert _tree(build(docs, Config(out=tmp_path / "docs" / "out"), jobs=2).out) == _tree(one.out)


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_builds_with_one_and_two_processes_are_byte_identical(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1635379200")
    docs = _small_corpus(30)
    one = build(docs, Config(out=tmp_path / "one" / "out"), jobs=1)
    two = build(docs, Config(out=tmp_path / "two" / "out"), jobs=2)
    assert _tree(one.out) == _tree(two.out)
    assert (tmp_path / "two" / extract.CACHE_DIR_NAME).is_dir()
    again = build(docs, Config(out=tmp_path / "two" / "out"), jobs=2)
    assert not again.changed


def test_collect_events_without_a_cache_still_sorts_by_start() -> None:
    events = collect_events(_small_corpus(10))
    days = [e.start.date() if isinstance(e.start, datetime) else e.start for e in events]
    assert days == sorted(days)


def test_a_build_manifest_holds_while_inputs_and_output_stay_as_they_were(tmp_path: Path) -> None:
    from calendarize import render_cache

    out = tmp_path / "out"
    (out / "events").mkdir(parents=True)
    (out / "index.html").write_text("<p>agenda</p>", encoding="utf-8")
    (out / "events" / "a.html").write_text("<p>a</p>", encoding="utf-8")
    cache = tmp_path / "cache"
    key = render_cache.inputs_key(["k1", "k2"], Config(out=out))
    render_cache.record(cache, out, key, events=2)
    assert render_cache.unchanged(cache, out, key)["events"] == 2
    assert render_cache.inputs_key(["k1", "k2"], Config(out=out)) == key
    assert render_cache.inputs_key(["k1", "k3"], Config(out=out)) != key
    assert render_cache.inputs_key(["k2", "k1"], Config(out=out)) != key
    assert render_cache.inputs_key(["k1", "k2"], Config(out=out, calendar_name="x")) != key
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "base.html").write_text("x", encoding="utf-8")
    assert render_cache.inputs_key(["k1", "k2"], Config(out=out), templates) != key
    (out / "events" / "a.html").write_text("<p>b</p>!", encoding="utf-8")
    assert render_cache.unchanged(cache, out, key) is None
    render_cache.record(cache, out, key)
    (out / "stray.html").write_text("", encoding="utf-8")
    assert render_cache.unchanged(cache, out, key) is None
    render_cache.forget(cache)
    assert render_cache.unchanged(cache, out, key) is None


def test_the_files_key_follows_the_bytes_of_every_input(tmp_path: Path) -> None:
    from calendarize import render_cache

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("---\npublished: 2021-10-28\n---\nOne.\n", encoding="utf-8")
    b.write_text("---\npublished: 2021-10-28\n---\nTwo.\n", encoding="utf-8")
    config = Config(out=tmp_path / "out")
    key = render_cache.input_files_key([a, b], None, config)
    assert render_cache.input_files_key([a, b], None, config) == key
    assert render_cache.input_files_key([a, b], date(2021, 10, 29), config) != key
    b.write_text("---\npublished: 2021-10-28\n---\nTwo!\n", encoding="utf-8")
    assert render_cache.input_files_key([a, b], None, config) != key
    assert render_cache.input_files_key([a, tmp_path / "missing.txt"], None, config) != key


def test_file_keys_are_remembered_across_calls_and_a_file_changed_since_is_read_again(tmp_path: Path,
                                                                                      monkeypatch) -> None:
    paths = sorted(corpus.write_corpus(tmp_path / "articles", 5, seed=4).rglob("*.txt"))
    cache = tmp_path / "cache"
    expected = [extract.file_key(p, p.read_bytes(), None) for p in paths]

    def keys() -> tuple[list[str], list[Path]]:
        read: list[Path] = []
        real = extract.hashed_file_key
        monkeypatch.setattr(extract, "hashed_file_key", lambda path, anchor: read.append(path) or real(path, anchor))
        memo = extract.FileKeyMemo(cache)
        found = [memo.key(p, None) for p in paths]
        memo.save()
        return found, read

    assert keys() == (expected, paths)
    assert keys() == (expected, paths)  # the files changed right before the memo was written: racy
    memo_file = cache / extract.FileKeyMemo.NAME
    memo = json.loads(memo_file.read_text())
    memo["started_ns"] += 10 * extract.FileKeyMemo.RACY_NS  # as if read well after the files changed
    memo_file.write_text(json.dumps(memo))
    assert keys() == (expected, [])
    st = paths[2].stat()
    text = paths[2].read_bytes()
    paths[2].write_bytes(text.replace(b"on the", b"at the", 1))  # same size
    os.utime(paths[2], ns=(st.st_atime_ns, st.st_mtime_ns))  # and the same modification time
    found, read = keys()
    assert read == [paths[2]] and found[2] == extract.file_key(paths[2], paths[2].read_bytes(), None) != expected[2]


def test_a_damaged_entry_of_the_pack_is_read_again_and_the_pack_mended(tmp_path: Path) -> None:
    import marshal

    paths = sorted(corpus.write_corpus(tmp_path / "articles", 3, seed=6).rglob("*.txt"))
    cache = tmp_path / "cache"
    cold = extract.extract_paths(paths, jobs=1, cache_dir=cache)
    pack = extract._read_pack(cache)
    key = extract.file_key(paths[1], paths[1].read_bytes(), None)
    pack[key] = pack[key][: len(pack[key]) // 2]  # a truncated pickle
    (cache / extract.PACK_NAME).write_bytes(marshal.dumps((extract._pack_header(), pack)))
    again = extract.extract_paths(paths, jobs=1, cache_dir=cache)
    assert again.events == cold.events and again.extracted == 1
    assert extract.extract_paths(paths, jobs=1, cache_dir=cache).extracted == 0  # mended


def test_a_call_on_part_of_the_files_can_leave_the_pack_as_it_is(tmp_path: Path) -> None:
    paths = sorted(corpus.write_corpus(tmp_path / "articles", 3, seed=6).rglob("*.txt"))
    cache = tmp_path / "cache"
    extract.extract_paths(paths, jobs=1, cache_dir=cache)
    before = (cache / extract.PACK_NAME).stat().st_ino
    extract.extract_paths(paths[1:], jobs=1, cache_dir=cache, save_pack=False)
    assert (cache / extract.PACK_NAME).stat().st_ino == before and len(extract._read_pack(cache)) == 3
    extract.extract_paths(paths[1:], jobs=1, cache_dir=cache)
    assert len(extract._read_pack(cache)) == 2


@pytest.mark.parametrize(("entries", "changed", "expected"), [
    (0, 0, False), (0, 1, True), (1000, 0, False), (256, 1, True), (257, 1, False), (512, 2, True), (1024, 3, False),
])
def test_a_whole_archive_cache_is_written_again_once_a_share_of_it_changed(entries, changed, expected):
    assert extract.worth_rewriting(entries, changed) is expected


def _edit_archive(folder: Path, rng: random.Random, step: int) -> str:
    """One edit of the kinds an archive sees between two builds; says which, for the failure message."""
    paths = sorted(folder.rglob("*.txt"))
    path = rng.choice(paths)
    text = path.read_text(encoding="utf-8")
    kind = rng.choice(["append", "drop line", "republish", "new article", "delete", "touch", "redate"])
    if kind == "append":
        text += f"\nLakeside-gun will hold a book fair on November {step + 3} at the county library.\n"
    elif kind == "drop line":
        lines = text.splitlines()
        del lines[rng.randrange(5, len(lines))]
        text = "\n".join(lines) + "\n"
    elif kind == "republish":  # a new anchor for its relative dates
        text = re.sub(r"(?m)^published: (\d{4})-(\d\d)-(\d\d)$", lambda m: f"published: {m[1]}-{m[2]}-05", text)
    elif kind == "new article":
        path = path.with_name(f"added-{step}.txt")
        text = text.replace("will hold", "will host", 1)
    elif kind == "delete":
        path.unlink()
        return f"{kind} {path.name}"
    elif kind == "redate":
        text = re.sub(r"\b(November|December|October) (\d\d?)\b", lambda m: f"{m[1]} {int(m[2]) % 27 + 1}", text, 1)
    path.write_text(text, encoding="utf-8")  # ("touch": the same bytes, a new change time)
    return f"{kind} {path.name}"


@pytest.mark.parametrize(("seed", "share"), [(1, 256), (2, 10**6)])
def test_rebuilds_from_the_caches_equal_rebuilds_without_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              seed: int, share: int) -> None:
    """Whatever the caches keep (the pack, documents' own cache files, saved VEVENTs, pieces of
    events.json, render keys, the manifest and the back folder), a rebuild after any edits makes the
    bytes that a rebuild with every cache cleared makes from the same previous output. The second
    case never writes the whole-archive caches again, so changed documents come from their own files."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1635379200")
    monkeypatch.setattr(extract, "REWRITE_SHARE", share)
    folder = corpus.write_corpus(tmp_path / "articles", 14, seed=seed)
    cached, cleared = tmp_path / "cached" / "out", tmp_path / "cleared" / "out"
    rng = random.Random(seed)
    done = []
    for step in range(6):
        if step:
            done.append(_edit_archive(folder, rng, step))
        paths = sorted(folder.rglob("*.txt"))
        build_files(paths, None, Config(out=cached), jobs=1 + step % 2)
        for leftover in (cleared.parent / ".calendarize-cache", cleared.parent / ".out.back"):
            shutil.rmtree(leftover, ignore_errors=True)
        build_files(paths, None, Config(out=cleared), jobs=1)
        assert _tree(cached) == _tree(cleared), done


def test_caches_left_as_they_were_after_a_small_change_give_the_same_output(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The extraction pack, the saved VEVENTs and the pieces of events.json are written again only once
    enough changed: until then the changed articles come from their own cache files and their events
    are serialized anew, with the same output as when every change rewrites them."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1635379200")
    folder = corpus.write_corpus(tmp_path / "articles", 16, seed=7)
    paths = sorted(folder.rglob("*.txt"))
    lazy, eager = tmp_path / "lazy" / "out", tmp_path / "eager" / "out"
    caches = [lazy.parent / ".calendarize-cache" / name
              for name in (extract.PACK_NAME, "render/vevents.bin", "render/events-json.bin")]
    for out in (lazy, eager):
        build_files(paths, None, Config(out=out), jobs=1)
    rewritten = []
    for n, path in enumerate(paths[:3]):
        before = [p.stat().st_ino for p in caches]
        path.write_text(path.read_text(encoding="utf-8")
                        + f"\nRiverside-gu will hold a tree-planting day on November {20 + n} at Riverside Park.\n",
                        encoding="utf-8")
        monkeypatch.setattr(extract, "REWRITE_SHARE", 3)
        build_files(paths, None, Config(out=lazy), jobs=1)
        monkeypatch.setattr(extract, "REWRITE_SHARE", 10**6)
        build_files(paths, None, Config(out=eager), jobs=1)
        assert _tree(lazy) == _tree(eager)
        rewritten.append([p.stat().st_ino != inode for p, inode in zip(caches, before)])
    assert rewritten[0] == [False, False, False]
    assert rewritten[2][0]  # the pack: six of its 16 entries differ by then
