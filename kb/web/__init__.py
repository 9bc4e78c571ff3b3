"""Datasette web UI over the KB: metadata, canned queries and the server."""
