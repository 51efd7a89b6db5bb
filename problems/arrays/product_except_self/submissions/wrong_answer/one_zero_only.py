# Division that assumes at most one zero: with two or more zeros it still gives a zero slot the product of the rest.
def product_except_self(nums):
    rest = 1
    has_zero = False
    for x in nums:
        if x == 0:
            has_zero = True
        else:
            rest *= x
    if has_zero:
        return [rest if x == 0 else 0 for x in nums]
    return [rest // x for x in nums]
