"""Reading ahead on a thread: the next rows come from the server while the previous ones are written.

psycopg waits for the server, and sqlite3 steps its statements, with the interpreter lock released, so a
checkout's reading and writing overlap instead of taking turns. The producer is the only user of its
connection until it is done.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")
_DONE = object()


def read_ahead(items: Iterator[T], depth: int = 3) -> Iterator[T]:
    """The items of `items`, produced on another thread up to `depth` ahead of the consumer. An error of
    the producer is raised in the consumer; a consumer that stops early stops the producer."""
    handed: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(entry) -> bool:
        while not stop.is_set():
            try:
                handed.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put((True, item)):
                    return
            put((False, _DONE))
        except BaseException as error:  # handed to the consumer, who raises it
            put((False, error))

    producer = threading.Thread(target=produce, name="clusterdesk-read-ahead", daemon=True)
    producer.start()
    try:
        while True:
            ok, item = handed.get()
            if ok:
                yield item
            elif item is _DONE:
                return
            else:
                raise item
    finally:
        stop.set()
        producer.join()
