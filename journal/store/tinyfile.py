"""One month file changed as TinyDB's table operations change it (the file format is TinyDB's).

The JSON is read and written with msgspec, which the store has loaded already: orjson (and the
json and dataclasses modules it imports) would add ~3 ms to every ``stridelog add``. A change
of one day (``add``, a save in the app, a delete) is applied here as TinyDB applies it, without
loading TinyDB (and ``json``, ~4 ms of ``add``); a change of more days goes through TinyDB's
table itself. ``tests/test_store_tinyfile.py`` checks both give the same bytes.
"""

from __future__ import annotations

from typing import Any

import msgspec

from journal.model import Day, to_doc


def month_file_after(
    old: bytes | None, puts: dict[int, Day], deletes: set[int], ordinals: list[int]
) -> bytes:
    """The bytes of the month file ``old`` (None: a new month) after storing ``puts``
    and removing ``deletes`` among ``ordinals``; each day is the whole document of its date."""
    tables = msgspec.json.decode(old) if old is not None else {}
    if len(ordinals) == 1:
        return one_day_after(tables, puts, deletes, ordinals[0])
    return through_tinydb(tables, puts, deletes, ordinals)


def one_day_after(tables: dict[str, Any], puts: dict[int, Day], deletes: set[int], o: int) -> bytes:
    """TinyDB's ``update``, ``insert_multiple`` and ``remove`` by doc id, for one day: each
    reads the table with its keys as ints (``int("07")`` is 7) and writes them back as
    strings, in place, new documents last; with nothing to do the file is left as it was."""
    raw = tables.get("days", {})
    stored = {int(k) for k in raw}
    if not (o in puts or (o in deletes and o in stored)):
        return msgspec.json.encode(tables)
    table = {int(k): doc for k, doc in raw.items()}
    if o in puts:
        table[o] = to_doc(puts[o])
    if o in deletes and o in stored:
        del table[o]
    tables["days"] = {str(k): doc for k, doc in table.items()}
    return msgspec.json.encode(tables)


def through_tinydb(
    tables: dict[str, Any], puts: dict[int, Day], deletes: set[int], ordinals: list[int]
) -> bytes:
    from tinydb import TinyDB
    from tinydb.storages import MemoryStorage
    from tinydb.table import Document

    db = TinyDB(storage=MemoryStorage)
    db.storage.write(tables)
    table = db.table("days", cache_size=0)
    stored = {int(k) for k in tables.get("days", {})}
    replacing = {
        puts[o].date.isoformat(): to_doc(puts[o]) for o in ordinals if o in puts and o in stored
    }
    if replacing:

        def replace_whole(doc: dict[str, Any]) -> None:
            new = replacing[doc["date"]]
            doc.clear()
            doc.update(new)

        ids = [puts[o].date.toordinal() for o in ordinals if o in puts and o in stored]
        table.update(replace_whole, doc_ids=ids)
    inserting = [o for o in ordinals if o in puts and o not in stored]
    if inserting:
        table.insert_multiple(Document(to_doc(puts[o]), doc_id=o) for o in inserting)
    removing = [o for o in ordinals if o in deletes and o in stored]
    if removing:
        table.remove(doc_ids=removing)
    return msgspec.json.encode(db.storage.read())
