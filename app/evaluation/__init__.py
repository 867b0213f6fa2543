"""Evaluation: retrieval metrics, answer-case runner, latency benchmarks."""
