# time: O(2^n)
# space: O(n)
# Recursion over (index, last taken value) that tries excluding and, when allowed, including every item, no memo: 2^n calls on the increasing worst input.
def longest_increasing_subsequence(nums):
    def best(i, last):
        if i == len(nums):
            return 0
        skip = best(i + 1, last)
        if last is None or nums[i] > last:
            return max(skip, 1 + best(i + 1, nums[i]))
        return skip

    return best(0, None)
