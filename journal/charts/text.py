"""Terminal text helpers: visible width (colour codes and wide characters), cropping, messages."""

from __future__ import annotations

import re
import textwrap
import unicodedata

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


def char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def visible_width(line: str) -> int:
    """Terminal cells taken by ``line``, colour codes excluded."""
    return sum(char_width(ch) for ch in strip_ansi(line))


def crop(line: str, width: int) -> str:
    """``line`` cut to ``width`` visible cells, keeping its colour codes (reset at the end)."""
    if visible_width(line) <= width:
        return line
    reset = "\x1b[0m" if _ANSI.search(line) else ""
    out, used, pos = [], 0, 0
    for match in _ANSI.finditer(line):
        for ch in line[pos : match.start()]:
            w = char_width(ch)
            if used + w > width:
                return "".join(out) + reset
            out.append(ch)
            used += w
        out.append(match.group())
        pos = match.end()
    for ch in line[pos:]:
        w = char_width(ch)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out) + reset


def message(title: str, text: str, width: int, height: int) -> str:
    """A chart that has nothing to plot says why, within the size asked."""
    lines = [title, "", *textwrap.wrap(text, max(10, width))]
    return "\n".join(crop(line, width) for line in lines[: max(1, height)])
