"""calendarize serve: the output folder over HTTP on this machine, to try a subscription before publishing.

Calendar clients check the content type of a feed, so .ics files go out as
``text/calendar; charset=utf-8`` (and pages and listings with their charset), whatever the system's
MIME table says. The server binds to 127.0.0.1 only: it is a preview, not a public host.
"""

from __future__ import annotations

import errno
import functools
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import click

HOST = "127.0.0.1"
DEFAULT_PORT = 8000

CONTENT_TYPES = {
    ".ics": "text/calendar; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".json": "application/json",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".txt": "text/plain; charset=utf-8",
}


class FeedRequestHandler(SimpleHTTPRequestHandler):
    """Static files with the content types calendar clients and browsers expect."""

    extensions_map: ClassVar[dict[str, str]] = {**SimpleHTTPRequestHandler.extensions_map, **CONTENT_TYPES}
    quiet: ClassVar[bool] = False

    def end_headers(self) -> None:
        # A preview should always show the latest build, never a cached feed.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        if not self.quiet:
            super().log_message(format, *args)


def make_server(directory: Path, port: int = DEFAULT_PORT, quiet: bool = False) -> ThreadingHTTPServer:
    """A server for `directory` on 127.0.0.1; port 0 picks a free port (see server.server_address)."""
    handler = type("Handler", (FeedRequestHandler,), {"quiet": quiet})
    return ThreadingHTTPServer((HOST, port), functools.partial(handler, directory=str(Path(directory))))


@click.command("serve")
@click.argument("directory", default="output", type=click.Path(path_type=Path, file_okay=False))
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535), help="Port.")
def serve(directory: Path, port: int) -> None:
    """Serve DIRECTORY (default: output) on http://127.0.0.1:PORT/ until interrupted."""
    if not directory.is_dir():
        raise click.ClickException(f"{directory}: no such folder; build first or name the output folder")
    try:
        server = make_server(directory, port)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise click.ClickException(f"port {port} is in use; choose another with --port") from None
        raise click.ClickException(f"cannot listen on {HOST}:{port}: {exc.strerror or exc}") from None
    host, actual_port = server.server_address[:2]
    click.echo(f"Serving {directory} at http://{host}:{actual_port}/ (press Ctrl+C to stop)")
    feeds = sorted(p.name for p in directory.glob("*.ics"))
    if feeds:
        first = "calendar.ics" if "calendar.ics" in feeds else feeds[0]
        click.echo(f"Subscribe to http://{host}:{actual_port}/{first}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Stopped.")
    finally:
        server.server_close()
