# time: O(n)
# space: O(n)
# Counting sort over the value range (values are bounded; the worst input spans n consecutive values), then walk down from the max.
def kth_largest(nums, k):
    lo = min(nums)
    counts = [0] * (max(nums) - lo + 1)
    for x in nums:
        counts[x - lo] += 1
    for v in range(len(counts) - 1, -1, -1):
        k -= counts[v]
        if k <= 0:
            return v + lo
