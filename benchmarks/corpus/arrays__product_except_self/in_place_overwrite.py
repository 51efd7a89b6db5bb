# time: O(n)
# space: O(n)
# MUTATES its input: suffix products go into a new list, then nums is overwritten left to right with the answer and returned.
def product_except_self(nums):
    n = len(nums)
    suffix = [1] * (n + 1)
    for i in range(n - 1, -1, -1):
        suffix[i] = suffix[i + 1] * nums[i]
    prefix = 1
    for i in range(n):
        x = nums[i]
        nums[i] = prefix * suffix[i + 1]
        prefix *= x
    return nums
