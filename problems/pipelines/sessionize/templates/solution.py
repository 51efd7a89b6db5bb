def sessionize(events: list[dict], gap: int) -> list[dict]:
    """Return {"user", "start", "end", "events"} per session, sorted by (user, start)."""
    raise NotImplementedError
