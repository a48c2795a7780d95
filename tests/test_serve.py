"""calendarize serve: a feed fetched over HTTP comes with the content type calendar clients expect."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from calendarize.config import Config
from calendarize.feeds import feeds_json, plan_feeds, render_feed
from calendarize.model import Event, Source
from calendarize.serve import HOST, make_server, serve


@pytest.fixture
def site(tmp_path: Path) -> Path:
    event = Event(
        uid="concert@test",
        title="Concert",
        start=datetime(2021, 10, 30, 15),
        end=datetime(2021, 10, 30, 17),
        all_day=False,
        timezone="Asia/Seoul",
        organizer="Riverside-gu",
        location="Riverside Hall",
        online=False,
        description="A concert.",
        categories=("Culture",),
        kind="event",
        recurrence=None,
        source=Source(document="roundup.txt", line=3, text="Riverside-gu will hold a concert on the 30th."),
        last_modified=datetime(2021, 10, 28, tzinfo=UTC),
    )
    feeds = plan_feeds([event])
    for feed in feeds:
        (tmp_path / feed.file).write_bytes(render_feed(feed, Config()))
    (tmp_path / "feeds.json").write_bytes(feeds_json(feeds))
    (tmp_path / "index.html").write_text("<!doctype html><title>Agenda</title>", encoding="utf-8")
    return tmp_path


@pytest.fixture
def base_url(site: Path) -> Iterator[str]:
    server = make_server(site, 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def fetch(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.headers["Content-Type"], response.read()


def test_binds_to_loopback(site):
    server = make_server(site, 0, quiet=True)
    try:
        assert server.server_address[0] == HOST == "127.0.0.1"
        assert server.server_address[1] != 0
    finally:
        server.server_close()


def test_feed_is_served_as_text_calendar(site, base_url):
    status, content_type, body = fetch(f"{base_url}/calendar.ics")
    assert status == 200
    assert content_type == "text/calendar; charset=utf-8"
    assert body == (site / "calendar.ics").read_bytes()
    assert body.startswith(b"BEGIN:VCALENDAR\r\n") and b"UID:concert@test" in body


def test_pages_and_listing_types(site, base_url):
    assert fetch(f"{base_url}/index.html")[1] == "text/html; charset=utf-8"
    assert fetch(f"{base_url}/")[1] == "text/html; charset=utf-8"
    status, content_type, body = fetch(f"{base_url}/feeds.json")
    assert (status, content_type) == (200, "application/json")
    assert body == (site / "feeds.json").read_bytes()


def test_missing_file_is_404(base_url):
    with pytest.raises(urllib.error.HTTPError) as caught:
        fetch(f"{base_url}/nope.ics")
    assert caught.value.code == 404


def test_cli_refuses_a_missing_folder(tmp_path):
    result = CliRunner().invoke(serve, [str(tmp_path / "missing"), "--port", "0"])
    assert result.exit_code != 0
    assert "no such folder" in result.output or "does not exist" in result.output
