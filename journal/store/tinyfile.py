"""One month file changed through TinyDB's table operations (the file format is TinyDB's).

The JSON is read and written with msgspec, which the store has loaded already: orjson (and the
json and dataclasses modules it imports) would add ~3 ms to every ``stridelog add``.
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
    from tinydb import TinyDB
    from tinydb.storages import MemoryStorage
    from tinydb.table import Document

    tables = msgspec.json.decode(old) if old is not None else {}
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
