def word_break(s: str, word_dict: list[str]) -> bool:
    """Return True if s is a concatenation of one or more words from word_dict (reuse allowed)."""
    raise NotImplementedError
