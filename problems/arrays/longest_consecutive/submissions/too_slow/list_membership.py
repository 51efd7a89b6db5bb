# Same run-start idea, but tests membership with `in` on the list itself (a scan per test): correct, but O(n^2) against O(n log n).
def longest_consecutive(nums):
    best = 0
    for x in nums:
        if x - 1 in nums:
            continue
        y = x + 1
        while y in nums:
            y += 1
        best = max(best, y - x)
    return best
