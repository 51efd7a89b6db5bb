from collections import deque


def rate_limit(events, limit, window):
    """Per client, a deque of the timestamps of its allowed requests that are
    still inside the window; each allowed timestamp is appended and dropped
    once: O(n) time, O(n) space (the output, plus at most `limit` timestamps per
    client)."""
    recent = {}
    out = []
    for t, client in events:
        q = recent.get(client)
        if q is None:
            q = recent[client] = deque()
        while q and q[0] <= t - window:
            q.popleft()
        if len(q) < limit:
            q.append(t)
            out.append(True)
        else:
            out.append(False)
    return out
