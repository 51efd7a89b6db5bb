def group_anagrams(strs: list[str]) -> list[list[str]]:
    """Return the words grouped by anagram class (groups and words in any order)."""
    raise NotImplementedError
