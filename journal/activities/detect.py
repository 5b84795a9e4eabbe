"""What a file is, from its first bytes (never only its name), and the parser for each kind."""

from __future__ import annotations

from typing import Any, Literal

from journal.activities.fit import looks_like_fit, read_fit
from journal.activities.record import FileResult, Unreadable

Kind = Literal["fit", "gpx", "tcx", "apple", "zip", "gzip", "json", "csv", "unknown"]
HEAD_BYTES = 4096


def kind_of(head: bytes, name: str = "") -> Kind:
    """The kind of a file from its first :data:`HEAD_BYTES` bytes."""
    if looks_like_fit(head):
        return "fit"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<"):
        low = text.lower()
        if b"<gpx" in low:
            return "gpx"
        if b"<trainingcenterdatabase" in low:
            return "tcx"
        if b"<healthdata" in low or b"healthdata" in low[:2048]:
            return "apple"
        return "unknown"
    if text.startswith((b"{", b"[")):
        return "json"
    if name.lower().endswith(".csv"):
        return "csv"
    return "unknown"


def parse_bytes(data: bytes, label: str, *, gzipped_ok: bool = True) -> FileResult:
    """Activities of one file held in memory; never raises (the reason goes in ``error``).

    Runs in worker processes for big archives, so it takes and returns plain picklable data.
    """
    from journal.activities.safezip import gunzip

    result = _parse(data, label, gzipped_ok, gunzip)
    result.name = label
    return result


def source_of(label: str) -> str:
    """The id an activity keeps from its file: the base name, without archive path or ``.gz``."""
    base = label.rsplit("!", 1)[-1].replace("\\", "/").rsplit("/", 1)[-1]
    return base.removesuffix(".gz")


def _parse(data: bytes, label: str, gzipped_ok: bool, gunzip: Any) -> FileResult:
    source = source_of(label)
    try:
        kind = kind_of(data[:HEAD_BYTES], label)
        if kind == "gzip" and gzipped_ok:
            return parse_bytes(gunzip(data, label), label, gzipped_ok=False)
        if kind == "fit":
            return read_fit(data, source)
        if kind == "gpx":
            from journal.activities.gpx import read_gpx

            return read_gpx(data, source)
        if kind == "tcx":
            from journal.activities.tcx import read_tcx

            return read_tcx(data, source)
        if kind == "apple":
            import io

            from journal.activities.apple import iter_workouts

            result = FileResult(name=label)
            for item in iter_workouts(io.BytesIO(data), label):
                if isinstance(item, Unreadable):
                    result.warnings.append(str(item))
                else:
                    result.activities.append(item)
            return result
        return FileResult(name=label, skipped=True, error="not an activity file (FIT, GPX, TCX)")
    except Unreadable as err:
        return FileResult(name=label, error=str(err))
    except Exception as err:  # a parser bug on odd data must not stop a 1,000-file import
        return FileResult(name=label, error=f"could not be read ({type(err).__name__}: {err})")
