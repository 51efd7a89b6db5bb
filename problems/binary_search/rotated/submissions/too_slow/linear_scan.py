# Scans the list element by element in a Python loop: correct, but O(n) against an O(log n) budget.
def search_rotated(nums, target):
    for i, x in enumerate(nums):
        if x == target:
            return i
    return -1
