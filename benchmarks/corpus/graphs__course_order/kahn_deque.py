# time: O(n)
# space: O(n)
# Kahn's algorithm with in-degree counts and a deque of ready courses.
from collections import deque


def course_order(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    indeg = [0] * num_courses
    for a, b in prerequisites:
        after[b].append(a)
        indeg[a] += 1
    ready = deque(c for c in range(num_courses) if indeg[c] == 0)
    order = []
    while ready:
        b = ready.popleft()
        order.append(b)
        for a in after[b]:
            indeg[a] -= 1
            if indeg[a] == 0:
                ready.append(a)
    return order if len(order) == num_courses else []
