def min_window(s: str, t: str) -> str:
    """Return a shortest substring of s holding every character of t (with multiplicity), or ""."""
    raise NotImplementedError
