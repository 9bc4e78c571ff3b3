"""Extraction rules, one module per decision, each a pure function over sentences or text."""
