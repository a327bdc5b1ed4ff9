"""Benchmarks for Article QA: run on purpose with ``python -m bench NAME`` (or ``make bench``),
never as part of the test suite. Each writes JSON and a Markdown table into ``bench/results/``
and refreshes its table in the README."""
