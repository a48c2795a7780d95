"""The command line: build feeds and the agenda, list events, or show the dates read."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import click

from .build import build as run_build
from .build import collect_events
from .check import check
from .config import ConfigError, load_config, validate
from .dates import explain, find_mentions, line_of
from .documents import DocumentError, expand_inputs, parse_document, read_document, sample_document
from .identity import StateError
from .model import Document
from .serve import serve


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
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), help="Output folder [default: output].")
@anchor_option
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Settings file [default: ./calendarize.toml when present].")
@click.option("--base-url", help="Public URL the output folder is published at (for webcal:// links).")
@click.option("--templates", "templates_dir", type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="Folder of templates that override the packaged ones by name.")
@click.option("--jobs", type=click.IntRange(min=1), metavar="N",
              help="Processes that read articles in parallel [default: one per core].")
def build(inputs: tuple[str, ...], out: Path | None, anchor: date | None, config_path: Path | None,
          base_url: str | None, templates_dir: Path | None, jobs: int | None) -> None:
    """Write the .ics feeds and the HTML agenda (with no INPUT: the bundled article)."""
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    overrides = {k: v for k, v in {"out": out, "base_url": base_url}.items() if v is not None}
    try:
        config = validate(replace(config, **overrides))
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    docs, errors = load_documents(inputs or tuple(config.inputs), anchor)
    try:
        result = run_build(docs, config, templates_dir, jobs=jobs)
    except (StateError, OSError) as exc:
        click.echo(f"error: {exc}; the previous output was left as it was", err=True)
        sys.exit(2)
    feeds = len(result.feeds)
    click.echo(f"{result.documents} document(s), {len(result.events)} event(s), {feeds} feed(s)"
               f"{'' if result.changed else ' (unchanged)'}")
    click.echo(f"agenda: {result.out / 'index.html'}")
    if errors:
        click.echo(f"{len(errors)} document(s) failed:", err=True)
    _report(errors)
    sys.exit(1 if errors else 0)


@main.command()
@click.argument("inputs", nargs=-1)
@anchor_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def events(inputs: tuple[str, ...], anchor: date | None, fmt: str) -> None:
    """List the events found, in start order."""
    docs, errors = load_documents(inputs, anchor)
    found = collect_events(docs)
    if fmt == "json":
        click.echo(json.dumps([e.to_json() for e in found], ensure_ascii=False, indent=2))
    else:
        for e in found:
            span = e.to_json()["start"] + (f" – {e.to_json()['end']}" if e.end else "")
            click.echo(f"{span:<36} {e.organizer or '-':<16} {e.title}" + (f"  @ {e.location}" if e.location else ""))
    _report(errors)
    sys.exit(1 if errors else 0)


main.add_command(check)
main.add_command(serve)

if __name__ == "__main__":
    main()
