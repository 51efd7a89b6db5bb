# time: O(n^2)
# space: O(n)
# C-builtin trap: patience sorting whose position is sum(map(x.__gt__, tails)) (how many tails are below x), a linear C pass; the tails grow to n on the worst input.
def longest_increasing_subsequence(nums):
    tails = []
    for x in nums:
        k = sum(map(x.__gt__, tails))
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
