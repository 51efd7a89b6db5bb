from collections import defaultdict, deque


def ladder_length(begin_word, end_word, word_list):
    """BFS over words; neighbours found through wildcard buckets ("h*t" -> hot, hit):
    O(n * L^2) time with L fixed (O(n)), O(n * L) space."""
    words = set(word_list)
    if end_word not in words:
        return 0
    L = len(begin_word)
    buckets = defaultdict(list)
    for w in words:
        for i in range(L):
            buckets[w[:i] + "*" + w[i + 1:]].append(w)
    seen = {begin_word}
    queue = deque([(begin_word, 1)])
    while queue:
        word, steps = queue.popleft()
        for i in range(L):
            key = word[:i] + "*" + word[i + 1:]
            for nxt in buckets.pop(key, ()):
                if nxt == end_word:
                    return steps + 1
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, steps + 1))
    return 0
