"""The decisions of extraction, one module each.

Every rule reads the per-sentence view of an annotated Doc (`extract.sentences.Sent`): cue
spans, names, amounts, dates and the ConText scopes that say whether a word is asserted,
negated, hypothetical, a maximum, a counterfactual or proposed. `extract.assemble` calls
them in order: relevance, attribution, then one field each (money, actions, dates, types).
"""
