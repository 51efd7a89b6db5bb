# Keeps every allowed timestamp per client and counts those inside the window by rescanning them all: correct, but O(n * allowed) = O(n^2).
def rate_limit(events, limit, window):
    history = {}
    out = []
    for t, client in events:
        h = history.setdefault(client, [])
        inside = sum(1 for s in h if s > t - window)
        if inside < limit:
            h.append(t)
            out.append(True)
        else:
            out.append(False)
    return out
