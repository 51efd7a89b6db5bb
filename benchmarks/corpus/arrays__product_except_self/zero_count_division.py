# time: O(n)
# space: O(n)
# Count zeros and multiply the non-zero items; divide exactly when there is no zero, else only the zero slot can be non-zero.
def product_except_self(nums):
    zeros = 0
    product = 1
    for x in nums:
        if x == 0:
            zeros += 1
        else:
            product *= x
    if zeros > 1:
        return [0] * len(nums)
    if zeros == 1:
        return [product if x == 0 else 0 for x in nums]
    return [product // x for x in nums]
