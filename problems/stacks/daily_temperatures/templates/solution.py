def daily_temperatures(temperatures: list[int]) -> list[int]:
    """Return, for every day, how many days until a strictly warmer one (0 if none)."""
    raise NotImplementedError
