# LeetCode style: bidirectional BFS, always expanding the smaller frontier with 26-letter substitutions: O(n * L * 26).
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList)
        if endWord not in words:
            return 0
        front, back = {beginWord}, {endWord}
        words -= front | back
        steps = 1
        while front and back:
            if len(front) > len(back):
                front, back = back, front
            steps += 1
            nxt = set()
            for word in front:
                for i in range(len(word)):
                    for c in string.ascii_lowercase:
                        cand = word[:i] + c + word[i + 1:]
                        if cand in back:
                            return steps
                        if cand in words:
                            words.remove(cand)
                            nxt.add(cand)
            front = nxt
        return 0
