def join_streams(left, right, key):
    """Hash join: index the right records by key (keeping their order), then
    walk the left records: O(n + m + output) time and space. Null keys never match."""
    index = {}
    for r in right:
        k = r[key]
        if k is not None:
            index.setdefault(k, []).append(r)
    out = []
    for l in left:
        k = l[key]
        if k is None:
            continue
        for r in index.get(k, ()):
            out.append({**l, **r})
    return out
