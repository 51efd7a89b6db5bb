def course_order(num_courses, prerequisites):
    """Kahn's algorithm (repeatedly take a course with no pending prerequisite): O(V + E) time and space."""
    after = [[] for _ in range(num_courses)]
    pending = [0] * num_courses
    for a, b in prerequisites:
        after[b].append(a)
        pending[a] += 1
    order = [c for c in range(num_courses) if pending[c] == 0]
    i = 0
    while i < len(order):
        for a in after[order[i]]:
            pending[a] -= 1
            if pending[a] == 0:
                order.append(a)
        i += 1
    return order if len(order) == num_courses else []
