"""Run many rendering tasks across processes, handing back their results in order.

Rendering pages is pure Python (Jinja2), so a build of an archive renders in forked workers that
inherit the prepared views and compiled templates rather than receiving them pickled; only small
results come back (the publisher's workers write their files themselves). The results come in the
order asked for, whatever the number of processes, and only a few chunks run ahead of the consumer.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")

CHUNK = 64  # files per task: enough to amortise the round trip, small enough to balance the workers
PARALLEL_FROM = 512  # fewer files than this render in this process: forking would cost more than it saves



@dataclass(frozen=True)
class SharedState:
    """What workers learn that the parent should keep (e.g. serialized VEVENTs): `take` runs in the
    worker after each chunk, `adopt` in the parent with what it returned."""

    take: Callable[[], Any]
    adopt: Callable[[Any], None]


_renders: Sequence[Callable[[], Any]] = ()  # set before the workers fork; they inherit them
_shared: SharedState | None = None


def _render_chunk(start: int, stop: int) -> tuple[list[Any], Any]:
    data = [render() for render in _renders[start:stop]]
    return data, _shared.take() if _shared is not None else None


def _fork_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _jobs(jobs: int | None) -> int:
    return max(1, jobs if jobs is not None else (os.cpu_count() or 1))


def runs_in_parallel(tasks: int, jobs: int | None, parallel_from: int | None = None) -> bool:
    """Whether `rendered` would fork workers for this many tasks (PARALLEL_FROM unless told)."""
    return _jobs(jobs) > 1 and tasks >= (parallel_from or PARALLEL_FROM) and _fork_available()


def rendered(renders: Sequence[Callable[[], T]], jobs: int | None = None,
             shared: SharedState | None = None, chunk: int | None = None,
             parallel_from: int | None = None) -> Iterator[T]:
    """Each render's result, in order; across `jobs` processes (None: one per core) when there are at
    least `parallel_from` (PARALLEL_FROM), `chunk` (CHUNK) renders per task. The workers keep a few
    chunks ahead of the consumer."""
    results = _results(renders, jobs, shared, chunk, parallel_from, all_at_once=False)
    next(results)  # the submission
    yield from results


class Started(Generic[T]):
    """Renders handed to workers at once, which get to work while the caller does something else:
    calling it waits for their results, in order; `close` cancels those not begun and waits for the
    others (a caller that gives up must, so that no worker outlives it). With `leave_a_core`, one process
    fewer than `jobs` is forked (at least one): for renders meant to run beside a caller that works on."""

    def __init__(self, renders: Sequence[Callable[[], T]], jobs: int | None = None,
                 shared: SharedState | None = None, chunk: int | None = None, parallel_from: int | None = None,
                 leave_a_core: bool = False):
        self.parallel = runs_in_parallel(len(renders), jobs, parallel_from)  # False: they run when called
        workers = max(1, _jobs(jobs) - 1) if leave_a_core else None
        self._results = _results(renders, jobs, shared, chunk, parallel_from, all_at_once=True, workers=workers)
        next(self._results)  # forks the workers and submits every chunk, without waiting for any

    def __call__(self) -> list[T]:
        return list(self._results)

    def close(self) -> None:
        self._results.close()


def _results(renders: Sequence[Callable[[], Any]], jobs: int | None, shared: SharedState | None,
             chunk: int | None, parallel_from: int | None, all_at_once: bool,
             workers: int | None = None) -> Iterator[Any]:
    """_SUBMITTED once the first chunks (all of them, `all_at_once`) are submitted, then the results."""
    if not runs_in_parallel(len(renders), jobs, parallel_from):
        yield _SUBMITTED
        for render in renders:
            yield render()
        return
    jobs, chunk = _jobs(jobs), chunk or CHUNK
    global _renders, _shared
    _renders, _shared = renders, shared
    pool = ProcessPoolExecutor(max_workers=min(workers or jobs, jobs), mp_context=multiprocessing.get_context("fork"))
    try:
        bounds = iter(range(0, len(renders), chunk))
        pending: deque[Future[tuple[list[Any], Any]]] = deque()

        def submit_next() -> None:
            start = next(bounds, None)
            if start is not None:
                pending.append(pool.submit(_render_chunk, start, min(start + chunk, len(renders))))

        for _ in range(len(renders) if all_at_once else jobs * 3):
            submit_next()
        yield _SUBMITTED
        while pending:
            results, learned = pending.popleft().result()
            if shared is not None:
                shared.adopt(learned)
            submit_next()
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _renders, _shared = (), None


_SUBMITTED: Any = object()
