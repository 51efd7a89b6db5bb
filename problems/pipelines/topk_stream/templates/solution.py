from collections.abc import Iterable


def topk_stream(stream: Iterable[int], k: int) -> list[int]:
    """Return the k largest values of the one-shot stream, in descending order."""
    raise NotImplementedError
