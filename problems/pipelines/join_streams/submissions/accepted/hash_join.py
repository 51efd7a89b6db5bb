# Hash join: a dict from key to the right records in order, then one walk over the left side: O(n + m + output).
from collections import defaultdict


def join_streams(left, right, key):
    by_key = defaultdict(list)
    for rec in right:
        if rec[key] is not None:
            by_key[rec[key]].append(rec)
    result = []
    for rec in left:
        if rec[key] is None or rec[key] not in by_key:
            continue
        for match in by_key[rec[key]]:
            merged = dict(rec)
            merged.update(match)
            result.append(merged)
    return result
