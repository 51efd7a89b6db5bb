def decode_string(s: str) -> str:
    """Return s with every k[inner] group replaced by inner decoded and repeated k times."""
    raise NotImplementedError
