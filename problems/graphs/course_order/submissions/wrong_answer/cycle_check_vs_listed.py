# Kahn's algorithm whose cycle check compares the number of courses taken with the number of courses named in prerequisites, so free courses can mask a stuck cycle: O(V + E).
from collections import deque


def course_order(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    pending = [0] * num_courses
    for a, b in prerequisites:
        after[b].append(a)
        pending[a] += 1
    ready = deque(c for c in range(num_courses) if pending[c] == 0)
    order = []
    while ready:
        b = ready.popleft()
        order.append(b)
        for a in after[b]:
            pending[a] -= 1
            if pending[a] == 0:
                ready.append(a)
    named = {c for pair in prerequisites for c in pair}
    if len(order) < len(named):
        return []
    return order
