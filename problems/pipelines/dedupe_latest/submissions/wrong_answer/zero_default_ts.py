# Uses 0 as the "not seen yet" timestamp, so an id whose records all have negative ts disappears.
def dedupe_latest(records):
    latest_ts = {}
    best = {}
    for rec in records:
        if rec["ts"] >= latest_ts.get(rec["id"], 0):
            latest_ts[rec["id"]] = rec["ts"]
            best[rec["id"]] = rec
    return [best[k] for k in sorted(best)]
