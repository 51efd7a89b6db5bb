# time: O(n^2)
# space: O(n)
# C-builtin trap: `in nums[i + 1:]` copies and scans the rest of the list for every i (slice + linear `in`), then list.index finds it.
def two_sum(nums, target):
    for i, x in enumerate(nums):
        if target - x in nums[i + 1:]:
            return [i, nums.index(target - x, i + 1)]
    return []
