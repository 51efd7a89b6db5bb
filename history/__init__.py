"""History of checks, solve sessions and mock rounds: a versioned SQLite file in the user's data folder."""
