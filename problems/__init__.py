"""The problem bank: one folder per package, `<category>/<name>/` (package data)."""
