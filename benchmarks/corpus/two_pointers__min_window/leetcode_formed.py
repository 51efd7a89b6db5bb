# time: O(n)
# space: O(n)
# LeetCode style: count distinct characters whose required multiplicity is met ("formed"); shrink while formed covers all of t.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        have = defaultdict(int)
        formed = 0
        best_len, best_left = inf, 0
        left = 0
        for right, c in enumerate(s):
            if c in need:
                have[c] += 1
                if have[c] == need[c]:
                    formed += 1
            while formed == len(need):
                if right - left + 1 < best_len:
                    best_len, best_left = right - left + 1, left
                d = s[left]
                if d in need:
                    if have[d] == need[d]:
                        formed -= 1
                    have[d] -= 1
                left += 1
        return "" if best_len == inf else s[best_left:best_left + best_len]
