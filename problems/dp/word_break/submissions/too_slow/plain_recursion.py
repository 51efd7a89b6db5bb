# Tries every first word and recurses on the rest, without remembering failed suffixes: correct, but exponential on "aaa...ab".
def word_break(s, word_dict):
    words = set(word_dict)

    def can(start):
        if start == len(s):
            return True
        for end in range(start + 1, len(s) + 1):
            if s[start:end] in words and can(end):
                return True
        return False

    return can(0)
