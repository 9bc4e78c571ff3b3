"""Spiders built from the sources file: one per source kind (feed, sitemap, listing)."""
