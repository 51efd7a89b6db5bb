# Set of values; counts upward only from values that start a run (x - 1 absent): O(n) time, O(n) space.
def longest_consecutive(nums):
    values = set(nums)
    best = 0
    for x in values:
        if x - 1 in values:
            continue
        length = 1
        while x + length in values:
            length += 1
        best = max(best, length)
    return best
