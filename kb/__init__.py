"""The breachkb knowledge base: models, storage, queries and the `breachkb` CLI."""

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())
