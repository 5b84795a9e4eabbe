"""A rewrite of a long meal text run only on the stretches of it where the pattern can match.

:func:`journal.foods.said.plainly` runs some 600 patterns over the whole meal text. A
20,000-character paste holds every cue word, so each of them scanned all of it (issue 15:
the paste's cost grew by a third in three parser rounds). Each pattern is read once, from
its parse tree, for two facts:

- its *stops*: separators (newline, comma, ...) that no part of the pattern can match, not
  even inside a lookaround, and no ``^`` or ``$`` except as "the start, or after a stop"
  (``(?:^|(?<=[,;\\n]))``) or, ending a lookahead, "the end, or a stop" (``(?=\\s*(?:$|,))``).
  Then every match lies inside one stretch between stops, and every step of the matcher
  reads there exactly what it reads in the whole text (a stop is a non-word character, so
  ``\\b`` reads the edge of a stretch as the text's own start or end);
- its *needs*: literal strings (case-folded) one of which every match holds in its stretch.

:func:`sub` gives exactly ``pattern.sub(repl, text)``, running the pattern only on the
stretches that hold one of its needs. It falls back to the whole text for a short text, a
pattern without stops or needs, a needed word that is everywhere, a replacement function
that reads more of its match than the groups, or a text whose case folding changes length.
"""

from __future__ import annotations

import dis
import re
from collections.abc import Callable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from types import CodeType

Repl = str | Callable[[re.Match[str]], str]

# Separators a stretch may end at: non-word, caseless, and common between a meal's items.
STOPS = "\n,;+()"
LONG_TEXT = 1500  # shorter texts are rewritten whole: there is little to skip
MOST_HITS = 300  # a need found more often than this: the whole text is as quick
_MOST_WORDS = 64  # the most literal strings a need may list

# Characters the matcher's IGNORECASE equates with an ASCII letter though ``str.lower`` does
# not make them that letter (long s, Kelvin sign, dotless i); a test checks every one.
_FOLDS = str.maketrans({"\u017f": "s", "\u212a": "k", "\u0131": "i"})
_CATEGORY: dict[object, Callable[[str], bool]] = {
    sre.CATEGORY_SPACE: str.isspace,
    sre.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    sre.CATEGORY_DIGIT: str.isdecimal,
    sre.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
    sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sre.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
    sre.CATEGORY_LINEBREAK: lambda c: c == "\n",
    sre.CATEGORY_NOT_LINEBREAK: lambda c: c != "\n",
}
_ONE_CHAR = (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_BEGIN = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
_END = (sre.AT_END, sre.AT_END_STRING)


def _matches(op: object, av: object, ch: str, flags: int) -> bool:
    """Whether a one-character item can match ``ch`` (a stop: no case, not a word)."""
    if op is sre.LITERAL:
        return av == ord(ch)
    if op is sre.NOT_LITERAL:
        return av != ord(ch)
    if op is sre.ANY:
        return ch != "\n" or bool(flags & re.DOTALL)
    hit, negate = False, False
    for item, value in av:  # type: ignore[attr-defined]
        if item is sre.NEGATE:
            negate = True
        elif item is sre.LITERAL:
            hit |= value == ord(ch)
        elif item is sre.RANGE:
            hit |= value[0] <= ord(ch) <= value[1]
        elif item is sre.CATEGORY and value in _CATEGORY:
            hit |= _CATEGORY[value](ch)
        else:
            return True  # not known here: assume it can
    return hit != negate


def _class_of(seq: list[tuple[object, object]], flags: int) -> frozenset[str] | None:
    """The stops a one-character sequence (``[,;\\n]``, ``,``) matches, else None."""
    if len(seq) != 1 or seq[0][0] not in _ONE_CHAR:
        return None
    op, av = seq[0]
    return frozenset(c for c in STOPS if _matches(op, av, c, flags))


def _stops(seq: list, flags: int, ends_lookahead: bool = False) -> frozenset[str]:  # type: ignore[type-arg]
    """The stops no item of ``seq`` can match or read past (see the module docstring)."""
    left = frozenset(STOPS)
    for k, (op, av) in enumerate(seq):
        if not left:
            return left
        last = ends_lookahead and k == len(seq) - 1
        if op is sre.LITERAL:
            left -= {chr(av)}
        elif op in _ONE_CHAR:
            left = frozenset(c for c in left if not _matches(op, av, c, flags))
        elif op is sre.AT:
            if av not in (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY):
                return frozenset()
        elif op is sre.BRANCH:
            left &= _branch_stops(av[1], flags, last)
        elif op is sre.SUBPATTERN:
            group_flags = (flags | av[1]) & ~av[2]
            left &= _stops(list(av[3]), group_flags, last)
        elif op in _REPEATS:
            left &= _stops(list(av[2]), flags)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            left &= _stops(list(av[1]), flags, op is sre.ASSERT and av[0] == 1)
        elif op is sre.ATOMIC_GROUP:
            left &= _stops(list(av), flags)
        elif op is sre.GROUPREF_EXISTS:
            left &= _stops(list(av[1]), flags)
            left &= _stops(list(av[2]), flags) if av[2] is not None else left
        elif op is not sre.GROUPREF:
            return frozenset()
    return left


def _branch_stops(alts: list, flags: int, ends_lookahead: bool) -> frozenset[str]:  # type: ignore[type-arg]
    """The stops of ``a|b|...``: "^ or after a stop" holds at a stretch's start when the stop
    before it is one the lookbehind names; "$ or a stop" ending a lookahead holds at its end
    when the stop after it is one the alternative names."""
    left = frozenset(STOPS)
    begin = end = False
    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    for alt in alts:
        seq = list(alt)
        if len(seq) == 1 and seq[0][0] is sre.AT and seq[0][1] in _BEGIN:
            begin = True
        elif len(seq) == 1 and seq[0][0] is sre.AT and seq[0][1] in _END and ends_lookahead:
            end = True
        elif len(seq) == 1 and seq[0][0] is sre.ASSERT and seq[0][1][0] == -1:
            behind = _class_of(list(seq[0][1][1]), flags)
            if behind is None:
                left &= _stops(seq, flags)
            else:
                before |= behind
        elif ends_lookahead and (char := _class_of(seq, flags)) is not None:
            after |= char
        else:
            left &= _stops(seq, flags, ends_lookahead)
    if begin:
        left &= before
    if end:  # "$" in a stretch holding a newline could also match before its last one
        left &= after if "\n" in after else frozenset()
    if not begin and before:
        left -= before
    if not end and after:
        left -= after
    return left


_Memo = dict[int, "frozenset[str] | None"]


def _exact(op: object, av: object, memo: _Memo) -> frozenset[str] | None:
    """The strings (case-folded) an item matches, when few and all ASCII, else None."""
    if op is sre.LITERAL:
        ch = chr(av)  # type: ignore[arg-type]
        return frozenset((ch.lower(),)) if ch.isascii() else None
    if op is sre.IN:
        chars = [chr(v) for o, v in av if o is sre.LITERAL]  # type: ignore[attr-defined]
        if len(chars) == len(av) and all(c.isascii() for c in chars):  # type: ignore[arg-type]
            return frozenset(c.lower() for c in chars)
        return None
    if op in (sre.AT, sre.ASSERT_NOT):
        return frozenset(("",))
    if id(av) in memo:  # a group read again for the needs around it
        return memo[id(av)]
    memo[id(av)] = found = _exact_group(op, av, memo)
    return found


def _exact_group(op: object, av: object, memo: _Memo) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _exact_seq(list(av[3]), memo)  # type: ignore[index]
    if op is sre.BRANCH:
        sets = [_exact_seq(list(alt), memo) for alt in av[1]]  # type: ignore[index]
        if any(s is None for s in sets):
            return None
        union = frozenset().union(*sets)  # type: ignore[arg-type]
        return union if len(union) <= _MOST_WORDS else None
    if op in _REPEATS and av[0] == 0 and av[1] == 1:  # type: ignore[index]
        inner = _exact_seq(list(av[2]), memo)  # type: ignore[index]
        return None if inner is None else inner | {""}
    if op in _REPEATS and av[0] == av[1] == 1:  # type: ignore[index]
        return _exact_seq(list(av[2]), memo)  # type: ignore[index]
    return None


def _exact_seq(seq: list, memo: _Memo) -> frozenset[str] | None:  # type: ignore[type-arg]
    run = frozenset(("",))
    for op, av in seq:
        part = _exact(op, av, memo)
        if part is None or len(run) * len(part) > _MOST_WORDS:
            return None
        run = frozenset(a + b for a in run for b in part)
    return run


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The need most telling: its shortest string longest, then fewest strings."""
    useful = [s for s in sets if s and min(map(len, s)) > 0]
    return max(useful, key=lambda s: (min(map(len, s)), -len(s))) if useful else None


def _needs(seq: list, memo: _Memo) -> frozenset[str] | None:  # type: ignore[type-arg]
    """Literal strings one of which every match of ``seq`` holds (or asserts), or None."""
    found: list[frozenset[str]] = []
    run = frozenset(("",))
    for op, av in seq:
        part = _exact(op, av, memo)
        if part is not None and len(run) * len(part) <= _MOST_WORDS:
            run = frozenset(a + b for a in run for b in part)
            continue
        found.append(run)
        run = part if part is not None else frozenset(("",))
        if part is None:
            inner = _need_of(op, av, memo)
            if inner is not None:
                found.append(inner)
    found.append(run)
    return _best(found)


def _need_of(op: object, av: object, memo: _Memo) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _needs(list(av[3]), memo)  # type: ignore[index]
    if op is sre.BRANCH:
        sets = [_needs(list(alt), memo) for alt in av[1]]  # type: ignore[index]
        if any(s is None for s in sets):
            return None
        union = frozenset().union(*sets)  # type: ignore[arg-type]
        return union if len(union) <= _MOST_WORDS else None
    if op in _REPEATS and av[0] >= 1:  # type: ignore[index,operator]
        return _needs(list(av[2]), memo)  # type: ignore[index]
    if op is sre.ASSERT:  # what a lookaround sees lies in the same stretch
        return _needs(list(av[1]), memo)  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _needs(list(av), memo)  # type: ignore[arg-type]
    return None


# A replacement function may read its match's groups, and nothing else of it (the text
# around the match, its position): it then says the same given a stretch or the whole text.
_GROUP_READS = frozenset(("group", "groups", "groupdict", "lastindex", "lastgroup"))


def _reads_only_groups(repl: Repl) -> bool:
    if isinstance(repl, str):
        return True
    code = getattr(repl, "__code__", None)
    if code is None or code.co_argcount != 1 or code.co_kwonlyargcount:
        return False
    return _uses_only_groups(code, code.co_varnames[0])


def _uses_only_groups(code: CodeType, name: str) -> bool:
    """Whether every use of the match ``name`` in ``code`` (and the functions inside it, such
    as a generator reading it) reads a group: ``m[1]``, ``m.group(2)``, ``m.groups()``."""
    ops = [i for i in dis.get_instructions(code) if i.opname != "CACHE"]
    for k, ins in enumerate(ops):
        if ins.argval != name or ins.opname in ("MAKE_CELL", "LOAD_CLOSURE"):
            continue
        if ins.opname not in ("LOAD_FAST", "LOAD_DEREF"):
            return False  # stored, deleted or anything else
        nxt = ops[k + 1] if k + 1 < len(ops) else None
        after = ops[k + 2] if k + 2 < len(ops) else None
        if nxt is not None and nxt.opname in ("LOAD_ATTR", "LOAD_METHOD"):
            if nxt.argval in _GROUP_READS:
                continue
        elif (
            nxt is not None
            and nxt.opname in ("LOAD_CONST", "LOAD_FAST")
            and nxt.argval != name
            and after is not None
            and after.opname == "BINARY_SUBSCR"
        ):
            continue
        return False
    inner = (c for c in code.co_consts if isinstance(c, CodeType))
    return all(_uses_only_groups(c, name) for c in inner if name in c.co_freevars)


def _blank_only(op: object, av: object) -> bool:
    """Whether a one-character item matches only whitespace (``\\s``, ``[ \\n]``)."""
    if op is sre.LITERAL:
        return chr(av).isspace()  # type: ignore[arg-type]
    if op is not sre.IN:
        return False
    return all(
        (o is sre.CATEGORY and v is sre.CATEGORY_SPACE) or (o is sre.LITERAL and chr(v).isspace())
        for o, v in av  # type: ignore[attr-defined]
    )


def _reach(seq: list, flags: int) -> int | None:  # type: ignore[type-arg]
    """How many lines with words in them a match (with what its lookarounds read) can cross
    into: one for each item that can match a line break (a run of whitespace crosses blank
    lines as one); None when unbounded (``[^()]*``, ``\\W+``)."""
    total = 0
    for op, av in seq:
        if op in _ONE_CHAR:
            total += _matches(op, av, "\n", flags)
            continue
        if op is sre.AT:
            continue
        if op is sre.BRANCH:
            parts = [_reach(list(alt), flags) for alt in av[1]]
            if any(r is None for r in parts):
                return None
            total += max(parts)  # type: ignore[type-var]
        elif op is sre.SUBPATTERN:
            inner = _reach(list(av[3]), (flags | av[1]) & ~av[2])
            if inner is None:
                return None
            total += inner
        elif op in _REPEATS:
            body = list(av[2])
            inner = _reach(body, flags)
            if inner is None:
                return None
            if len(body) == 1 and body[0][0] in _ONE_CHAR and _blank_only(*body[0]):
                total += inner  # one run of whitespace, however long
            elif inner:
                if av[1] >= sre.MAXREPEAT:
                    return None
                total += inner * av[1]
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            inner = _reach(list(av[1]), flags)
            if inner is None:
                return None
            total += inner
        else:
            return None  # a backreference or a group tried only if another matched
    return total


class _Plan:
    """What one pattern allows: its needs, and either its stops or how many lines it reaches."""

    __slots__ = ("needs", "reach", "stops")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.stops = ""
        self.needs: tuple[str, ...] = ()
        self.reach: int | None = None
        if not isinstance(pattern.pattern, str) or pattern.flags & (re.MULTILINE | re.LOCALE):
            return
        seq = list(_parser.parse(pattern.pattern, pattern.flags))
        needs = _needs(seq, {})
        if not needs or any("\n" in need for need in needs):
            return
        stops = _stops(seq, pattern.flags)
        if "\n" not in stops:
            self.reach = _reach(seq, pattern.flags)
        if stops or self.reach is not None:
            self.stops = "".join(sorted(stops, key=STOPS.index))  # "\n" first: the nearest
            self.needs = tuple(sorted(needs))


_plans: dict[re.Pattern[str], _Plan | None] = {}
_safe: dict[object, bool] = {}  # a replacement function's code → whether it reads only groups
_folded: tuple[str, str] = ("", "")  # the last text folded, and its folding


def plan(pattern: re.Pattern[str], repl: Repl) -> _Plan | None:
    """The pattern's plan (read once), None when the rewrite must see the whole text."""
    if not isinstance(repl, str):
        code = getattr(repl, "__code__", repl)
        if code not in _safe:
            _safe[code] = _reads_only_groups(repl)
        if not _safe[code]:
            return None
    if pattern not in _plans:
        made = _Plan(pattern)
        _plans[pattern] = made if made.needs else None
    return _plans[pattern]


def _fold(text: str) -> str | None:
    """The text case-folded position for position (None when folding changes its length)."""
    global _folded
    seen, low = _folded
    if seen is text:
        return low
    low = text.lower()
    if len(low) != len(text):
        return None
    low = low if low.isascii() else low.translate(_FOLDS)
    _folded = (text, low)
    return low


def sub(pattern: re.Pattern[str], repl: Repl, text: str) -> str:
    """``pattern.sub(repl, text)``, run only on the stretches of a long text that hold a need."""
    if len(text) < LONG_TEXT or not isinstance(pattern, re.Pattern):
        return pattern.sub(repl, text)
    got = plan(pattern, repl)
    low = _fold(text) if got is not None else None
    spans = _stretches(text, low, got) if got is not None and low is not None else None
    if spans is None:
        return pattern.sub(repl, text)
    out: list[str] = []
    done = 0  # the text before this is written out
    for start, end in spans:
        out.append(text[done:start])
        out.append(pattern.sub(repl, text[start:end]))
        done = end
    out.append(text[done:])
    new = "".join(out)
    return text if new == text else new


def _stretches(text: str, low: str, got: _Plan) -> list[tuple[int, int]] | None:
    """The stretches holding a need, in order; None when they are most of the text."""
    hits: list[int] = []
    for need in got.needs:
        at = low.find(need)
        while at != -1:
            hits.append(at)
            if len(hits) > MOST_HITS:
                return None
            at = low.find(need, at + 1)
    spans: list[tuple[int, int]] = []
    covered = 0
    for h in sorted(hits):
        if got.reach is None:
            if spans and h < spans[-1][1]:
                continue  # in the stretch before
            start = 0
            for stop in got.stops:
                start = max(start, text.rfind(stop, start, h) + 1)
            end = len(text)
            for stop in got.stops:
                found = text.find(stop, h, end)
                end = found if found != -1 else end
        else:
            start = _lines_before(text, text.rfind("\n", 0, h) + 1, got.reach + 1)
            end = text.find("\n", h)
            end = _lines_after(text, len(text) if end == -1 else end, got.reach + 1)
        if spans and start <= spans[-1][1]:  # overlapping windows: one stretch
            covered -= spans[-1][1] - spans[-1][0]
            before = spans.pop()
            start, end = before[0], max(before[1], end)
        spans.append((start, end))
        covered += end - start
        if covered > len(text) // 2:
            return None
    return spans


def _lines_before(text: str, start: int, lines: int) -> int:
    """The start of the line ``lines`` lines with words in them before the one at ``start``
    (a run of whitespace crosses blank lines as one break)."""
    while lines and start:
        prev = text.rfind("\n", 0, start - 1) + 1
        if not text[prev : start - 1].isspace() and prev < start - 1:
            lines -= 1
        start = prev
    return start


def _lines_after(text: str, end: int, lines: int) -> int:
    """The end of the line ``lines`` lines with words in them after the one ending at ``end``."""
    while lines and end < len(text):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt == -1 else nxt
        if not text[end + 1 : nxt].isspace() and end + 1 < nxt:
            lines -= 1
        end = nxt
    return end
