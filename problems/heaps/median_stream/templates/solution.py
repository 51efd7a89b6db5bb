from collections.abc import Iterable


def running_median(stream: Iterable[int]) -> list[float]:
    """Return the median of the values read so far, after each value."""
    raise NotImplementedError
