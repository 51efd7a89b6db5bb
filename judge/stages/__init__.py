"""The judging stages, in order: cases (sample, edge, hidden) -> properties; complexity lives in ..complexity."""
