"""Run a rewrite only on the lines of a meal text that hold one of its cue words.

A 20,000-character paste holds a thousand lines, and a regular expression run over all of it
costs milliseconds even when it changes nothing; most rewrites concern a few words ("drained",
"half", "while"). :func:`on_cued_lines` finds the cue words with plain substring search and
hands the rewrite only the lines they are on (a rewrite's ``^`` is then each line's start).
"""

from __future__ import annotations

from collections.abc import Callable


def cued_lines(low: str, cues: tuple[str, ...]) -> list[int]:
    """Start offsets of the lines of ``low`` (lower-cased text) holding any of ``cues``."""
    starts: set[int] = set()
    for cue in cues:
        at = low.find(cue)
        while at != -1:
            start = low.rfind("\n", 0, at) + 1
            starts.add(start)
            end = low.find("\n", at)
            if end == -1:
                break
            at = low.find(cue, end)
    return sorted(starts)


def on_cued_lines(text: str, cues: tuple[str, ...], rewrite: Callable[[str], str]) -> str:
    """``text`` with ``rewrite`` applied to each line holding one of ``cues`` (lower case)."""
    if "\n" not in text:
        low = text.lower()
        return rewrite(text) if any(cue in low for cue in cues) else text
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): line by line
        return "\n".join(on_cued_lines(line, cues, rewrite) for line in text.split("\n"))
    starts = cued_lines(low, cues)
    if not starts:
        return text
    out: list[str] = []
    last = 0
    for start in starts:
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        out.append(text[last:start])
        out.append(rewrite(text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)
