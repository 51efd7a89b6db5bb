def pad_batches(sequences: list[list], batch_size: int, pad) -> dict[str, list]:
    """Return {"batches": padded batches, "order": original indices per batch}, shortest sequences first."""
    raise NotImplementedError
