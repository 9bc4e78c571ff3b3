"""Scrapy crawler feeding news articles into the breachkb knowledge base."""

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())
