# time: O(n^2)
# space: O(n)
# For every i, multiply all other items with an inner Python loop.
def product_except_self(nums):
    n = len(nums)
    answer = []
    for i in range(n):
        p = 1
        for j in range(n):
            if j != i:
                p *= nums[j]
        answer.append(p)
    return answer
