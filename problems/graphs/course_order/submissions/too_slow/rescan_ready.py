# Keeps a pending-prerequisite count but rescans all remaining courses to find a ready one, one course per pass: correct, but O(V^2 + E) against O(V + E).
def course_order(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    pending = [0] * num_courses
    for a, b in prerequisites:
        after[b].append(a)
        pending[a] += 1
    remaining = list(range(num_courses))
    order = []
    while remaining:
        for i, c in enumerate(remaining):
            if pending[c] == 0:
                break
        else:
            return []  # nothing can be taken: a cycle
        remaining.pop(i)
        order.append(c)
        for a in after[c]:
            pending[a] -= 1
    return order
