# Upserts each newer record into the kept one with dict.update (a typical "merge latest" step), so fields that only older records had survive: O(n log n).
def dedupe_latest(records):
    latest = {}
    for r in records:
        kept = latest.get(r["id"])
        if kept is None:
            latest[r["id"]] = dict(r)
        elif r["ts"] >= kept["ts"]:
            kept.update(r)
    return [latest[k] for k in sorted(latest)]
