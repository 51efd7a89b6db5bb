def group_split(groups, test_fraction):
    """Count rows per group (dict order = first appearance), take groups greedily, list their rows: O(n)."""
    target = round(test_fraction * len(groups))
    sizes = {}
    for g in groups:
        sizes[g] = sizes.get(g, 0) + 1
    taken = 0
    chosen = set()
    for g, size in sizes.items():
        if taken + size <= target:
            taken += size
            chosen.add(g)
    return [i for i, g in enumerate(groups) if g in chosen]
