# Builds a key -> right-records index, then one nested comprehension over the left side (rows in left, then right order): O(n + m + output).
def join_streams(left, right, key):
    index = {}
    for rec in right:
        if rec[key] is not None:
            index.setdefault(rec[key], []).append(rec)
    return [{**l, **r} for l in left if l[key] is not None for r in index.get(l[key], [])]
