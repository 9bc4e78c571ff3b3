"""Size limits shared by the extractor and the KB's readers, in a module that imports nothing:
`kb.bounded_io` (the loader's reading process) needs the figure, not `extract.decode`'s
imports (ftfy)."""

# The largest document read, cleaned or stored: a file, a JSONL line, a WARC record.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
