"""The command line: build feeds and the agenda, list events, or show the dates read."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from .dates import explain, find_mentions, line_of
from .events import extract_events
from .documents import DocumentError, expand_inputs, parse_document, read_document, sample_document
from .model import Document


def _anchor(_ctx, _param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def load_documents(inputs: tuple[str, ...], anchor: date | None) -> tuple[list[Document], list[str]]:
    """The documents to read, and one message per document that could not be read."""
    if not inputs:
        return [sample_document(anchor)], []
    docs, errors = [], []
    for path in expand_inputs(list(inputs)):
        try:
            docs.append(read_document(path, anchor))
        except DocumentError as exc:
            errors.append(str(exc))
    return docs, errors


def _report(errors: list[str]) -> None:
    for message in errors:
        click.echo(f"error: {message}", err=True)


anchor_option = click.option("--anchor", callback=_anchor, metavar="DATE",
                             help="Publication date to anchor relative dates (overrides front matter).")


@click.group()
@click.version_option(package_name="calendarize")
def main() -> None:
    """Turn local-government news articles into .ics feeds and an HTML agenda."""


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--text", "text", help="Read this text instead of files.")
@anchor_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--explain", "show_why", is_flag=True, help="Say for each date what was read and what was inferred.")
def dates(inputs: tuple[str, ...], text: str | None, anchor: date | None, fmt: str, show_why: bool) -> None:
    """Show every date expression found and how it was resolved."""
    if text is not None:
        docs = [parse_document(text, "<text>", anchor or date.today())]
        errors: list[str] = []
    else:
        docs, errors = load_documents(inputs, anchor)
    for doc in docs:
        lines = line_of(doc.text)
        for m in find_mentions(doc.text, doc.anchor):
            line = lines(m.start_offset) + doc.body_line - 1
            if fmt == "jsonl":
                click.echo(json.dumps({
                    "doc": doc.path, "line": line, "start_offset": m.start_offset, "end_offset": m.end_offset,
                    "text": m.text, "start": m.iso(m.start), "end": m.iso(m.end), "grain": m.grain,
                    "known": list(m.known), "implied": list(m.implied), "rule": m.rule, "reason": m.reason,
                    "recurrence": m.recurrence,
                }, ensure_ascii=False))
            elif show_why:
                click.echo(f"{doc.name}:{line}: {explain(m, doc.anchor)}")
            else:
                span = m.iso(m.start) or "…"
                if m.end is not None:
                    span += "/" + m.iso(m.end)
                click.echo(f"{doc.name}:{line}\t{span}\t{m.grain}\t{m.text}")
    _report(errors)
    sys.exit(1 if errors else 0)


@main.command()
@click.argument("inputs", nargs=-1)
@anchor_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def events(inputs: tuple[str, ...], anchor: date | None, fmt: str) -> None:
    """List the events found, in start order."""
    docs, errors = load_documents(inputs, anchor)
    found = [e for doc in docs for e in extract_events(doc)]
    if fmt == "json":
        click.echo(json.dumps([e.to_json() for e in found], ensure_ascii=False, indent=2))
    else:
        for e in found:
            span = e.to_json()["start"] + (f" – {e.to_json()['end']}" if e.end else "")
            click.echo(f"{span:<36} {e.organizer or '-':<16} {e.title}" + (f"  @ {e.location}" if e.location else ""))
    _report(errors)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
