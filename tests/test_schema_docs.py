"""docs/schema.md stays true: every table, view and column it lists exists and every one
that exists is listed, and its example queries run on both backends."""

import csv
import io
import re

import pytest
from conftest import ROOT
from sqlalchemy import create_engine, inspect

DOC = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")


def documented() -> dict[str, list[str]]:
    """{table or view: [columns]} from the `### name` sections and their tables."""
    sections = re.split(r"^### (\w+)\n", DOC, flags=re.MULTILINE)
    found = {}
    for name, body in zip(sections[1::2], sections[2::2], strict=True):
        found[name] = re.findall(r"^\| (\w+) \| (?!-)", body.split("\n## ")[0], re.MULTILINE)
        found[name] = [c for c in found[name] if c != "column"]
    return found


EXAMPLES = re.findall(r"```sql\n(.*?)```", DOC, flags=re.DOTALL)


def test_schema_doc_lists_exactly_the_tables_views_and_columns(seeded_readonly):
    engine = create_engine(seeded_readonly.url)
    with engine.connect() as conn:
        inspector = inspect(conn)
        actual = {
            name: [c["name"] for c in inspector.get_columns(name)]
            for name in inspector.get_table_names() + inspector.get_view_names()
        }
    engine.dispose()
    assert documented() == actual


def test_schema_doc_has_examples():
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("query", EXAMPLES, ids=[f"example-{i + 1}" for i in range(len(EXAMPLES))])
def test_schema_doc_examples_run(seeded_readonly, query):
    result = seeded_readonly("sql", query, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows, f"the example returned nothing:\n{query}"
