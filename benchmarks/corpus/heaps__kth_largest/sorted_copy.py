# time: O(n)
# space: O(n)
# sorted(nums, reverse=True)[k - 1]: looks O(n log n), but on the ascending worst input timsort sees a single run, so O(n) there.
def kth_largest(nums, k):
    return sorted(nums, reverse=True)[k - 1]
