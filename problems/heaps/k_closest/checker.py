from collections import Counter


def _dist(p):
    return p[0] * p[0] + p[1] * p[1]


def check(args, expected, got):
    """Any k of the points (as a sub-multiset) whose distances are the k smallest."""
    points, k = args
    if not isinstance(got, list):
        return f"expected a list of points, got {type(got).__name__}"
    if len(got) != k:
        return f"expected {k} points, got {len(got)}"
    for p in got:
        if not (isinstance(p, list) and len(p) == 2
                and all(isinstance(c, int) and not isinstance(c, bool) for c in p)):
            return f"{p!r} is not a point [x, y] of integers"
    have = Counter(map(tuple, points))
    used = Counter(map(tuple, got))
    for p, count in used.items():
        if count > have[p]:
            return (f"{list(p)} appears {count} times in the answer but {have[p]} times in points"
                    if have[p] else f"{list(p)} is not one of the points")
    want = sorted(map(_dist, points))[:k]
    mine = sorted(map(_dist, got))
    if mine != want:
        i = next(i for i, (a, b) in enumerate(zip(mine, want)) if a != b)
        far = next(list(p) for p in got if _dist(p) == mine[i])
        return (f"{far} (squared distance {mine[i]}) is not among the {k} closest: "
                f"the {i + 1}-th closest has squared distance {want[i]}")
    return None
