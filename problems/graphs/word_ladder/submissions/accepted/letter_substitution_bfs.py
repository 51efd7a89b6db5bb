# BFS that tries all 26 letters at every position and looks each candidate up in a set: O(n * L * 26) string work.
from collections import deque
from string import ascii_lowercase


def ladder_length(begin_word, end_word, word_list):
    words = set(word_list)
    if end_word not in words:
        return 0
    queue = deque([begin_word])
    words.discard(begin_word)
    steps = 1
    while queue:
        steps += 1
        for _ in range(len(queue)):
            word = queue.popleft()
            for i in range(len(word)):
                head, tail = word[:i], word[i + 1:]
                for c in ascii_lowercase:
                    cand = head + c + tail
                    if cand in words:
                        if cand == end_word:
                            return steps
                        words.remove(cand)
                        queue.append(cand)
    return 0
