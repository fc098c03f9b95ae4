"""What the readers say about a whole file or line, in the messages language (`core.catalogue`)."""

from __future__ import annotations

from pathlib import Path

from clusterdesk.core.catalogue import messages_language, tr


def delimiter_name(delimiter: str) -> str:
    """',' → 'commas', as a message names the delimiter a file or line uses."""
    language = messages_language()
    if delimiter == ",":
        return tr("delimiter:comma", "commas", language)
    if delimiter == ";":
        return tr("delimiter:semicolon", "semicolons", language)
    if delimiter == "\t":
        return tr("delimiter:tab", "tabs", language)
    return tr("delimiter:pipe", "pipes", language)


def missing(path: Path) -> str:
    return tr(
        "import:missing",
        "{path} does not exist. Check the name and the folder.",
        messages_language(),
        path=path,
    )


def folder(path: Path) -> str:
    return tr(
        "import:folder",
        "{path} is a folder; choose the file to import inside it.",
        messages_language(),
        path=path,
    )


def old_excel(name: str) -> str:
    return tr(
        "import:xls",
        "{file} is an old Excel 97-2003 workbook, which cannot be read. Open it in Excel and save it as "
        ".xlsx (Excel Workbook) or CSV.",
        messages_language(),
        file=name,
    )


def unsupported(name: str, suffix: str, extensions: str) -> str:
    language = messages_language()
    if not suffix:
        return tr(
            "import:no_extension",
            "{file}: files without an extension cannot be imported. Use one of: {extensions}.",
            language,
            file=name,
            extensions=extensions,
        )
    return tr(
        "import:extension",
        "{file}: files ending in {suffix} cannot be imported. Use one of: {extensions}.",
        language,
        file=name,
        suffix=suffix,
        extensions=extensions,
    )


def empty(name: str) -> str:
    return tr("import:empty", "{file} is empty (0 bytes).", messages_language(), file=name)


def no_sheets(name: str) -> str:
    return tr(
        "import:no_sheets",
        "{file} has no sheets or layers to choose from: --sheet applies to XLSX workbooks and GeoPackages.",
        messages_language(),
        file=name,
    )


def line_with_another_delimiter(other: str, own: str) -> str:
    return tr(
        "import:other_delimiter",
        "this line is separated by {other} while the file uses {own}, so all of it would land in one cell; "
        "use one delimiter throughout (save the file again from the spreadsheet, or correct the line)",
        messages_language(),
        other=delimiter_name(other),
        own=delimiter_name(own),
    )


def header_refused(name: str, row: int, reason: str) -> str:
    return tr(
        "import:header_refused",
        "{file}, row {row} (the column names): {reason}.",
        messages_language(),
        file=name,
        row=row,
        reason=reason,
    )


def separated_text(delimiter: str) -> str:
    """'semicolon' (a name of `text_decoding.DELIMITERS`) → 'semicolon-separated', as a file is described."""
    language = messages_language()
    if delimiter == "comma":
        return tr("separated:comma", "comma-separated", language)
    if delimiter == "semicolon":
        return tr("separated:semicolon", "semicolon-separated", language)
    if delimiter == "tab":
        return tr("separated:tab", "tab-separated", language)
    return tr("separated:pipe", "pipe-separated", language)


def encoding_text(label: str) -> str:
    """An encoding's label ('UTF-8 with BOM', 'Windows-1251 (Cyrillic)') in the messages language."""
    language = messages_language()
    if label.endswith(" with BOM"):
        return tr("encoding:bom", "{encoding} with BOM", language, encoding=label.removesuffix(" with BOM"))
    if label.endswith(" (Cyrillic)"):
        return tr(
            "encoding:cyrillic", "{encoding} (Cyrillic)", language, encoding=label.removesuffix(" (Cyrillic)")
        )
    if label.endswith(" (Western European)"):
        name = label.removesuffix(" (Western European)")
        return tr("encoding:western", "{encoding} (Western European)", language, encoding=name)
    return label
