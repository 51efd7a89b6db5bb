"""Any order of all courses that respects every prerequisite counts; [] only when there is a cycle."""


def _has_cycle(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    pending = [0] * num_courses
    for a, b in prerequisites:
        after[b].append(a)
        pending[a] += 1
    ready = [c for c in range(num_courses) if pending[c] == 0]
    taken = 0
    while ready:
        c = ready.pop()
        taken += 1
        for a in after[c]:
            pending[a] -= 1
            if pending[a] == 0:
                ready.append(a)
    return taken != num_courses


def check(args, expected, got):
    num_courses, prerequisites = args
    if not isinstance(got, list):
        return f"expected a list of course numbers, got {type(got).__name__}"
    cycle = _has_cycle(num_courses, prerequisites)
    if not got:
        return None if cycle else "returned [] but the prerequisites have no cycle, so an order exists"
    if cycle:
        return "the prerequisites contain a cycle, so the answer is [], but a non-empty list was returned"
    if len(got) != num_courses:
        return f"the order has {len(got)} entries but there are {num_courses} courses"
    position = {}
    for i, c in enumerate(got):
        if not isinstance(c, int) or isinstance(c, bool) or not 0 <= c < num_courses:
            return f"entry {i} ({c!r}) is not a course number in 0..{num_courses - 1}"
        if c in position:
            return f"course {c} appears twice (positions {position[c]} and {i})"
        position[c] = i
    for a, b in prerequisites:
        if position[b] > position[a]:
            return f"course {a} is taken before its prerequisite {b}"
    return None
