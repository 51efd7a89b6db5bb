# Division split by the number of zeros (none / one / two / all), but tests `zeros == 2` where it means `zeros >= 2`: O(n), three zeros among non-zeros are treated as one.
def product_except_self(nums):
    n = len(nums)
    zeros = [i for i, x in enumerate(nums) if x == 0]
    if len(zeros) == n:
        return [1] if n == 1 else [0] * n
    if len(zeros) == 2:
        return [0] * n
    rest = 1
    for x in nums:
        if x != 0:
            rest *= x
    if not zeros:
        return [rest // x for x in nums]
    out = [0] * n
    out[zeros[0]] = rest
    return out
