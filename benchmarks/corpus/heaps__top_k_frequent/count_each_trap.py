# time: O(n^2)
# space: O(n)
# C-builtin trap: nums.count(x) for every distinct value, a full C scan each (about 3n/4 distinct values).
def top_k_frequent(nums, k):
    counts = {x: nums.count(x) for x in set(nums)}
    return sorted(counts, key=counts.get, reverse=True)[:k]
