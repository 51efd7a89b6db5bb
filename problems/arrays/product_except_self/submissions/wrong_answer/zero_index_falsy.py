# Remembers where the single zero is but tests `if zero_at:`, so a zero at index 0 is missed.
def product_except_self(nums):
    zero_at = None
    rest = 1
    for i, x in enumerate(nums):
        if x == 0:
            if zero_at is not None:
                return [0] * len(nums)
            zero_at = i
        else:
            rest *= x
    if zero_at:
        out = [0] * len(nums)
        out[zero_at] = rest
        return out
    return [rest // x if x else rest for x in nums]
