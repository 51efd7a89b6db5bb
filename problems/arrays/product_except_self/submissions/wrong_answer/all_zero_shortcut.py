# Division with a zero count, plus a shortcut "no non-zero item -> every product is 0": O(n), but a lone [0] should give [1] (the empty product).
def product_except_self(nums):
    if not any(nums):
        return [0] * len(nums)
    zeros = nums.count(0)
    rest = 1
    for x in nums:
        if x != 0:
            rest *= x
    if zeros == 0:
        return [rest // x for x in nums]
    if zeros == 1:
        return [rest if x == 0 else 0 for x in nums]
    return [0] * len(nums)
