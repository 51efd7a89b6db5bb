from collections import Counter

from hypothesis import strategies as st

# Two kinds of examples: a few short streams (any values, duplicates, k up to
# beyond the length), and statistical batches of 300 streams of one length,
# either all identical or all different, on which the checker tests
# uniformity (a sampler that is random only through the values fails on the
# identical ones).
_small = st.tuples(st.lists(st.lists(st.integers(-3, 3), max_size=6), max_size=4),
                   st.integers(0, 7), st.integers(0, 2**32 - 1)).map(list)


@st.composite
def _batch(draw):
    length = draw(st.integers(2, 7))
    k = draw(st.integers(1, length - 1))
    base = draw(st.lists(st.integers(-10**6, 10**6), min_size=length, max_size=length, unique=True))
    if draw(st.booleans()):
        streams = [list(base) for _ in range(300)]
    else:
        streams = [[v + 3_000_000 * i for v in base] for i in range(300)]
    return [streams, k, draw(st.integers(0, 2**32 - 1))]


def args_strategy():
    return st.one_of(_small, _batch())


def invariants(args, got):
    streams, k, _seed = args
    assert isinstance(got, list) and len(got) == len(streams), "expected one sample per stream"
    for stream, sample in zip(streams, got):
        assert isinstance(sample, list) and len(sample) == min(k, len(stream)), f"sample {sample!r} has the wrong size"
        assert not Counter(sample) - Counter(stream), f"sample {sample!r} is not drawn from {stream!r}"
