"""The encrypted-file format: round trips, wrong passphrases and every tampered byte refused."""

from __future__ import annotations

import pytest

from journal import crypto

FAST = dict(log2_n=10)  # the format takes any stored cost; tests use a cheap one


def cipher(passphrase: str = "correct horse battery", **kw: int) -> crypto.Cipher:
    params = crypto.Params(salt=b"s" * 16, **{**FAST, **kw})
    return crypto.Cipher.unlock(passphrase, params)


def test_round_trip_and_fresh_nonces() -> None:
    c = cipher()
    a, b = c.encrypt(b'{"notes": "heavy legs"}'), c.encrypt(b'{"notes": "heavy legs"}')
    assert a != b and b"heavy legs" not in a
    assert c.decrypt(a) == c.decrypt(b) == b'{"notes": "heavy legs"}'
    assert crypto.is_encrypted(a) and crypto.read_params(a) == c.params


def test_a_wrong_passphrase_is_told_apart_from_damage() -> None:
    right = cipher()
    check = right.key_check()
    right.verify(check)
    with pytest.raises(crypto.WrongPassphrase):
        cipher("wrong horse battery").verify(check)


@pytest.mark.parametrize("where", [0, 9, 12, 30, 39, 40, 50, -1])
def test_every_changed_byte_is_refused(where: int) -> None:
    c = cipher()
    blob = bytearray(c.encrypt(b"x" * 20))
    blob[where] ^= 0x01
    with pytest.raises(crypto.CryptoError):
        c.decrypt(bytes(blob))


def test_a_cut_file_is_refused() -> None:
    c = cipher()
    blob = c.encrypt(b"some days")
    for n in (0, 10, 40, len(blob) - 1):
        with pytest.raises(crypto.Damaged):
            c.decrypt(blob[:n])


def test_short_passphrases_are_refused() -> None:
    with pytest.raises(crypto.CryptoError, match="at least 8"):
        crypto.check_new_passphrase("abc")
    crypto.check_new_passphrase("four random words here")
