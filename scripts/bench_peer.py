#!/usr/bin/env python3
"""Times the peer linter, AutoCorrect (the Rust engine, through its Python binding autocorrect-py),
in-process on the given files, and writes {"tool", "files": {name: {median_ms, p95_ms, runs}}} as JSON.

    python3 scripts/bench_peer.py --runs 50 --warm-up 5 --out peer.json FILE...

Only `autocorrect_py.lint_for(text, "x.md")` is timed (the Markdown mode: "x.txt" is slower): the text is read before timing, so file I/O
and interpreter start-up are excluded, as they are for report-bench.
"""
import argparse
import json
import math
import os
import sys
import time


def percentile(values, p):
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(p / 100 * len(ordered))))
    return ordered[rank - 1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--warm-up", type=int, default=5)
    parser.add_argument("--out", required=True)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()

    import autocorrect_py
    from importlib.metadata import version

    results = {}
    for path in args.files:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        size = len(text.encode("utf-8"))
        # Large synthetic documents get fewer runs, as in report-bench.
        runs = args.runs if size < (1 << 20) else (11 if size < (10 << 20) else 5)
        warm_up = args.warm_up if size < (1 << 20) else 1
        name = os.path.basename(path)
        try:
            for _ in range(warm_up):
                autocorrect_py.lint_for(text, "x.md")
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                autocorrect_py.lint_for(text, "x.md")
                times.append((time.perf_counter() - start) * 1000)
        except ValueError as error:
            # AutoCorrect's parser gives up on large documents ("call limit reached").
            reason = str(error).strip().splitlines()[-1].lstrip("= ").strip()
            results[name] = {"error": reason}
            print(f"  {name}: fails: {reason}", file=sys.stderr)
            continue
        results[name] = {"median_ms": percentile(times, 50), "p95_ms": percentile(times, 95), "runs": runs}
        print(f"  {name}: {results[name]['median_ms']:.3f} ms", file=sys.stderr)

    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump({"tool": f"AutoCorrect {version('autocorrect-py')}", "files": results}, handle, indent=1)


if __name__ == "__main__":
    main()
