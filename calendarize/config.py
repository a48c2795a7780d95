"""Settings of a build, read from calendarize.toml in the working folder.

The file is optional: without it every setting has its default. Command-line flags win over the file;
the CLI applies them with ``dataclasses.replace``. Unknown keys and bad values are errors rather than
warnings, because a mistyped key silently ignored is a feed published with the wrong settings.

Example::

    inputs = ["articles/*.txt"]
    out = "output"
    timezone = "Asia/Seoul"
    base_url = "https://example.org/events/"

    [feeds]
    calendar_name = "Neighbourhood events"
    refresh_interval = "PT6H"
    category_feeds = false

Feed options may also be written at the top level; the ``[feeds]`` table only groups them.
Relative paths are kept as written, i.e. relative to the working folder where the file lives.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

CONFIG_FILE = "calendarize.toml"

DEFAULT_PRODID = "-//calendarize//calendarize feeds//EN"


class ConfigError(ValueError):
    """A setting that cannot be used; the message names the file, the line and the key."""


@dataclass(frozen=True)
class Config:
    """Everything a build needs to know besides the articles themselves."""

    inputs: list[str] = field(default_factory=list)
    out: Path = Path("output")
    timezone: str = "Asia/Seoul"
    base_url: str | None = None
    calendar_name: str = "calendarize"
    refresh_interval: str = "PT12H"  # RFC 7986 REFRESH-INTERVAL and X-PUBLISHED-TTL
    prodid: str = DEFAULT_PRODID
    organizer_feeds: bool = True
    category_feeds: bool = True

    def feed_url(self, file: str) -> str | None:
        """The public address of a feed file, when the site's base URL is known."""
        if not self.base_url:
            return None
        return self.base_url.rstrip("/") + "/" + file


FEED_KEYS = frozenset(
    {"calendar_name", "refresh_interval", "prodid", "organizer_feeds", "category_feeds"}
)


def parse_duration(value: str) -> timedelta:
    """Read an RFC 5545 duration such as PT12H or P1D; refuse zero and negative ones."""
    from icalendar import vDuration

    try:
        duration = vDuration.from_ical(value)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{value!r} is not an iCalendar duration such as PT12H or P1D") from exc
    if duration <= timedelta(0):
        raise ValueError(f"{value!r} must be a positive duration")
    return duration


def _line_of(text: str, key: str, table: str | None) -> int | None:
    """Find the line on which a key is set, to point the reader at it."""
    in_table = table is None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        header = re.match(r"\[\s*([^\]]+?)\s*\]", stripped)
        if header:
            in_table = header.group(1) == table
            if table is not None and header.group(1) == key:
                return number
            continue
        if in_table and re.match(rf'["\']?{re.escape(key)}["\']?\s*=', stripped):
            return number
    return None


def _check_value(name: str, value: Any) -> Any:
    """Convert one raw TOML value to its Config type, or say why it cannot be used."""
    if name == "inputs":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) and v for v in value):
            raise ValueError("must be a list of file names or glob patterns")
        return list(value)
    if name == "out":
        if not isinstance(value, str) or not value.strip():
            raise ValueError("must be a folder name")
        return Path(value)
    if name in ("organizer_feeds", "category_feeds"):
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if name == "base_url":
        if value is None or value == "":
            return None
        if not isinstance(value, str) or not re.match(r"https?://[^\s/]+", value):
            raise ValueError("must be an absolute http:// or https:// address")
        return value
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a non-empty string")
    if name == "timezone":
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"{value!r} is not an IANA time zone such as Asia/Seoul") from exc
    if name == "refresh_interval":
        parse_duration(value)
    return value


def validate(config: Config) -> Config:
    """Check a Config built in code or changed by flags, with the same rules as the file."""
    for f in fields(Config):
        try:
            _check_value(f.name, getattr(config, f.name) if f.name != "out" else str(config.out))
        except ValueError as exc:
            raise ConfigError(f"{f.name}: {exc}") from None
    return config


def load_config(path: Path | None = None) -> Config:
    """Read calendarize.toml (or the given file) into a Config.

    Without a path, a missing ./calendarize.toml gives the defaults; a path given explicitly must exist,
    since a mistyped --config should not silently fall back to defaults.
    """
    explicit = path is not None
    path = Path(CONFIG_FILE) if path is None else Path(path)
    try:
        raw_bytes = path.read_bytes()
    except FileNotFoundError:
        if explicit:
            raise ConfigError(f"{path}: no such configuration file") from None
        return Config()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    try:
        text = raw_bytes.decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}; fix the TOML syntax there") from None

    known = {f.name for f in fields(Config)}
    values: dict[str, Any] = {}

    def take(key: str, value: Any, table: str | None) -> None:
        where = _line_of(text, key, table)
        place = f"{path}:{where}" if where else str(path)
        shown = f"{table}.{key}" if table else key
        allowed = FEED_KEYS if table == "feeds" else known
        if key not in allowed:
            choices = ", ".join(sorted(allowed))
            raise ConfigError(f"{place}: unknown key {shown!r}; known keys are: {choices}")
        if key in values:
            raise ConfigError(f"{place}: {shown!r} is set twice (at the top level and in [feeds])")
        try:
            values[key] = _check_value(key, value)
        except ValueError as exc:
            raise ConfigError(f"{place}: {shown} {exc}") from None

    for key, value in data.items():
        if key == "feeds" and isinstance(value, dict):
            continue
        take(key, value, None)
    feeds = data.get("feeds")
    if isinstance(feeds, dict):
        for key, value in feeds.items():
            take(key, value, "feeds")
    return Config(**values)
