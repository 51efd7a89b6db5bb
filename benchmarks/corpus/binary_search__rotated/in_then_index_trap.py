# time: O(n)
# space: O(1)
# C-builtin trap: `target in nums` and nums.index are linear scans in C (they look O(1)); the absent worst-case target is scanned in full.
def search_rotated(nums, target):
    return nums.index(target) if target in nums else -1
