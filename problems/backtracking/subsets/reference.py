def subsets(nums):
    """Iterative doubling: for each number, copy every subset so far with it appended: O(n * 2^n) time and space."""
    result = [[]]
    for x in nums:
        result += [s + [x] for s in result]
    return result
