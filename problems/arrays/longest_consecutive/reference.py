def longest_consecutive(nums):
    """Set of values; walk up only from run starts (x - 1 absent): O(n) time, O(n) space."""
    values = set(nums)
    best = 0
    for x in values:
        if x - 1 not in values:
            y = x + 1
            while y in values:
                y += 1
            best = max(best, y - x)
    return best
