"""``encrypt``, ``decrypt --to``, ``passwd`` and ``passphrase remember/forget``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from journal import crypto, passphrase
from journal.commands._common import data_dir_option, fail, open_journal, user_errors

LOST = (
    "There is no way to recover a lost passphrase: without it the journal and its backups "
    "cannot be read by anyone, you included. Write it down somewhere safe."
)


NEW_FILE_ENV = "STRIDELOG_NEW_PASSPHRASE_FILE"  # for scripts: passwd's new passphrase


def new_passphrase(env: str = passphrase.FILE_ENV, what: str = "journal") -> str:
    """A new passphrase, typed twice (or, for scripts, the first line of the file ``env``)."""
    given = passphrase.from_file(env)
    if given is None:
        if not sys.stdin.isatty():
            fail(
                f"a new passphrase is needed: run this in a terminal, or set "
                f"{env} to a file holding it"
            )
        click.echo(LOST, err=True)
        given = click.prompt(
            f"New passphrase for the {what}", hide_input=True, confirmation_prompt=True, err=True
        )
    try:
        crypto.check_new_passphrase(given)
    except crypto.CryptoError as err:
        fail(str(err))
    return given


EXPORT_FILE_ENV = "STRIDELOG_EXPORT_PASSPHRASE_FILE"  # for scripts: an export's passphrase


def seal(data: bytes) -> bytes:
    """``data`` encrypted under a new passphrase of its own (the journal's format)."""
    from journal.store.codec import new_params

    secret = new_passphrase(env=EXPORT_FILE_ENV, what="export")
    return crypto.Cipher.unlock(secret, new_params()).encrypt(data)


@click.command()
@data_dir_option
@user_errors
def encrypt() -> None:
    """Encrypt the journal and its backups with a passphrase (AES-256-GCM, scrypt)."""
    from journal.store import rekey

    journal = open_journal()
    if journal.codec.encrypted:
        fail(
            f"the journal in {journal.data_dir} is already encrypted; `stridelog passwd` "
            "changes its passphrase"
        )
    secret = new_passphrase()
    rekey.rekey(journal, secret)
    click.echo(f"Encrypted the journal in {journal.data_dir} (backups included). {LOST}")


@click.command()
@data_dir_option
@user_errors
def passwd() -> None:
    """Change the passphrase of an encrypted journal (its backups follow)."""
    from journal.store import rekey

    journal = open_journal()  # asks for the current passphrase
    if not journal.codec.encrypted:
        fail(f"the journal in {journal.data_dir} is not encrypted; `stridelog encrypt` does that")
    secret = new_passphrase(env=NEW_FILE_ENV)
    rekey.rekey(journal, secret)
    click.echo(f"Changed the passphrase of the journal in {journal.data_dir}. {LOST}")


@click.command()
@click.option(
    "--to",
    "to",
    required=True,
    type=click.Path(file_okay=False),
    help="A folder that does not exist yet, for the plain copy.",
)
@data_dir_option
@user_errors
def decrypt(to: str) -> None:
    """Write a plain (unencrypted) copy of the journal to a new folder; the journal itself
    stays encrypted and unchanged."""
    from journal.store import rekey

    journal = open_journal()
    n = rekey.plain_copy(journal, Path(to).expanduser())
    click.echo(f"Wrote a plain copy ({n} days) to {to}. Anyone with access to it can read it.")


@click.group(name="passphrase")
def passphrase_group() -> None:
    """Keep the passphrase in the OS keyring (opt-in), or remove it from there."""


def _keyring():
    try:
        import keyring
    except ImportError:
        fail("the OS keyring needs the optional extra: pip install 'stridelog[keyring]'")
    return keyring


@passphrase_group.command()
@data_dir_option
@user_errors
def remember() -> None:
    """Store the passphrase in the OS keyring: the journal then opens WITHOUT asking."""
    from journal import paths
    from journal.commands._common import data_dir_from

    keyring = _keyring()
    folder = paths.data_dir(data_dir_from(click.get_current_context()))
    try:
        secret = passphrase.obtain(folder)
    except passphrase.NoPassphrase as err:
        fail(str(err))
    passphrase.set_asker(lambda _folder: secret)  # asked once: the check below reuses it
    journal = open_journal()  # proves the passphrase right before storing it
    if not journal.codec.encrypted:
        fail(f"the journal in {journal.data_dir} is not encrypted; nothing to remember")
    click.echo(
        "Warning: with the passphrase in the keyring, anyone who can use your account "
        "(logged in, or unlocked keyring) opens the journal without being asked. "
        "`stridelog passphrase forget` undoes this.",
        err=True,
    )
    try:
        keyring.set_password(
            passphrase.KEYRING_SERVICE, passphrase.keyring_account(journal.data_dir), secret
        )
    except Exception as err:  # no backend on this system
        fail(f"no usable OS keyring here ({type(err).__name__}: {err}); nothing was stored")
    click.echo(f"Remembered the passphrase of {journal.data_dir} in the OS keyring.")


@passphrase_group.command()
@data_dir_option
@user_errors
def forget() -> None:
    """Remove the remembered passphrase from the OS keyring."""
    from journal import paths
    from journal.commands._common import data_dir_from

    keyring = _keyring()
    folder = paths.data_dir(data_dir_from(click.get_current_context()))
    try:
        keyring.delete_password(passphrase.KEYRING_SERVICE, passphrase.keyring_account(folder))
    except Exception as err:
        fail(f"nothing was removed ({type(err).__name__}: {err})")
    click.echo(f"Forgot the passphrase of {folder}; it will be asked again.")
