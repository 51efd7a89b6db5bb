# Nested-loop join comparing every left record with every right record: correct, but O(n * m).
def join_streams(left, right, key):
    out = []
    for l in left:
        for r in right:
            if l[key] is not None and l[key] == r[key]:
                out.append({**l, **r})
    return out
