"""Alembic environment: the URL comes from breachkb's config; a passed-in connection is reused."""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine

from kb.config import database_url
from kb.models import Base

config = context.config
if config.config_file_name is not None and config.attributes.get("connection") is None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    """Full-text search is created by raw SQL, not by the models: leave it out (SQLite's FTS5
    shadow tables, PostgreSQL's tsvector expression index)."""
    if type_ == "index" and name == "ix_articles_fts":
        return False
    return not (type_ == "table" and name and name.startswith("articles_fts"))


def _url() -> str:
    configured = config.get_main_option("sqlalchemy.url")
    return configured or database_url()


def run_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    def configure(connection) -> None:  # type: ignore[no-untyped-def]
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()

    connection = config.attributes.get("connection")
    if connection is not None:
        configure(connection)
        return
    engine = create_engine(_url())
    with engine.connect() as conn:
        configure(conn)
        conn.commit()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
