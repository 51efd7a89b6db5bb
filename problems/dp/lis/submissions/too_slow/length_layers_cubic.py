# Grows the set of end indices of increasing subsequences one length at a time, rechecking every pair per length: O(n^2 * LIS) = O(n^3) time.
def longest_increasing_subsequence(nums):
    n = len(nums)
    ends = list(range(n))  # every index ends an increasing subsequence of length 1
    length = 0
    while ends:
        length += 1
        longer = []
        for i in range(n):
            extendable = False
            for j in ends:
                if j < i and nums[j] < nums[i]:
                    extendable = True
            if extendable:
                longer.append(i)
        ends = longer
    return length
