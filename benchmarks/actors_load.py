"""What the built-in actor dictionaries cost at start-up: time and memory.

Usage:
    python benchmarks/actors_load.py [--repeat 5]

Each measurement runs in a fresh interpreter, so that nothing is cached:
after the imports every run makes (eventwire, spaCy, pycountry), the time to
load every built-in table (``ActorDictionary.from_path()``) and the resident
memory that loading adds.
Prints the median over the runs, the table sizes, and the goals (under 1 s
and under 200 MB).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

_PROBE = """
import json, os, time

def rss_mb():
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

from eventwire.actors import ActorDictionary  # with spaCy, as any run imports
before = rss_mb()
start = time.perf_counter()
book = ActorDictionary.from_path()
seconds = time.perf_counter() - start
print(json.dumps({
    "seconds": seconds,
    "mb": rss_mb() - before,
    "names": len(book.names) + len(book.exact) + len(book.entries),
    "people": len({t.name for t in book.tenures}),
    "tenures": len(book.tenures),
    "agents": len(book.agents),
}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    runs = []
    for _ in range(args.repeat):
        done = subprocess.run(
            [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
        )
        runs.append(json.loads(done.stdout))
    seconds = statistics.median(r["seconds"] for r in runs)
    megabytes = statistics.median(r["mb"] for r in runs)
    last = runs[-1]
    print(
        f"tables: {last['names']} names, {last['people']} people with "
        f"{last['tenures']} tenures, {last['agents']} agent phrases"
    )
    print(f"load time: {seconds:.3f} s (median of {args.repeat}; goal < 1 s)")
    print(f"memory added: {megabytes:.1f} MB (median; goal < 200 MB)")


if __name__ == "__main__":
    main()
