# Counts zeros and divides the product of the non-zero items: O(n) time, O(1) extra.
def product_except_self(nums):
    zeros = nums.count(0)
    if zeros >= 2:
        return [0] * len(nums)
    rest = 1
    for x in nums:
        if x:
            rest *= x
    if zeros == 1:
        return [rest if x == 0 else 0 for x in nums]
    return [rest // x for x in nums]
