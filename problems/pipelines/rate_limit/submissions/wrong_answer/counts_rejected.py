# Deque per client that records every request, rejected ones too, so a client that keeps retrying stays blocked.
from collections import defaultdict, deque


def rate_limit(events, limit, window):
    seen = defaultdict(deque)
    result = []
    for t, client in events:
        q = seen[client]
        while q and q[0] <= t - window:
            q.popleft()
        result.append(len(q) < limit)
        q.append(t)
    return result
