# Hash join that forgets SQL's rule that a null key matches nothing, so records with key None join each other.
def join_streams(left, right, key):
    index = {}
    for r in right:
        index.setdefault(r[key], []).append(r)
    return [{**l, **r} for l in left for r in index.get(l[key], [])]
