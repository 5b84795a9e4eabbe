"""One module per screen (a Textual mode each), plus the shared dialogs in common.py."""
