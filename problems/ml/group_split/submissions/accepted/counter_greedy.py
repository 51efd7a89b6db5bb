# Counts rows per group with a dict, takes groups greedily in order of first appearance, then one pass: O(n).
def group_split(groups, test_fraction):
    target = round(test_fraction * len(groups))
    count = {}
    for g in groups:
        count[g] = count.get(g, 0) + 1
    in_test = set()
    size = 0
    for g, c in count.items():
        if size + c <= target:
            in_test.add(g)
            size += c
    return [i for i, g in enumerate(groups) if g in in_test]
