from hypothesis import strategies as st


def args_strategy():
    text = st.one_of(
        st.text(alphabet="ab", max_size=12),          # palindromes everywhere, of both parities
        st.text(alphabet="abcé😀", max_size=16),
        st.text(max_size=10),                         # any code points
    )
    return text.map(lambda s: [s])


def invariants(args, got):
    (s,) = args
    assert isinstance(got, str), f"expected a string, got {got!r}"
    assert got in s and got == got[::-1], f"{got!r} is not a palindromic substring"
    assert (got == "") == (s == ""), "only the empty string has an empty answer"
