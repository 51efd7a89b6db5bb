from collections.abc import Iterable, Iterator


def moving_average(stream: Iterable[float], window: int) -> Iterator[float]:
    """Yield the mean of the last `window` values, from the window-th value on."""
    raise NotImplementedError
