"""The command line: build feeds and the agenda, list events, or show the dates read."""

from __future__ import annotations

import gc
import json
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

import click

from . import render_cache
from .build import BuildError, NothingRead, build_files, collect_events_safely, describe_os_error, review
from .build import build as run_build
from .check import check
from .config import ConfigError, load_config, validate
from .dates import explain, find_mentions, line_of
from .documents import (
    DocumentError,
    DocumentWarning,
    InputError,
    check_anchor_year,
    far_from_anchor,
    find_inputs,
    impossible_dates,
    parse_document,
    read_document,
    sample_document,
)
from .extract import default_cache_dir
from .identity import StateError
from .model import Document
from .serve import serve

# Exit statuses: all went well; some documents failed but the others' output was written; a usage or
# configuration error, or nothing could be written (the previous output is then kept).
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _anchor(_ctx, _param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
        check_anchor_year(day)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a usable date ({exc}); use YYYY-MM-DD") from None
    return day


def load_documents(inputs: tuple[str, ...], anchor: date | None) -> tuple[list[Document], list[DocumentError]]:
    """The documents to read, and one error per document (or folder) that could not be read.

    Raises InputError when an input does not exist or nothing to read was found: a usage mistake.
    """
    if not inputs:
        return [sample_document(anchor)], []
    paths, errors = find_inputs(list(inputs))
    if not paths and not errors:
        raise InputError(f"{', '.join(inputs)}: no articles found (looked for .txt, .md and .text files)")
    docs = []
    for path in paths:
        try:
            docs.append(read_document(path, anchor))
        except DocumentError as exc:
            errors.append(exc)
    return docs, errors


def _where(problem: DocumentError | DocumentWarning) -> str:
    return f"{problem.path}:{problem.line}" if problem.line else problem.path


def _say(problem: DocumentError | DocumentWarning, kind: str) -> None:
    """One line on stderr, compiler style: file:line: kind: message."""
    click.echo(f"{_where(problem)}: {kind}: {problem.message}", err=True)


def _finish(docs: int, errors: list[DocumentError], warnings: list[DocumentWarning], strict: bool,
            written: str) -> None:
    """Report on stderr: warnings, then every failed document and why (with --strict, warnings are
    failures of their document); exit 0, 1 when some failed, 2 when all did."""
    if not strict:
        for w in warnings:
            _say(w, "warning")
    failures: list[DocumentError | DocumentWarning] = [*errors, *(warnings if strict else [])]
    failed, total = len({f.path for f in failures}), docs + len(errors)
    if failures:
        click.echo(f"{failed} of {total} document(s) failed{f'; {written}' if failed < total else ''}:", err=True)
        for f in failures:
            click.echo(f"  {_where(f)}: error: {f.message}", err=True)
    if failures and failed >= total:
        sys.exit(EXIT_USAGE)  # every document failed: nothing useful was produced
    sys.exit(EXIT_SOME_FAILED if failures else EXIT_OK)


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _load_or_exit(inputs: tuple[str, ...], anchor: date | None) -> tuple[list[Document], list[DocumentError]]:
    try:
        docs, errors = load_documents(inputs, anchor)
    except InputError as exc:
        _fail(str(exc))
    if not docs:
        for e in errors:
            _say(e, "error")
        _fail(f"none of the {len(errors)} document(s) could be read, so nothing was done")
    return docs, errors


anchor_option = click.option("--anchor", callback=_anchor, metavar="DATE",
                             help="Publication date to anchor relative dates (overrides front matter).")
strict_option = click.option("--strict", is_flag=True,
                             help="Treat warnings (impossible or far-off dates) as failures of their document.")


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
@strict_option
def dates(inputs: tuple[str, ...], text: str | None, anchor: date | None, fmt: str, show_why: bool,
          strict: bool) -> None:
    """Show every date expression found and how it was resolved."""
    if text is not None:
        try:
            docs = [parse_document(text, "<text>", anchor or date.today())]
        except DocumentError as exc:
            _fail(str(exc))
        errors: list[DocumentError] = []
    else:
        docs, errors = _load_or_exit(inputs, anchor)
    read = []
    for doc in docs:
        lines = line_of(doc.text)
        mentions = []
        warnings = impossible_dates(doc)
        for m in find_mentions(doc.text, doc.anchor):
            line = lines(m.start_offset) + doc.body_line - 1
            mentions.append((m, line))
            for value in (m.start, m.end):
                if m.grain in ("day", "time") and isinstance(value, date):
                    day = value.date() if isinstance(value, datetime) else value
                    if (w := far_from_anchor(doc, day, line, m.text)) is not None:
                        warnings.append(w)
                        break
        read.append((doc, mentions, sorted(warnings, key=lambda w: w.line or 0)))
    all_warnings = [w for _, _, ws in read for w in ws]
    for doc, mentions, warnings in read:
        if strict and warnings:
            continue
        for m, line in mentions:
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
    _finish(len(docs), errors, all_warnings, strict, "the dates of the others are shown")


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
@strict_option
def build(inputs: tuple[str, ...], out: Path | None, anchor: date | None, config_path: Path | None,
          base_url: str | None, templates_dir: Path | None, jobs: int | None, strict: bool) -> None:
    """Write the .ics feeds and the HTML agenda (with no INPUT: the bundled article)."""
    try:
        config = load_config(config_path)
        overrides = {k: v for k, v in {"out": out, "base_url": base_url}.items() if v is not None}
        config = validate(replace(config, **overrides))
    except ConfigError as exc:
        _fail(str(exc))
    paths, errors = _find_or_exit(inputs or tuple(config.inputs))
    # Nothing changed since a clean build of the same inputs into an untouched folder: nothing to do.
    # (Rendering an archive costs far more than hashing its files; see render_cache.)
    cache_dir = default_cache_dir(config.out)
    skip_key = _unchanged_build_key(paths, anchor, config, templates_dir, strict, cache_dir)
    if skip_key and (previous := render_cache.unchanged(cache_dir, config.out, skip_key)):
        click.echo(previous["summary"] + " (unchanged)")
        click.echo(f"agenda: {Path(config.out) / 'index.html'}")
        # The warnings of the build that made this output are still true of it: said again, same exit.
        warnings = [DocumentWarning(*w) for w in previous.get("warnings", [])]
        _finish(previous.get("documents", 0), errors, warnings, strict, "the others were built")

    def waiting(lock: Path) -> None:
        click.echo(f"waiting for another build into {config.out} to finish (lock: {lock})", err=True)

    try:
        if paths is None:  # the bundled article
            result = run_build([sample_document(anchor)], config, templates_dir, jobs=jobs, strict=strict,
                               on_wait=waiting)
        else:  # each file is read by an extraction worker: an archive's texts are never all held
            result = build_files(paths, anchor, config, templates_dir, jobs=jobs, strict=strict, on_wait=waiting)
    except NothingRead as exc:
        for e in [*errors, *exc.warnings]:
            _say(e, "error")
        _fail(str(exc) if not errors else f"none of the {len(errors) + len(exc.warnings)} document(s) could be "
                                          "read, so nothing was done")
    except BuildError as exc:
        _finish_failed([*errors, *exc.warnings], str(exc))
    except StateError as exc:
        _finish_failed(errors, str(exc))
    except OSError as exc:
        _finish_failed(errors, describe_os_error(exc, Path(config.out)))
    feeds = len(result.feeds)
    summary = f"{result.documents} document(s), {len(result.events)} event(s), {feeds} feed(s)"
    click.echo(summary + ("" if result.changed else " (unchanged)"))
    click.echo(f"agenda: {result.out / 'index.html'}")
    if skip_key and not errors and not result.errors:  # (a file that could not be read is tried again)
        render_cache.record(cache_dir, config.out, skip_key, tree=result.tree, summary=summary,
                            documents=result.documents + len(result.failed),
                            warnings=[[w.path, w.line, w.message] for w in result.warnings])
    else:
        render_cache.forget(cache_dir)
    # The process ends here: Python's last collection on the way out need not walk the build's
    # objects (on an archive, most of a second).
    gc.freeze()
    _finish(result.documents + len(result.failed), [*errors, *result.errors], list(result.warnings), strict,
            "the others were built")


def _find_or_exit(inputs: tuple[str, ...]) -> tuple[list[Path] | None, list[DocumentError]]:
    """The files to build (None: the bundled article) and the folders that could not be listed."""
    if not inputs:
        return None, []
    try:
        paths, errors = find_inputs(list(inputs))
    except InputError as exc:
        _fail(str(exc))
    if not paths and not errors:
        _fail(f"{', '.join(inputs)}: no articles found (looked for .txt, .md and .text files)")
    if not paths:
        for e in errors:
            _say(e, "error")
        _fail(f"none of the {len(errors)} document(s) could be read, so nothing was done")
    return paths, errors


def _unchanged_build_key(paths: list[Path] | None, anchor: date | None, config, templates_dir: Path | None,
                         strict: bool, cache_dir: Path) -> str | None:
    """A key over the input files' bytes and everything else the output depends on; None for the
    bundled article (it is small, and it has no file of its own to hash)."""
    if paths is None:
        return None
    if not all(p.is_file() for p in paths):
        return None  # a named pipe or a vanished file: never opened here, the build reports it
    return render_cache.input_files_key(paths, anchor, SimpleNamespace(config=config, strict=strict), templates_dir,
                                        cache_dir)


def _finish_failed(errors: list[DocumentError | DocumentWarning], message: str) -> None:
    """A build that wrote nothing: list the documents that failed, say why nothing was written, exit 2."""
    for e in errors:
        _say(e, "error")
    _fail(f"{message}; the previous output was kept as it was")


@main.command()
@click.argument("inputs", nargs=-1)
@anchor_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@strict_option
def events(inputs: tuple[str, ...], anchor: date | None, fmt: str, strict: bool) -> None:
    """List the events found, in start order."""
    docs, errors = _load_or_exit(inputs, anchor)
    found, crashed = collect_events_safely(docs)
    errors += crashed
    docs = [d for d in docs if d.path not in {e.path for e in crashed}]
    warnings = review(docs, found)
    if strict and warnings:
        failed = {w.path for w in warnings}
        found, _ = collect_events_safely([d for d in docs if d.path not in failed])
    if fmt == "json":
        click.echo(json.dumps([e.to_json() for e in found], ensure_ascii=False, indent=2))
    else:
        for e in found:
            span = e.to_json()["start"] + (f" – {e.to_json()['end']}" if e.end else "")
            click.echo(f"{span:<36} {e.organizer or '-':<16} {e.title}" + (f"  @ {e.location}" if e.location else ""))
    _finish(len(docs), errors, warnings, strict, "the events of the others are listed")


main.add_command(check)
main.add_command(serve)

if __name__ == "__main__":
    main()
