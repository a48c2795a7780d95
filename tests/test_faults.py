"""Faults lose nothing: a build killed at any moment, a full disk, a read-only folder, two builds at once.

A killed build is a real `calendarize build` process that SIGKILLs itself at the Nth step of writing
(each open, hard link, the sync, rename, swap, chmod, mkdir or removal, before or after the step), plus kills after
random delays from outside. After each, the output folder must equal, byte for byte, either the build
before or the build that was killed, `calendarize check` must pass on it, and the next build must
clean up and produce the new build exactly.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import calendarize
from calendarize import build as build_module
from calendarize import publish as publish_module
from calendarize.cli import main

PACKAGE_ROOT = str(Path(calendarize.__file__).resolve().parents[1])
GOOD_A = ("---\npublished: 2021-10-28\n---\nRiverside news\n"
          "Riverside-gu (Mayor Kim Min-su) will hold the 'Autumn Book Fair' on November 3 at Riverside Library.\n"
          "The 'Harvest Market' will be held November 1?15 at Riverside Square.\n")
GOOD_B = ("---\npublished: 2021-10-30\n---\nHill news\n"
          "Hill-gu (Mayor Lee Ji-eun) will hold the 'Winter Lantern Walk' on November 5 at Hill Park.\n"
          "The 'Snow Sculpture Contest' will be held from 10 a.m. to 4 p.m. on November 20 at Hill Square.\n")
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

# Runs calendarize in a child process that kills itself at one step of the build's writes.
FAULT_RUNNER = r'''
import builtins, contextlib, os, shutil, signal, sys, tempfile, time
import calendarize.build as b
import calendarize.publish as p
from calendarize.cli import main

kill_at = int(os.environ.get("FAULT_KILL_AT", "0"))
when = os.environ.get("FAULT_WHEN", "before")
count = 0

def step(fn):
    def wrapped(*args, **kwargs):
        global count
        count += 1
        mine = count  # steps inside this one (rmtree's unlinks) count on
        if mine == kill_at and when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        try:
            return fn(*args, **kwargs)
        finally:  # after the step, whether it returned or raised
            if mine == kill_at and when == "after":
                os.kill(os.getpid(), signal.SIGKILL)
    return wrapped

p.open = step(builtins.open)
for name in ("fsync", "link", "chmod", "rename", "replace", "mkdir", "unlink", "rmdir"):
    setattr(os, name, step(getattr(os, name)))
shutil.rmtree = step(shutil.rmtree)
tempfile.mkdtemp = step(tempfile.mkdtemp)
p._sync = step(p._sync)
p._exchange = step(p._exchange)
p._fsync_dir = step(p._fsync_dir)

log = os.environ.get("FAULT_LOG")
if log:
    tag, pause, real_lock = os.environ["FAULT_TAG"], float(os.environ.get("FAULT_PAUSE", "0")), b.build_lock

    @contextlib.contextmanager
    def logged_lock(out, on_wait=None):
        with real_lock(out, on_wait):
            with builtins.open(log, "a") as fh:
                fh.write(f"{tag} locked {time.monotonic()}\n")
            time.sleep(pause)
            try:
                yield
            finally:
                with builtins.open(log, "a") as fh:
                    fh.write(f"{tag} unlocking {time.monotonic()}\n")

    b.build_lock = logged_lock

try:
    main(prog_name="calendarize")
finally:
    if os.environ.get("FAULT_COUNT_FILE"):
        with builtins.open(os.environ["FAULT_COUNT_FILE"], "w") as fh:
            fh.write(str(count))
'''


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if ".staging-" in p.name or p.name.endswith(".previous"))


def check_passes(out: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(out)])
    assert result.exit_code == 0, result.output


class Builds:
    """Two input sets, the builds they make (the second on top of the first), and a child-process runner."""

    def __init__(self, root: Path):
        self.root = root
        self.runner = root / "fault_runner.py"
        self.runner.write_text(FAULT_RUNNER)
        self.a, self.b = root / "in_a", root / "in_b"
        self.a.mkdir()
        self.b.mkdir()
        (self.a / "a.txt").write_text(GOOD_A, encoding="utf-8")
        (self.b / "a.txt").write_text(GOOD_A.replace("November 3", "November 4"), encoding="utf-8")
        (self.b / "b.txt").write_text(GOOD_B, encoding="utf-8")
        self.env = {**os.environ, "PYTHONPATH": PACKAGE_ROOT, "SOURCE_DATE_EPOCH": "1700000000"}
        self.out = root / "site" / "out"
        self.out.parent.mkdir()
        assert self.run(self.a).returncode == 0
        self.first = snapshot(self.out)
        self.pristine = root / "pristine"
        shutil.copytree(self.out, self.pristine)
        assert self.run(self.b).returncode == 0
        self.second = snapshot(self.out)
        assert self.first != self.second

    def reset(self) -> None:
        """The output folder as the first build left it, and beside it a back folder as a build before
        would have left it: links to the published files, and a file of an older build."""
        shutil.rmtree(self.out.parent)
        self.out.parent.mkdir()
        shutil.copytree(self.pristine, self.out)
        back = publish_module.back_folder(self.out)
        shutil.copytree(self.out, back, copy_function=os.link)
        (back / "events" / "from-an-older-build.html").write_text("gone since")

    def command(self, inputs: Path) -> list[str]:
        # One process, so that the steps are counted in the order they happen.
        return [sys.executable, str(self.runner), "build", str(inputs), "--out", str(self.out), "--jobs", "1"]

    def run(self, inputs: Path, **env: str) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(inputs), check=False, env={**self.env, **env}, capture_output=True, text=True,
                              timeout=120)

    def assert_whole(self) -> str:
        """The folder holds one complete build, check passes, and the next build finishes the job."""
        now = snapshot(self.out)
        assert now in (self.first, self.second), sorted(set(now) ^ set(self.first))
        check_passes(self.out)
        which = "first" if now == self.first else "second"
        os.environ["SOURCE_DATE_EPOCH"] = self.env["SOURCE_DATE_EPOCH"]
        try:  # in this process: quicker, and the same bytes
            done = CliRunner().invoke(main, self.command(self.b)[2:])
        finally:
            del os.environ["SOURCE_DATE_EPOCH"]
        assert done.exit_code == 0, done.output
        assert snapshot(self.out) == self.second
        assert leftovers(self.out) == []
        return which


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> Builds:
    return Builds(tmp_path_factory.mktemp("faults"))


def test_killed_at_every_step_of_the_write_leaves_one_whole_build(builds: Builds) -> None:
    builds.reset()
    count_file = builds.root / "count"
    assert builds.run(builds.b, FAULT_COUNT_FILE=str(count_file)).returncode == 0
    steps = int(count_file.read_text())
    assert steps > 20  # opens, links, the sync, the swap...: enough points to be a real test
    seen = {"first": 0, "second": 0}
    tried = 0
    every = os.environ.get("CALENDARIZE_ALL_KILL_POINTS") == "1"
    for n in range(1, steps + 1):
        for when in ("before", "after"):
            if not every and n < steps - 10 and (n % 9 or when == "after" and n % 18):
                continue  # file writes repeat one pattern: a sample of them; the swap and after: every step
            builds.reset()
            result = builds.run(builds.b, FAULT_KILL_AT=str(n), FAULT_WHEN=when)
            assert result.returncode == -signal.SIGKILL, (n, when, result.stderr)
            seen[builds.assert_whole()] += 1
            tried += 1
    assert seen["first"] and seen["second"], seen  # kills landed both before and after the swap
    print(f"killed at {tried} points of {steps} steps: {seen}")


def test_killed_after_random_delays_leaves_one_whole_build(builds: Builds) -> None:
    rng = random.Random(20211028)
    builds.reset()
    started = time.monotonic()
    builds.run(builds.b)
    full = time.monotonic() - started
    for _ in range(8):
        builds.reset()
        proc = subprocess.Popen(builds.command(builds.b), env=builds.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, full))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        builds.assert_whole()


def test_two_builds_at_once_do_not_interleave(builds: Builds) -> None:
    shutil.rmtree(builds.out.parent)
    builds.out.parent.mkdir()
    log = builds.root / "lock.log"
    log.write_text("")
    env = {**builds.env, "FAULT_LOG": str(log), "FAULT_PAUSE": "1.0"}
    first = subprocess.Popen(builds.command(builds.a), env={**env, "FAULT_TAG": "first"},
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while "first locked" not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.02)
    second = subprocess.Popen(builds.command(builds.b), env={**env, "FAULT_TAG": "second", "FAULT_PAUSE": "0"},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, err1 = first.communicate(timeout=60)
    _, err2 = second.communicate(timeout=60)
    assert first.returncode == 0 and second.returncode == 0, (err1, err2)
    assert [line.split()[:2] for line in log.read_text().splitlines()] == [
        ["first", "locked"], ["first", "unlocking"], ["second", "locked"], ["second", "unlocking"]]
    assert f"waiting for another build into {builds.out} to finish" in err2
    assert snapshot(builds.out) == builds.second  # the second built on top of the first, whole
    check_passes(builds.out)
    assert leftovers(builds.out) == []


# ---------------------------------------------------------------------------- full disk, read-only folder


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """A folder of articles, an output folder built from it, and that build's bytes; then a change."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(GOOD_A, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(articles), "--out", str(out)]).exit_code == 0
    (articles / "b.txt").write_text(GOOD_B, encoding="utf-8")
    return articles, out, snapshot(out)


# Files are written without an fsync each and flushed by one sync before the swap, so a full disk or an
# exhausted quota shows at a write (the first, or one halfway) or at that sync (delayed allocation).
DISK_FAULTS = [
    ("disk full at the first write", "write", 0, errno.ENOSPC, "No space left on device",
     "the disk is full; free some space and build again"),
    ("disk full halfway", "write", 8, errno.ENOSPC, "No space left on device", "the disk is full"),
    ("quota used up", "write", 3, errno.EDQUOT, "Disk quota exceeded", "the disk quota is used up"),
    ("disk full at the sync", "sync", 0, errno.ENOSPC, "No space left on device", "the disk is full"),
    ("quota used up at the sync", "sync", 0, errno.EDQUOT, "Disk quota exceeded", "the disk quota is used up"),
    ("read-only file system", "mkdtemp", 0, errno.EROFS, "Read-only file system",
     "the file system is read-only; choose another folder with --out"),
    ("parent not writable", "mkdtemp", 0, errno.EACCES, "Permission denied", "permission denied; make"),
    ("write refused while writing", "open", 5, errno.EACCES, "Permission denied", "writable or choose another folder"),
    ("swap refused", "exchange", 0, errno.EBUSY, "busy", "fix the cause and build again"),
    ("i/o error", "fsync_dir", 0, errno.EIO, "Input/output error", "fix the cause and build again"),
]


@pytest.mark.parametrize(("where", "after", "code", "strerror", "advice"), [f[1:] for f in DISK_FAULTS],
                         ids=[f[0] for f in DISK_FAULTS])
def test_write_failures_keep_the_previous_output(built, monkeypatch, where: str, after: int, code: int,
                                                 strerror: str, advice: str) -> None:
    articles, out, before = built
    calls = {"n": 0}
    targets = {"write": (publish_module, "_write_to"), "sync": (publish_module, "_sync"),
               "mkdtemp": (publish_module.tempfile, "mkdtemp"), "open": (publish_module, "open"),
               "exchange": (publish_module, "_exchange"), "fsync_dir": (publish_module, "_fsync_dir")}
    owner, name = targets[where]
    real = getattr(owner, name, open)

    def fail(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > after:
            raise OSError(code, os.strerror(code), str(out.parent / "somefile"))
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, fail, raising=False)
    result = CliRunner().invoke(main, ["build", str(articles), "--out", str(out)])
    monkeypatch.undo()
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert f"error: cannot write {out}: {os.strerror(code)}" in result.stderr
    assert strerror.lower() in result.stderr.lower() and advice in result.stderr
    assert "the previous output was kept as it was" in result.stderr
    if where != "fsync_dir":  # the swap itself succeeded there: the new build is whole
        assert snapshot(out) == before
    check_passes(out)
    assert leftovers(out) == []
    again = CliRunner().invoke(main, ["build", str(articles), "--out", str(out)])
    assert again.exit_code == 0 and "2 document(s)" in again.stdout


@pytest.mark.skipif(AS_ROOT, reason="root writes into read-only folders")
def test_read_only_parent_folder_for_real(built) -> None:
    articles, out, before = built
    out.parent.chmod(0o555)
    try:
        result = CliRunner().invoke(main, ["build", str(articles), "--out", str(out)])
    finally:
        out.parent.chmod(0o755)
    assert result.exit_code == 2
    assert "Permission denied" in result.stderr and "the previous output was kept as it was" in result.stderr
    assert snapshot(out) == before and leftovers(out) == []


def test_stale_staging_and_half_swapped_folders_are_recovered(built) -> None:
    _, out, before = built
    stale = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-", dir=out.parent))
    (stale / "calendar.ics").write_text("half written")
    os.rename(out, out.with_name(out.name + ".previous"))  # killed between the fallback's two renames
    result = CliRunner().invoke(main, ["check", str(out)])
    assert result.exit_code != 0
    build_module.recover(out)
    assert snapshot(out) == before and leftovers(out) == []
    (out.with_name(out.name + ".previous")).mkdir()  # killed after the second rename: out is whole
    build_module.recover(out)
    assert snapshot(out) == before and leftovers(out) == []
