"""The complexity engine: measure a ladder of sizes (measure.py), fit classes (fit.py),
judge them against the package's budget and explain (verdict.py).

See ../shared/complexity-facts.md for why it works this way: timing noise on a
2-core machine, O(n) vs O(n log n), invisible O(log n), C builtins, mutation.
"""
