"""The store's file boundary: every byte read from a journal file goes through ``decode`` and
every byte written through ``encode`` (identity for a plain journal).

An encrypted journal is told by its ``journal.json``: an encrypted root names, by the salt in
its header, which key-check file is current (``journal.key``, or ``journal.key.new`` while a
passphrase change or an encryption is being finished). The key is derived once per process
and journal, then cached; the key check tells a wrong passphrase from a damaged file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from journal import crypto, passphrase
from journal.store.errors import StoreError
from journal.store.layout import Damaged

KEY_FILE = "journal.key"
NEW_KEY_FILE = "journal.key.new"
TEST_COST_ENV = "STRIDELOG_TEST_ONLY_SCRYPT_LOG2N"  # tests only: a cheap KDF, never a default


class Locked(StoreError):
    """The journal is encrypted and could not be unlocked; nothing was read or changed."""


class WrongPassphrase(Locked):
    """The passphrase given does not open this journal (the key check failed)."""


class Plain:
    """A journal stored as it is."""

    encrypted = False
    params: crypto.Params | None = None

    def encode(self, raw: bytes) -> bytes:
        return raw

    def decode(self, path: Path, raw: bytes) -> bytes:
        if crypto.is_encrypted(raw):
            raise Damaged(path, "the file is encrypted but the journal is not")
        return raw


class Encrypted:
    """A journal whose every file is a :mod:`journal.crypto` blob under one key."""

    encrypted = True

    def __init__(self, cipher: crypto.Cipher) -> None:
        self.cipher = cipher
        self.params: crypto.Params | None = cipher.params

    def encode(self, raw: bytes) -> bytes:
        return self.cipher.encrypt(raw)

    def decode(self, path: Path, raw: bytes) -> bytes:
        try:
            return self.cipher.decrypt(raw)
        except crypto.Damaged as err:
            raise Damaged(path, f"{err}; the passphrase is right, so the file is damaged") from None


PLAIN = Plain()
Codec = Plain | Encrypted
_unlocked: dict[tuple[str, crypto.Params], Encrypted] = {}


def new_params() -> crypto.Params:
    """A fresh salt at the default cost (tests alone may set a cheaper one)."""
    params = crypto.Params.new()
    cheap = os.environ.get(TEST_COST_ENV)
    if cheap and cheap.isdigit() and 10 <= int(cheap) < params.log2_n:
        params = crypto.Params(salt=params.salt, log2_n=int(cheap))
    return params


def _key_blob(path: Path, params: crypto.Params) -> bytes | None:
    try:
        blob = path.read_bytes()
        return blob if crypto.read_params(blob) == params else None
    except (OSError, crypto.Damaged):
        return None


def current_key_file(data_dir: Path, params: crypto.Params) -> Path | None:
    """The key-check file whose salt is the root's (``journal.key`` or, while a change is
    being finished, ``journal.key.new``)."""
    for name in (KEY_FILE, NEW_KEY_FILE):
        if _key_blob(data_dir / name, params) is not None:
            return data_dir / name
    return None


def unlock(data_dir: Path, params: crypto.Params, root: Path) -> Encrypted:
    """The codec of an encrypted journal; the passphrase is asked once per process."""
    cache_key = (str(Path(data_dir).resolve()), params)
    if (hit := _unlocked.get(cache_key)) is not None:
        return hit
    key_path = current_key_file(data_dir, params)
    if key_path is None:
        raise Locked(
            f"{root} is encrypted, but its key-check file {data_dir / KEY_FILE} is missing or "
            "belongs to another journal; restore it from where the journal came from. "
            "Nothing was changed."
        )
    try:
        secret = passphrase.obtain(data_dir)
    except passphrase.NoPassphrase as err:
        raise Locked(str(err)) from None
    cipher = crypto.Cipher.unlock(secret, params)
    try:
        cipher.verify(key_path.read_bytes())
    except crypto.WrongPassphrase:
        raise WrongPassphrase(
            f"the passphrase for {data_dir} is wrong; nothing was read or changed"
        ) from None
    codec = Encrypted(cipher)
    _unlocked[cache_key] = codec
    return codec


def remember(data_dir: Path, codec: Encrypted) -> None:
    """Cache a codec this process made itself (after ``encrypt`` or ``passwd``)."""
    assert codec.params is not None
    _unlocked[(str(Path(data_dir).resolve()), codec.params)] = codec


def for_root(data_dir: Path, root: Path, raw: bytes) -> Codec:
    """The codec the root file's bytes say the journal uses."""
    if not crypto.is_encrypted(raw):
        return PLAIN
    try:
        params = crypto.read_params(raw)
    except crypto.Damaged as err:
        raise Damaged(root, str(err)) from None
    return unlock(data_dir, params, root)


def for_folder(data_dir: Path) -> Codec:
    """The codec of the journal in ``data_dir`` (for files beside it, such as drafts)."""
    root = Path(data_dir) / "journal.json"
    try:
        raw = root.read_bytes()
    except OSError:
        return PLAIN
    with contextlib.suppress(crypto.Damaged):
        if crypto.is_encrypted(raw):
            return unlock(data_dir, crypto.read_params(raw), root)
    return PLAIN


def names_key(root: Path, codec: Codec) -> bool:
    """Whether the journal's root file ``root`` is still stored under ``codec``'s key."""
    try:
        with open(root, "rb") as fh:
            raw = fh.read(crypto.HEADER_SIZE + 16)  # the header: a plain root may be large
        return (crypto.read_params(raw) if crypto.is_encrypted(raw) else None) == codec.params
    except (OSError, crypto.Damaged):
        return False


def write_cache(
    root: Path, path: Path, codec: Codec, data: bytes | Sequence[bytes | memoryview], **kw: bool
) -> None:
    """Write a cache beside the journal whose root is ``root``, encoded by ``codec`` (its
    chunks joined only when encrypted); ``kw`` as :func:`journal.files.write_private_atomic`.

    Removed again when the root no longer names that key: a reader that opened the journal
    plain and writes after ``encrypt`` (or ``passwd``) committed in another process would
    otherwise leave the runner's days in plain text (or under the old key) beside it."""
    from journal.files import write_private_atomic

    if codec.encrypted:
        data = codec.encode(data if isinstance(data, bytes) else b"".join(data))
    write_private_atomic(path, data, **kw)
    if not names_key(root, codec):
        path.unlink(missing_ok=True)
