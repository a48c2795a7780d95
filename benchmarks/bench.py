"""Measure calendarize at archive scale and print one Markdown table with the machine's description.

In one run:

1. date scanning throughput (MB/s) of calendarize's reader (`find_mentions`) against chrono-node and
   dateparser (languages=["en"]) on the same text, each in its own process, start-up excluded;
2. cold builds of generated corpora (default 1,000 and 10,000 articles; `corpus.py`);
3. on the largest corpus, a rebuild with nothing changed, a rebuild after changing one article (the
   first since the cold build), and one after changing another (a later one: the previous build is
   kept as the next one's staging folder from the first swap on);
4. peak RSS of each build (the largest process of the build, from wait4's rusage);

and checks that `--jobs 2` writes the same bytes as `--jobs 1` (on the smallest corpus).

    python benchmarks/bench.py                   # everything, about 15 minutes on 2 cores
    python benchmarks/bench.py --sizes 200 --skip-scan   # a quick look

Builds run as `python -m calendarize.cli build` subprocesses with SOURCE_DATE_EPOCH fixed, in
`benchmarks/results/bench/` (ignored by git). Progress goes to stderr, the table to stdout. Timings
are the machine's at the time: the load average at the start is printed with them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, os.environ.get("BENCH_CODE", str(ROOT)))  # the scan child measures the snapshot
sys.path.insert(0, str(HERE))

WORK = HERE / "results" / "bench"
EPOCH = "1700000000"
BARS = {
    "scan": 3.0,  # calendarize's MB/s over chrono-node's
    "cold": 60.0,  # s, the largest corpus, 2 cores
    "one_change": 3.0,  # s
    "no_change": 2.0,  # s
    "rss": 500.0,  # MB
}
CHANGED_SENTENCE = "\nThe district will also hold a neighbourhood flea market on the 30th at the community center.\n"


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------- the code measured

CODE = ROOT  # where the measured calendarize package lives; main() may point it at a snapshot


def snapshot() -> Path:
    """A copy of the committed code (`git archive HEAD`), so that edits made in the working tree while
    the benchmark runs neither mix versions nor invalidate the build cache between two builds."""
    target = WORK / "code"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "HEAD", "calendarize", "templates"],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def code_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(CODE), "BENCH_CODE": str(CODE)}


# ---------------------------------------------------------------------------- the machine


def machine() -> dict[str, str]:
    """What the numbers were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        ram = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    node = _output(["node", "--version"]) or "absent"
    commit = _output(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"]) or "?"
    if CODE == ROOT and _output(["git", "-C", str(ROOT), "status", "--porcelain", "--", "calendarize"]):
        commit += " (with uncommitted changes)"
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return {
        "CPU": f"{cpu}, {os.cpu_count()} logical cores",
        "RAM": ram,
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "Node": node,
        "calendarize": commit,
        "load average at start": load,
    }


def _output(cmd: list[str], env: dict[str, str] | None = None) -> str:
    try:
        return subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=1800,
                              env=env).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


# ---------------------------------------------------------------------------- scanning


def scan_calendarize(path: str, passes: int) -> None:
    """Child process: calendarize's reader over the file, start-up and a warm-up pass excluded."""
    from datetime import date

    from calendarize.dates import find_mentions

    text = Path(path).read_text(encoding="utf-8")
    anchor = date(2021, 10, 28)
    find_mentions("The fair runs from the 3rd to May 5 at 2 p.m.", anchor)  # imports, compiled patterns
    find_mentions(text, anchor)
    started = time.perf_counter()
    found = 0
    for _ in range(passes):
        found += len(find_mentions(text, anchor))
    seconds = time.perf_counter() - started
    mb = len(text.encode("utf-8")) * passes / 1e6
    print(json.dumps({"mb_s": mb / seconds, "found": found // passes}))


@dataclass
class Scan:
    system: str
    text: str
    mb_s: float | None
    note: str = ""


def _scan_text(repeat: int) -> Path:
    """The bundled article's text (no front matter) repeated, written where every peer can read it."""
    from calendarize.documents import sample_document

    body = sample_document().text.rstrip("\n") + "\n"
    path = WORK / f"scan-sample-x{repeat}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body * repeat, encoding="utf-8")
    return path


def _passes(size: int, mb_s_guess: float, seconds: float = 3.0) -> int:
    return max(1, int(seconds * mb_s_guess * 1e6 / size))


def measure_scans(repeats: list[int]) -> list[Scan]:
    """Each system in its own process on the same file; a missing peer gives a row without a number."""
    results = []
    for repeat in repeats:
        path = _scan_text(repeat)
        size = path.stat().st_size
        label = f"sample ×{repeat} ({size / 1e3:.0f} kB)"
        log(f"scanning {label}")
        out = _output([sys.executable, __file__, "--scan-calendarize", str(path), str(_passes(size, 2.0))],
                      env=code_env())
        try:
            results.append(Scan("calendarize", label, json.loads(out)["mb_s"]))
        except (ValueError, KeyError):
            results.append(Scan("calendarize", label, None, "failed"))
        out = _output(["node", str(HERE / "peers" / "chrono_scan.js"), "--bench", str(path),
                       str(_passes(size, 2.0 if repeat > 1 else 6.0))])
        m = re.search(r"([\d.]+) MB/s", out)
        results.append(Scan("chrono-node", label, float(m.group(1)) if m else None,
                            "" if m else "not available (npm ci --prefix benchmarks/peers)"))
        out = _output([sys.executable, str(HERE / "peers" / "py_peers.py"), "--bench", str(path), "1",
                       "--peer", "dateparser-en"])
        m = re.search(r"([\d.]+) MB/s first pass", out)
        results.append(Scan("dateparser (en)", label, float(m.group(1)) if m else None,
                            "line by line, one pass" if m else "not available (pip install dateparser)"))
    return results


# ---------------------------------------------------------------------------- builds


@dataclass
class Run:
    label: str
    articles: int
    seconds: float
    rss_mb: float
    summary: str
    ok: bool


def run_build(label: str, inputs: Path, out: Path, articles: int, jobs: int | None = None) -> Run:
    """One `calendarize build` in a subprocess: wall time and the peak RSS of its largest process."""
    cmd = [sys.executable, "-m", "calendarize.cli", "build", str(inputs), "--out", str(out)]
    if jobs is not None:
        cmd += ["--jobs", str(jobs)]
    env = {**code_env(), "SOURCE_DATE_EPOCH": EPOCH}
    log(f"{label}: {' '.join(cmd[2:])}")
    with tempfile.TemporaryFile() as stdout:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.STDOUT, env=env, cwd=WORK)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        text = stdout.read().decode("utf-8", "replace").strip()
    summary = text.splitlines()[0] if text else ""
    log(f"{label}: {seconds:.1f} s, {usage.ru_maxrss / 1024:.0f} MB, exit {proc.returncode}: {summary}")
    return Run(label, articles, seconds, usage.ru_maxrss / 1024, summary, proc.returncode == 0)


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def measure_builds(sizes: list[int], seed: int, jobs: int | None) -> tuple[list[Run], str]:
    """Cold builds of every size; rebuilds on the largest; --jobs 1 against --jobs 2 on the smallest."""
    runs: list[Run] = []
    for n in sizes:
        src = fresh(WORK / f"corpus-{n}") / "articles"
        log(f"writing {n:,} articles")
        subprocess.run([sys.executable, str(HERE / "corpus.py"), str(n), "--seed", str(seed), "--out", str(src)],
                       check=True, env=code_env(), stdout=subprocess.DEVNULL)
        where = fresh(WORK / f"build-{n}")  # the cache goes beside `out`, so a fresh parent is a cold cache
        runs.append(run_build(f"cold build, {n:,} articles", src, where / "out", n, jobs))
    n = sizes[-1]
    src, out = WORK / f"corpus-{n}" / "articles", WORK / f"build-{n}" / "out"
    runs.append(run_build(f"rebuild, nothing changed, {n:,} articles", src, out, n, jobs))
    articles = sorted(src.rglob("*.txt"))
    for which, one in (("one article changed", articles[len(articles) // 2]),
                       ("one article changed again (a later rebuild)", articles[len(articles) // 3])):
        with open(one, "a", encoding="utf-8") as fh:
            fh.write(CHANGED_SENTENCE)
        runs.append(run_build(f"rebuild, {which}, {n:,} articles", src, out, n, jobs))
    # Byte-identical output whatever the number of processes.
    small = sizes[0]
    src = WORK / f"corpus-{small}" / "articles"
    one_job = run_build(f"cold build, {small:,} articles, --jobs 1", src, fresh(WORK / "jobs-1") / "out", small, 1)
    two_jobs = run_build(f"cold build, {small:,} articles, --jobs 2", src, fresh(WORK / "jobs-2") / "out", small, 2)
    runs += [one_job, two_jobs]
    a, b = tree(WORK / "jobs-1" / "out"), tree(WORK / "jobs-2" / "out")
    if a == b:
        same = f"identical ({len(a):,} files, {sum(map(len, a.values())) / 1e6:.1f} MB)"
    else:
        differ = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        same = f"DIFFERENT: {len(differ)} files, e.g. {', '.join(differ[:3])}"
    return runs, same


# ---------------------------------------------------------------------------- the table


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "**not met**")


def report(info: dict[str, str], scans: list[Scan], runs: list[Run], same: str | None) -> str:
    lines = ["## Machine", ""] + [f"- {k}: {v}" for k, v in info.items()] + [""]
    if scans:
        lines += ["## Date scanning", "", "| text | system | MB/s | calendarize ÷ system | note |",
                  "|---|---|--:|--:|---|"]
        for s in scans:
            ours = next((x.mb_s for x in scans if x.text == s.text and x.system == "calendarize"), None)
            ratio = f"{ours / s.mb_s:.2f}" if ours and s.mb_s and s.system != "calendarize" else ""
            mb = f"{s.mb_s:.2f}" if s.mb_s is not None else "n/a"
            lines.append(f"| {s.text} | {s.system} | {mb} | {ratio} | {s.note} |")
        lines.append("")
    if runs:
        lines += ["## Builds", "", "| build | wall time (s) | peak RSS (MB) | output |", "|---|--:|--:|---|"]
        for r in runs:
            lines.append(f"| {r.label} | {r.seconds:.1f} | {r.rss_mb:.0f} | {r.summary if r.ok else 'FAILED'} |")
        lines += ["", f"`--jobs 1` and `--jobs 2` outputs: {same}", ""]
    lines += ["## Bars", "", "| bar | measured | |", "|---|---|---|"]
    scan_rows = [s for s in scans if s.system == "chrono-node" and s.mb_s]
    for s in scan_rows:
        ours = next((x.mb_s for x in scans if x.text == s.text and x.system == "calendarize"), None)
        ok = ours / s.mb_s >= BARS["scan"] if ours else None
        lines.append(f"| scanning ≥ {BARS['scan']:.0f}× chrono-node ({s.text}) | "
                     f"{ours / s.mb_s if ours else float('nan'):.2f}× | {verdict(ok)} |")
    if runs:
        biggest = max(r.articles for r in runs)
        cold = next(r for r in runs if r.label.startswith("cold") and r.articles == biggest)
        nochange = next(r for r in runs if "nothing changed" in r.label)
        changes = [r for r in runs if "one article changed" in r.label]
        lines.append(f"| cold build of {biggest:,} ≤ {BARS['cold']:.0f} s | {cold.seconds:.1f} s | "
                     f"{verdict(cold.ok and cold.seconds <= BARS['cold'])} |")
        for change, which in zip(changes, ("first", "later")):
            lines.append(f"| rebuild after one change ({which}) ≤ {BARS['one_change']:.0f} s | {change.seconds:.1f} s | "
                         f"{verdict(change.ok and change.seconds <= BARS['one_change'])} |")
        lines.append(f"| rebuild with nothing changed ≤ {BARS['no_change']:.0f} s | {nochange.seconds:.1f} s | "
                     f"{verdict(nochange.ok and nochange.seconds <= BARS['no_change'])} |")
        peak = max(r.rss_mb for r in runs if r.articles == biggest)
        lines.append(f"| peak RSS of the {biggest:,}-article builds ≤ {BARS['rss']:.0f} MB | {peak:.0f} MB | "
                     f"{verdict(peak <= BARS['rss'])} |")
        lines.append(f"| `--jobs 2` byte-identical to `--jobs 1` | {same.split(' (')[0]} | "
                     f"{verdict(same.startswith('identical'))} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated [1000,10000]")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, help="--jobs for the builds [default: calendarize's, one per core]")
    parser.add_argument("--repeat", default="1,20",
                        help="scan the sample repeated this many times, comma-separated [1,20]")
    parser.add_argument("--skip-scan", action="store_true")
    parser.add_argument("--skip-builds", action="store_true")
    parser.add_argument("--working-tree", action="store_true",
                        help="measure the checkout as it is rather than a snapshot of HEAD")
    parser.add_argument("--scan-calendarize", nargs=2, metavar=("FILE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.scan_calendarize:
        scan_calendarize(args.scan_calendarize[0], int(args.scan_calendarize[1]))
        return 0
    global CODE
    if not args.working_tree:
        CODE = snapshot()
    info = machine()
    scans = [] if args.skip_scan else measure_scans([int(x) for x in args.repeat.split(",")])
    runs, same = ([], None) if args.skip_builds else measure_builds(
        sorted(int(x) for x in args.sizes.split(",")), args.seed, args.jobs)
    print(report(info, scans, runs, same))
    return 0


if __name__ == "__main__":
    sys.exit(main())
