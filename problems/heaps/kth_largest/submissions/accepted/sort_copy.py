# Sorts a copy in descending order and indexes position k - 1: O(n log n).
def kth_largest(nums, k):
    return sorted(nums, reverse=True)[k - 1]
