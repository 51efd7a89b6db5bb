# Bug: builds each subset with filter(None, ...), which also drops the number 0 (it is falsy), so subsets with 0 repeat.
def subsets(nums):
    n = len(nums)
    out = []
    for mask in range(1 << n):
        out.append(list(filter(None, (nums[i] if mask >> i & 1 else None for i in range(n)))))
    return out
