# Multiplies all the other items for every index: correct, but O(n^2) against an O(n) budget.
def product_except_self(nums):
    n = len(nums)
    out = []
    for i in range(n):
        p = 1
        for j in range(n):
            if j != i:
                p *= nums[j]
        out.append(p)
    return out
