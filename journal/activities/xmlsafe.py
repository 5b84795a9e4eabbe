"""XML is parsed with defusedxml only: entities and external references are refused."""

from __future__ import annotations

import re
from typing import Any

import defusedxml
import defusedxml.ElementTree as SafeET

from journal.activities.record import Hostile, Unreadable

_DECLARES = re.compile(rb"<!(ENTITY|DOCTYPE)", re.I)


def refuse_declarations(data: bytes) -> None:
    """GPX and TCX never need a DTD; one in the file is refused before any parser sees it."""
    if _DECLARES.search(data, 0, 1 << 20) or b"<!ENTITY" in data:
        raise Hostile("the XML declares a DTD or entities; refused for safety")


def parse(data: bytes) -> Any:
    try:
        return SafeET.fromstring(data)
    except defusedxml.DefusedXmlException as err:
        raise Hostile(f"the XML uses entities or external references; refused ({err})") from None
    except SafeET.ParseError as err:
        raise Unreadable(f"not well-formed XML ({err})") from None


def local(tag: str) -> str:
    """A tag without its namespace: ``{http://...}Lap`` -> ``Lap``."""
    return tag.rsplit("}", 1)[-1]
