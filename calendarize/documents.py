"""Read articles: text files in any encoding that can be told with confidence, optionally after a
front-matter block of `key: value` lines.

Input folders are filled by hand, by scripts and by copying from anywhere, so reading never guesses
silently: a file is decoded only when its encoding is certain (UTF-8, a byte-order mark, or CP949
bytes that decode cleanly into Korean text), and everything else is a DocumentError naming the file
and the line, so that one bad file is reported and skipped while the others are built.
"""

from __future__ import annotations

import calendar
import errno
import glob
import os
import re
import stat
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .lexicon import MONTHS
from .model import Document

FRONT_MATTER_KEYS = ("published", "url", "title", "timezone")
SAMPLE_NAME = "000_9cb2e611dafe5458.txt"
TEXT_SUFFIXES = (".txt", ".md", ".text")
_TEXT_SUFFIXES = TEXT_SUFFIXES
MAX_BYTES = 50_000_000  # far above any article; a bigger file is a mistake, and would only eat memory
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200  # anchors outside these years are typos, and no calendar needs them


class DocumentError(Exception):
    """A document that cannot be read; the message names the file and the line."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path, self.line, self.message = path, line, message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


class InputError(Exception):
    """An input named on the command line or in the settings that does not exist (a usage error)."""


@dataclass(frozen=True)
class DocumentWarning:
    """Something in a readable document that a person should look at; with --strict, a failure."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class FrontMatter:
    values: dict[str, str]
    lines: dict[str, int]  # key -> 1-based line, for messages
    body_line: int


# ---------------------------------------------------------------------------- decoding

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, Excel or OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "a program"),
    (b"\x00\x00\x00\x18ftyp", "a video"),
    (b"\x00\x00\x00\x20ftyp", "a video"),
)
_HANGUL = re.compile("[\uac00-\ud7a3]")


def _mostly_hangul(text: str) -> bool:
    """True for Korean text: most characters beyond ASCII are Hangul syllables. Latin-1 or Windows-1252
    text can decode as CP949 by accident, but then gives a scatter of rare syllables and symbols."""
    wide = [ch for ch in text if ord(ch) > 0x7F]
    hangul = len(_HANGUL.findall(text))
    return hangul >= 2 and hangul >= 0.8 * len(wide)


def _line_at(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


def decode_text(raw: bytes, path: str) -> str:
    """The text of a file, when its encoding is known for sure; otherwise a DocumentError saying what to do.

    Tried in order: a byte-order mark (UTF-8, UTF-16, UTF-32), strict UTF-8, then CP949 (a superset of
    EUC-KR) only if the bytes decode strictly *and* hold Hangul syllables, since almost any bytes
    decode as some legacy encoding and a wrong guess would publish nonsense.
    """
    if not raw:
        raise DocumentError(path, None, "no text: the file is empty; add the article or remove the file")
    for mark, codec, name in _BOMS:
        if raw.startswith(mark):
            try:
                return raw[len(mark):].decode(codec)
            except UnicodeDecodeError as exc:
                where = _line_at(raw, exc.start + len(mark)) if "8" in codec else None
                raise DocumentError(path, where, f"starts with a {name} byte-order mark but is not valid {name} "
                                                 f"(byte {exc.start + len(mark)}); save it again as UTF-8") from None
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise DocumentError(path, None, f"binary file ({what}), not an article; "
                                            "convert it to text or move it out of the input folder")
    if b"\x00" in raw:
        if len(raw) >= 4 and (raw[1::2].count(0) > len(raw) * 0.4 or raw[0::2].count(0) > len(raw) * 0.4):
            raise DocumentError(path, None, "looks like UTF-16 text without a byte-order mark; "
                                            "save it as UTF-8 (or UTF-16 with a byte-order mark)")
        raise DocumentError(path, _line_at(raw, raw.index(b"\x00")),
                            "binary file (it contains NUL bytes), not an article; "
                            "convert it to text or move it out of the input folder")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc
    try:
        text = raw.decode("cp949")
    except UnicodeDecodeError:
        text = None
    if text is not None and _mostly_hangul(text):
        return text
    line = _line_at(raw, first_bad.start)
    byte = raw[first_bad.start]
    raise DocumentError(path, line, f"not UTF-8 text (byte 0x{byte:02x}) and not Korean text in CP949/EUC-KR "
                                    "either; save the file as UTF-8")


# ---------------------------------------------------------------------------- front matter


def split_front_matter(text: str, path: str) -> tuple[FrontMatter, str]:
    """Separate a leading `---` block from the article text."""
    if not text.startswith("---"):
        return FrontMatter({}, {}, 1), text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return FrontMatter({}, {}, 1), text
    values: dict[str, str] = {}
    where: dict[str, int] = {}
    for i, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return FrontMatter(values, where, i + 1), "\n".join(lines[i:])
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep:
            raise DocumentError(path, i, f"front matter line is not 'key: value': {line.strip()[:80]!r}")
        if key not in FRONT_MATTER_KEYS:
            raise DocumentError(path, i, f"unknown front-matter key {key[:40]!r} (known: {', '.join(FRONT_MATTER_KEYS)})")
        if key in where:
            raise DocumentError(path, i, f"front-matter key {key!r} is set twice (first on line {where[key]}); keep one")
        value = re.sub(r"\s+#\s.*$", "", value).strip().strip("\"'")  # a trailing " # comment", as in the README
        values[key], where[key] = value, i
    raise DocumentError(path, 1, "front matter opened with '---' is never closed; end it with a line '---'")


def parse_published(value: str) -> date | datetime:
    """A date (2021-10-28) or a date and time (2021-10-28T09:30, 2021-10-28 09:30)."""
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    return datetime.fromisoformat(value.replace(" ", "T", 1))


def check_anchor_year(day: date) -> None:
    """Refuse anchors no article has: the date reader counts years from the anchor, and a typo such as
    0021-10-28 would otherwise move every date of the article two thousand years."""
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise ValueError(f"{day.isoformat()} is not between {EARLIEST_YEAR} and {LATEST_YEAR}")


# Control characters (but tab and newline) are invalid in .ics text and in HTML; text pasted from
# terminals or old word processors carries them. Each becomes a space.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")

_BRACKETED_WEEKDAY = re.compile(r"\[((?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)\]")


def parse_document(text: str, path: str, anchor: date | None = None) -> Document:
    """A Document from the text of a file; `anchor` (from the command line) overrides `published`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    text = _CONTROL.sub(" ", text)  # same length, so offsets and lines stay true
    text = _BRACKETED_WEEKDAY.sub(r"(\1)", text)  # "the 29th [Thu]" is written "(Thu)" elsewhere (same length too)
    if not text.strip():
        raise DocumentError(path, None, "no text: the file holds only blank space; add the article or remove the file")
    meta, body = split_front_matter(text, path)
    published: date | datetime | None = anchor
    if published is None and "published" in meta.values:
        line = meta.lines["published"]
        try:
            published = parse_published(meta.values["published"])
            check_anchor_year(published if not isinstance(published, datetime) else published.date())
        except ValueError as exc:
            raise DocumentError(path, line, f"'published' is not a usable date: {meta.values['published'][:40]!r} "
                                            f"({exc}); write it as YYYY-MM-DD") from None
    if published is None:
        raise DocumentError(path, None, "no publication date: add front matter 'published: YYYY-MM-DD' or pass --anchor")
    tz = meta.values.get("timezone", "Asia/Seoul")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise DocumentError(path, meta.lines.get("timezone"),
                            f"unknown timezone {tz[:40]!r} (use an IANA name such as Asia/Seoul)") from None
    if not body.strip():
        raise DocumentError(path, meta.body_line, "no text after the front matter; add the article below the '---'")
    title = meta.values.get("title") or _first_line(body)
    return Document(path=path, text=body, published=published, url=meta.values.get("url") or None,
                    title=title, timezone=tz, body_line=meta.body_line)


def _first_line(body: str) -> str | None:
    stripped = body.lstrip()
    first = stripped[:stripped.find("\n")] if "\n" in stripped[:10_000] else stripped[:10_000]
    first = first.strip()
    return (first[:157] + "…") if len(first) > 160 else (first or None)


# ---------------------------------------------------------------------------- files


def _not_regular(path: Path) -> str | None:
    """Why a path is not a file to read (checked before opening: a FIFO would block the build)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            return f"broken symbolic link (to {os.readlink(path)!r}); fix or remove the link"
        return "no such file; check the path"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop; remove the link"
        return f"cannot read: {exc.strerror or exc}"
    if stat.S_ISDIR(st.st_mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(st.st_mode):
        return "is a named pipe (FIFO), not a file; move it out of the input folder"
    if not stat.S_ISREG(st.st_mode):
        return "is not a regular file (a device or a socket); move it out of the input folder"
    if st.st_size > MAX_BYTES:
        return f"too large for an article ({st.st_size / 1e6:.0f} MB; the limit is {MAX_BYTES // 1_000_000} MB)"
    return None


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file; anything else is a DocumentError saying what the path is."""
    if why := _not_regular(path):
        raise DocumentError(str(path), None, why)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        hint = "; make it readable (chmod a+r) or move it out of the input folder" if exc.errno == errno.EACCES else ""
        raise DocumentError(str(path), None, f"cannot read: {exc.strerror or exc}{hint}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between the check and the open
            raise DocumentError(str(path), None, "is not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise DocumentError(str(path), None, f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def read_document(path: Path, anchor: date | None = None) -> Document:
    return parse_document(decode_text(read_bytes(path), str(path)), str(path), anchor)


def sample_document(anchor: date | None = None) -> Document:
    """The bundled article the project was created from."""
    text = resources.files("calendarize.data").joinpath("sample.txt").read_text(encoding="utf-8")
    return parse_document(text, SAMPLE_NAME, anchor)


def find_inputs(inputs: list[str]) -> tuple[list[Path], list[DocumentError]]:
    """Files as given, and the text files inside folders (hidden ones skipped), in a stable order;
    with the folders that could not be listed.

    Symbolic links to folders are followed once each, so a link loop ends instead of hanging; a file
    reached twice is read once. A name that does not exist is an InputError (a usage mistake), unless
    it is a glob pattern (as in calendarize.toml) that matches something.
    """
    paths: list[Path] = []
    problems: list[DocumentError] = []
    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[tuple[int, int]] = set()

    def add(path: Path) -> None:
        try:
            st = os.stat(path)
        except OSError:
            paths.append(path)  # broken link or loop: read_document says which
            return
        key = (st.st_dev, st.st_ino)
        if stat.S_ISREG(st.st_mode) and key in seen_files:
            return
        seen_files.add(key)
        paths.append(path)

    def walk(folder: Path) -> None:
        try:
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in seen_dirs:
                return
            seen_dirs.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.append(DocumentError(str(folder), None, f"cannot list this folder: {exc.strerror or exc}"))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                walk(Path(entry.path))
            elif entry.name.lower().endswith(TEXT_SUFFIXES):
                add(Path(entry.path))

    for item in inputs:
        p = Path(item)
        if os.path.lexists(p):
            walk(p) if p.is_dir() else add(p)
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError(f"{item}: no file matches this pattern")
            for match in matches:
                walk(Path(match)) if Path(match).is_dir() else add(Path(match))
        else:
            raise InputError(f"{item}: no such file or folder; check the path")
    return paths, problems


# ---------------------------------------------------------------------------- warnings

_MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
               r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
_ORD = r"(?:st|nd|rd|th)?"
_YEAR_AFTER = r"(?:,?\s+(?P<year>1[89]\d\d|2[01]\d\d)\b)?"
_IMPOSSIBLE = re.compile(  # each branch begins with a month name or a digit: others are passed over at once
    rf"\b(?=[ADFJMNOS0-9])(?:(?P<md_month>{_MONTH_NAME})\s*(?P<md_day>\d{{1,2}}){_ORD}\b(?!\s*(?:[:.]\d|[aApP]\.?[mM]\b|%))"
    rf"(?:(?P<tail_gap>\s*(?:-|–|—|~|to|through|\?)\s*(?:the\s+)?)(?P<tail_day>\d{{1,2}}){_ORD}\b"
    rf"(?!\s*(?:[:.]\d|[aApP]\.?[mM]\b|%|{_MONTH_NAME})))?{_YEAR_AFTER}"
    rf"|(?P<dm_day>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dm_month>{_MONTH_NAME})"
    rf"(?:,?\s+(?P<dm_year>1[89]\d\d|2[01]\d\d)\b)?"
    r"|(?P<iso_year>1[89]\d\d|2[01]\d\d)-(?P<iso_month>\d{1,2})-(?P<iso_day>\d{1,2})\b)"
)


def _month_of(name: str) -> int:
    word = name.lower().rstrip(".")
    return MONTHS.get(word) or MONTHS[word[:3]]


def _why_impossible(year: int | None, month: int, day: int) -> str | None:
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if day < 1:
        return "there is no day 0"
    longest = calendar.monthrange(year or 2024, month)[1]  # 2024: a leap year, so February 29 stays possible
    if day <= longest:
        return None
    name = calendar.month_name[month]
    if month == 2 and day == 29:
        return f"{year} is not a leap year"
    return f"{name} has {'28 or 29' if month == 2 else longest} days"


def impossible_dates(doc: Document) -> list[DocumentWarning]:
    """Dates written with a day their month does not have ("February 30", "November 28 to 31").

    The date reader drops them, so no event is made; this scan says so, with the line, because the
    article almost certainly meant another day and a person should decide which.
    """
    found: list[DocumentWarning] = []
    text = doc.text
    for m in _IMPOSSIBLE.finditer(text):
        checks: list[tuple[str, int | None, int, int]] = []
        if m.group("md_month"):
            month, year = _month_of(m.group("md_month")), m.group("year") and int(m.group("year"))
            day = int(m.group("md_day"))
            checks.append((m.group("md_month") + " " + m.group("md_day"), year, month, day))
            if m.group("tail_day") and int(m.group("tail_day")) > day:
                checks.append((m.group(0).strip(), year, month, int(m.group("tail_day"))))
        elif m.group("dm_month"):
            year = m.group("dm_year") and int(m.group("dm_year"))
            checks.append((m.group(0).strip(), year, _month_of(m.group("dm_month")), int(m.group("dm_day"))))
        else:
            checks.append((m.group(0), int(m.group("iso_year")), int(m.group("iso_month")), int(m.group("iso_day"))))
        for written, year, month, day in checks:
            if day > 31 and not m.group("iso_year"):
                continue  # "November 2021" or a count, not a day
            why = _why_impossible(year, month, day)
            if why:
                line = doc.body_line + text.count("\n", 0, m.start())
                found.append(DocumentWarning(doc.path, line, f"{written!r} is not a date ({why}); no event was made "
                                                             "from it; correct the date in the article"))
                break
    return found


FAR_FROM_ANCHOR_DAYS = 2 * 366


def far_from_anchor(doc: Document, day: date, line: int, written: str) -> DocumentWarning | None:
    """A date more than about two years from the publication date is more often a typo (in the article
    or in 'published') than a real plan; it is kept, but a person should look."""
    if abs((day - doc.anchor).days) <= FAR_FROM_ANCHOR_DAYS:
        return None
    return DocumentWarning(doc.path, line, f"{written!r} resolves to {day.isoformat()}, more than two years from the "
                                           f"publication date ({doc.anchor.isoformat()}); check the year, or the "
                                           "'published' date in the front matter")
