# Calls groups.count(g) for every distinct group and rescans for its rows: correct, but O(n * groups) = O(n^2).
def group_split(groups, test_fraction):
    target = round(test_fraction * len(groups))
    seen = set()
    order = []
    for g in groups:
        if g not in seen:
            seen.add(g)
            order.append(g)
    test = []
    for g in order:
        size = groups.count(g)
        if len(test) + size <= target:
            test += [i for i, h in enumerate(groups) if h == g]
    return sorted(test)
