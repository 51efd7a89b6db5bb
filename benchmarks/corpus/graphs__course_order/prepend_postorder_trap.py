# time: O(n^2)
# space: O(n)
# C-builtin trap: iterative DFS that builds the order with order.insert(0, course) at each finish, shifting the whole list every time.
def course_order(num_courses, prerequisites):
    graph = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        graph[b].append(a)
    state = [0] * num_courses
    order = []
    for root in range(num_courses):
        if state[root]:
            continue
        state[root] = 1
        stack = [(root, 0)]
        while stack:
            node, i = stack[-1]
            if i < len(graph[node]):
                stack[-1] = (node, i + 1)
                nxt = graph[node][i]
                if state[nxt] == 1:
                    return []
                if state[nxt] == 0:
                    state[nxt] = 1
                    stack.append((nxt, 0))
            else:
                state[node] = 2
                order.insert(0, node)
                stack.pop()
    return order
