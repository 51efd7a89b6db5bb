"""Sandbox backends: Docker (isolated) and local (a labelled fallback for self-practice)."""
