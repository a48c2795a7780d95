"""Compare calendarize's date reader with the parsers users would pick instead, on the same texts.

For the sample article and the three TempEval-3 development sets, runs calendarize (`calendarize dates ...
--format jsonl`), chrono-node, dateparser (language guessed, and pinned to English) and timefhuman, writes
each system's JSONL under benchmarks/results/, scores it with the project's score_expr.py and prints a
Markdown table. Everything runs at once; dateparser is the slow one, and reports progress on stderr.

    python benchmarks/compare_dates.py [--shared DIR] [--only calendarize,chrono-node] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PEERS_DIR = HERE / "peers"
SYSTEMS = (
    "calendarize",
    "chrono-node",
    "chrono-node-grain",
    "dateparser",
    "dateparser-en",
    "timefhuman",
    "timefhuman-past",
)
SAMPLE_ANCHOR = "2021-10-28"
DEV_SETS = (("TimeBank", "timebank"), ("AQUAINT", "aquaint"), ("platinum", "platinum"))
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
CALENDARIZE_TIMEOUT_S = 900
NOTES: list[str] = []  # said under the table: what makes a number less than it seems


@dataclass
class Corpus:
    """A set of documents with one gold file; `skip_lines` is the front matter the scorer ignores."""

    name: str
    gold: Path
    files: list[Path]
    skip_lines: int
    # doc key (path relative to the shared folder) -> {"doc", "anchor", "text"} as the peers read it
    inputs: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass
class Score:
    """One system on one corpus, as score_expr.py counts it (found is also the true positives)."""

    found: int
    required: int
    false_pos: int

    @property
    def recall(self) -> float:
        return self.found / max(1, self.required)

    @property
    def precision(self) -> float:
        return self.found / max(1, self.found + self.false_pos)

    def __add__(self, other: Score) -> Score:
        return Score(self.found + other.found, self.required + other.required, self.false_pos + other.false_pos)


def split_front_matter(text: str) -> tuple[dict[str, str], str, int]:
    """Front-matter fields, the body, and how many lines the front matter took."""
    m = FRONT_MATTER.match(text)
    if not m:
        return {}, text, 0
    pairs = (line.partition(":") for line in m.group(1).split("\n"))
    fields = {key.strip(): value.strip() for key, _, value in pairs}
    return fields, text[m.end():], m.group(0).count("\n")


def load_corpora(shared: Path) -> list[Corpus]:
    """The sample article and the development sets, with the peers' inputs prepared."""
    sample = shared / "seeds" / "000_9cb2e611dafe5458.txt"
    corpora = [Corpus("sample", shared / "acceptance" / "seed_dates.jsonl", [sample], 0)]
    dev = shared / "dev" / "tempeval3"
    for name, key in DEV_SETS:
        files = sorted((dev / f"docs_{key}").glob("*.txt"))
        corpora.append(Corpus(name, dev / f"gold_{key}.jsonl", files, 3))
    for corpus in corpora:
        for path in corpus.files:
            text = path.read_text(encoding="utf-8")
            fields, body, lines = split_front_matter(text)
            anchor = fields.get("published", SAMPLE_ANCHOR if corpus.name == "sample" else "")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", anchor[:10]):
                raise SystemExit(f"{path}: no 'published: YYYY-MM-DD' front matter; cannot anchor its dates")
            # Peers never see the front matter, but its lines stay (blank) so line numbers match the file.
            key = str(path.relative_to(shared))
            corpus.inputs[key] = {"doc": key, "anchor": anchor[:10], "text": "\n" * lines + body}
    return corpora


def peer_command(system: str) -> list[str] | None:
    """How to run a peer over JSONL documents on stdin, or None when it is not installed."""
    if system.startswith("chrono-node"):
        node = shutil.which("node")
        if node is None or not (PEERS_DIR / "node_modules" / "chrono-node").is_dir():
            return None
        return [node, str(PEERS_DIR / "chrono_scan.js"), *(["--grain"] if system.endswith("-grain") else [])]
    return [sys.executable, str(PEERS_DIR / "py_peers.py"), "--peer", system]


def calendarize_command() -> list[str]:
    """The installed `calendarize` script, else the package imported from this checkout."""
    script = shutil.which("calendarize") or shutil.which("calendarize", path=str(Path(sys.executable).parent))
    if script:
        return [script]
    launcher = "import sys; from calendarize.cli import main; sys.argv[0] = 'calendarize'; sys.exit(main())"
    return [sys.executable, "-c", launcher]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_peer(system: str, corpora: list[Corpus], out: Path) -> dict[str, Path] | str:
    """One peer process over every corpus; its output is split per corpus. Returns paths or a reason."""
    command = peer_command(system)
    if command is None:
        return "not installed (npm ci --prefix benchmarks/peers)"
    owner = {key: corpus.name for corpus in corpora for key in corpus.inputs}
    stdin = "".join(json.dumps(doc, ensure_ascii=False) + "\n" for c in corpora for doc in c.inputs.values())
    started = time.monotonic()
    raw = out / f"all.{system}.jsonl"
    with raw.open("w", encoding="utf-8") as sink:
        # stderr is inherited so that progress shows while the peer runs
        proc = subprocess.run(command, check=False, input=stdin, stdout=sink, text=True, encoding="utf-8")
    if proc.returncode != 0:
        return f"exit {proc.returncode}"
    per_corpus: dict[str, list[str]] = {corpus.name: [] for corpus in corpora}
    for line in raw.read_text(encoding="utf-8").splitlines():
        try:
            per_corpus[owner[json.loads(line)["doc"]]].append(line)
        except (ValueError, KeyError):
            log(f"  {system}: ignored an output line: {line[:120]}")
    log(f"{system}: done in {time.monotonic() - started:.0f} s")
    return write_results(system, per_corpus, out)


def write_results(system: str, per_corpus: dict[str, list[str]], out: Path) -> dict[str, Path]:
    paths = {}
    for name, lines in per_corpus.items():
        path = out / f"{name}.{system}.jsonl"
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        paths[name] = path
    return paths


def run_calendarize(corpora: list[Corpus], out: Path) -> dict[str, Path] | str:
    """`calendarize dates FILES --format jsonl` per corpus; a failure costs that corpus only."""
    command = calendarize_command()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    started = time.monotonic()
    per_corpus: dict[str, list[str]] = {}
    reasons = []
    for corpus in corpora:
        files, shift = [str(f) for f in corpus.files], 0
        if corpus.name == "sample":
            # The sample has no front matter: give calendarize a copy that states its publication date,
            # then move its line numbers back onto the original file.
            copy = out / "inputs" / corpus.files[0].name
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(f"---\npublished: {SAMPLE_ANCHOR}\n---\n" + corpus.files[0].read_text(encoding="utf-8"))
            files, shift = [str(copy)], 3
        try:
            proc = subprocess.run(
                [*command, "dates", *files, "--format", "jsonl"],
                check=False, capture_output=True, text=True, encoding="utf-8", cwd=REPO, env=env, timeout=CALENDARIZE_TIMEOUT_S,
            )
        except (OSError, subprocess.TimeoutExpired) as err:
            reasons.append(f"{corpus.name}: {err}")
            continue
        lines = []
        for line in proc.stdout.splitlines():
            try:
                item = json.loads(line)
            except ValueError:
                continue
            if isinstance(item, dict) and isinstance(item.get("line"), int):
                item["line"] -= shift
                lines.append(json.dumps(item, ensure_ascii=False))
        (out / f"{corpus.name}.calendarize.stderr.txt").write_text(proc.stderr, encoding="utf-8")
        if proc.returncode != 0:
            tail = (proc.stderr.strip().splitlines() or ["(no message)"])[-1]
            log(f"  calendarize: {corpus.name}: exit {proc.returncode}: {tail[:200]}")
            if lines:
                NOTES.append(f"calendarize exited {proc.returncode} on {corpus.name}; its partial output is scored")
            if not lines:
                reasons.append(f"{corpus.name}: exit {proc.returncode}")
                continue
        per_corpus[corpus.name] = lines
    log(f"calendarize: done in {time.monotonic() - started:.0f} s")
    if not per_corpus:
        return "; ".join(reasons) or "no output"
    return write_results("calendarize", per_corpus, out)


def score(scorer: Path, corpus: Corpus, system_jsonl: Path) -> Score | None:
    """score_expr.py's counts for one output file, or None if it could not score it."""
    command = [sys.executable, str(scorer), str(corpus.gold), str(system_jsonl)]
    if corpus.skip_lines:
        command += ["--skip-lines", str(corpus.skip_lines)]
    proc = subprocess.run(command, check=False, capture_output=True, text=True)
    try:
        result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
        return Score(result["found"], result["required"], result["false_pos"])
    except (ValueError, IndexError, KeyError):
        log(f"  score_expr.py failed on {system_jsonl}: {proc.stderr.strip()[-300:]}")
        return None


def table(rows: list[tuple[str, str, Score | None]]) -> str:
    """Markdown: one row per corpus and system."""
    lines = [
        "| corpus | system | found/required | recall | false pos. | precision |",
        "|---|---|--:|--:|--:|--:|",
    ]
    for corpus, system, s in rows:
        if s is None:
            lines.append(f"| {corpus} | {system} | n/a | n/a | n/a | n/a |")
        else:
            lines.append(
                f"| {corpus} | {system} | {s.found}/{s.required} | {s.recall:.1%} | {s.false_pos} | {s.precision:.1%} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder")
    parser.add_argument("--only", default=",".join(SYSTEMS), help=f"comma-separated subset of {', '.join(SYSTEMS)}")
    parser.add_argument("--out", type=Path, default=HERE / "results", help="where each system's JSONL goes")
    args = parser.parse_args(argv)
    systems = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(systems) - set(SYSTEMS))
    if unknown:
        parser.error(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}")
    shared = args.shared.resolve()
    scorer = shared / "tools" / "score_expr.py"
    if not scorer.is_file():
        parser.error(f"{scorer} not found; point --shared at the folder holding tools/, seeds/ and dev/")
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    corpora = load_corpora(shared)
    log(", ".join(f"{c.name}: {len(c.files)} documents" for c in corpora))
    jobs: dict[str, Callable[[], dict[str, Path] | str]] = {
        s: (lambda s=s: run_calendarize(corpora, out) if s == "calendarize" else run_peer(s, corpora, out))
        for s in systems
    }
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = {s: pool.submit(job) for s, job in jobs.items()}
        outputs = {s: f.result() for s, f in futures.items()}

    rows: list[tuple[str, str, Score | None]] = []
    notes = list(NOTES)
    dev_names = {name for name, _ in DEV_SETS}
    for system in systems:
        if isinstance(outputs[system], str):
            notes.append(f"{system}: n/a ({outputs[system]})")
    for corpus in corpora:
        for system in systems:
            paths = outputs[system]
            path = paths.get(corpus.name) if isinstance(paths, dict) else None
            rows.append((corpus.name, system, score(scorer, corpus, path) if path else None))
    for system in systems:
        dev = [s for c, sy, s in rows if sy == system and c in dev_names]
        combined = None if any(s is None for s in dev) else sum(dev[1:], dev[0])
        rows.append(("dev (all three)", system, combined))
    print(table(rows))
    for note in notes:
        print(f"\n{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
