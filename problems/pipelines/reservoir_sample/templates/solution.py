def reservoir_sample(streams: list[list[int]], k: int, seed: int) -> list[list[int]]:
    """For each stream, a uniform random sample of min(k, len(stream)) values at distinct positions."""
    raise NotImplementedError
