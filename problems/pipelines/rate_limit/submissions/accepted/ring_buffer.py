# Per-client ring of the last `limit` allowed timestamps: a request is allowed when the ring is not full or its oldest entry left the window: O(n) time.
def rate_limit(events, limit, window):
    rings = {}
    out = []
    for t, client in events:
        if limit == 0:
            out.append(False)
            continue
        ring = rings.get(client)
        if ring is None:
            ring = rings[client] = [[], 0]
        slots, oldest = ring
        if len(slots) < limit:
            slots.append(t)
            out.append(True)
        elif slots[oldest] <= t - window:
            slots[oldest] = t
            ring[1] = (oldest + 1) % limit
            out.append(True)
        else:
            out.append(False)
    return out
