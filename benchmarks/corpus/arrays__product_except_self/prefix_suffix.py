# time: O(n)
# space: O(n)
# Prefix products left to right into the answer, then fold in suffix products right to left (the answer list is the O(n)).
def product_except_self(nums):
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
