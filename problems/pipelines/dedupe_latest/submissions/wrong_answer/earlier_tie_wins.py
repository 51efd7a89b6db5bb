# Replaces the kept record only on a strictly greater ts, so on a tie the earlier record wins instead of the later.
def dedupe_latest(records):
    best = {}
    for rec in records:
        if rec["id"] not in best or rec["ts"] > best[rec["id"]]["ts"]:
            best[rec["id"]] = rec
    return [best[k] for k in sorted(best)]
