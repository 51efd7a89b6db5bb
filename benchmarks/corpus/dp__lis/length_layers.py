# time: O(n^2)
# space: O(n^2)
# Builds ends[L] = indices ending an increasing subsequence of length L, one length at a time; the first earlier end usually qualifies (O(n) per layer, n layers), and all layers are kept.
def longest_increasing_subsequence(nums):
    n = len(nums)
    if n == 0:
        return 0
    ends = [list(range(n))]
    while True:
        layer = []
        prev = ends[-1]
        for i in range(n):
            for j in prev:
                if j >= i:
                    break
                if nums[j] < nums[i]:
                    layer.append(i)
                    break
        if not layer:
            return len(ends)
        ends.append(layer)
