"""Reservoir samples: structure per stream, then statistics over many streams.

Structure: one sample per stream, each a sub-multiset of its stream of size
min(k, len(stream)).

Statistics: streams with distinct values and len(stream) > k are grouped by
length L; in a group of S streams where every k-subset of positions is
equally likely, the number of streams whose sample includes position p is
exactly Binomial(S, k / L), and the number including both positions p and q
is Binomial(S, k (k - 1) / (L (L - 1))). Every such count in every group with
at least MIN_STREAMS streams gets an exact two-sided binomial tail test at
ALPHA / (number of tests) (Bonferroni), so a uniform sampler is rejected with
probability below ALPHA = 1e-7 per case, whatever its algorithm. Biased
samplers (keeping the first k, off-by-one replacement probabilities, the same
positions in every stream) move these counts by many standard deviations in
the statistical cases (thousands of streams).
"""
import math
from collections import Counter

ALPHA = 1e-7
MIN_STREAMS = 50
TAIL_EPS = 1e-300


def _log_pmf(x, n, p):
    return (math.lgamma(n + 1) - math.lgamma(x + 1) - math.lgamma(n - x + 1)
            + x * math.log(p) + (n - x) * math.log1p(-p))


def _two_sided_p(x, n, p):
    """Exact two-sided binomial p-value (twice the smaller tail), quick when x is near the mean."""
    mean, sd = n * p, math.sqrt(n * p * (1 - p))
    if sd == 0 or abs(x - mean) <= 4 * sd:
        return 1.0  # at most 4 sd away: never significant at the thresholds used here
    step = 1 if x > mean else -1
    total, j = 0.0, x
    while 0 <= j <= n:
        term = math.exp(_log_pmf(j, n, p))
        total += term
        if term < TAIL_EPS or (total > 0 and term < total * 1e-15):
            break
        j += step
    return min(1.0, 2 * total)


def _is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check(args, expected, got):
    streams, k, _seed = args
    if not isinstance(got, list):
        return f"expected a list of samples, got {type(got).__name__}"
    if len(got) != len(streams):
        return f"expected {len(streams)} samples (one per stream), got {len(got)}"
    groups = {}
    for idx, (stream, sample) in enumerate(zip(streams, got)):
        if not isinstance(sample, list):
            return f"sample #{idx} is {type(sample).__name__}, not a list"
        want = min(k, len(stream))
        if len(sample) != want:
            return f"sample #{idx} has {len(sample)} values; stream #{idx} has {len(stream)} values and k = {k}, so {want} are needed"
        if Counter(sample) - Counter(stream):
            extra = next(iter(Counter(sample) - Counter(stream)))
            return f"sample #{idx} holds {extra!r} more often than stream #{idx} does"
        if len(stream) > k > 0 and len(set(stream)) == len(stream):
            pos = {v: i for i, v in enumerate(stream)}
            groups.setdefault(len(stream), []).append(sorted(pos[v] for v in sample))
    tests = []
    for length, samples in sorted(groups.items()):
        if len(samples) < MIN_STREAMS:
            continue
        s = len(samples)
        singles = Counter(p for smp in samples for p in smp)
        p1 = k / length
        tests += [(singles[p], s, p1, f"position {p} of the {s} streams of length {length}") for p in range(length)]
        if k >= 2:
            pairs = Counter((a, b) for smp in samples for i, a in enumerate(smp) for b in smp[i + 1:])
            p2 = k * (k - 1) / (length * (length - 1))
            tests += [(pairs[(a, b)], s, p2, f"positions {a} and {b} together in the {s} streams of length {length}")
                      for a in range(length) for b in range(a + 1, length)]
    if not tests:
        return None
    threshold = ALPHA / len(tests)
    worst = None
    for x, n, p, what in tests:
        pv = _two_sided_p(x, n, p)
        if pv < threshold and (worst is None or pv < worst[0]):
            worst = (pv, x, n, p, what)
    if worst is not None:
        pv, x, n, p, what = worst
        return (f"not uniform: {what} were sampled {x} times, expected about {n * p:.0f} "
                f"(p-value {pv:.1e} < {threshold:.1e})")
    return None
