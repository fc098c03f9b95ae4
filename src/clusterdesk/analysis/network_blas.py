"""Run numerical work with one BLAS thread in the calling thread.

ARPACK's Lanczos iterations call BLAS on vectors of every stakeholder; OpenBLAS spreads each call over
all cores, and when the machine is busy its threads wait on each other: the eigenvector of a 100,000
stakeholder network took 7 s that way and 1.5 s on one thread. OpenBLAS (0.3.27 and later, as bundled with
numpy and scipy) can limit the calling thread alone (`openblas_set_num_threads_local`), so other threads
of the application keep their setting. Where the library or that function is missing, nothing changes.
Linux finds the loaded libraries in /proc/self/maps; elsewhere this is a no-op. Qt-free.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path


@cache
def _thread_setters() -> tuple:
    maps = Path("/proc/self/maps")
    if not maps.exists():
        return ()
    try:
        paths = {line.split()[-1] for line in maps.read_text().splitlines() if "openblas" in line.lower()}
    except OSError:
        return ()
    setters = []
    for path in sorted(paths):
        try:
            setter = ctypes.CDLL(path).openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        setter.restype = ctypes.c_int
        setter.argtypes = [ctypes.c_int]
        setters.append(setter)
    return tuple(setters)


@contextmanager
def single_blas_thread() -> Iterator[None]:
    """BLAS calls of this thread run on one thread inside the block; the setting is restored after."""
    import numpy  # noqa: F401  -- load the BLAS libraries before looking for them
    import scipy.sparse.linalg  # noqa: F401

    setters = _thread_setters()
    previous = [setter(1) for setter in setters]
    try:
        yield
    finally:
        for setter, threads in zip(setters, previous, strict=True):
            setter(threads)
