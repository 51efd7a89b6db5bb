# LeetCode style: the key is the tuple of 26 letter counts: O(n * k) time, O(n * k) space.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for s in strs:
            count = [0] * 26
            for c in s:
                count[ord(c) - ord("a")] += 1
            groups[tuple(count)].append(s)
        return list(groups.values())
