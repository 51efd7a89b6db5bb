# time: O(n)
# space: O(1)
# Read every item left to right until the target turns up.
def search_rotated(nums, target):
    for i, x in enumerate(nums):
        if x == target:
            return i
    return -1
