# DP: an index is reachable if some reachable earlier index jumps far enough; looks back over all earlier indices: correct, but O(n^2).
def can_jump(nums):
    n = len(nums)
    good = [False] * n
    good[0] = True
    for i in range(1, n):
        good[i] = any(good[j] and j + nums[j] >= i for j in range(i))
        if not good[i]:
            return False
    return True
