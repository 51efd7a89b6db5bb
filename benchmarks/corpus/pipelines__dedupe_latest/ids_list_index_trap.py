# time: O(n^2)
# space: O(n)
# C-builtin trap: kept ids live in a list searched with `in` and list.index for every record (n distinct ids on the worst input).
def dedupe_latest(records):
    ids = []
    kept = []
    for r in records:
        if r["id"] in ids:
            k = ids.index(r["id"])
            if r["ts"] >= kept[k]["ts"]:
                kept[k] = r
        else:
            ids.append(r["id"])
            kept.append(r)
    return [r for _, r in sorted(zip(ids, kept), key=lambda p: p[0])]
