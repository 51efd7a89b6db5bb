from fractions import Fraction
import math

REL_TOL = 1e-9


def _is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _show(x):
    text = repr(x)
    return text if len(text) <= 40 else text[:37] + "..."


def check(args, expected, got):
    """Each mean within 1e-9 of the exact mean, relative to max(|mean|, largest |value| read so far)."""
    values, window = list(args[0]), args[1]
    want = max(0, len(values) - window + 1)
    if not isinstance(got, list):
        return f"expected the yielded means as a sequence, got {type(got).__name__}"
    if len(got) != want:
        return f"expected {want} means for {len(values)} values and window {window}, got {len(got)}"
    total = Fraction(0)
    scale = 0.0
    for i, x in enumerate(values):
        total += Fraction(x)
        scale = max(scale, abs(float(x)))
        if i >= window:
            total -= Fraction(values[i - window])
        if i < window - 1:
            continue
        k = i - window + 1
        g = got[k]
        if not _is_number(g):
            return f"mean #{k} is {type(g).__name__}, not a number"
        if isinstance(g, float) and not math.isfinite(g):
            return f"mean #{k} is {g}, not a finite number"
        exact = total / window
        if abs(Fraction(g) - exact) > Fraction(REL_TOL) * max(abs(exact), Fraction(scale)):
            return f"mean #{k} (values {k}..{i}) should be {float(exact)!r}, got {_show(g)}"
    return None
