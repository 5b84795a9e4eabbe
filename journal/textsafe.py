"""Text from runners, files and paths, made safe to show.

Stored notes, meal text, file names and import errors may hold terminal escapes
(``\\x1b]0;title\\a`` sets a window title, ``\\x1b[2J`` clears the screen) or, from a
command line in another encoding, lone surrogates. Every output path shows them escaped,
and an error quotes a short excerpt of a value, never the whole of a 10 MB paste.
"""

from __future__ import annotations

import re

# C0 and C1 controls (tab and newline are handled apart), DEL, bidi overrides that reorder what
# is shown, and lone surrogates left by undecodable bytes on a command line.
# (compiled on first use: ~1.5 ms, and ASCII text without controls never needs it)
_UNSAFE = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
EXCERPT_CHARS = 60


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the raw byte that was not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def printable(text: str, *, multiline: bool = False) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``).

    ``multiline`` keeps newlines and tabs (a note shown in full); otherwise they are escaped
    too, so one value stays on one line.
    """
    if text.isascii() and text.isprintable():
        return text  # no control character, newline or tab: nothing to escape
    out = re.sub(_UNSAFE, _escape, text)
    if not multiline:
        out = out.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    else:
        out = out.replace("\r", "\\r")
    return out


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """A printable, quoted excerpt of ``text`` for an error message."""
    if len(text) <= limit:
        return f'"{printable(text)}"'
    return f'"{printable(text[:limit])}…" ({len(text):,} characters)'


_SURROGATE = r"[\ud800-\udfff]"


def has_surrogates(text: str) -> bool:
    """True when ``text`` came from bytes that were not valid UTF-8."""
    return not text.isascii() and re.search(_SURROGATE, text) is not None
