# Stable sort by (id, ts) keeps input order among ties, so the last of each id group is the answer: O(n log n).
from itertools import groupby


def dedupe_latest(records):
    ordered = sorted(records, key=lambda r: (r["id"], r["ts"]))
    return [list(group)[-1] for _, group in groupby(ordered, key=lambda r: r["id"])]
