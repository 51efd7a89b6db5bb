# Deque per client, but expires only timestamps < t - window, so a request exactly `window` seconds old still counts ([t - window, t] instead of (t - window, t]).
from collections import defaultdict, deque


def rate_limit(events, limit, window):
    allowed = defaultdict(deque)
    result = []
    for t, client in events:
        q = allowed[client]
        while q and q[0] < t - window:
            q.popleft()
        ok = len(q) < limit
        if ok:
            q.append(t)
        result.append(ok)
    return result
