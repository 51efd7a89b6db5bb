def join_streams(left: list[dict], right: list[dict], key: str) -> list[dict]:
    """Inner join on record[key]: one merged dict per matching (left, right) pair, in left then right order."""
    raise NotImplementedError
