"""Whether the process that left a file behind is still running, on Linux and Windows.

Process ids are reused (Linux wraps at 32768 by default, and after a reboot every id is new), so a live
process with the right id only counts as the owner when it started before the file was last written.
"""

from __future__ import annotations

import os
from pathlib import Path

START_TIME_SLACK_SECONDS = 2.0  # Linux knows the boot time to the second


def written_by_running_process(leftover: Path, pid: int) -> bool:
    """Whether process `pid` may still be writing (or own) `leftover`."""
    if not process_alive(pid):
        return False
    started = process_start_time(pid)
    if started is None:
        return True
    try:
        written = leftover.stat().st_mtime
    except OSError:
        return False
    return written >= started - START_TIME_SLACK_SECONDS


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill would end the process there
        return _windows_process_times(pid) is not None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but belongs to another user
    return True


def process_start_time(pid: int) -> float | None:
    """Start of process `pid` in seconds since the epoch, where the system tells it, else None."""
    if os.name == "nt":
        return _windows_process_times(pid)
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime")
        )
        return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start time in clock ticks
    except (OSError, StopIteration, ValueError, IndexError):
        return None


def _windows_process_times(pid: int) -> float | None:
    """Creation time of a running Windows process (epoch seconds), None when it is not running."""
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    query_limited_information, still_active = 0x1000, 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return None
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) or code.value != still_active:
            return None
        created, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
        if not kernel32.GetProcessTimes(
            handle, ctypes.byref(created), ctypes.byref(exited), ctypes.byref(kernel), ctypes.byref(user)
        ):
            return 0.0  # running, start unknown: counts as older than any file
        ticks = (created.dwHighDateTime << 32) | created.dwLowDateTime  # 100 ns since 1601
        return ticks / 10_000_000 - 11_644_473_600
    finally:
        kernel32.CloseHandle(handle)
