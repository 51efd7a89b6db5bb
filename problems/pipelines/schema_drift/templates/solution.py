def schema_drift(batch_a: list[dict], batch_b: list[dict]) -> dict:
    """Return {"added": [...], "removed": [...], "changed": {field: {"before": [...], "after": [...]}}}."""
    raise NotImplementedError
