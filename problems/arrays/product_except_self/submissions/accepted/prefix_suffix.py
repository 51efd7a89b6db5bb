# Two passes, prefix products then suffix products into the output: O(n) time, O(1) extra.
def product_except_self(nums):
    n = len(nums)
    out = [1] * n
    acc = 1
    for i, x in enumerate(nums):
        out[i] = acc
        acc *= x
    acc = 1
    for i in reversed(range(n)):
        out[i] *= acc
        acc *= nums[i]
    return out
