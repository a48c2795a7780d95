"""Know, before rendering anything, that a build would reproduce the output folder as it is.

Rendering an archive's site costs far more than reading its cached events, so a rebuild with nothing
changed should not render at all. After each build the builder records a manifest beside the output
(in the cache folder): a key over everything the output depends on (every document's cache key, the
settings, the templates, the program version) and the size and change time of every output file. The
next build with the same key, over an output folder that nobody touched since, can stop there.

The previous build's state file is an output file, so a state edited by hand changes the folder's
signature and the build runs in full.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Iterable
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .extract import FileKeyMemo, file_key, program_version, write_json_quietly

MANIFEST_NAME = "build-manifest.json"


def templates_digest(templates_dir: Path | None) -> str:
    """The packaged templates and any user templates, by name and bytes (the packaged ones read once)."""
    if templates_dir is None:
        return _packaged_templates_digest()
    return _templates_digest(templates_dir)


@cache
def _packaged_templates_digest() -> str:
    return _templates_digest(None)


def _templates_digest(templates_dir: Path | None) -> str:
    digest = hashlib.sha256()
    try:
        packaged = resources.files("calendarize.templates")
        entries = sorted((p.name, p.read_bytes()) for p in packaged.iterdir() if p.is_file())
    except ModuleNotFoundError:  # running from a checkout: templates/ beside the package
        folder = Path(__file__).resolve().parent.parent / "templates"
        entries = sorted((p.name, p.read_bytes()) for p in folder.iterdir() if p.is_file())
    if templates_dir is not None:
        entries += [("user/" + str(p.relative_to(templates_dir)), p.read_bytes())
                    for p in sorted(Path(templates_dir).rglob("*")) if p.is_file()]
    for name, data in entries:
        digest.update(name.encode() + b"\0" + data + b"\0")
    return digest.hexdigest()


def inputs_key(document_keys: Iterable[str], config: Any, templates_dir: Path | None = None) -> str:
    """A key over everything a build's output depends on besides the previous output itself.

    `document_keys` are the documents' extraction keys (content, anchor, program version), in order.
    """
    digest = hashlib.sha256()
    settings = dataclasses.asdict(config) if dataclasses.is_dataclass(config) else dict(vars(config))
    digest.update(program_version().encode() + b"\0")
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode() + b"\0")
    digest.update(templates_digest(templates_dir).encode() + b"\0")
    digest.update(os.environ.get("SOURCE_DATE_EPOCH", "").encode() + b"\0")
    for key in document_keys:
        digest.update(key.encode() + b"\n")
    return digest.hexdigest()


def tree_signature(out: Path) -> str:
    """A digest of the size and change time of every file under `out`: a stat per file, no reads.

    Plain strings rather than Path objects: for a hundred thousand pages the difference is a second.
    """
    entries: list[tuple[str, int, int]] = []
    stack = [("", os.fspath(out))]
    while stack:
        rel, folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                for entry in listing:
                    name = rel + entry.name
                    if entry.is_dir(follow_symlinks=False):
                        stack.append((name + "/", entry.path))
                    elif entry.is_file(follow_symlinks=False):
                        st = entry.stat(follow_symlinks=False)
                        entries.append((name, st.st_size, st.st_mtime_ns))
        except OSError:
            continue
    return files_signature(entries)


def files_signature(files: Iterable[tuple[str, int, int]]) -> str:
    """tree_signature of a folder that holds exactly these files (relative path, size, change time): a
    build knows them from publishing, without a stat per file."""
    entries = sorted(f"{name}\0{size}\0{mtime_ns}" for name, size, mtime_ns in files)
    return hashlib.sha256("\n".join(entries).encode("utf-8", "surrogateescape")).hexdigest()


def input_files_key(paths: Iterable[Path], anchor: date | None, config: Any,
                    templates_dir: Path | None = None, cache_dir: Path | None = None) -> str:
    """:func:`inputs_key` for files as given: each is read and hashed, never decoded or parsed (and the
    keys are remembered, so that extraction in this process need not read the files again). With a
    cache folder, a file unchanged since the last call is not even read (see FileKeyMemo)."""
    memo = FileKeyMemo(cache_dir)

    def key(path: Path) -> str:
        try:
            return memo.key(path, anchor)
        except OSError as exc:  # an unreadable file is part of the inputs too: the build will report it
            return file_key(path, f"\0unreadable: {exc}".encode(), anchor)
    try:
        return inputs_key(map(key, paths), config, templates_dir)
    finally:
        memo.save()


def unchanged(cache_dir: Path, out: Path, key: str) -> dict[str, Any] | None:
    """The manifest of the last build when it had this key and `out` is as it left it, else None."""
    try:
        manifest = json.loads((Path(cache_dir) / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("key") != key or not Path(out).is_dir():
        return None
    if manifest.get("tree") != tree_signature(out):
        return None
    return manifest


def record(cache_dir: Path, out: Path, key: str, tree: str | None = None, **facts: Any) -> None:
    """Remember this build (atomically), with `tree` when the build knows it (else the folder is walked);
    a manifest that cannot be written only costs the next build time."""
    write_json_quietly(Path(cache_dir) / MANIFEST_NAME, {"key": key, "tree": tree or tree_signature(out), **facts})


def forget(cache_dir: Path) -> None:
    """Drop the manifest, e.g. before a build that fails half-way."""
    (Path(cache_dir) / MANIFEST_NAME).unlink(missing_ok=True)
