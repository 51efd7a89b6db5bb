def product_except_self(nums):
    """Prefix products left to right, then suffix products folded in right to left:
    O(n) time, O(1) extra space besides the output."""
    n = len(nums)
    answer = [1] * n
    prefix = 1
    for i in range(n):
        answer[i] = prefix
        prefix *= nums[i]
    suffix = 1
    for i in range(n - 1, -1, -1):
        answer[i] *= suffix
        suffix *= nums[i]
    return answer
