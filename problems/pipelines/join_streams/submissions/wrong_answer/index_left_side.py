# Indexes the left side and walks the right, so the rows come out in right order instead of left order.
def join_streams(left, right, key):
    index = {}
    for l in left:
        if l[key] is not None:
            index.setdefault(l[key], []).append(l)
    out = []
    for r in right:
        if r[key] is not None:
            out.extend({**l, **r} for l in index.get(r[key], []))
    return out
