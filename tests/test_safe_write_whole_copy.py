"""The byte copy behind the working copy and the .bak copy: the kernel's copy where there is one, and read
and write by offset elsewhere, including where the system has no pread (Windows)."""

from __future__ import annotations

import os

import pytest

from clusterdesk.core import safe_write


def _copy(tmp_path, content: bytes, name: str = "copy"):
    origin_path, target_path = tmp_path / f"{name}.origin", tmp_path / f"{name}.target"
    origin_path.write_bytes(content)
    origin = os.open(origin_path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    target = os.open(target_path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        safe_write.copy_whole(origin, target)
    finally:
        os.close(origin)
        os.close(target)
    return target_path.read_bytes()


CONTENT = bytes(range(256)) * 40_000  # 10 MB: more than one step of 4 MB


@pytest.mark.parametrize("kernel_copy", [True, False])
def test_a_whole_file_is_copied_with_and_without_the_kernel(tmp_path, monkeypatch, kernel_copy):
    monkeypatch.setattr(safe_write, "_kernel_copy", kernel_copy and hasattr(os, "copy_file_range"))
    assert _copy(tmp_path, CONTENT) == CONTENT


def test_a_whole_file_is_copied_where_the_system_has_no_pread(tmp_path, monkeypatch):
    monkeypatch.setattr(safe_write, "_kernel_copy", False)
    monkeypatch.delattr(os, "pread", raising=False)
    monkeypatch.delattr(os, "pwrite", raising=False)
    assert _copy(tmp_path, CONTENT) == CONTENT
    assert _copy(tmp_path, b"", "empty") == b""
