# time: O(n^2)
# space: O(n)
# Keeps record i when no other record of its id is newer (or equally new and later), checked against every record in Python.
def dedupe_latest(records):
    out = []
    for i, r in enumerate(records):
        for j, s in enumerate(records):
            if j != i and s["id"] == r["id"] and (s["ts"] > r["ts"] or (s["ts"] == r["ts"] and j > i)):
                break
        else:
            out.append(r)
    out.sort(key=lambda r: r["id"])
    return out
