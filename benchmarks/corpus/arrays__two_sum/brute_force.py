# time: O(n^2)
# space: O(1)
# Try every pair i < j with two nested index loops.
def two_sum(nums, target):
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
