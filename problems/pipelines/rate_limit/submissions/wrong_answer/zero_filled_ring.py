# Ring of the last `limit` allowed timestamps pre-filled with 0 as "long ago", which is only long ago for large (epoch-like) timestamps.
def rate_limit(events, limit, window):
    rings = {}
    out = []
    for t, client in events:
        if limit == 0:
            out.append(False)
            continue
        if client not in rings:
            rings[client] = [[0] * limit, 0]
        ring = rings[client]
        slots, oldest = ring
        if slots[oldest] <= t - window:
            slots[oldest] = t
            ring[1] = (oldest + 1) % limit
            out.append(True)
        else:
            out.append(False)
    return out
