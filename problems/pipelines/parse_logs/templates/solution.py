def parse_logs(lines: list[str]) -> dict:
    """Return {"records": [{"ts", "level", "service", "message"}, ...], "malformed": count}."""
    raise NotImplementedError
