"""Regenerate the model's definitions in journal/schemas/export-v1.json after a model change."""

from journal.schemas.model_defs import SCHEMA_PATH, write_schema

if __name__ == "__main__":
    write_schema()
    print(f"wrote {SCHEMA_PATH}")
