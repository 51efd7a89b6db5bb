from fractions import Fraction
import math

REL_TOL = 1e-9


def _is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _show(x):
    text = repr(x)
    return text if len(text) <= 40 else text[:37] + "..."


def check(args, expected, got):
    """Each mean within 1e-9 of the exact mean, relative to max(|mean|, largest |value| read so far).

    Exact arithmetic on integers: every value is scaled by one power of two D that
    makes all of them integers (floats are dyadic rationals), so window sums are
    exact big-int differences; much faster than Fractions on long streams.
    """
    values, window = list(args[0]), args[1]
    want = max(0, len(values) - window + 1)
    if not isinstance(got, list):
        return f"expected the yielded means as a sequence, got {type(got).__name__}"
    if len(got) != want:
        return f"expected {want} means for {len(values)} values and window {window}, got {len(got)}"
    ratios = [x.as_integer_ratio() if isinstance(x, float) else (int(x), 1) for x in values]
    d = max((q for _, q in ratios), default=1)
    scaled = [p * (d // q) for p, q in ratios]  # x * d, exactly
    tol_p, tol_q = Fraction(REL_TOL).as_integer_ratio()
    total = 0
    scale = 0  # largest |x| * d read so far
    for i, xs in enumerate(scaled):
        total += xs
        scale = max(scale, abs(xs))
        if i >= window:
            total -= scaled[i - window]
        if i < window - 1:
            continue
        k = i - window + 1
        g = got[k]
        if not _is_number(g):
            return f"mean #{k} is {type(g).__name__}, not a number"
        if isinstance(g, float) and not math.isfinite(g):
            return f"mean #{k} is {g}, not a finite number"
        gn, gd = g.as_integer_ratio() if isinstance(g, float) else (g, 1)
        # |g - total / (window * d)| <= tol * max(|total| / (window * d), scale / d)
        lhs = abs(gn * window * d - total * gd) * tol_q
        rhs = tol_p * gd * max(abs(total), scale * window)
        if lhs > rhs:
            exact = Fraction(total, window * d)
            return f"mean #{k} (values {k}..{i}) should be {float(exact)!r}, got {_show(g)}"
    return None
