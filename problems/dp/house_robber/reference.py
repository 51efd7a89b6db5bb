def rob(nums):
    """Rolling DP over the last two prefix optima: O(n) time, O(1) extra space."""
    skip, take = 0, 0  # best total for the prefix so far, with the last house skipped / allowed
    for x in nums:
        skip, take = take, max(take, skip + x)
    return take
