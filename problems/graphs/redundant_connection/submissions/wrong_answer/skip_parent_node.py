# Finds the cycle with an iterative DFS that skips the neighbour it came from (by node, not by edge), so a repeated edge u-v never looks like a cycle.
def redundant_connection(edges):
    n = len(edges)
    adj = [[] for _ in range(n + 1)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    parent = [0] * (n + 1)
    state = [0] * (n + 1)  # 0 new, 1 on the stack, 2 done
    on_cycle = set()
    stack = [(1, 0, iter(adj[1]))]
    state[1] = 1
    while stack and not on_cycle:
        node, par, it = stack[-1]
        for nxt in it:
            if nxt == par:
                continue
            if state[nxt] == 1:  # back edge: walk the parents from node up to nxt
                x = node
                on_cycle.add(nxt)
                while x != nxt:
                    on_cycle.add(x)
                    x = parent[x]
                break
            if state[nxt] == 0:
                state[nxt] = 1
                parent[nxt] = node
                stack.append((nxt, node, iter(adj[nxt])))
                break
        else:
            state[node] = 2
            stack.pop()
    for u, v in reversed(edges):
        if u in on_cycle and v in on_cycle:
            return [u, v]
    return []
