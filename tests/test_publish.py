"""The publisher writes only what changed, links the rest, and trusts no file that was touched."""

from __future__ import annotations

import multiprocessing
import os
import time
from functools import partial
from pathlib import Path

import pytest

from calendarize import render_pool
from calendarize.publish import OutputFile, OutputSurvey, Publisher, back_folder, key_digest, load_manifest


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def publish(out: Path, cache: Path, files: list[OutputFile], jobs: int = 1) -> Publisher:
    with Publisher(out, cache) as publisher:
        publisher.add_all(files, jobs)
        publisher.changed = publisher.finish()
    return publisher


def logged(log: Path, name: str, data: bytes) -> OutputFile:
    """A file without a key whose renders write their process to `log`."""
    def render() -> bytes:
        with open(log, "a") as fh:
            fh.write(f"{name} {os.getpid()}\n")
        return data
    return OutputFile(name, render)


def never(path: str):
    def render() -> bytes:
        raise AssertionError(f"{path} was rendered again")
    return render


def test_unchanged_build_writes_nothing_and_renders_no_keyed_file(tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    files = [OutputFile("a.html", lambda: b"A", key="ka"), OutputFile("sub/b.ics", lambda: b"B" * 5000),
             OutputFile("big.html", chunks=lambda: [b"x" * 100, b"y" * 100])]
    first = publish(out, cache, files)
    assert first.changed and first.written == 3
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    again = publish(out, cache, [OutputFile("a.html", never("a.html"), key="ka"), *files[1:]])
    assert not again.changed and again.written == 0 and again.staging is None
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == mtimes
    assert [p.name for p in tmp_path.iterdir() if ".staging-" in p.name] == []


def test_one_change_writes_one_file_and_links_the_others(tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    publish(out, cache, [OutputFile("a.html", lambda: b"A", key="ka"), OutputFile("b.html", lambda: b"B")])
    inode = (out / "a.html").stat().st_ino
    result = publish(out, cache, [OutputFile("a.html", never("a.html"), key="ka"), OutputFile("b.html", lambda: b"C")])
    assert result.changed and result.written == 1 and result.linked == 1
    assert snapshot(out) == {"a.html": b"A", "b.html": b"C"}
    assert (out / "a.html").stat().st_ino == inode  # the same file, linked into the new build


def test_a_file_edited_by_hand_is_rendered_again_despite_its_key(tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    publish(out, cache, [OutputFile("a.html", lambda: b"original", key="ka")])
    (out / "a.html").write_bytes(b"edited!!")
    os.utime(out / "a.html", ns=(1, 1))
    publish(out, cache, [OutputFile("a.html", lambda: b"original", key="ka")])
    assert (out / "a.html").read_bytes() == b"original"


def test_a_file_gone_from_the_build_is_gone_from_the_folder(tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    publish(out, cache, [OutputFile("a.html", lambda: b"A"), OutputFile("b.html", lambda: b"B")])
    result = publish(out, cache, [OutputFile("a.html", lambda: b"A")])
    assert result.changed and snapshot(out) == {"a.html": b"A"}


@pytest.mark.parametrize("new", [b"abcdef", b"abc", b"abcdefgh", b"abXdef", b""])
def test_streamed_file_against_a_published_one_of_any_length(tmp_path: Path, new: bytes) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    publish(out, cache, [OutputFile("f", chunks=lambda: [b"abc", b"def"])])
    result = publish(out, cache, [OutputFile("f", chunks=lambda: [new[i:i + 2] for i in range(0, len(new), 2)])])
    assert (out / "f").read_bytes() == new
    assert result.changed == (new != b"abcdef")


def test_rendering_across_processes_gives_the_same_bytes_in_order(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(render_pool, "PARALLEL_FROM", 2)
    monkeypatch.setattr(render_pool, "CHUNK", 3)
    files = [OutputFile(f"events/{i}.html", lambda i=i: f"page {i} of pid".encode())
             for i in range(50)]
    publish(tmp_path / "one", tmp_path / "c1", files, jobs=1)
    publish(tmp_path / "two", tmp_path / "c2", files, jobs=2)
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")
    assert list(render_pool.rendered([lambda: str(os.getpid()).encode()] * 6, jobs=2)) != [
        str(os.getpid()).encode()] * 6  # it did run elsewhere


def test_workers_write_their_own_files_and_an_unchanged_build_still_writes_nothing(tmp_path: Path,
                                                                                    monkeypatch) -> None:
    monkeypatch.setattr(render_pool, "PARALLEL_FROM", 2)
    monkeypatch.setattr(render_pool, "CHUNK", 3)
    out, cache = tmp_path / "out", tmp_path / "cache"
    pages = [OutputFile(f"events/{i}.html", lambda i=i: f"page {i}".encode()) for i in range(20)]
    big = OutputFile("all.ics", chunks=lambda: [b"x" * 100] * 5)
    first = publish(out, cache, [*pages, big], jobs=2)
    assert first.changed and first.written == 21
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    again = publish(out, cache, [*pages, big], jobs=2)  # no keys: every file is rendered and compared
    assert not again.changed and again.written == 0 and again.staging is None
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == mtimes
    assert [p.name for p in tmp_path.iterdir() if ".staging-" in p.name] == []
    pages[7] = OutputFile("events/7.html", lambda: b"changed")
    third = publish(out, cache, [*pages, big], jobs=2)
    assert third.changed and third.written == 1 and third.linked == 20
    assert (out / "events/7.html").read_bytes() == b"changed" and (out / "events/8.html").read_bytes() == b"page 8"


def test_the_previous_build_is_kept_as_the_next_staging_folder(tmp_path: Path, monkeypatch) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    files = [OutputFile(f"events/{i}.html", lambda i=i: f"page {i}".encode(), key=f"k{i}") for i in range(30)]
    publish(out, cache, [*files, OutputFile("index.html", lambda: b"first")])
    publish(out, cache, [*files, OutputFile("index.html", lambda: b"second")])
    back = back_folder(out.resolve())
    assert (back / "events/3.html").stat().st_ino == (out / "events/3.html").stat().st_ino
    assert not (back / "index.html").exists()  # the old version of what was rewritten is not kept
    links = []
    monkeypatch.setattr(os, "link", lambda *a, **k: links.append(a))
    third = publish(out, cache, [*files, OutputFile("index.html", lambda: b"third")])
    assert third.changed and third.written == 1 and links == []  # nothing unchanged was linked again
    assert snapshot(out) == {**{f"events/{i}.html": f"page {i}".encode() for i in range(30)}, "index.html": b"third"}


def test_with_a_back_folder_the_files_without_a_key_render_in_workers_while_keys_are_checked(
        tmp_path: Path) -> None:
    out, cache, log = tmp_path / "out", tmp_path / "cache", tmp_path / "renderers"
    unkeyed = partial(logged, log)
    pages = [OutputFile(f"events/{i}.html", lambda i=i: f"page {i}".encode(), key=f"k{i}") for i in range(30)]
    for n in range(3):  # the third build has the second one's back folder
        log.unlink(missing_ok=True)
        pages[n] = OutputFile(f"events/{n}.html", lambda n=n: f"page {n}, build {n}".encode(), key=f"k{n}-{n}")
        result = publish(out, cache, [unkeyed("all.json", b"all %d" % n), *pages, unkeyed("state", b"state")],
                         jobs=2)
    assert result.changed and result.written == 2  # all.json and events/2.html; the state is linked
    assert snapshot(out) == {"all.json": b"all 2", "state": b"state",
                             **{f"events/{i}.html": f"page {i}".encode() for i in range(3, 30)},
                             **{f"events/{i}.html": f"page {i}, build {i}".encode() for i in range(3)}}
    renderers = dict(line.split() for line in log.read_text().splitlines())
    assert sorted(renderers) == ["all.json", "state"] and str(os.getpid()) not in renderers.values()


def test_keys_are_checked_and_changed_files_rendered_while_the_workers_render_ahead(tmp_path: Path) -> None:
    """The first file without a key renders only once this process has rendered a changed keyed file:
    were this process to wait for it first, it would give up waiting and say so in its bytes."""
    out, cache, signal = tmp_path / "out", tmp_path / "cache", tmp_path / "main-went-on"

    def waits() -> bytes:
        for _ in range(200):
            if signal.exists():
                return b"after"
            time.sleep(0.05)
        return b"gave up waiting"

    def page(n: int) -> OutputFile:
        def render() -> bytes:
            signal.touch()
            return b"page %d" % n
        return OutputFile("page.html", render, key=f"k{n}")

    for n in range(2):  # the third build has a back folder
        publish(out, cache, [OutputFile("all.json", lambda: b"all"), page(n), OutputFile("state", lambda: b"s")],
                jobs=2)
    signal.unlink()
    publish(out, cache, [OutputFile("all.json", waits), page(2), OutputFile("state", lambda: b"s")], jobs=2)
    assert (out / "all.json").read_bytes() == b"after"


def test_a_failure_while_workers_render_ahead_leaves_no_worker_behind(tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"

    def fails() -> bytes:
        raise RuntimeError("a page failed to render")

    files = [OutputFile("all.json", lambda: time.sleep(0.5) or b"all"), OutputFile("state", lambda: b"s")]
    for n in range(2):
        publish(out, cache, [*files, OutputFile("page.html", lambda n=n: b"page %d" % n, key=f"k{n}")], jobs=2)
    with pytest.raises(RuntimeError, match="failed to render") as failure:
        publish(out, cache, [*files, OutputFile("page.html", fails, key="k2")], jobs=2)
    assert failure.traceback and multiprocessing.active_children() == []  # the traceback holds the frames
    assert snapshot(out) == {"all.json": b"all", "page.html": b"page 1", "state": b"s"}


def test_a_back_folder_in_any_state_gives_exactly_the_new_build(tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    files = [OutputFile("a.html", lambda: b"A", key="ka"), OutputFile("sub/b.html", lambda: b"B", key="kb"),
             OutputFile("c.ics", lambda: b"C")]
    publish(out, cache, files)
    back = back_folder(out.resolve())
    back.mkdir()
    (back / "a.html").write_bytes(b"not the published one")  # same name, another file
    (back / "sub").write_bytes(b"a file where the build has a folder")
    (back / "c.ics").mkdir()  # a folder where the build has a file
    (back / "old" / "deep").mkdir(parents=True)
    (back / "old" / "deep" / "gone.html").write_bytes(b"from an older build")
    result = publish(out, cache, [*files, OutputFile("d.html", lambda: b"D")])
    assert result.changed
    assert snapshot(out) == {"a.html": b"A", "sub/b.html": b"B", "c.ics": b"C", "d.html": b"D"}
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.back", "cache", "out"]


def test_a_file_replaced_or_edited_in_the_output_is_published_again_though_its_back_link_matches(
        tmp_path: Path) -> None:
    """The back folder's link to an unchanged file is the same inode as the published file: a file put in
    its place in the output folder is another inode, and one edited in place is edited in both, so the
    build must look at the published file itself."""
    out, cache = tmp_path / "out", tmp_path / "cache"
    pages = [OutputFile(f"events/{i}.html", lambda i=i: f"page {i}".encode(), key=f"k{i}") for i in range(5)]
    for n in range(3):  # the third build leaves a back folder of links to the unchanged pages
        files = [OutputFile("all.json", lambda n=n: b"all %d" % n), OutputFile("state", lambda: b"s"), *pages]
        publish(out, cache, files, jobs=2)
    replaced, edited = out / "events/3.html", out / "events/4.html"
    replaced.unlink()
    replaced.write_bytes(b"put here by hand")
    with open(edited, "r+b") as fh:
        fh.write(b"PAGE")
    result = publish(out, cache, files, jobs=2)
    assert result.changed and result.written == 2 and result.linked == 5
    assert snapshot(out) == {"all.json": b"all 2", "state": b"s", **{p.path: p.render() for p in pages}}


def test_the_manifest_holds_every_keyed_file_as_published(tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    pages = [OutputFile(f"events/{i}.html", lambda i=i: f"page {i}".encode(), key=f"k{i}") for i in range(6)]
    for n in range(4):  # kept by their links, by a stat of the published file, or written
        pages[n] = OutputFile(f"events/{n}.html", lambda n=n: f"page {n} again".encode(), key=f"k{n}-2")
        publish(out, cache, [OutputFile("all.json", lambda n=n: b"all %d" % n), OutputFile("state", lambda: b"s"),
                             *pages], jobs=2)
    expected = {}
    for page in pages:
        st = (out / page.path).stat()
        expected[page.path] = (key_digest(page.key), st.st_size, st.st_mtime_ns, st.st_ino)
    assert dict(load_manifest(cache).items()) == expected


@pytest.mark.parametrize("damage", [b"", b"\x00not marshal", None])
def test_a_damaged_manifest_is_an_empty_one(tmp_path: Path, damage: bytes | None) -> None:
    from calendarize.publish import MANIFEST_NAME, save_manifest

    files = {"a.html": [1, 2, 3, "ka"], "sub/b.ics": [4, 5, 6, "kb"], "c.json": [7, 8, 9, None]}
    save_manifest(tmp_path, files)
    assert dict(load_manifest(tmp_path).items()) == {"a.html": (key_digest("ka"), 1, 2, 3),
                                                     "sub/b.ics": (key_digest("kb"), 4, 5, 6)}
    path = tmp_path / MANIFEST_NAME
    path.write_bytes(path.read_bytes()[:-3] if damage is None else damage)  # cut short, or not a manifest
    assert dict(load_manifest(tmp_path).items()) == {}


def test_a_back_folder_whose_folder_is_a_link_is_refused_and_the_output_kept(tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    pages = [OutputFile(f"events/{i}.html", lambda i=i: f"page {i}".encode(), key=f"k{i}") for i in range(3)]
    for n in range(3):
        publish(out, cache, [OutputFile("all.json", lambda n=n: b"all %d" % n), OutputFile("state", lambda: b"s"),
                             *pages], jobs=2)
    back = back_folder(out.resolve())
    elsewhere = tmp_path / "elsewhere"
    (back / "events").rename(elsewhere)
    (back / "events").symlink_to(elsewhere)
    with pytest.raises(OSError, match="a link where the build has a folder"):
        publish(out, cache, [OutputFile("all.json", lambda: b"all 3"), OutputFile("state", lambda: b"s"), *pages],
                jobs=2)
    assert snapshot(out) == {"all.json": b"all 2", "state": b"s", **{p.path: p.render() for p in pages}}


def test_a_seeded_back_folder_holds_every_published_file_linked(tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    publish(out, cache, [OutputFile("index.html", lambda: b"I"), OutputFile("events/a.html", lambda: b"A", key="ka"),
                         OutputFile("events/deep/b.ics", lambda: b"B", key="kb")])
    seed = OutputSurvey(out)
    seed.wait()
    back = back_folder(out.resolve())
    assert snapshot(back) == snapshot(out)
    assert all((back / name).stat().st_ino == (out / name).stat().st_ino for name in snapshot(out))
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.back", "cache", "out"]  # no staging folder left
    OutputSurvey(out).wait()  # a back folder exists: nothing to do
    assert snapshot(back) == snapshot(out)


def test_a_seed_stopped_half_way_leaves_no_staging_folder(tmp_path: Path, monkeypatch) -> None:
    from calendarize import publish as publish_module
    out = tmp_path / "out"
    (out / "events").mkdir(parents=True)
    for i in range(200):
        (out / "events" / f"{i}.html").write_bytes(b"x")
    link = os.link

    def slow_link(*args, **kwargs) -> None:  # (the forked seed inherits it: it is still linking when stopped)
        time.sleep(0.01)
        link(*args, **kwargs)

    monkeypatch.setattr(publish_module.os, "link", slow_link)
    seed = OutputSurvey(out)
    time.sleep(0.3)
    seed.stop()  # (as a build that failed does)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_the_first_rebuild_finds_its_unchanged_files_linked_in_the_seeded_back_folder(tmp_path: Path,
                                                                                      monkeypatch) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    pages = [OutputFile(f"events/{i}.html", lambda i=i: f"page {i}".encode(), key=f"k{i}") for i in range(20)]
    publish(out, cache, [OutputFile("all.json", lambda: b"all 1"), OutputFile("state", lambda: b"s"), *pages])
    seed = OutputSurvey(out)
    seed.wait()
    links = []
    monkeypatch.setattr(os, "link", lambda *a, **k: links.append(a))
    result = publish(out, cache, [OutputFile("all.json", lambda: b"all 2"), OutputFile("state", lambda: b"s"), *pages],
                     jobs=2)
    assert result.changed and result.written == 1 and links == []
    assert snapshot(out) == {"all.json": b"all 2", "state": b"s", **{p.path: p.render() for p in pages}}


def test_files_given_to_render_ahead_render_in_a_worker_before_add_all_and_only_there(tmp_path: Path) -> None:
    out, cache, log = tmp_path / "out", tmp_path / "cache", tmp_path / "renders"
    feed = OutputFile("feed.ics", lambda: b"feed", key="kf")
    pages = [OutputFile(f"events/{i}.html", lambda i=i: f"page {i}".encode(), key=f"k{i}") for i in range(5)]
    for n in range(2):  # the third build has a back folder
        publish(out, cache, [logged(log, "all.json", b"all %d" % n), feed, *pages], jobs=2)
    log.unlink()
    files = [logged(log, "all.json", b"all 2"), feed, *pages]
    with Publisher(out, cache) as publisher:
        publisher.render_ahead(files[:2], jobs=2)
        for _ in range(200):  # rendered while this process goes on, before add_all is called
            if log.exists():
                break
            time.sleep(0.05)
        assert log.exists()
        publisher.add_all(files, jobs=2)
        assert publisher.finish()
    renders = [line.split() for line in log.read_text().splitlines()]
    assert [name for name, _ in renders] == ["all.json"] and renders[0][1] != str(os.getpid())
    assert publisher.written == 1 and publisher.linked == 6  # the feed's key matched: kept, not rendered
    assert snapshot(out) == {"all.json": b"all 2", "feed.ics": b"feed", **{p.path: p.render() for p in pages}}


def test_with_a_survey_made_before_the_publisher_checks_each_unchanged_file_without_a_stat(tmp_path: Path,
                                                                                           monkeypatch) -> None:
    """The survey (made by a process forked at the start of a build) has looked at every published file
    and the back folder: the publisher's own path then costs a lookup per file, not a system call."""
    from calendarize import publish as publish_module

    out, cache = tmp_path / "out", tmp_path / "cache"
    pages = [OutputFile(f"events/{i}.html", lambda i=i: f"page {i}".encode(), key=f"k{i}") for i in range(20)]
    for n in range(3):  # the third build has a back folder
        files = [OutputFile("all.json", lambda n=n: b"all %d" % n), *pages]
        publish(out, cache, files)
    surveyed = OutputSurvey(out, cache, jobs=2).result()
    looked_at = []
    for name in ("stat", "lstat"):
        real = getattr(os, name)
        monkeypatch.setattr(publish_module.os, name, lambda path, *a, real=real, **k: looked_at.append(str(path))
                            or real(path, *a, **k))
    with Publisher(out, cache, surveyed) as publisher:
        publisher.add_all([OutputFile("all.json", lambda: b"all 3"), *pages])
        assert publisher.finish()
    assert publisher.written == 1 and publisher.linked == 20
    assert [path for path in looked_at if "/events/" in path] == []
    assert snapshot(out) == {"all.json": b"all 3", **{p.path: p.render() for p in pages}}
