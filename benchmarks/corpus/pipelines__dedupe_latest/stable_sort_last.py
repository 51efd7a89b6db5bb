# time: O(n log n)
# space: O(n)
# Stable sort of positions by (id, ts), so among equal (id, ts) the later record comes last; keep the last record of every id run.
def dedupe_latest(records):
    order = sorted(range(len(records)), key=lambda i: (records[i]["id"], records[i]["ts"]))
    out = []
    for p, i in enumerate(order):
        if p + 1 == len(order) or records[order[p + 1]]["id"] != records[i]["id"]:
            out.append(records[i])
    return out
