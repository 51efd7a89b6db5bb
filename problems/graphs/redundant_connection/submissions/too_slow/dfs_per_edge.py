# For each edge, searches the graph built so far to see whether its endpoints are already connected: correct, but O(n^2).
def redundant_connection(edges):
    adj = {}
    for u, v in edges:
        if u == v:
            return [u, v]
        stack, seen = [u], {u}
        while stack:
            x = stack.pop()
            if x == v:
                return [u, v]
            for y in adj.get(x, ()):
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        adj.setdefault(u, []).append(v)
        adj.setdefault(v, []).append(u)
    return []
