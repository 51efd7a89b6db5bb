# time: O(n^2)
# space: O(1)
# C-builtin trap, MUTATES its input: k - 1 rounds of nums.remove(max(nums)), two linear C scans per round (k = n/2).
def kth_largest(nums, k):
    for _ in range(k - 1):
        nums.remove(max(nums))
    return max(nums)
