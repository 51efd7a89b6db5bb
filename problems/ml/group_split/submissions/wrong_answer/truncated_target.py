# Bug: target = int(test_fraction * n) truncates instead of rounding (2.6 -> 2, and 0.29 * 100 -> 28).
def group_split(groups, test_fraction):
    target = int(test_fraction * len(groups))
    count = {}
    for g in groups:
        count[g] = count.get(g, 0) + 1
    chosen, taken = set(), 0
    for g, c in count.items():
        if taken + c <= target:
            chosen.add(g)
            taken += c
    return [i for i, g in enumerate(groups) if g in chosen]
