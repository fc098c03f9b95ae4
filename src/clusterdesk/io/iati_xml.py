"""What the IATI activity writer shares: its error, text made fit for XML, narratives, numbers. Qt-free.

Text enters the tree through xml.etree, which escapes markup (`<`, `&`, quotes) itself. What no XML 1.0
document can hold at all, escaped or not, is removed here: the C0 control characters other than tab, line
feed and carriage return, lone surrogates and U+FFFE/U+FFFF. The C1 controls (U+0080-U+009F), which XML
allows but discourages and which only ever reach a project by a wrong decoding, are removed as well.
Line ends become line feeds, which is what an XML parser reads back anyway.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

from clusterdesk.core.errors import ClusterDeskError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


class IatiDataError(ClusterDeskError):
    """The project lacks something the IATI standard requires; nothing was written."""


def clean_text(text: object | None) -> str:
    """`text` without the characters XML cannot hold, line ends as line feeds, outer blanks stripped."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_IN_XML.sub("", value).strip()


def add(parent: ET.Element, tag: str, **attributes: object | None) -> ET.Element:
    """A child element; attributes given as None are left out, names take '-' for '_'."""
    element = ET.SubElement(parent, tag)
    for name, value in attributes.items():
        if value is not None:
            element.set(name.replace("_", "-"), str(value))
    return element


def add_narrative(parent: ET.Element, text: str, language: str) -> ET.Element:
    narrative = ET.SubElement(parent, "narrative")
    narrative.set(XML_LANG, language)
    narrative.text = text
    return narrative


def add_text_element(parent: ET.Element, tag: str, text: object | None, language: str, **attributes):
    """`<tag><narrative xml:lang=...>text</narrative></tag>`, or nothing (None) when the text is empty."""
    cleaned = clean_text(text)
    if not cleaned:
        return None
    element = add(parent, tag, **attributes)
    add_narrative(element, cleaned, language)
    return element


def decimal_text(value: float) -> str:
    """A number as IATI values are written: plain decimal notation, no exponent, no trailing '.0', and
    exactly the stored float when read back."""
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{value!r} is not a finite number")
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    text = repr(number)  # the shortest text that reads back as the same float
    if "e" not in text:
        return text
    text = format(Decimal(text), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
