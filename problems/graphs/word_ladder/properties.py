from hypothesis import strategies as st

_LETTERS = "abc"


def _change(word, i, c):
    return word[:i] + c + word[i + 1:]


@st.composite
def _walk(draw):
    """A random walk of single-letter changes from begin (so ladders exist and may
    have to wander), plus unrelated words; end is usually the walk's last word."""
    L = draw(st.integers(1, 4))
    word = st.text(alphabet=_LETTERS, min_size=L, max_size=L)
    begin = draw(word)
    walk, cur = [], begin
    for _ in range(draw(st.integers(0, 8))):
        i = draw(st.integers(0, L - 1))
        cur = _change(cur, i, draw(st.sampled_from([x for x in _LETTERS if x != cur[i]])))
        walk.append(cur)
    extra = draw(st.lists(word, max_size=8))
    end = draw(st.one_of(st.just(cur), word)) if walk else draw(word)
    return begin, end, walk + extra


@st.composite
def _detour(draw):
    """A ladder that must leave a letter begin and end share and come back to it."""
    L = draw(st.integers(3, 4))
    begin = draw(st.text(alphabet=_LETTERS, min_size=L, max_size=L))
    p = draw(st.integers(0, L - 1))
    end = "".join(begin[i] if i == p else draw(st.sampled_from([x for x in _LETTERS if x != begin[i]]))
                  for i in range(L))
    cur = _change(begin, p, draw(st.sampled_from([x for x in _LETTERS if x != begin[p]])))
    walk = [cur]
    for i in draw(st.permutations([i for i in range(L) if i != p and begin[i] != end[i]])):
        cur = _change(cur, i, end[i])
        walk.append(cur)
    walk.append(end)
    extra = draw(st.lists(st.text(alphabet=_LETTERS, min_size=L, max_size=L), max_size=3))
    return begin, end, walk + extra


@st.composite
def _case(draw):
    begin, end, words = draw(st.one_of(_walk(), _detour(), _detour()))
    if end == begin:
        end = "z" * len(begin)
    words = [w for w in dict.fromkeys(words) if draw(st.integers(0, 9)) > 0]  # drop a few links
    words = draw(st.permutations(words))
    if draw(st.booleans()) and end not in words:
        words = words + [end]
    return [begin, end, words]


def args_strategy():
    return _case()


def _bfs(begin, words):
    dist = {begin: 1}
    frontier = [begin]
    pool = set(words)
    while frontier:
        nxt = []
        for w in frontier:
            for v in pool:
                if v not in dist and sum(a != b for a, b in zip(w, v)) == 1:
                    dist[v] = dist[w] + 1
                    nxt.append(v)
        frontier = nxt
    return dist


def invariants(args, got):
    begin, end, words = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    if end not in words:
        assert got == 0, f"end_word {end!r} is not in word_list, so the answer is 0, not {got}"
        return
    want = _bfs(begin, words).get(end, 0)
    assert got == want, f"the shortest ladder has {want} words (0 = none), not {got}"
