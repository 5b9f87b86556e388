"""The pieces of scripts/bench.py: corpus loading, in-process timing, scaling, HTTP load, report."""
