"""Writing results out: CSV, JSON, JSONL and terminal tables."""
