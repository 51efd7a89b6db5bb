# Bug: drops duplicates with set(), so it returns the k-th largest DISTINCT value (k clamped to the distinct count).
def kth_largest(nums, k):
    values = sorted(set(nums), reverse=True)
    return values[min(k, len(values)) - 1]
