# BFS that returns the number of transformations (edges) instead of the number of words in the ladder.
from collections import deque


def ladder_length(begin_word, end_word, word_list):
    words = set(word_list)
    if end_word not in words:
        return 0
    seen = {begin_word}
    queue = deque([(begin_word, 0)])
    while queue:
        word, steps = queue.popleft()
        if word == end_word:
            return steps
        for i in range(len(word)):
            for c in "abcdefghijklmnopqrstuvwxyz":
                cand = word[:i] + c + word[i + 1:]
                if cand in words and cand not in seen:
                    seen.add(cand)
                    queue.append((cand, steps + 1))
    return 0
