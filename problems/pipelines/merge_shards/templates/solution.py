def merge_shards(shards: list[list[int]]) -> list[int]:
    """Merge k sorted lists into one sorted list."""
    raise NotImplementedError
