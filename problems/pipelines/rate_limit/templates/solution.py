def rate_limit(events: list[list], limit: int, window: int) -> list[bool]:
    """For each [timestamp, client] event (sorted by time), whether the request is allowed."""
    raise NotImplementedError
