# time: O(n log n)
# space: O(n)
# One pass keeping the latest record per id in a dict (>= so later ties win), then sorted() over the shuffled distinct ids.
def dedupe_latest(records):
    latest = {}
    for r in records:
        kept = latest.get(r["id"])
        if kept is None or r["ts"] >= kept["ts"]:
            latest[r["id"]] = r
    return [latest[k] for k in sorted(latest)]
