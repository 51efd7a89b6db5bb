"""The judging stages, in order: cases (sample, edge, hidden) -> properties -> complexity."""
