#!/usr/bin/env python3
"""Issue 11's latency table: the same journalist queries over HTTP against two running servers (embedded and Neo4j)
holding the same corpus, alternating request by request (A B A B), reporting p50 per query and the Neo4j/embedded ratio, and next to it the floor: `RETURN 1` sent to the same Neo4j over its
HTTP endpoint in the same rounds (what any Neo4j query costs on this machine at that moment, before it reads anything).

    scripts/bench/stores.py --embedded http://127.0.0.1:5201 --neo4j http://127.0.0.1:5202 [--requests 40 --rounds 4]

NEO4J_HTTP_URI, NEO4J_USERNAME and NEO4J_PASSWORD (scripts/neo4j.sh's env file) locate the floor's endpoint.

The queries are scripts/bench/queries/stores-*.graphql, which the Bolt round-trip test
(tests/GraphApi.Server.Tests/Neo4j/RoundTripTests.cs) also runs. scripts/bench/stores.sh starts the servers. Outside CI."""
import argparse, base64, json, os, pathlib, statistics, time, urllib.request

QUERIES_DIR = pathlib.Path(__file__).resolve().parent / "queries"


def load_queries():
    """The journalist queries of queries/stores-*.graphql (shared with the round-trip test), named by their first line."""
    queries = {}
    for path in sorted(QUERIES_DIR.glob("stores-*.graphql")):
        first, _, query = path.read_text(encoding="utf-8").partition("\n")
        queries[first.lstrip("# ").strip()] = query
    return queries


def post(base, query):
    body = json.dumps({"query": query}).encode()
    request = urllib.request.Request(base + "/graphql", data=body, headers={"Content-Type": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        payload = json.load(response)
    elapsed = (time.perf_counter() - start) * 1000
    if payload.get("errors"):
        raise SystemExit(f"{base}: {payload['errors']}")
    return elapsed, payload


def return_one():
    """Times `RETURN 1` through Neo4j's HTTP endpoint: the floor of one Neo4j query on this machine."""
    auth = base64.b64encode(f"{os.environ.get('NEO4J_USERNAME', 'neo4j')}:{os.environ['NEO4J_PASSWORD']}".encode()).decode()
    body = json.dumps({"statements": [{"statement": "RETURN 1"}]}).encode()
    request = urllib.request.Request(os.environ["NEO4J_HTTP_URI"] + "/db/data/transaction/commit", data=body,
                                     headers={"Content-Type": "application/json", "Authorization": "Basic " + auth})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        payload = json.load(response)
    if payload.get("errors"):
        raise SystemExit(f"RETURN 1: {payload['errors']}")
    return (time.perf_counter() - start) * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedded", required=True)
    parser.add_argument("--neo4j", required=True)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    targets = {"embedded": args.embedded, "neo4j": args.neo4j}
    print(f"| query {args.label} | embedded p50 ms | Neo4j p50 ms | Neo4j / embedded | `RETURN 1` p50 ms |")
    print("|---|---:|---:|---:|---:|")
    for name, query in load_queries().items():
        answers = {t: post(url, query)[1] for t, url in targets.items()}  # warm-up, and the answers must agree
        if answers["embedded"] != answers["neo4j"]:
            raise SystemExit(f"{name}: the stores answer differently")
        times = {t: [] for t in targets}
        floor = []
        # One request to each in turn, so that a burst of load on the shared machine falls on both stores alike.
        for _ in range(args.rounds * args.requests):
            for target, url in targets.items():
                times[target].append(post(url, query)[0])
            floor.append(return_one())
        e, n = statistics.median(times["embedded"]), statistics.median(times["neo4j"])
        print(f"| {name} | {e:.1f} | {n:.1f} | {n / e:.2f}× | {statistics.median(floor):.1f} |", flush=True)


if __name__ == "__main__":
    main()
