def dedupe_latest(records):
    """One pass keeping the latest record per id in a dict (>= so later ties
    win), then sort the ids: O(n log n) time, O(n) space."""
    latest = {}
    for r in records:
        kept = latest.get(r["id"])
        if kept is None or r["ts"] >= kept["ts"]:
            latest[r["id"]] = r
    return [latest[k] for k in sorted(latest)]
