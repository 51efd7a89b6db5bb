# LeetCode style: memoised search over start positions trying each word with startswith, iterated from the end: O(n * |dict| * L).
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        n = len(s)
        can = [False] * (n + 1)
        can[n] = True
        for start in range(n - 1, -1, -1):
            for w in wordDict:
                if can[start + len(w)] if start + len(w) <= n else False:
                    if s.startswith(w, start):
                        can[start] = True
                        break
        return can[0]
