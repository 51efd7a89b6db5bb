# Scans from the left for the first value >= target: correct, but O(n) against an O(log n) budget.
def search_insert(nums, target):
    for i, x in enumerate(nums):
        if x >= target:
            return i
    return len(nums)
