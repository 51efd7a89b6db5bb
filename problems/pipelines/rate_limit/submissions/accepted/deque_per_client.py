# Per-client deque of allowed timestamps still inside the window (expired ones popped from the left): O(n) time.
from collections import defaultdict, deque


def rate_limit(events, limit, window):
    allowed = defaultdict(deque)
    result = []
    for t, client in events:
        q = allowed[client]
        while q and q[0] <= t - window:
            q.popleft()
        ok = len(q) < limit
        if ok:
            q.append(t)
        result.append(ok)
    return result
