"""What each key does in presentation mode: the keys of presentation programs and of presenter remotes
(which send Page Down / Page Up, and B or . for a black screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt

Key = Qt.Key
NEXT_KEYS = {Key.Key_PageDown, Key.Key_Right, Key.Key_Down, Key.Key_Space, Key.Key_Forward, Key.Key_MediaNext}
PREVIOUS_KEYS = {
    Key.Key_PageUp,
    Key.Key_Left,
    Key.Key_Up,
    Key.Key_Backspace,
    Key.Key_Back,
    Key.Key_MediaPrevious,
}
FIRST_KEYS = {Key.Key_Home}
LAST_KEYS = {Key.Key_End}
BLACK_KEYS = {Key.Key_B, Key.Key_Period}
WHITE_KEYS = {Key.Key_W, Key.Key_Comma}
ENTER_KEYS = {Key.Key_Return, Key.Key_Enter}
LEAVE_KEYS = {Key.Key_Escape}
NOTES_KEYS = {Key.Key_N}
DIGIT_KEYS = {getattr(Key, f"Key_{n}"): n for n in range(10)}


def action_of(key: int, typed: str) -> tuple[str, int | None]:
    """('next' | 'previous' | 'first' | 'last' | 'black' | 'white' | 'leave' | 'notes' | 'digit' |
    'jump' | '', argument) for a key, given the digits typed so far (number + Enter jumps)."""
    if key in DIGIT_KEYS:
        return "digit", DIGIT_KEYS[key]
    if key in ENTER_KEYS:
        return ("jump", int(typed)) if typed else ("next", None)
    if key in NEXT_KEYS:
        return "next", None
    if key in PREVIOUS_KEYS:
        return "previous", None
    if key in FIRST_KEYS:
        return "first", None
    if key in LAST_KEYS:
        return "last", None
    if key in BLACK_KEYS:
        return "black", None
    if key in WHITE_KEYS:
        return "white", None
    if key in LEAVE_KEYS:
        return "leave", None
    if key in NOTES_KEYS:
        return "notes", None
    return "", None
