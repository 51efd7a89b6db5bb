# BFS pruned with a greedy heuristic: never step to a word that differs from end_word in more letters than the current word does (misses ladders that must detour).
from collections import deque


def ladder_length(begin_word, end_word, word_list):
    words = set(word_list)
    if end_word not in words:
        return 0

    def gap(w):
        return sum(a != b for a, b in zip(w, end_word))

    seen = {begin_word}
    queue = deque([(begin_word, 1)])
    while queue:
        word, steps = queue.popleft()
        here = gap(word)
        for i in range(len(word)):
            for c in "abcdefghijklmnopqrstuvwxyz":
                cand = word[:i] + c + word[i + 1:]
                if cand in words and cand not in seen and gap(cand) <= here:
                    if cand == end_word:
                        return steps + 1
                    seen.add(cand)
                    queue.append((cand, steps + 1))
    return 0
