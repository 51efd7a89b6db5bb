# time: O(n log n)
# space: O(n)
# MUTATES its input: nums.sort() on the shuffled list, count equal runs, then sort the (count, value) runs and take the top k.
def top_k_frequent(nums, k):
    nums.sort()
    runs = []
    i = 0
    while i < len(nums):
        j = i
        while j < len(nums) and nums[j] == nums[i]:
            j += 1
        runs.append((j - i, nums[i]))
        i = j
    runs.sort(reverse=True)
    return [x for _, x in runs[:k]]
