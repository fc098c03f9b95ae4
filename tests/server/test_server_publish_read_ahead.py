"""The checkout's reading ahead on a thread: every item in order, the producer's error raised in the
consumer, and a consumer that stops early stopping the producer."""

from __future__ import annotations

import threading

import pytest

from clusterdesk.io.server.read_ahead import read_ahead


def test_items_arrive_in_order_from_another_thread():
    threads = set()

    def produce():
        for number in range(1000):
            threads.add(threading.current_thread().name)
            yield number

    assert list(read_ahead(produce(), depth=2)) == list(range(1000))
    assert threads == {"clusterdesk-read-ahead"}


def test_an_error_of_the_producer_is_raised_in_the_consumer():
    def produce():
        yield 1
        raise ConnectionError("server went away")

    seen = []
    with pytest.raises(ConnectionError, match="server went away"):
        for item in read_ahead(produce()):
            seen.append(item)
    assert seen == [1]


def test_stopping_early_stops_the_producer():
    produced = []

    def produce():
        for number in range(10_000):
            produced.append(number)
            yield number

    for item in read_ahead(produce(), depth=3):
        if item == 5:
            break
    assert not any(thread.name == "clusterdesk-read-ahead" for thread in threading.enumerate())
    assert len(produced) < 20  # it stopped a few items ahead, not at the end
