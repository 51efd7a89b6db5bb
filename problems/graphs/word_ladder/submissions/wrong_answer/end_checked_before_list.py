# BFS with 26-letter substitutions that tests `cand == end_word` before checking the word list, so an end_word missing from the list is still "reached".
from collections import deque


def ladder_length(begin_word, end_word, word_list):
    words = set(word_list)
    seen = {begin_word}
    queue = deque([(begin_word, 1)])
    while queue:
        word, steps = queue.popleft()
        for i in range(len(word)):
            for c in "abcdefghijklmnopqrstuvwxyz":
                cand = word[:i] + c + word[i + 1:]
                if cand == end_word:
                    return steps + 1
                if cand in words and cand not in seen:
                    seen.add(cand)
                    queue.append((cand, steps + 1))
    return 0
