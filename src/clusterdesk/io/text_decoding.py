"""Guess how a delimited text file was written: its character encoding and its delimiter.

Agencies receive CSV files saved by Excel in many locales: UTF-8 with or without a byte-order mark,
Windows code pages (cp1252 for Spanish and French, cp1251 for Russian), UTF-16 ("Unicode text"), and with
commas, semicolons (where the comma is the decimal mark), tabs or pipes between the cells.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass

import numpy as np

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.io.errors import ImportFileError

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 with BOM"),
    (b"\xff\xfe", "utf-16-le", "UTF-16 LE with BOM"),
    (b"\xfe\xff", "utf-16-be", "UTF-16 BE with BOM"),
)
# Signatures of files that are not text tables, so the message can say what the file really is
_BINARY_SIGNATURES = (
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0", "xls"),
    (b"%PDF", "pdf"),
    (b"SQLite format 3", "sqlite"),
)


_LISTED_LINES = 10


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # Python codec name
    encoding_label: str  # what the user is told
    notes: tuple[str, ...] = ()  # lines read in another encoding than the rest


def _looks_like_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM: mostly ASCII text shows a zero byte in every other position."""
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_zeros = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def _cyrillic_score(data: bytes) -> float:
    """Share of non-ASCII bytes that sit next to another non-ASCII byte.

    Russian words in cp1251 are runs of bytes above 0x7F; Spanish or French text in cp1252 has isolated
    accented letters between ASCII ones.
    """
    high = [i for i, b in enumerate(data) if b >= 0x80]
    if not high:
        return 0.0
    positions = set(high)
    adjacent = sum(1 for i in high if i - 1 in positions or i + 1 in positions)
    return adjacent / len(high)


def decode_bytes(data: bytes, file_name: str) -> DecodedText:
    """Decode the bytes of a text table, detecting the encoding. Raises ImportFileError for non-text."""
    if not data.strip():
        raise ImportFileError(
            tr(
                "decode:empty",
                "{file} is empty: it has no header row and no stakeholders.",
                messages_language(),
                file=file_name,
            )
        )
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise ImportFileError(_binary_message(file_name, kind))
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8-sig":
                mixed = _utf8_with_foreign_lines(data[len(bom) :], label)
                if mixed is not None:
                    return _checked(mixed, file_name)
            return DecodedText(_decode(data, codec, file_name, label), codec, label)
    utf16 = _looks_like_utf16(data[:4000])
    if utf16:
        label = "UTF-16 " + ("LE" if utf16.endswith("le") else "BE")
        return DecodedText(_decode(data, utf16, file_name, label), utf16, label)
    try:
        text = data.decode("utf-8")
        return _checked(DecodedText(text, "utf-8", "UTF-8"), file_name)
    except UnicodeDecodeError:
        pass
    mixed = _utf8_with_foreign_lines(data, "UTF-8")
    if mixed is not None:
        return _checked(mixed, file_name)
    codec, label = _legacy_codec(data)
    return _checked(DecodedText(data.decode(codec, errors="replace"), codec, label), file_name)


def _alphabet(text: str) -> str | None:
    """'cyrillic' or 'latin' for the letters beyond ASCII that `text` mostly holds; None without any."""
    letters = [ch for ch in text if not ch.isascii() and ch.isalpha()]
    if not letters:
        return None
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    return "cyrillic" if cyrillic * 2 > len(letters) else "latin"


def _legacy_codec(data: bytes, alphabet: str | None = None) -> tuple[str, str]:
    """The Windows code page (or Latin-1) that bytes which are not UTF-8 were most likely written in.

    `alphabet` is what the rest of the file is written in, when known: lines pasted into a Spanish file
    are Spanish too, whatever their bytes suggest on their own.
    """
    if alphabet == "cyrillic" or (alphabet is None and _cyrillic_score(data[:200_000]) > 0.6):
        return "cp1251", "Windows-1251 (Cyrillic)"
    if any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")):
        return "latin-1", "ISO-8859-1 (Latin-1)"
    return "cp1252", "Windows-1252 (Western European)"


def _utf8_with_foreign_lines(data: bytes, utf8_label: str) -> DecodedText | None:
    """A file of UTF-8 lines with some lines in a Windows code page (rows pasted from another file), read
    line by line; None when no line shows UTF-8 letters, so the whole file is in one code page.

    Multi-byte UTF-8 sequences practically never occur by chance in text of a code page, so a line
    that decodes as UTF-8 and holds non-ASCII letters is taken as UTF-8, and the others in the code page
    their bytes suggest. Whichever kind holds fewer lines is named in a note for the user to check.
    """
    if not _has_lines_of_both_kinds(data):
        return None
    lines = data.split(b"\n")
    decoded: list[str | None] = []
    utf8_letters: list[int] = []
    foreign: list[int] = []
    for number, line in enumerate(lines, start=1):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            decoded.append(None)
            foreign.append(number)
            continue
        decoded.append(text)
        if not text.isascii():
            utf8_letters.append(number)
    if not utf8_letters or not foreign:
        return None
    utf8_text = "".join(decoded[n - 1] for n in utf8_letters)  # type: ignore[misc]
    codec, label = _legacy_codec(b"\n".join(lines[n - 1] for n in foreign), _alphabet(utf8_text))
    for number in foreign:
        decoded[number - 1] = lines[number - 1].decode(codec, errors="replace")
    text = "\n".join(decoded)  # type: ignore[arg-type]  # every None was filled in above
    language = messages_language()
    if len(foreign) <= len(utf8_letters):
        if len(foreign) == 1:
            note = tr(
                "decoding:line_not_utf8",
                "line {lines} of the file is not UTF-8 like the rest and was read as {encoding}: check the "
                "accented letters there",
                language,
                lines=foreign[0],
                encoding=label,
            )
        else:
            note = tr(
                "decoding:lines_not_utf8",
                "lines {lines} of the file are not UTF-8 like the rest and were read as {encoding}: check "
                "the accented letters there",
                language,
                lines=_line_list(foreign, language),
                encoding=label,
            )
        return DecodedText(text, "utf-8", utf8_label, (note,))
    if len(utf8_letters) == 1:
        note = tr(
            "decoding:line_utf8",
            "line {lines} of the file is UTF-8, unlike the rest, and was read as UTF-8: check the accented "
            "letters there",
            language,
            lines=utf8_letters[0],
        )
    else:
        note = tr(
            "decoding:lines_utf8",
            "lines {lines} of the file are UTF-8, unlike the rest, and were read as UTF-8: check the "
            "accented letters there",
            language,
            lines=_line_list(utf8_letters, language),
        )
    return DecodedText(text, codec, label, (note,))


def _has_lines_of_both_kinds(data: bytes) -> bool:
    """Whether some line of `data` is UTF-8 with letters beyond ASCII and some other line is not UTF-8.

    Only the lines holding bytes beyond ASCII are decoded, found with numpy: splitting a file of a
    million lines into lines and decoding each took some 300 MB, for files that are mostly in one
    encoding."""
    codes = np.frombuffer(data, dtype=np.uint8)
    high = np.flatnonzero(codes >= 0x80)
    if not len(high):
        return False
    breaks = np.flatnonzero(codes == 0x0A)
    lines = np.unique(np.searchsorted(breaks, high))  # 0-based line of each byte beyond ASCII
    starts = np.concatenate(([0], breaks + 1))[lines].tolist()
    ends = np.concatenate((breaks, [len(data)]))[lines].tolist()
    utf8 = foreign = False
    for start, end in zip(starts, ends, strict=True):
        try:
            data[start:end].decode("utf-8")
            utf8 = True
        except UnicodeDecodeError:
            foreign = True
        if utf8 and foreign:
            return True
    return False


def _line_list(numbers: list[int], language: str) -> str:
    """'4, 9 and 12' or '4, 9, 12, ... (25 lines)' for a note about several lines."""
    shown = ", ".join(str(n) for n in numbers[:_LISTED_LINES])
    if len(numbers) > _LISTED_LINES:
        return tr_plural(
            "decoding:many_lines",
            "{lines}, ... ({count} line)",
            "{lines}, ... ({count} lines)",
            len(numbers),
            language,
            lines=shown,
        )
    head, _, last = shown.rpartition(", ")
    return tr("decoding:and", "{head} and {last}", language, head=head, last=last)


def _decode(data: bytes, codec: str, file_name: str, label: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise ImportFileError(
            tr(
                "decode:invalid_byte",
                "{file} starts like {encoding} text but byte {byte} is not valid {encoding}. "
                "The file may be truncated or damaged; save it again from the spreadsheet as CSV UTF-8.",
                messages_language(),
                file=file_name,
                encoding=label,
                byte=error.start,
            )
        ) from error
    if text.startswith("\ufeff"):
        text = text[1:]
    return _checked(DecodedText(text, codec, label), file_name).text


def _checked(decoded: DecodedText, file_name: str) -> DecodedText:
    sample = decoded.text[:20_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    if controls > max(3, len(sample) // 100):
        raise ImportFileError(
            tr(
                "decode:binary_data",
                "{file} does not look like a text table (it contains binary data). "
                "Choose a CSV, XLSX, GeoJSON, Shapefile or GeoPackage file.",
                messages_language(),
                file=file_name,
            )
        )
    return decoded


def _binary_message(file_name: str, kind: str) -> str:
    language = messages_language()
    if kind == "zip":
        return tr(
            "decode:zip",
            "{file} is not a text (CSV) file: it looks like a ZIP archive or an Excel workbook; save it with "
            "the .xlsx extension.",
            language,
            file=file_name,
        )
    if kind == "xls":
        return tr(
            "decode:xls",
            "{file} is not a text (CSV) file: it looks like an old Excel (.xls) or Office file; save it as "
            ".xlsx or CSV in Excel first.",
            language,
            file=file_name,
        )
    if kind == "pdf":
        return tr(
            "decode:pdf",
            "{file} is not a text (CSV) file: it looks like a PDF document; export the table from the "
            "original spreadsheet instead.",
            language,
            file=file_name,
        )
    return tr(
        "decode:sqlite",
        "{file} is not a text (CSV) file: it looks like a SQLite/GeoPackage database; save it with the .gpkg "
        "extension.",
        language,
        file=file_name,
    )


def detect_delimiter(text: str) -> str:
    """The delimiter among , ; tab | that splits the first lines into the most consistent columns."""
    sample_lines = text[:64_000].splitlines()[:40]
    sample = "\n".join(sample_lines)
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            records = [
                r for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(c.strip() for c in r)
            ]
        except csv.Error:
            continue
        counts = Counter(len(r) for r in records if len(r) > 1)
        if not counts:
            continue
        width, frequency = max(counts.items(), key=lambda item: (item[1], item[0]))
        score = (frequency, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best
