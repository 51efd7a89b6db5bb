# Hash join that merges as {**right, **left}, so on a field both sides share the left value wins instead of the right.
def join_streams(left, right, key):
    index = {}
    for r in right:
        if r[key] is not None:
            index.setdefault(r[key], []).append(r)
    return [{**r, **l} for l in left if l[key] is not None for r in index.get(l[key], [])]
