# time: O(n^2)
# space: O(n)
# For each distinct value from the top, count how many items are at least as large with a Python loop until the count reaches k.
def kth_largest(nums, k):
    for v in sorted(set(nums), reverse=True):
        at_least = 0
        for x in nums:
            if x >= v:
                at_least += 1
        if at_least >= k:
            return v
