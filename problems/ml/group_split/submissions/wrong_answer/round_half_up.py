# Bug: rounds the target half up with int(x + 0.5), not like Python's round (2.5 -> 3 instead of 2).
def group_split(groups, test_fraction):
    target = int(test_fraction * len(groups) + 0.5)
    count = {}
    for g in groups:
        count[g] = count.get(g, 0) + 1
    chosen, taken = set(), 0
    for g, c in count.items():
        if taken + c <= target:
            chosen.add(g)
            taken += c
    return [i for i, g in enumerate(groups) if g in chosen]
