"""A rewrite of a long meal text run only on the stretches of it where the pattern can match.

:func:`journal.foods.said.plainly` runs some 600 patterns over the whole meal text. A
20,000-character paste holds every cue word, so each of them scanned all of it (issue 15:
the paste's cost grew by a third in three parser rounds). Each pattern is read once, from
its parse tree, for:

- its *needs*: literal strings (case-folded) one of which every match holds;
- its *stops*: separators (newline, comma, ...) that no part of the pattern can match, not
  even inside a lookaround, and no ``^`` or ``$`` except as "the start, or after a stop"
  (``(?:^|(?<=[,;\\n]))``) or, ending a lookahead, "the end, or a stop" (``(?=\\s*(?:$|,))``).
  Every match then lies inside one stretch between stops, and every step of the matcher
  reads there exactly what it reads in the whole text (a stop is a non-word character, so
  ``\\b`` reads the edge of a stretch as the text's own start or end);
- else its *reach*: how many lines with words a match, and what its lookarounds read, can
  cross into (each item that can match a line break crosses one; a run of whitespace crosses
  blank lines as one). A window of the lines around a need, one line wider than the reach,
  then holds everything any match there reads, and no match of the window reads its edges,
  so the window rewrites as the whole text does.

:func:`sub` gives exactly ``pattern.sub(repl, text)``, running the pattern only on the
stretches or windows that hold a need. It rewrites the whole text for a short text, a
pattern without needs, stops or bounded reach, a needed word found everywhere, a
replacement function that reads more of its match than the groups, or a text whose case
folding changes its length. tests/test_foods_paste_speed.py holds the proof by comparison.
"""

from __future__ import annotations

import dis
import re
from bisect import bisect_right
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


def _seq(part: object) -> list:  # type: ignore[type-arg]
    """The items of a parsed group (its list itself: read item by item it is slow)."""
    if isinstance(part, _parser.SubPattern):
        return part.data  # type: ignore[no-any-return]
    return list(part)  # type: ignore[call-overload]


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
            left &= _stops(_seq(av[3]), group_flags, last)
        elif op in _REPEATS:
            left &= _stops(_seq(av[2]), flags)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            left &= _stops(_seq(av[1]), flags, op is sre.ASSERT and av[0] == 1)
        elif op is sre.ATOMIC_GROUP:
            left &= _stops(_seq(av), flags)
        elif op is sre.GROUPREF_EXISTS:
            left &= _stops(_seq(av[1]), flags)
            left &= _stops(_seq(av[2]), flags) if av[2] is not None else left
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
        seq = _seq(alt)
        if len(seq) == 1 and seq[0][0] is sre.AT and seq[0][1] in _BEGIN:
            begin = True
        elif len(seq) == 1 and seq[0][0] is sre.AT and seq[0][1] in _END and ends_lookahead:
            end = True
        elif len(seq) == 1 and seq[0][0] is sre.ASSERT and seq[0][1][0] == -1:
            behind = _class_of(_seq(seq[0][1][1]), flags)
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
        return _exact_seq(_seq(av[3]), memo)  # type: ignore[index]
    if op is sre.BRANCH:
        sets = [_exact_seq(_seq(alt), memo) for alt in av[1]]  # type: ignore[index]
        if any(s is None for s in sets):
            return None
        union = frozenset().union(*sets)  # type: ignore[arg-type]
        return union if len(union) <= _MOST_WORDS else None
    if op in _REPEATS and av[0] == 0 and av[1] == 1:  # type: ignore[index]
        inner = _exact_seq(_seq(av[2]), memo)  # type: ignore[index]
        return None if inner is None else inner | {""}
    if op in _REPEATS and av[0] == av[1] == 1:  # type: ignore[index]
        return _exact_seq(_seq(av[2]), memo)  # type: ignore[index]
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
        return _needs(_seq(av[3]), memo)  # type: ignore[index]
    if op is sre.BRANCH:
        sets = [_needs(_seq(alt), memo) for alt in av[1]]  # type: ignore[index]
        if any(s is None for s in sets):
            return None
        union = frozenset().union(*sets)  # type: ignore[arg-type]
        return union if len(union) <= _MOST_WORDS else None
    if op in _REPEATS and av[0] >= 1:  # type: ignore[index,operator]
        return _needs(_seq(av[2]), memo)  # type: ignore[index]
    if op is sre.ASSERT:  # what a lookaround sees lies in the same stretch
        return _needs(_seq(av[1]), memo)  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _needs(_seq(av), memo)  # type: ignore[arg-type]
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
            parts = [_reach(_seq(alt), flags) for alt in av[1]]
            if any(r is None for r in parts):
                return None
            total += max(parts)  # type: ignore[type-var]
        elif op is sre.SUBPATTERN:
            inner = _reach(_seq(av[3]), (flags | av[1]) & ~av[2])
            if inner is None:
                return None
            total += inner
        elif op in _REPEATS:
            body = _seq(av[2])
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
            inner = _reach(_seq(av[1]), flags)
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
        seq = _seq(_parser.parse(pattern.pattern, pattern.flags))
        needs = _needs(seq, {})
        if not needs or any(not need.strip() or "\n" in need for need in needs):
            return
        stops = _stops(seq, pattern.flags)
        if "\n" not in stops:
            self.reach = _reach(seq, pattern.flags)
        if stops or self.reach is not None:
            self.stops = "".join(sorted(stops, key=STOPS.index))  # "\n" first: the nearest
            self.needs = tuple(sorted(needs))


_plans: dict[re.Pattern[str], _Plan | None] = {}
_safe: dict[object, bool] = {}  # a replacement function's code → whether it reads only groups
_WORDED_LINE = re.compile(r"^.*\S.*$", re.MULTILINE)


class _Read:
    """One text as the stretches read it: case-folded, and (once asked) its lines with words."""

    __slots__ = ("_lines", "low", "text")

    def __init__(self, text: str, low: str) -> None:
        self.text, self.low = text, low
        self._lines: tuple[list[int], list[int]] | None = None

    def lines(self) -> tuple[list[int], list[int]]:
        """Where each line with words in it starts and ends (blank lines left out); set once,
        whole, so a parse in another thread never sees half of it."""
        if self._lines is None:
            spans = [m.span() for m in _WORDED_LINE.finditer(self.text)]
            self._lines = ([start for start, _end in spans], [end for _start, end in spans])
        return self._lines


_last: _Read = _Read("", "")  # the text read last: a rewrite that changes nothing keeps it


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


def _read(text: str) -> _Read | None:
    """The text read, case-folded position for position (None when folding changes its
    length)."""
    global _last
    last = _last
    if last.text is text:
        return last
    low = text.lower()
    if len(low) != len(text):
        return None
    _last = _Read(text, low if low.isascii() else low.translate(_FOLDS))
    return _last


def sub(pattern: re.Pattern[str], repl: Repl, text: str) -> str:
    """``pattern.sub(repl, text)``, run only on the stretches of a long text that hold a need."""
    if len(text) < LONG_TEXT or not isinstance(pattern, re.Pattern):
        return pattern.sub(repl, text)
    got = plan(pattern, repl)
    read = _read(text) if got is not None else None
    spans = None
    if got is not None and read is not None:
        spans = _stretches(read, got) if got.reach is None else _windows(read, got)
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


def _stretches(read: _Read, got: _Plan) -> list[tuple[int, int]] | None:
    """The stretches between stops that hold a need, in order; None when they are most of
    the text."""
    text, hits = read.text, []
    for need in got.needs:
        at = read.low.find(need)
        while at != -1:
            hits.append(at)
            if len(hits) > MOST_HITS:
                return None
            at = read.low.find(need, at + 1)
    spans: list[tuple[int, int]] = []
    covered = 0
    for h in sorted(hits):
        if spans and h < spans[-1][1]:
            continue  # in the stretch before
        start = 0
        for stop in got.stops:
            start = max(start, text.rfind(stop, start, h) + 1)
        end = len(text)
        for stop in got.stops:
            found = text.find(stop, h, end)
            end = found if found != -1 else end
        spans.append((start, end))
        covered += end - start
        if covered > len(text) // 2:
            return None
    return spans


def _windows(read: _Read, got: _Plan) -> list[tuple[int, int]] | None:
    """The lines around each line holding a need, as far as a match reaches and one line
    more (a line with words; blank lines between come along), merged where they meet; the
    text's own start or end when nearer. None when they are most of the text."""
    starts, ends = read.lines()
    hit: set[int] = set()
    for need in got.needs:
        at = read.low.find(need)
        while at != -1:
            line = max(0, bisect_right(starts, at) - 1)
            hit.add(line)
            if len(hit) > MOST_HITS:
                return None
            at = read.low.find(need, max(at + 1, ends[line]))
    spans: list[tuple[int, int]] = []
    covered, size, last = 0, len(read.text), len(starts) - 1
    for line in sorted(hit):
        first, final = line - got.reach - 1, line + got.reach + 1
        start = starts[first] if first >= 0 else 0
        end = ends[final] if final <= last else size
        if spans and start <= spans[-1][1]:  # overlapping windows: one stretch
            covered -= spans[-1][1] - spans[-1][0]
            start = spans.pop()[0]
        spans.append((start, end))
        covered += end - start
        if covered > size // 2:
            return None
    return spans
