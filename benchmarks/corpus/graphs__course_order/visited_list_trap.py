# time: O(n^2)
# space: O(n)
# C-builtin trap: Kahn's algorithm that guards against re-adding a course with `a not in order`, a linear list scan per edge.
def course_order(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    indeg = [0] * num_courses
    for a, b in prerequisites:
        after[b].append(a)
        indeg[a] += 1
    order = [c for c in range(num_courses) if indeg[c] == 0]
    i = 0
    while i < len(order):
        for a in after[order[i]]:
            indeg[a] -= 1
            if indeg[a] == 0 and a not in order:
                order.append(a)
        i += 1
    return order if len(order) == num_courses else []
