# Bug: greedy, always takes the longest dictionary word at the current position and never backtracks.
def word_break(s, word_dict):
    words = sorted(set(word_dict), key=len, reverse=True)
    i = 0
    while i < len(s):
        for w in words:
            if s.startswith(w, i):
                i += len(w)
                break
        else:
            return False
    return True
