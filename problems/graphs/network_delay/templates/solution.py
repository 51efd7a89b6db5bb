def network_delay(times: list[list[int]], n: int, k: int) -> int:
    """Return the time for a signal from node k to reach all n nodes, or -1."""
    raise NotImplementedError
