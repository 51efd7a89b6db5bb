# Bug: one binary search where a probe in the other rotated half reads as a +-INF sentinel, but INF = 10**9 is the largest allowed value, not above it: asking for exactly 10**9 (or -10**9) "finds" it at a sentinel probe and returns that wrong index.
# Why only the properties catch it: no fixed case asks for exactly +-10**9 while a probe falls in the other half (their values are random or small); the properties add the extreme values 10**9 and -10**9 to some lists and ask for them.
def search_rotated(nums, target):
    INF = 10 ** 9  # "values are within -10^9..10^9"
    first = nums[0]
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if (nums[mid] >= first) == (target >= first):
            x = nums[mid]  # probe and target lie in the same sorted run
        else:
            x = INF if target >= first else -INF  # other run: treat as beyond the target
        if x == target:
            return mid
        if x < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
