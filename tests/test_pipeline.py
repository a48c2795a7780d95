"""The whole pipeline on the bundled article: the acceptance bars, reproducible output, the CLI."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from calendarize import render_cache
from calendarize.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_9cb2e611dafe5458.txt"
needs_shared = pytest.mark.skipif(not SEED.exists(), reason="the acceptance files are not beside this checkout")


def _score(script: str, gold: Path, system: Path, *extra: str) -> dict:
    spec = importlib.util.spec_from_file_location(script, SHARED / "tools" / f"{script}.py")
    out = subprocess.run([sys.executable, spec.origin, str(gold), str(system), *extra],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


@needs_shared
def test_sample_dates_all_found_none_wrong(tmp_path):
    result = CliRunner().invoke(main, ["dates", str(SEED), "--anchor", "2021-10-28", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    system = tmp_path / "dates.jsonl"
    system.write_text(result.output)
    score = _score("score_expr", SHARED / "acceptance" / "seed_dates.jsonl", system)
    assert (score["found"], score["required"], score["false_pos"]) == (33, 33, 0)


@needs_shared
def test_sample_events_all_found_none_spurious(tmp_path):
    result = CliRunner().invoke(main, ["events", str(SEED), "--anchor", "2021-10-28", "--format", "json"])
    assert result.exit_code == 0, result.output
    system = tmp_path / "events.json"
    system.write_text(result.output)
    score = _score("score_events", SHARED / "acceptance" / "seed_events.json", system)
    assert (score["found"], score["required"], score["spurious"], score["duplicates"]) == (26, 26, 0, 0)


def test_bundled_build_loads_in_icalendar_and_ical(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    events = json.loads(CliRunner().invoke(main, ["events", "--format", "json"]).output)
    from ical.calendar_stream import IcsCalendarStream

    for feed in sorted(out.glob("*.ics")):
        cal = Calendar.from_ical(feed.read_bytes())
        IcsCalendarStream.calendar_from_ics(feed.read_text(encoding="utf-8"))
        if feed.name == "calendar.ics":
            assert len(cal.walk("VEVENT")) == len(events)
    assert (out / "index.html").exists()


def test_committed_output_is_reproduced_byte_for_byte(tmp_path):
    out = tmp_path / "output"
    shutil.copytree(ROOT / "output", out)
    result = CliRunner().invoke(main, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "(unchanged)" in result.output
    for path in (ROOT / "output").rglob("*"):
        if path.is_file():
            assert (out / path.relative_to(ROOT / "output")).read_bytes() == path.read_bytes(), path


def test_second_build_is_identical(tmp_path):
    out = tmp_path / "o"
    runner = CliRunner()
    runner.invoke(main, ["build", "--out", str(out)])
    first = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    shutil.rmtree(out)
    runner.invoke(main, ["build", "--out", str(out)])
    second = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert first == second


def test_front_matter_and_anchor_override(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("---\npublished: 2022-03-10\ntitle: Hill news\n---\n"
                   "Hill-gu (Mayor Kim Min-su) will hold the 'Spring Book Fair' on the 15th at Hill Library.\n")
    out = CliRunner().invoke(main, ["events", str(doc), "--format", "json"]).output
    assert json.loads(out)[0]["start"] == "2022-03-15"
    out = CliRunner().invoke(main, ["events", str(doc), "--format", "json", "--anchor", "2022-05-02"]).output
    assert json.loads(out)[0]["start"] == "2022-05-15"


def test_dates_jsonl_lines_count_front_matter(tmp_path):
    doc = tmp_path / "b.txt"
    doc.write_text("---\npublished: 2021-10-28\n---\nHeadline\nThe fair was held on the 27th.\n")
    rows = [json.loads(x) for x in CliRunner().invoke(main, ["dates", str(doc), "--format", "jsonl"]).output.splitlines()]
    assert [(r["line"], r["start"], r["grain"]) for r in rows] == [(5, "2021-10-27", "day")]
    assert set(rows[0]) >= {"doc", "line", "start_offset", "end_offset", "text", "start", "end", "grain", "known", "implied"}


def test_explain_says_what_was_inferred():
    out = CliRunner().invoke(main, ["dates", "--text", "The expo was held on the 27th.", "--anchor", "2021-10-28",
                                    "--explain"]).output
    assert "2021-10-27" in out and "publication date (2021-10-28)" in out and "held" in out


def test_rebuild_with_nothing_changed_renders_nothing(tmp_path, monkeypatch):
    import calendarize.build as build_module

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("---\npublished: 2022-03-10\n---\n"
                                    "Hill-gu (Mayor Kim Min-su) will hold the 'Spring Book Fair' on the 15th.\n")
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(articles), "--out", str(out)]).exit_code == 0
    calls = []
    monkeypatch.setattr(build_module, "render_outputs", lambda *a, **k: calls.append(a) or (_ for _ in ()).throw(
        AssertionError("rendered again")))
    again = runner.invoke(main, ["build", str(articles), "--out", str(out)])
    assert again.exit_code == 0 and "(unchanged)" in again.output and not calls
    (articles / "a.txt").write_text("---\npublished: 2022-03-10\n---\n"
                                    "Hill-gu (Mayor Kim Min-su) will hold the 'Spring Book Fair' on the 16th.\n")
    monkeypatch.undo()
    changed = runner.invoke(main, ["build", str(articles), "--out", str(out)])
    assert changed.exit_code == 0 and "(unchanged)" not in changed.output
    assert '"start": "2022-03-16"' in (out / "events.json").read_text()
    # The folder's signature is recorded from what was published, swapped in over a previous build too.
    assert json.loads((tmp_path / ".calendarize-cache" / "build-manifest.json").read_text())["tree"] == \
        render_cache.tree_signature(out)
    monkeypatch.setattr(build_module, "render_outputs", lambda *a, **k: calls.append(a) or (_ for _ in ()).throw(
        AssertionError("rendered again")))
    third = runner.invoke(main, ["build", str(articles), "--out", str(out)])
    assert third.exit_code == 0 and "(unchanged)" in third.output and not calls
