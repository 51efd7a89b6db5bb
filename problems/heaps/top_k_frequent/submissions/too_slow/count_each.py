# Counts every distinct value with list.count (a full scan each): correct, but O(n * u), quadratic here.
def top_k_frequent(nums, k):
    counts = {x: nums.count(x) for x in set(nums)}
    return sorted(counts, key=counts.get, reverse=True)[:k]
