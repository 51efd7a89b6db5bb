"""The `practice` command line (Click + rich)."""
