"""Encryption at rest: AES-256-GCM under a key derived once per process with scrypt.

Every encrypted file is one blob, readable without Stridelog (the README gives the recipe)::

    magic     8 bytes  b"SLOGENC" + format version (1)
    kdf       4 bytes  kdf id (1 = scrypt), log2(N), r, p
    salt     16 bytes  the journal's salt (the same in every file of one journal)
    nonce    12 bytes  fresh for every write
    body        rest   AES-256-GCM ciphertext and 16-byte tag; the 40-byte header is the
                       associated data, so a changed header fails like a changed body

One salt per journal lets a process derive the key once and read any of its files; the KDF
parameters travel in every header so they can be raised later. A key-check blob (a known text
encrypted like any file) tells a wrong passphrase from a damaged file.
"""

from __future__ import annotations

import os
import struct
from typing import Final

import msgspec

MAGIC: Final = b"SLOGENC\x01"
KDF_SCRYPT: Final = 1
HEADER = struct.Struct(">8sBBBB16s12s")
HEADER_SIZE: Final = HEADER.size  # 40
KEY_CHECK: Final = b"stridelog key check v1"
# scrypt N = 2^16, r = 8, p = 1: 64 MiB and about a quarter of a second here. Stored per file.
DEFAULT_LOG2_N: Final = 16
DEFAULT_R: Final = 8
DEFAULT_P: Final = 1
MIN_PASSPHRASE: Final = 8


class CryptoError(Exception):
    """An encrypted file could not be opened; ``str()`` says why in words."""


class WrongPassphrase(CryptoError):
    pass


class Damaged(CryptoError):
    pass


class Params(msgspec.Struct, frozen=True):
    salt: bytes
    log2_n: int = DEFAULT_LOG2_N
    r: int = DEFAULT_R
    p: int = DEFAULT_P

    @classmethod
    def new(cls) -> Params:
        return cls(salt=os.urandom(16))


def is_encrypted(raw: bytes) -> bool:
    return raw[: len(MAGIC)] == MAGIC


def read_params(raw: bytes) -> Params:
    """The KDF parameters and salt of an encrypted blob (its header is not yet trusted)."""
    if len(raw) < HEADER_SIZE + 16 or not is_encrypted(raw):
        raise Damaged("not a Stridelog encrypted file, or cut short")
    _magic, kdf, log2_n, r, p, salt, _nonce = HEADER.unpack_from(raw)
    if kdf != KDF_SCRYPT or not (10 <= log2_n <= 24 and 1 <= r <= 32 and 1 <= p <= 16):
        raise Damaged("unknown or implausible key-derivation parameters in the header")
    return Params(salt=salt, log2_n=log2_n, r=r, p=p)


def derive_key(passphrase: str, params: Params) -> bytes:
    """The 32-byte AES key for ``passphrase``: memory-hard, so guessing is slow."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=params.salt, length=32, n=2**params.log2_n, r=params.r, p=params.p)
    return kdf.derive(passphrase.encode("utf-8"))


class Cipher:
    """Encrypts and decrypts the blobs of one journal with one derived key."""

    def __init__(self, key: bytes, params: Params) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self.params = params
        self._aead = AESGCM(key)

    @classmethod
    def unlock(cls, passphrase: str, params: Params) -> Cipher:
        return cls(derive_key(passphrase, params), params)

    def _header(self, nonce: bytes) -> bytes:
        p = self.params
        return HEADER.pack(MAGIC, KDF_SCRYPT, p.log2_n, p.r, p.p, p.salt, nonce)

    def encrypt(self, plaintext: bytes) -> bytes:
        nonce = os.urandom(12)
        header = self._header(nonce)
        return header + self._aead.encrypt(nonce, plaintext, header)

    def decrypt(self, blob: bytes) -> bytes:
        """The plaintext of ``blob``; :class:`Damaged` when it fails authentication."""
        from cryptography.exceptions import InvalidTag

        params = read_params(blob)
        if params != self.params:
            raise Damaged("the file belongs to another journal or its header was changed")
        header, body = blob[:HEADER_SIZE], blob[HEADER_SIZE:]
        nonce = header[-12:]
        try:
            return self._aead.decrypt(nonce, body, header)
        except InvalidTag:
            raise Damaged("the file fails its authentication check (changed or damaged)") from None

    def key_check(self) -> bytes:
        """A blob that proves a passphrase right without reading any journal data."""
        return self.encrypt(KEY_CHECK)

    def verify(self, check_blob: bytes) -> None:
        try:
            ok = self.decrypt(check_blob) == KEY_CHECK
        except Damaged:
            ok = False
        if not ok:
            raise WrongPassphrase("the passphrase is wrong; nothing was read or changed")


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to resist guessing."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise CryptoError(
            f"passphrase: too short; allowed: at least {MIN_PASSPHRASE} characters "
            "(a few unrelated words are easy to remember and hard to guess)"
        )
