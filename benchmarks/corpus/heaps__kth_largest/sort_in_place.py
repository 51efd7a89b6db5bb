# time: O(n)
# space: O(1)
# MUTATES its input: nums.sort() then index; the worst input is already ascending, so timsort finds one run and finishes in O(n).
def kth_largest(nums, k):
    nums.sort()
    return nums[-k]
