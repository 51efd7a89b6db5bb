# time: O(n log n)
# space: O(n)
# Sorts the (shuffled) prerequisite pairs by prerequisite to build compact adjacency runs, then Kahn's algorithm over the runs.
def course_order(num_courses, prerequisites):
    pairs = sorted((b, a) for a, b in prerequisites)
    start = [0] * (num_courses + 1)
    indeg = [0] * num_courses
    for b, a in pairs:
        start[b + 1] += 1
        indeg[a] += 1
    for c in range(num_courses):
        start[c + 1] += start[c]
    order = [c for c in range(num_courses) if indeg[c] == 0]
    i = 0
    while i < len(order):
        b = order[i]
        for p in range(start[b], start[b + 1]):
            a = pairs[p][1]
            indeg[a] -= 1
            if indeg[a] == 0:
                order.append(a)
        i += 1
    return order if len(order) == num_courses else []
