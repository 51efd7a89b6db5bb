def dedupe_latest(records: list[dict]) -> list[dict]:
    """Return, per id, the record with the greatest ts (later one on a tie), sorted by id."""
    raise NotImplementedError
