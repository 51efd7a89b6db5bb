# Removes the maximum k - 1 times, then returns the maximum: correct, but O(n * k), quadratic for k ~ n / 2.
def kth_largest(nums, k):
    nums = list(nums)
    for _ in range(k - 1):
        nums.remove(max(nums))
    return max(nums)
