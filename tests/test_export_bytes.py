"""The export's bytes are orjson's indented JSON of the documents, whether the days come as
stored structs (encoded straight by msgspec) or as documents, and whatever floats it holds."""

from __future__ import annotations

import datetime as dt

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.demo import generate_days
from journal.exchange import dumps
from journal.model import to_doc


def orjson_of(doc: object) -> bytes:
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n"


def test_structs_and_documents_give_the_same_bytes() -> None:
    days = generate_days(60, dt.date(2026, 11, 20))
    docs = [to_doc(d) for d in days]
    expected = orjson_of({"days": docs, "flags": [{"x": 0.1, "y": None, "z": []}]})
    assert dumps({"days": days, "flags": [{"x": 0.1, "y": None, "z": []}]}) == expected
    assert dumps({"days": docs, "flags": [{"x": 0.1, "y": None, "z": []}]}) == expected


def test_floats_of_every_size_are_written_as_before() -> None:
    doc = {"small": [1e-05, 5e-324, 0.1, -0.0], "large": [1e16, 1.5e300, 123456789.125]}
    assert dumps(doc) == orjson_of(doc)
    text = {"note": "ran 1e5 m", "n": 2}  # looks like an exponent: still the same bytes
    assert dumps(text) == orjson_of(text)


def test_text_that_looks_like_an_exponent_keeps_the_bytes() -> None:
    doc = {
        "version": "sr24.558f1e3149+p4",  # a food table version in every resolved meal
        "tiny": [1e-07, -1e-07, -2.5e-300],
        "notes": ["x:1e5", "[2e9", ",3e1"],  # text that reads like a number after : , [
        "big": [-1e16, 2.5e20],
    }
    assert dumps(doc) == orjson_of(doc)


_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False)
    | st.text(alphabet='0123456789e.-+:,[] x"', max_size=12)
)


def _nested(inner: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.recursive(_SCALARS, _nested, max_leaves=20))
def test_any_document_gives_orjsons_bytes(doc: object) -> None:
    assert dumps({"doc": doc}) == orjson_of({"doc": doc})
