# Uses a set, but counts upward from every value, not only from run starts: correct, but O(n^2) on one long run, against O(n log n).
def longest_consecutive(nums):
    values = set(nums)
    best = 0
    for x in values:
        y = x
        while y in values:
            y += 1
        best = max(best, y - x)
    return best
