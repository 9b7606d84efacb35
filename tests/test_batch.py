"""parse_many: order, streaming with bounded look-ahead, executors, and a real Dask cluster."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

from wirestory import Story, parse_many, parse_story
from wirestory._batch import map_ordered

# Short stories in wire layouts (written for these tests), each told apart by its headline.
TEXTS = [
    f"Storm Story {n}\n\nGDANSK (Reuters) - The port said repairs would take {n} weeks.\n\n"
    f'"We lost {n} cranes," the harbour master said.'
    for n in range(40)
]


class Counting:
    """An iterable that counts how many items have been taken from it."""

    def __init__(self, items: list[str]) -> None:
        self.items = items
        self.taken = 0

    def __iter__(self) -> Iterator[str]:
        for item in self.items:
            self.taken += 1
            yield item


def test_in_process_matches_parse_story() -> None:
    """Without an executor, results equal parse_story's, in order."""
    assert list(parse_many(TEXTS)) == [parse_story(text) for text in TEXTS]


def test_thread_pool_keeps_order() -> None:
    """A thread pool gives the same stories in input order, whatever the chunk size."""
    expected = [parse_story(text) for text in TEXTS]
    assert [s.headline.text for s in expected if s.headline] == [
        f"Storm Story {n}" for n in range(40)
    ]
    with ThreadPoolExecutor(3) as pool:
        for chunk_size in (1, 3, 64):
            assert list(parse_many(TEXTS, executor=pool, chunk_size=chunk_size)) == expected


def test_process_pool() -> None:
    """A process pool parses in other processes; results come back equal and in order."""
    with ProcessPoolExecutor(2) as pool:
        assert list(parse_many(TEXTS, executor=pool, chunk_size=4)) == list(parse_many(TEXTS))


def test_streaming_bounded_look_ahead() -> None:
    """Only max_pending chunks are read ahead of the consumer, not the whole input."""
    source = Counting(TEXTS)
    with ThreadPoolExecutor(2) as pool:
        results = parse_many(source, executor=pool, chunk_size=2, max_pending=3)
        first = next(results)
        assert first.headline is not None
        assert first.headline.text == "Storm Story 0"
        assert source.taken <= 2 * 3 + 2  # three chunks in flight, one more being refilled
        results.close()
    assert source.taken < len(TEXTS)


def test_endless_input_streams() -> None:
    """An endless iterator can be consumed lazily."""

    def endless() -> Iterator[str]:
        n = 0
        while True:
            yield f"Headline {n}\n\nBody {n}."
            n += 1

    with ThreadPoolExecutor(2) as pool:
        results = parse_many(endless(), executor=pool)
        heads = [next(results).headline for _ in range(50)]
        results.close()
    assert [h.text for h in heads if h] == [f"Headline {n}" for n in range(50)]


def test_non_str_item_raises_type_error_in_turn() -> None:
    """A non-str item raises TypeError when its turn comes; earlier results are delivered."""
    items: list[object] = [TEXTS[0], b"bytes", TEXTS[1]]
    results = parse_many(items)  # type: ignore[arg-type]
    assert next(results) == parse_story(TEXTS[0])
    with pytest.raises(TypeError, match="bytes"):
        next(results)
    with ThreadPoolExecutor(2) as pool, pytest.raises(TypeError, match="bytes"):
        list(parse_many(items, executor=pool, chunk_size=1))  # type: ignore[arg-type]


def test_bad_arguments() -> None:
    """chunk_size and max_pending must be positive."""
    with ThreadPoolExecutor(1) as pool:
        with pytest.raises(ValueError, match="chunk_size"):
            list(map_ordered(list, [1], executor=pool, chunk_size=0))
        with pytest.raises(ValueError, match="max_pending"):
            list(map_ordered(list, [1], executor=pool, max_pending=0))


def test_stories_pickle() -> None:
    """Parsed stories survive pickling (what process pools and Dask do with them)."""
    story = parse_story(TEXTS[3])
    assert pickle.loads(pickle.dumps(story)) == story


def test_dask_local_cluster() -> None:
    """On a real two-process Dask cluster (distributed), results match and stay in order."""
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        executor = client.get_executor()
        got = list(parse_many(TEXTS, executor=executor, chunk_size=5, max_pending=4))
    assert got == [parse_story(text) for text in TEXTS]
    assert all(isinstance(story, Story) for story in got)
