"""Stridelog: a terminal check-in journal for runners."""

__version__ = "0.1.0"
