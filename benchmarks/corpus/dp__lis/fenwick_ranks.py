# time: O(n log n)
# space: O(n)
# Compress values to ranks, then a Fenwick tree of prefix maxima gives the best LIS ending below each value.
def longest_increasing_subsequence(nums):
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
    size = len(ranks)
    tree = [0] * (size + 1)
    best = 0
    for x in nums:
        r = ranks[x]
        i, here = r - 1, 0
        while i > 0:
            here = max(here, tree[i])
            i -= i & -i
        here += 1
        best = max(best, here)
        i = r
        while i <= size:
            if tree[i] < here:
                tree[i] = here
            i += i & -i
    return best
