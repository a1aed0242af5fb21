"""Benchmarks for mailwatch: `python -m benchmarks` prints one table."""
