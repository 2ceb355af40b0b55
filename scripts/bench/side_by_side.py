#!/usr/bin/env python3
"""The journalist queries sent to several running servers, one request to each in turn (scripts/bench/side-by-side.sh
starts them): p25 / p50 / p75 ms per server and the p50 ratio of each server to the first. The answers are not compared,
since the servers may hold different corpora (scripts/bench/stores.sh compares the two stores' answers). Outside CI.

    scripts/bench/side_by_side.py --requests 40 [--queries card,hub] embedded=http://127.0.0.1:5801 main=http://...
"""
import argparse, statistics
import stores


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--queries", default="", help="comma list of words; a query runs when its name holds one")
    parser.add_argument("targets", nargs="+", help="name=url")
    args = parser.parse_args()
    targets = dict(t.split("=", 1) for t in args.targets)
    names = list(targets)
    words = [w for w in args.queries.split(",") if w]
    print("| query | " + " | ".join(f"{n} p25 / p50 / p75 ms" for n in names) + " | " + " | ".join(f"{n} / {names[0]}" for n in names[1:]) + " |")
    print("|---|" + "---|" * len(names) + "---:|" * (len(names) - 1))
    for name, query in stores.load_queries().items():
        if words and not any(w in name for w in words):
            continue
        for url in targets.values():  # warm-up
            stores.post(url, query)
        times = {t: [] for t in targets}
        for _ in range(args.requests):
            for target, url in targets.items():
                times[target].append(stores.post(url, query)[0])
        quartiles = {t: statistics.quantiles(v, n=4) for t, v in times.items()}
        cells = [" / ".join(f"{x:.1f}" for x in quartiles[t]) for t in names]
        ratios = [f"{quartiles[t][1] / quartiles[names[0]][1]:.2f}×" for t in names[1:]]
        print(f"| {name} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |", flush=True)


if __name__ == "__main__":
    main()
