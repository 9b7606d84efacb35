"""Parse many stories, in order, in-process or on any executor: :func:`parse_many`.

Work is sent in chunks (one task parses ``chunk_size`` stories, so that the cost of shipping
a task is shared) and only ``max_pending`` chunks are in flight at any time: the input is
read as results are consumed, so an endless iterator or a file larger than memory streams
through. Results come back in input order. Every :class:`~wirestory.Story` is picklable, so
process pools and Dask workers can send them home.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import itertools
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Executor, Future
from typing import TypeVar

from wirestory._models import Story
from wirestory._story import parse_story

__all__ = ["map_ordered", "parse_many"]

_In = TypeVar("_In")
_Out = TypeVar("_Out")

#: Stories per task: enough to hide the cost of a round trip to a worker process.
DEFAULT_CHUNK_SIZE = 16
#: Tasks in flight when the executor does not say how many workers it has.
DEFAULT_MAX_PENDING = 8


def _parse_chunk(texts: list[str], reference_date: dt.date | None) -> list[Story]:
    """Parse one chunk (runs in the worker; a module-level function, so it pickles)."""
    return [parse_story(text, reference_date=reference_date) for text in texts]


def _workers(executor: Executor) -> int | None:
    count = getattr(executor, "_max_workers", None)
    return count if isinstance(count, int) and count > 0 else None


def map_ordered(
    function: Callable[[list[_In]], list[_Out]],
    items: Iterable[_In],
    *,
    executor: Executor,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    max_pending: int | None = None,
) -> Generator[_Out, None, None]:
    """Apply *function* to chunks of *items* on *executor*; yield its results in order.

    At most *max_pending* chunks are submitted ahead of the one being consumed (default:
    twice the executor's workers, else 8). Closing the generator cancels what is pending.

    >>> from concurrent.futures import ThreadPoolExecutor
    >>> with ThreadPoolExecutor(2) as pool:
    ...     list(map_ordered(lambda xs: [x * 2 for x in xs], range(5), executor=pool, chunk_size=2))
    [0, 2, 4, 6, 8]
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be >= 1, got {chunk_size}")
    if max_pending is None:
        workers = _workers(executor)
        max_pending = 2 * workers if workers else DEFAULT_MAX_PENDING
    if max_pending < 1:
        raise ValueError(f"max_pending must be >= 1, got {max_pending}")
    iterator = iter(items)
    pending: collections.deque[Future[list[_Out]]] = collections.deque()
    try:
        while True:
            while len(pending) < max_pending:
                chunk = list(itertools.islice(iterator, chunk_size))
                if not chunk:
                    break
                pending.append(executor.submit(function, chunk))
            if not pending:
                return
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def parse_many(
    texts: Iterable[str],
    *,
    executor: Executor | None = None,
    reference_date: dt.date | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    max_pending: int | None = None,
) -> Generator[Story, None, None]:
    r"""Parse *texts* with :func:`~wirestory.parse_story`, yielding stories in input order.

    Args:
        texts: Any iterable of story texts; it is read lazily, a few chunks ahead.
        executor: Where to parse. ``None`` parses in this process, one story at a time. Any
            :class:`concurrent.futures.Executor` works: a ``ProcessPoolExecutor`` uses
            several cores; ``distributed.Client(...).get_executor()`` a Dask cluster.
        reference_date: Passed on to :func:`~wirestory.parse_story`.
        chunk_size: Stories per task sent to the executor.
        max_pending: Tasks in flight at once (default: twice the executor's workers, or 8).

    Raises:
        TypeError: An item is not a ``str`` (raised when that item's turn comes).

    >>> [story.headline.text for story in parse_many(["One\n\nBody.", "Two\n\nBody."])]
    ['One', 'Two']
    """
    if executor is None:
        for text in texts:
            yield parse_story(text, reference_date=reference_date)
        return

    # A partial of a module-level function pickles, so process pools and Dask can run it.
    function = functools.partial(_parse_chunk, reference_date=reference_date)
    yield from map_ordered(
        function, texts, executor=executor, chunk_size=chunk_size, max_pending=max_pending
    )
