"""Read articles: UTF-8 text, optionally after a front-matter block of `key: value` lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .model import Document

FRONT_MATTER_KEYS = ("published", "url", "title", "timezone")
SAMPLE_NAME = "000_9cb2e611dafe5458.txt"
_TEXT_SUFFIXES = (".txt", ".md", ".text")


class DocumentError(Exception):
    """A document that cannot be read; the message names the file and the line."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path, self.line = path, line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class FrontMatter:
    values: dict[str, str]
    lines: dict[str, int]  # key -> 1-based line, for messages
    body_line: int


def split_front_matter(text: str, path: str) -> tuple[FrontMatter, str]:
    """Separate a leading `---` block from the article text."""
    if not text.startswith("---"):
        return FrontMatter({}, {}, 1), text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return FrontMatter({}, {}, 1), text
    values, where = {}, {}
    for i, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return FrontMatter(values, where, i + 1), "\n".join(lines[i:])
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep:
            raise DocumentError(path, i, f"front matter line is not 'key: value': {line.strip()!r}")
        if key not in FRONT_MATTER_KEYS:
            raise DocumentError(path, i, f"unknown front-matter key {key!r} (known: {', '.join(FRONT_MATTER_KEYS)})")
        values[key], where[key] = value.strip().strip("\"'"), i
    raise DocumentError(path, 1, "front matter opened with '---' is never closed")


def parse_published(value: str) -> date | datetime:
    """A date (2021-10-28) or a date and time (2021-10-28T09:30, 2021-10-28 09:30)."""
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    return datetime.fromisoformat(value.replace(" ", "T", 1))


def parse_document(text: str, path: str, anchor: date | None = None) -> Document:
    """A Document from the text of a file; `anchor` (from the command line) overrides `published`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    meta, body = split_front_matter(text, path)
    published: date | datetime | None = anchor
    if published is None and "published" in meta.values:
        try:
            published = parse_published(meta.values["published"])
        except ValueError:
            raise DocumentError(path, meta.lines["published"],
                                f"'published' is not a date: {meta.values['published']!r} (use YYYY-MM-DD)") from None
    if published is None:
        raise DocumentError(path, None, "no publication date: add front matter 'published: YYYY-MM-DD' or pass --anchor")
    tz = meta.values.get("timezone", "Asia/Seoul")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise DocumentError(path, meta.lines.get("timezone"), f"unknown timezone {tz!r} (use an IANA name such as Asia/Seoul)") from None
    title = meta.values.get("title") or _first_line(body)
    return Document(path=path, text=body, published=published, url=meta.values.get("url") or None,
                    title=title, timezone=tz, body_line=meta.body_line)


def _first_line(body: str) -> str | None:
    first = body.strip().split("\n", 1)[0].strip() if body.strip() else ""
    return (first[:157] + "…") if len(first) > 160 else (first or None)


def read_document(path: Path, anchor: date | None = None) -> Document:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(str(path), None, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise DocumentError(str(path), line, "not UTF-8 text") from None
    return parse_document(text, str(path), anchor)


def sample_document(anchor: date | None = None) -> Document:
    """The bundled article the project was created from."""
    text = resources.files("calendarize.data").joinpath("sample.txt").read_text(encoding="utf-8")
    return parse_document(text, SAMPLE_NAME, anchor)


def expand_inputs(inputs: list[str]) -> list[Path]:
    """Files as given, and the text files inside folders, in a stable order."""
    paths: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            paths.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in _TEXT_SUFFIXES))
        else:
            paths.append(p)
    return paths
