# One pass with a dict from id to the latest record (>= so later ties win), then sorted ids: O(n log n) time, O(n) space.
def dedupe_latest(records):
    best = {}
    for rec in records:
        key = rec["id"]
        if key not in best or rec["ts"] >= best[key]["ts"]:
            best[key] = rec
    return [best[key] for key in sorted(best)]
