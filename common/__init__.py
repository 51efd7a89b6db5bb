"""practice: a coding-round practice harness with a sandboxed judge.

The import package `practice` is assembled from the repository's top-level
folders: `common/` (this file), `judge/`, `cli/`, `problems/` and `sandbox/`
(see pyproject.toml).
"""
__version__ = "0.1.0"
