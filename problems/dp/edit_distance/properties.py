from hypothesis import strategies as st

_ALPHABET = st.sampled_from(list("abcé") + ["e\u0301", "\u00e9", "😀", "中"])


def _word():
    return st.lists(_ALPHABET, max_size=12).map("".join)


def args_strategy():
    return st.lists(_word(), min_size=2, max_size=2)


def invariants(args, got):
    word1, word2 = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    lo = abs(len(word1) - len(word2))
    hi = max(len(word1), len(word2))
    assert lo <= got <= hi, f"{got} is outside [{lo}, {hi}] (length difference, longer length)"
    assert (got == 0) == (word1 == word2), f"distance {got} but the words are {'equal' if word1 == word2 else 'different'}"
    # Hamming distance bounds the edit distance when the lengths match.
    if len(word1) == len(word2):
        assert got <= sum(a != b for a, b in zip(word1, word2)), "more than the Hamming distance"
