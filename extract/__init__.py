"""Turn raw news documents into clean text and incident facts.

`extract` knows nothing about the database or the crawler: it takes bytes and returns
plain dataclasses (`extract.models`).
"""

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())

EXTRACTOR_VERSION = "0.3.0"
