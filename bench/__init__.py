"""Benchmarks: `python -m bench.bench_queue [--quick]`; results in bench/RESULTS.md."""
