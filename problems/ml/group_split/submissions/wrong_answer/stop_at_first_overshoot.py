# Bug: stops the walk at the first group that does not fit (break instead of skipping it and going on).
def group_split(groups, test_fraction):
    target = round(test_fraction * len(groups))
    count = {}
    for g in groups:
        count[g] = count.get(g, 0) + 1
    chosen, taken = set(), 0
    for g, c in count.items():
        if taken + c > target:
            break
        chosen.add(g)
        taken += c
    return [i for i, g in enumerate(groups) if g in chosen]
