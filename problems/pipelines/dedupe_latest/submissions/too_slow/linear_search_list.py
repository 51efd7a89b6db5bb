# Keeps the result in a plain list and scans it for the id of every record: correct, but O(n * ids) = O(n^2) with distinct ids.
def dedupe_latest(records):
    kept = []
    for rec in records:
        for i, old in enumerate(kept):
            if old["id"] == rec["id"]:
                if rec["ts"] >= old["ts"]:
                    kept[i] = rec
                break
        else:
            kept.append(rec)
    return sorted(kept, key=lambda r: r["id"])
