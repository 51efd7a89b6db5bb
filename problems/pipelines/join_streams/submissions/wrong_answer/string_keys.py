# Hash join on str(key) to "normalise" the keys, so the integer 1 and the string "1" wrongly match.
def join_streams(left, right, key):
    index = {}
    for r in right:
        if r[key] is not None:
            index.setdefault(str(r[key]), []).append(r)
    out = []
    for l in left:
        if l[key] is not None:
            out.extend({**l, **r} for r in index.get(str(l[key]), []))
    return out
