"""The data dictionary stays complete: every column of every table and view is described."""

from __future__ import annotations

from sqlalchemy import Engine, inspect

from kb.dictionary import data_dictionary
from kb.models import Base


def test_every_model_column_is_described() -> None:
    tables = data_dictionary().tables
    for table in Base.metadata.sorted_tables:
        assert table.name in tables, f"{table.name} missing from kb/web/dictionary.toml"
        documented = set(tables[table.name].columns)
        assert documented == {c.name for c in table.columns}, table.name
        assert tables[table.name].description


def test_every_view_column_is_described(kb_engine: Engine) -> None:
    views = {name: doc for name, doc in data_dictionary().tables.items() if doc.is_view}
    inspector = inspect(kb_engine)
    assert set(views) == set(inspector.get_view_names())
    for name, doc in views.items():
        assert set(doc.columns) == {c["name"] for c in inspector.get_columns(name)}, name


def test_breach_types_come_from_the_taxonomy_file() -> None:
    import tomllib
    from importlib import resources

    raw = tomllib.loads(
        resources.files("extract").joinpath("data", "breach_types.toml").read_text("utf-8")
    )
    types = data_dictionary().breach_types
    assert [bt.code for bt in types] == list(raw["types"])
    assert all(bt.label and bt.label != bt.code for bt in types)
