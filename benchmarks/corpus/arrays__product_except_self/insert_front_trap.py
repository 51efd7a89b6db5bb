# time: O(n^2)
# space: O(n)
# C-builtin trap: builds the suffix products with list.insert(0, ...), which shifts the whole list on every insert.
def product_except_self(nums):
    suffix = [1]
    for x in reversed(nums[1:]):
        suffix.insert(0, suffix[0] * x)
    answer = []
    prefix = 1
    for i, x in enumerate(nums):
        answer.append(prefix * suffix[i])
        prefix *= x
    return answer
