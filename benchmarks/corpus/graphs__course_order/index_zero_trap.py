# time: O(n^2)
# space: O(n)
# C-builtin trap: each next course is pending.index(0), a C scan from course 0 (the worst-case chain frees only the highest course left).
def course_order(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    pending = [0] * num_courses
    for a, b in prerequisites:
        after[b].append(a)
        pending[a] += 1
    order = []
    for _ in range(num_courses):
        try:
            b = pending.index(0)
        except ValueError:
            return []
        pending[b] = -1
        order.append(b)
        for a in after[b]:
            pending[a] -= 1
    return order
