# Keeps a record only if no other record of its id beats it (greater ts, or same ts later), checking all pairs: O(n^2).
def dedupe_latest(records):
    out = []
    for i, rec in enumerate(records):
        beaten = False
        for j, other in enumerate(records):
            if other["id"] == rec["id"] and (other["ts"] > rec["ts"] or (other["ts"] == rec["ts"] and j > i)):
                beaten = True
                break
        if not beaten:
            out.append(rec)
    out.sort(key=lambda r: r["id"])
    return out
