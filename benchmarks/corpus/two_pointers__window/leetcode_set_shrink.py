# time: O(n)
# space: O(n)
# LeetCode style: a set holds the window; on a repeat, drop characters from the left until the repeat leaves.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = set()
        left = best = 0
        for c in s:
            while c in window:
                window.discard(s[left])
                left += 1
            window.add(c)
            best = max(best, len(window))
        return best
