"""The trend analyzer: load metrics and the flags of DESIGN §4."""
