# Collects the rows of each group in a dict of lists, concatenates the chosen groups and sorts: O(n log n).
from collections import defaultdict


def group_split(groups, test_fraction):
    rows = defaultdict(list)
    for i, g in enumerate(groups):
        rows[g].append(i)
    target = round(test_fraction * len(groups))
    test = []
    for members in rows.values():
        if len(test) + len(members) <= target:
            test.extend(members)
    return sorted(test)
