"""Widgets of the Stridelog app."""
