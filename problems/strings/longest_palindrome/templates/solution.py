def longest_palindrome(s: str) -> str:
    """Return a longest palindromic substring of s (any one of them if several)."""
    raise NotImplementedError
