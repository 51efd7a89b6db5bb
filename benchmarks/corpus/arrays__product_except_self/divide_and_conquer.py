# time: O(n log n)
# space: O(n)
# Recursive halving: each half gets the product of everything outside it; products of halves are recomputed at every level.
def product_except_self(nums):
    answer = [1] * len(nums)

    def solve(lo, hi, outside):
        if hi - lo == 1:
            answer[lo] = outside
            return
        mid = (lo + hi) // 2
        left = 1
        for i in range(lo, mid):
            left *= nums[i]
        right = 1
        for i in range(mid, hi):
            right *= nums[i]
        solve(lo, mid, outside * right)
        solve(mid, hi, outside * left)

    if nums:
        solve(0, len(nums), 1)
    return answer
