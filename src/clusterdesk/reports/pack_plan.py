"""Sections of the pack about the action plan (filled in below)."""

from __future__ import annotations


def vision(context) -> list:
    return []


def plan_table(context) -> list:
    return []


def gantt(context) -> list:
    return []


def budget(context) -> list:
    return []
