"""Bad input gets a clear error and costs the other documents nothing.

Each case puts one bad file beside two good articles and asserts the exact outcome: the message (file,
line, what to do), the exit status, what was written (the good articles' events) and what was kept.
Binary fixtures (PDF, PNG, CP949, UTF-16) are generated here, never committed.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from calendarize import build as build_module
from calendarize import documents
from calendarize import publish as publish_module
from calendarize.cli import main
from calendarize.config import Config
from calendarize.model import Event, Source

GOOD_A = ("---\npublished: 2021-10-28\n---\nRiverside news\n"
          "Riverside-gu (Mayor Kim Min-su) will hold the 'Autumn Book Fair' on November 3 at Riverside Library.\n"
          "The 'Harvest Market' will be held November 1?15 at Riverside Square.\n")
GOOD_B = ("---\npublished: 2021-10-28\n---\nHill news\n"
          "Hill-gu (Mayor Lee Ji-eun) will hold the 'Winter Lantern Walk' on November 5 at Hill Park.\n")
GOOD_TITLES = {"Autumn Book Fair", "Harvest Market", "Winter Lantern Walk"}
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def titles(out: Path) -> set[str]:
    return {e["title"] for e in json.loads((out / "events.json").read_text(encoding="utf-8"))}


def staging_left(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if ".staging-" in p.name or p.name.endswith(".previous"))


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "b_good.txt").write_text(GOOD_B, encoding="utf-8")
    return folder


# ---------------------------------------------------------------------------- generated fixtures


def tiny_pdf() -> bytes:
    """A valid one-page PDF whose page says a date, so only the format can turn it away."""
    content = b"BT /F1 12 Tf 72 720 Td (Held on November 3) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
            + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------- one bad file among good ones

# (id, file name, bytes, expected message, expected line or None)
BAD_FILES: list[tuple[str, str, bytes, str, int | None]] = [
    ("empty", "empty.txt", b"", "no text: the file is empty; add the article or remove the file", None),
    ("whitespace", "blank.txt", b"  \n\t\r\n \n", "no text: the file holds only blank space", None),
    ("front matter only", "meta.txt", b"---\npublished: 2021-10-28\n---\n\n",
     "no text after the front matter; add the article below the '---'", 4),
    ("pdf", "scan.txt", tiny_pdf(), ("binary file (a PDF document), not an article; convert it to text or move it "
     "out of the input folder"), None),
    ("png", "photo.md", tiny_png(), "binary file (a PNG image), not an article", None),
    ("nul bytes", "data.txt", b"Held on November 3\n\x00\x01\x02garbage", "binary file (it contains NUL bytes)", 2),
    ("utf-16 without bom", "u16.txt", "Held on November 3 at the hall.".encode("utf-16-le"),
     "looks like UTF-16 text without a byte-order mark; save it as UTF-8", None),
    ("latin-1", "latin.txt", "---\npublished: 2021-10-28\n---\nCaf\u00e9 opens on November 3.\n".encode("latin-1"),
     "not UTF-8 text (byte 0xe9) and not Korean text in CP949/EUC-KR either; save the file as UTF-8", 4),
    ("windows-1252 that decodes as cp949 by accident", "cp1252.txt",
     "---\npublished: 2021-10-28\n---\n\u00c4rger on November 3.\n".encode("cp1252"),
     "not UTF-8 text (byte 0xc4)", 4),
    ("broken utf-16 after its bom", "bad16.txt", b"\xff\xfe" + "Held".encode("utf-16-le") + b"\x00\xd8",
     "starts with a UTF-16 byte-order mark but is not valid UTF-16", None),
    ("broken utf-8 after its bom", "bad8.txt", b"\xef\xbb\xbf---\npublished: 2021-10-28\n---\nok\n\xff\n",
     "starts with a UTF-8 byte-order mark but is not valid UTF-8", 5),
    ("unknown front-matter key", "key.txt", b"---\npublished: 2021-10-28\ncolour: red\n---\nHeld on the 3rd.\n",
     "unknown front-matter key 'colour' (known: published, url, title, timezone)", 3),
    ("bad published date", "date.txt", b"---\ntitle: x\npublished: 2021-13-45\n---\nHeld on the 3rd.\n",
     "'published' is not a usable date: '2021-13-45'", 3),
    ("published year out of range", "year.txt", b"---\npublished: 0021-10-28\n---\nHeld on the 3rd.\n",
     "'published' is not a usable date: '0021-10-28' (0021-10-28 is not between 1900 and 2200)", 2),
    ("unknown timezone", "tz.txt", b"---\npublished: 2021-10-28\ntimezone: Mars/Olympus\n---\nHeld on the 3rd.\n",
     "unknown timezone 'Mars/Olympus' (use an IANA name such as Asia/Seoul)", 3),
    ("front matter never closed", "open.txt", b"---\npublished: 2021-10-28\nHeld on the 3rd.\n",
     "front matter line is not 'key: value': 'Held on the 3rd.'", 3),
    ("front matter without end", "open2.txt", b"---\npublished: 2021-10-28\n",
     "front matter opened with '---' is never closed; end it with a line '---'", 1),
    ("key set twice", "twice.txt", b"---\npublished: 2021-10-28\npublished: 2021-10-29\n---\nHeld on the 3rd.\n",
     "front-matter key 'published' is set twice (first on line 2); keep one", 3),
    ("no publication date", "nodate.txt", b"Held on the 3rd.\n",
     "no publication date: add front matter 'published: YYYY-MM-DD' or pass --anchor", None),
]


@pytest.mark.parametrize(("name", "data", "message", "line"), [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_one_bad_file_costs_the_others_nothing(articles: Path, tmp_path: Path, name: str, data: bytes,
                                                message: str, line: int | None) -> None:
    bad = articles / name
    bad.write_bytes(data)
    out = tmp_path / "out"
    code, stdout, stderr = run("build", str(articles), "--out", str(out))
    where = f"{bad}:{line}" if line else str(bad)
    assert code == 1, stderr
    assert "2 document(s), 3 event(s)" in stdout
    assert "1 of 3 document(s) failed; the others were built:" in stderr
    assert f"  {where}: error: {message}" in stderr
    assert titles(out) == GOOD_TITLES
    assert staging_left(out) == []
    # events and dates say the same, with the same status
    code, stdout, stderr = run("events", str(articles), "--format", "json")
    assert code == 1 and f"{where}: error: {message}" in stderr
    assert {e["title"] for e in json.loads(stdout)} == GOOD_TITLES
    code, stdout, stderr = run("dates", str(articles))
    assert code == 1 and f"{where}: error: {message}" in stderr and "a_good.txt:5" in stdout


def test_too_large_file_is_refused_before_reading(articles: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(documents, "MAX_BYTES", 1000)
    (articles / "huge.txt").write_bytes(b"x" * 2_000_000)
    code, _, stderr = run("build", str(articles), "--out", str(tmp_path / "out"))
    assert code == 1
    assert f"{articles / 'huge.txt'}: error: too large for an article (2 MB; the limit is 0 MB)" in stderr


# ---------------------------------------------------------------------------- paths that are not files


def test_dangling_symlink_fifo_and_link_loop_in_a_folder(articles: Path, tmp_path: Path) -> None:
    (articles / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (articles / "self.txt").symlink_to(articles / "self.txt")
    os.mkfifo(articles / "pipe.txt")  # reading it would block the build forever
    (articles / "sub").mkdir()
    (articles / "sub" / "up").symlink_to(articles)  # a folder loop: followed once, never forever
    (articles / "sub" / "again.txt").symlink_to(articles / "a_good.txt")  # the same file twice: read once
    (articles / "folder.txt").mkdir()  # a folder with a text suffix is a folder
    (articles / ".hidden.txt").write_bytes(b"\x00")  # hidden files are not articles
    out = tmp_path / "out"
    code, stdout, stderr = run("build", str(articles), "--out", str(out))
    assert code == 1
    assert "2 document(s), 3 event(s)" in stdout
    assert "3 of 5 document(s) failed" in stderr
    assert f"{articles / 'gone.txt'}: error: broken symbolic link (to '{tmp_path / 'nowhere.txt'}'); fix or " \
           "remove the link" in stderr
    assert f"{articles / 'self.txt'}: error: symbolic link loop; remove the link" in stderr
    assert f"{articles / 'pipe.txt'}: error: is a named pipe (FIFO), not a file; move it out of the input " \
           "folder" in stderr
    assert titles(out) == GOOD_TITLES


def test_fifo_named_on_the_command_line_does_not_block(articles: Path, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    code, _, stderr = run("events", str(tmp_path / "pipe.txt"), str(articles / "a_good.txt"))
    assert code == 1 and "pipe.txt: error: is a named pipe (FIFO)" in stderr


@pytest.mark.skipif(AS_ROOT, reason="root can read files whatever their mode")
def test_unreadable_file_and_folder(articles: Path, tmp_path: Path) -> None:
    secret = articles / "secret.txt"
    secret.write_text(GOOD_A)
    secret.chmod(0)
    closed = articles / "closed"
    closed.mkdir()
    closed.chmod(0)
    try:
        code, _, stderr = run("build", str(articles), "--out", str(tmp_path / "out"))
    finally:
        secret.chmod(0o644)
        closed.chmod(0o755)
    assert code == 1
    assert f"{secret}: error: cannot read: Permission denied; make it readable (chmod a+r)" in stderr
    assert f"{closed}: error: cannot list this folder: Permission denied" in stderr


# ---------------------------------------------------------------------------- encodings that are decoded

ENCODED: list[tuple[str, Callable[[str], bytes]]] = [
    ("utf-8 with bom", lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
    ("utf-16 le with bom", lambda t: t.encode("utf-16")),  # Python writes the BOM, little-endian here
    ("utf-16 be with bom", lambda t: b"\xfe\xff" + t.encode("utf-16-be")),
    ("utf-32 with bom", lambda t: t.encode("utf-32")),
    ("cp949", lambda t: t.encode("cp949")),
    ("euc-kr", lambda t: t.encode("euc-kr")),
    ("crlf", lambda t: t.replace("\n", "\r\n").encode("utf-8")),
    ("cr", lambda t: t.replace("\n", "\r").encode("utf-8")),
    ("crlf utf-16", lambda t: t.replace("\n", "\r\n").encode("utf-16")),
]
KOREAN = GOOD_A.replace("Riverside news", "Riverside news (\uc0c8\uc18c\uc2dd: \ucd95\uc81c\uc640 \uc7a5\ud130)")


@pytest.mark.parametrize("encode", [e[1] for e in ENCODED], ids=[e[0] for e in ENCODED])
def test_decodable_encodings_give_the_same_events_and_lines(tmp_path: Path, encode: Callable[[str], bytes]) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "o").mkdir()
    plain, other = tmp_path / "p" / "a.txt", tmp_path / "o" / "a.txt"  # the UID depends on the file name
    plain.write_text(KOREAN, encoding="utf-8")
    other.write_bytes(encode(KOREAN))
    got = []
    for path in (plain, other):
        code, stdout, stderr = run("events", str(path), "--format", "json")
        assert code == 0, stderr
        got.append([{**e, "source": {**e["source"], "document": ""}} for e in json.loads(stdout)])
    assert got[0] == got[1]
    assert sorted(e["source"]["line"] for e in got[1]) == [5, 6]
    assert {e["title"] for e in got[1]} == {"Autumn Book Fair", "Harvest Market"}


def test_decoding_rules() -> None:
    assert documents.decode_text("\ucd95\uc81c".encode("cp949") + b" on November 3", "k.txt").startswith("\ucd95\uc81c")
    with pytest.raises(documents.DocumentError, match="not UTF-8 text"):
        documents.decode_text(b"\xb0\xa1", "one.txt")  # one Hangul syllable is no evidence
    assert documents.decode_text(b"plain ascii", "a.txt") == "plain ascii"


def test_broken_characters_and_control_characters(tmp_path: Path) -> None:
    text = GOOD_A.replace("Riverside news", "Riverside \ufffd news \x1b[31m\x07") + "Bell\x00 here.\n"
    doc = documents.parse_document(text, "x.txt")
    assert "\x1b" not in doc.text and "\x00" not in doc.text and len(doc.text) == len(text) - len("---\npublished: "
                                                                                                   "2021-10-28\n---\n")
    path = tmp_path / "x.txt"
    path.write_text(text.replace("\x00", ""), encoding="utf-8")
    code, stdout, _ = run("events", str(path), "--format", "json")
    events = json.loads(stdout)
    assert code == 0 and ("2021-11-01", "2021-11-15") in {(e["start"], e["end"]) for e in events}  # "1?15"


# ---------------------------------------------------------------------------- dates that cannot be, or are far


IMPOSSIBLE = [
    ("The 'Snow Fair' will be held on February 30 at Hill Hall.", ("'February 30' is not a date (February has 28 or 29 "
     "days)")),
    ("The 'Snow Fair' will be held from November 28 to 31 at Hill Hall.", ("'November 28 to 31' is not a date "
     "(November has 30 days)")),
    ("The 'Snow Fair' will be held on the 31st of September at Hill Hall.", ("'31st of September' is not a date "
     "(September has 30 days)")),
    ("The 'Snow Fair' will be held on February 29, 2022 at Hill Hall.", ("'February 29' is not a date (2022 is not "
     "a leap year)")),
    ("The 'Snow Fair' will be held on 2022-04-31 at Hill Hall.", "'2022-04-31' is not a date (April has 30 days)"),
    ("The 'Snow Fair' will be held on 31 June at Hill Hall.", "'31 June' is not a date (June has 30 days)"),
]


@pytest.mark.parametrize(("sentence", "message"), IMPOSSIBLE, ids=[m.split("'")[1] for _, m in IMPOSSIBLE])
def test_impossible_dates_are_reported_and_make_no_event(articles: Path, tmp_path: Path, sentence: str,
                                                         message: str) -> None:
    bad = articles / "c_bad_date.txt"
    bad.write_text("---\npublished: 2021-10-28\n---\nHill notes\nHill-gu (Mayor Lee Ji-eun) made plans.\n"
                   + sentence + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, stderr = run("build", str(articles), "--out", str(out))
    assert code == 0
    assert f"{bad}:6: warning: {message}; no event was made from it; correct the date in the article" in stderr
    assert "Snow Fair" not in (out / "calendar.ics").read_text(encoding="utf-8")
    assert titles(out) == GOOD_TITLES
    # --strict: the warning fails its document, which is left out; the others are built
    before = snapshot(out)
    code, stdout, stderr = run("build", str(articles), "--out", str(out), "--strict")
    assert code == 1
    assert f"1 of 3 document(s) failed; the others were built:\n  {bad}:6: error: {message}" in stderr
    assert "2 document(s), 3 event(s)" in stdout
    assert snapshot(out) == before  # the same events either way: the impossible date made none


def test_thirty_first_without_a_month_is_read_in_a_month_that_has_it(tmp_path: Path) -> None:
    """'The 31st' in an article of 5 November is 31 October, not an impossible 31 November: no warning."""
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: 2021-11-05\n---\nNews\nHill-gu (Mayor Lee Ji-eun) held the 'Lantern Walk' "
                    "on the 31st at Hill Park.\n", encoding="utf-8")
    code, stdout, stderr = run("events", str(path), "--format", "json")
    assert code == 0 and stderr == "" and json.loads(stdout)[0]["start"] == "2021-10-31"


def test_dates_far_from_the_anchor_warn_and_strict_fails_them(articles: Path, tmp_path: Path) -> None:
    far = articles / "c_far.txt"
    far.write_text(GOOD_B.replace("Hill news", "Hill notes").replace("on November 5", "on November 5, 2031"),
                   encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, stderr = run("build", str(articles), "--out", str(out))
    assert code == 0
    assert (f"{far}:5: warning: 'November 5, 2031' resolves to 2031-11-05, more than two years from the publication "
            "date (2021-10-28); check the year, or the 'published' date in the front matter") in stderr
    assert "3 document(s), 4 event(s)" in stdout
    code, _, stderr = run("events", str(articles), "--strict", "--format", "json")
    assert code == 1 and f"  {far}:5: error: 'November 5, 2031' resolves to 2031-11-05" in stderr
    code, stdout, stderr = run("dates", str(articles), "--strict")
    assert code == 1 and "c_far.txt" not in stdout and "a_good.txt:5" in stdout


def test_strict_when_every_document_warns_keeps_the_previous_output(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", str(articles), "--out", str(out))[0] == 0
    before = snapshot(out)
    for path in articles.iterdir():
        path.write_text(path.read_text(encoding="utf-8") + "Also on February 30.\n", encoding="utf-8")
    code, stdout, stderr = run("build", str(articles), "--out", str(out), "--strict")
    assert code == 2 and stdout == ""
    assert "error: no document could be used, so nothing was built; the previous output was kept as it was" in stderr
    assert f"{articles / 'b_good.txt'}:6: error: 'February 30' is not a date" in stderr
    assert snapshot(out) == before and staging_left(out) == []


# ---------------------------------------------------------------------------- usage and configuration: exit 2


def test_every_document_failing_writes_nothing(tmp_path: Path, articles: Path) -> None:
    out = tmp_path / "out"
    assert run("build", str(articles), "--out", str(out))[0] == 0
    before = snapshot(out)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(tiny_pdf())
    (bad / "b.txt").write_bytes(b"")
    code, stdout, stderr = run("build", str(bad), "--out", str(out))
    assert code == 2 and stdout == ""
    assert f"{bad / 'a.txt'}: error: binary file (a PDF document)" in stderr
    assert "error: none of the 2 document(s) could be read, so nothing was done" in stderr
    assert snapshot(out) == before


@pytest.mark.parametrize(("args", "message"), [
    (["build", "{tmp}/missing"], "error: {tmp}/missing: no such file or folder; check the path"),
    (["build", "{tmp}/empty"], "error: {tmp}/empty: no articles found (looked for .txt, .md and .text files)"),
    (["build", "{tmp}/*.nothing"], "error: {tmp}/*.nothing: no file matches this pattern"),
    (["events", "{tmp}/missing"], "error: {tmp}/missing: no such file or folder"),
    (["dates", "{tmp}/missing"], "error: {tmp}/missing: no such file or folder"),
    (["build", "--anchor", "2021-02-30"], ("'2021-02-30' is not a usable date (day is out of range for month); use "
     "YYYY-MM-DD")),
    (["events", "--anchor", "0021-10-28"], ("'0021-10-28' is not a usable date (0021-10-28 is not between 1900 and "
     "2200)")),
    (["dates", "--text", "   "], "error: <text>: no text: the file holds only blank space"),
    (["build", "--config", "{tmp}/bad.toml"], "error: {tmp}/bad.toml:2: unknown key 'outt'"),
    (["build", "--config", "{tmp}/nope.toml"], "error: {tmp}/nope.toml: no such configuration file"),
    (["build", "--out", "{tmp}/notes"], ("error: {tmp}/notes: this folder is not empty and is not a calendarize "
     "output (it has no .calendarize-state.json); refusing to replace it; choose a new or empty folder with --out")),
    (["build", "--out", "{tmp}/file"], "is a file"),
], ids=["missing input", "empty folder", "glob without match", "events missing", "dates missing", "bad anchor",
        "anchor out of range", "empty text", "bad config", "missing config", "foreign output folder", "out is a file"])
def test_usage_and_configuration_errors_exit_2_and_write_nothing(tmp_path: Path, args: list[str],
                                                                 message: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "bad.toml").write_text('inputs = ["a"]\nouttt = "x"\n'.replace("outtt", "outt"))
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "diary.txt").write_text("my own notes")
    (tmp_path / "file").write_text("x")
    before = snapshot(tmp_path)
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if "--out" not in args and args[0] == "build":
        args += ["--out", str(tmp_path / "out")]
    code, _stdout, stderr = run(*args)
    assert code == 2
    assert message.replace("{tmp}", str(tmp_path)) in stderr
    after = {k: v for k, v in snapshot(tmp_path).items() if not k.endswith(".lock")}  # the build lock may stay
    assert after == before  # nothing written, nothing moved


def test_corrupt_state_file_keeps_the_output(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", str(articles), "--out", str(out))[0] == 0
    (out / ".calendarize-state.json").write_text("{not json")
    before = snapshot(out)
    (articles / "b_good.txt").write_text(GOOD_B.replace("November 5", "November 6"), encoding="utf-8")
    code, _, stderr = run("build", str(articles), "--out", str(out))
    assert code == 2
    assert "cannot be read" in stderr and "the previous output was kept as it was" in stderr
    assert snapshot(out) == before


def test_config_glob_inputs_are_expanded(tmp_path: Path, articles: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "calendarize.toml").write_text('inputs = ["articles/*.txt"]\nout = "site"\n')
    code, stdout, stderr = run("build")
    assert code == 0, stderr
    assert "2 document(s), 3 event(s)" in stdout and titles(tmp_path / "site") == GOOD_TITLES


# ---------------------------------------------------------------------------- hostile content


HOSTILE = ("---\npublished: 2021-10-28\ntitle: <script>alert('title')</script> news\n---\nHill news\n"
           "Hill-gu (Mayor Lee Ji-eun) will hold the '<script>alert(1)</script> Night' on November 5 at Hill Hall.\n"
           "Hill-gu will open the 'Rock, Paper; Scissors \\ Fair' on November 6 at Hill Park.\n"
           "The <b>bold</b> <img src=x onerror=alert(2)> parade will be held on November 7 at Hill Square.\n")


def test_html_in_articles_is_text_in_the_agenda(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    code, _, stderr = run("build", str(path), "--out", str(out))
    assert code == 0, stderr
    pages = {p: p.read_text(encoding="utf-8") for p in out.rglob("*.html")}
    assert len(pages) > 3
    for page, html in pages.items():
        for raw in ("<script>alert", "<b>bold", "<img src=x", "onerror=alert(2)>"):
            assert raw not in html, (page, raw)
    index = pages[out / "index.html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Night" in index
    everything = "".join(pages.values())
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; news" in everything


def test_ics_escapes_commas_semicolons_backslashes_and_newlines(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    assert run("build", str(path), "--out", str(out))[0] == 0
    raw = (out / "calendar.ics").read_bytes()
    assert b"SUMMARY:Rock\\, Paper\\; Scissors \\\\ Fair" in raw
    summaries = {str(e["SUMMARY"]) for e in Calendar.from_ical(raw).walk("VEVENT")}
    assert "Rock, Paper; Scissors \\ Fair" in summaries
    assert "<script>alert(1)</script> Night" in summaries  # a feed is text, not markup: kept as written


def _event(uid: str, title: str, organizer: str | None, category: str) -> Event:
    return Event(uid=uid, title=title, start=date(2021, 11, 3), end=None, all_day=True, timezone="Asia/Seoul",
                 organizer=organizer, location=None, online=False, description="", categories=(category,),
                 kind="event", recurrence=None, source=Source("x.txt", 5, "A sentence."))


def test_hostile_organizer_and_category_names_give_safe_distinct_files(tmp_path: Path, monkeypatch) -> None:
    names = ["../../etc", "..", "/", "Hill-gu", "Hill gu", "HILL-GU!", "\ud790\uad6c", "\ud790\uad6c\uad6c", "a/../../b",
             "C:\\Windows", "\u2028", "-" * 300, "NUL", ".calendarize-state.json"]
    events = [_event(f"uid{i}@x", f"Event {i}\nwith; commas, and \\", name, name) for i, name in enumerate(names)]
    monkeypatch.setattr(build_module, "collect_events", lambda docs, **kw: list(events))
    doc = documents.parse_document(GOOD_A, "x.txt")
    root = tmp_path / "site"
    root.mkdir()
    out = root / "out"
    result = build_module.build([doc], replace(Config(), out=out))
    assert result.changed
    # nothing else beside it but the build's cache
    assert sorted(p.name for p in root.iterdir()) == [".calendarize-cache", ".out.lock", "out"]
    files = [p for p in out.rglob("*") if p.is_file()]
    for p in files:
        assert out.resolve() in p.resolve().parents
        assert not p.is_symlink()
    organizer_feeds = sorted(f.file for f in result.feeds if f.file.startswith("organizer-"))
    category_feeds = sorted(f.file for f in result.feeds if f.file.startswith("category-"))
    cleaned = {" ".join(n.split()) for n in names} - {""}
    assert len(organizer_feeds) == len(set(organizer_feeds)) == len(cleaned)
    assert len(category_feeds) == len(set(category_feeds)) == len(cleaned)
    for name in organizer_feeds + category_feeds:
        assert "/" not in name and ".." not in name and (out / name).is_file()
    json.loads((out / ".calendarize-state.json").read_text())  # the state file was not overwritten by a feed
    for f in result.feeds:
        cal = Calendar.from_ical((out / f.file).read_bytes())
        assert {str(e["SUMMARY"]) for e in cal.walk("VEVENT")} <= {" ".join(e.title.split()) for e in events}


def test_publish_refuses_names_that_leave_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(OSError, match="refusing to write outside the output folder"):
        publish_module.publish(out, {"ok.ics": b"x", "../escape.ics": b"x"})
    assert not (tmp_path / "escape.ics").exists() and not out.exists()
    assert staging_left(out) == []


def test_publication_time_anchor_works(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD_A.replace("2021-10-28", "2021-10-28 09:30"), encoding="utf-8")
    doc = documents.read_document(path)
    assert doc.published == datetime(2021, 10, 28, 9, 30)



def _reader_fails_on_hill(monkeypatch) -> None:
    """Simulate a bug of the date reader met on one article: the one that mentions "Hill"."""
    import calendarize.extract as extract_module

    real = extract_module.extract_events

    def fragile(doc):
        if "Hill" in doc.text:
            raise ValueError("year 10000 is out of range")
        return real(doc)

    monkeypatch.setattr(extract_module, "extract_events", fragile)


def test_a_document_that_crashes_the_reader_fails_alone(articles: Path, tmp_path: Path, monkeypatch) -> None:
    """A bug met on one article (here simulated) is reported against that file; the others are built."""
    _reader_fails_on_hill(monkeypatch)
    out = tmp_path / "out"
    code, stdout, stderr = run("build", str(articles), "--out", str(out), "--jobs", "1")
    assert code == 1
    assert "1 document(s), 2 event(s)" in stdout
    assert (f"  {articles / 'b_good.txt'}: error: the date reader failed on this document (ValueError: year 10000 "
            "is out of range); please report it with the file") in stderr
    assert titles(out) == {"Autumn Book Fair", "Harvest Market"}
    code, stdout, stderr = run("events", str(articles), "--format", "json")
    assert code == 1 and "b_good.txt: error: the date reader failed" in stderr


def test_failures_read_in_the_build_and_in_the_workers_are_each_reported(articles: Path, tmp_path: Path,
                                                                          monkeypatch) -> None:
    """Files are read by the extraction workers: a file refused before reading, one that cannot be decoded
    and one that crashes the reader each fail alone, listed as when every file was read first."""
    _reader_fails_on_hill(monkeypatch)
    (articles / "c_scan.txt").write_bytes(tiny_pdf())
    os.mkfifo(articles / "d_pipe.txt")
    out = tmp_path / "out"
    code, stdout, stderr = run("build", str(articles), "--out", str(out), "--jobs", "1")
    assert code == 1
    assert "1 document(s), 2 event(s)" in stdout
    failures = [line for line in stderr.splitlines() if line.startswith("  ")]
    assert failures == [
        (f"  {articles / 'c_scan.txt'}: error: binary file (a PDF document), not an article; convert it to text "
         "or move it out of the input folder"),
        f"  {articles / 'd_pipe.txt'}: error: is a named pipe (FIFO), not a file; move it out of the input folder",
        (f"  {articles / 'b_good.txt'}: error: the date reader failed on this document (ValueError: year 10000 "
         "is out of range); please report it with the file"),
    ]
    assert "3 of 4 document(s) failed; the others were built:" in stderr
    assert titles(out) == {"Autumn Book Fair", "Harvest Market"}


def test_an_impossible_date_is_reported_again_from_the_cache(articles: Path, tmp_path: Path, monkeypatch) -> None:
    """Impossible dates are found while the text is read and kept with its events: a rebuild that takes
    the events from the cache still warns, and --strict still leaves the article out. A rebuild with
    nothing changed renders nothing, and says the same warnings with the same exit status."""
    import calendarize.build as build_module
    import calendarize.extract as extract_module

    bad = articles / "b_good.txt"
    bad.write_text(GOOD_B + "Also on February 30.\n", encoding="utf-8")
    warning = f"{bad}:6: warning: 'February 30' is not a date (February has 28 or 29 days)"
    out = tmp_path / "out"
    code, stdout, stderr = run("build", str(articles), "--out", str(out), "--jobs", "1")
    assert code == 0 and warning in stderr and "2 document(s), 3 event(s)" in stdout

    def unread(doc):
        raise AssertionError(f"{doc.path} was extracted again instead of taken from the cache")

    def unrendered(*args, **kwargs):
        raise AssertionError("rendered again with nothing changed")

    monkeypatch.setattr(extract_module, "extract_events", unread)
    code, stdout, again = run("build", str(articles), "--out", str(out), "--jobs", "1")
    assert code == 0 and again == stderr and "(unchanged)" in stdout
    with monkeypatch.context() as nothing_changed:
        nothing_changed.setattr(build_module, "render_outputs", unrendered)
        code, stdout, again = run("build", str(articles), "--out", str(out), "--jobs", "1")
        assert code == 0 and again == stderr and "(unchanged)" in stdout
    code, stdout, stderr = run("build", str(articles), "--out", str(out), "--jobs", "1", "--strict")
    assert code == 1 and "1 document(s), 2 event(s)" in stdout and "(unchanged)" not in stdout
    assert f"1 of 2 document(s) failed; the others were built:\n  {bad}:6: error: 'February 30'" in stderr
    monkeypatch.setattr(build_module, "render_outputs", unrendered)
    code, stdout, again = run("build", str(articles), "--out", str(out), "--jobs", "1", "--strict")
    assert code == 1 and again == stderr and "1 document(s), 2 event(s)" in stdout and "(unchanged)" in stdout


def test_front_matter_as_the_readme_writes_it() -> None:
    """Trailing '# comments' are comments; a '#' inside a value (a URL fragment, 'No. #1') is kept."""
    doc = documents.parse_document("---\npublished: 2021-10-28        # the anchor\nurl: https://example.org/a#b\n"
                                   "title: Fair #1  # shown\ntimezone: Asia/Seoul          # default\n---\nText.\n",
                                   "x.txt")
    assert (doc.published, doc.url, doc.title, doc.timezone) == (date(2021, 10, 28), "https://example.org/a#b",
                                                                 "Fair #1", "Asia/Seoul")


def test_a_failure_merging_articles_keeps_each_articles_own_events(monkeypatch) -> None:
    """Merging across articles is a separate step: if it fails on all of them together, each article's
    events are merged alone and none is lost."""
    import calendarize.build as build_module
    from calendarize.documents import sample_document

    real = build_module.merge_across_documents
    docs = [sample_document(None), replace(sample_document(None), path="copy.txt")]
    expected = build_module.collect_events(docs[:1]) + build_module.collect_events(docs[1:])

    def fragile(events):
        if len({e.source.document for e in events}) > 1:
            raise ValueError("merging went wrong")
        return real(events)

    monkeypatch.setattr(build_module, "merge_across_documents", fragile)
    events, errors = build_module.collect_events_safely(docs)
    assert errors == []
    assert sorted(e.uid for e in events) == sorted(e.uid for e in expected)
