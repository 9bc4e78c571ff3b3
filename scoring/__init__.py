"""Score extraction and incident clustering against gold annotations.

Pure scoring, shared by `extract` (running the pipeline over gold documents,
`extract.gold_run`), `kb` (clustering of the KB's incidents, `kb.cluster_eval`), the
`breachkb eval` command and the eval gate test. It takes gold records and predictions in
plain form and returns dataclasses; it never imports spaCy, the pipeline or the KB.

- `scoring.gold`: gold JSONL records and where their documents are.
- `scoring.normalise`: the comparison form of a fact (names, field values, tuples, tallies).
- `scoring.metrics`: precision/recall/F1 per field, the report `breachkb eval` prints.
- `scoring.clustering`: B-cubed of a clustering, and pairing gold incidents with facts.
- `scoring.split`: the tuning and checking halves of the gold sets.
- `scoring.floors`: the floors the eval gate pins, which only rise.
"""
