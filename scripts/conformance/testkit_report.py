"""Merges the shards' reports of testkit_run.py and prints the per-suite table and the closing line.

    python3 testkit_report.py failures REPORT...
        prints the tests that failed for a reason of their own (not only at TestKit's driver-name check), one a line,
        named under tests.stub, for testkit.sh to run once more
    python3 testkit_report.py summary --seconds S --suites A,B --scope TEXT [--retry REPORT...] -- REPORT...
        the table, the failed tests and the closing line "testkit: N passed, M failed, K skipped (...)"; exits 1 when a
        test failed for a reason of its own on both attempts

TestKit compares an error's type name with a table of the official drivers, and calls self.fail("no error mapping is
defined for <name> driver") for any other name, after the checks before it in the test passed. Such a test cannot pass
under our driver name (graphapi), with TestKit unmodified. It is counted as failed, like any other, and listed apart,
with the helper that stopped it; only a failure of another kind makes the run fail.

A test that fails for a reason of its own is run once more, alone in its shard, after the others (TestKit waits at most
about 10 s for a stub server to listen and then lets the test go on, which a busy machine can exceed). It counts as
passed when the second attempt passes, and is listed with its first failure, so that a test which fails now and then is
seen rather than hidden.
"""
import argparse
import json
import re
import sys

UNMAPPED = "AssertionError: no error mapping is defined for graphapi driver"


def load(paths):
    report = {"suites": {}, "tests": {}}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            part = json.load(f)
        report["tests"].update(part["tests"])
        for suite, row in part["suites"].items():
            merged = report["suites"].setdefault(suite, {"passed": 0, "failed": 0, "skipped": 0, "skipped_for": {}})
            for k in ("passed", "failed", "skipped"):
                merged[k] += row[k]
            for feature, n in row["skipped_for"].items():
                merged["skipped_for"][feature] = merged["skipped_for"].get(feature, 0) + n
    return report


def unmapped_only(test):
    """True when every failure of the test (one per failed subtest) is TestKit's driver-name check."""
    reason = (test["reason"] or "").strip()
    return bool(reason) and all(UNMAPPED in failure for failure in reason.split("\n----\n"))


def stopped_in(test):
    """The TestKit helper that called self.fail: the frame whose line is the call (the first traceback's)."""
    first = (test["reason"] or "").split("\n----\n")[0]
    frames = re.findall(r'File "[^"]*/tests/stub/([^"]+)", line (\d+), in (\w+)\n\s*(.*)', first)
    calls = [f for f in frames if "self.fail(" in f[3]] or frames
    return "%s (%s:%s)" % (calls[-1][2], calls[-1][0], calls[-1][1]) if calls else "?"


def own_failures(report):
    return sorted(test_id for test_id, test in report["tests"].items()
                  if test["outcome"] == "failed" and not unmapped_only(test))


def last_line(test):
    lines = (test["reason"] or "").strip().splitlines()
    return lines[-1] if lines else ""


def suite_of(test_id):
    return test_id[len("tests.stub."):].split(".")[0]


def summary(args):
    report = load(args.reports)
    retry = load(args.retry) if args.retry else {"suites": {}, "tests": {}}
    # A test that passed on its second attempt moves from failed to passed in its suite's row.
    second = sorted(test_id for test_id, test in retry["tests"].items() if test["outcome"] == "passed")
    for test_id in second:
        row = report["suites"][suite_of(test_id)]
        row["failed"] -= 1
        row["passed"] += 1

    total = {"passed": 0, "failed": 0, "skipped": 0}
    print("%-24s %7s %7s %8s  %s" % ("suite", "passed", "failed", "skipped", "skipped for (undeclared features)"))
    for suite in args.suites.split(","):
        row = report["suites"].get(suite, {"passed": 0, "failed": 0, "skipped": 0, "skipped_for": {}})
        for k in total:
            total[k] += row[k]
        skipped_for = ", ".join("%s (%d)" % (f.replace("Feature.", ""), n) for f, n in sorted(row["skipped_for"].items()))
        print("%-24s %7d %7d %8d  %s" % (suite, row["passed"], row["failed"], row["skipped"], skipped_for))

    unmapped = []
    real = []
    for test_id, test in sorted(report["tests"].items()):
        if test["outcome"] != "failed":
            continue
        again = retry["tests"].get(test_id)
        if test_id in second:
            print("PASSED on the second attempt (first: %s) %s" % (last_line(test), test_id))
        elif unmapped_only(test) or (again and unmapped_only(again)):
            # A first attempt that also failed for another reason counts by its second attempt.
            unmapped.append(test_id)
            print("FAILED at TestKit's driver-name check, in %s: %s%s" % (
                stopped_in(test if unmapped_only(test) else again), test_id,
                "" if unmapped_only(test) else " (second attempt; first: %s)" % last_line(test)))
        else:
            real.append(test_id)
            print("FAILED %s: %s%s" % (test_id, last_line(again or test), " (on both attempts)" if again else ""))
    print("suites run: %s; took %s s; %d passed on the second attempt" % (args.scope, args.seconds, len(second)))
    # The closing line: its first three counts are TestKit's own; the parenthesis says what the failures were.
    print("testkit: %d passed, %d failed, %d skipped (failed: %d at TestKit's \"no error mapping is defined for graphapi "
          "driver\", after the test's earlier checks passed; %d for other reasons)"
          % (total["passed"], total["failed"], total["skipped"], len(unmapped), len(real)))
    return 1 if real else 0


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    failures = sub.add_parser("failures")
    failures.add_argument("reports", nargs="+")
    summarize = sub.add_parser("summary")
    summarize.add_argument("--seconds", required=True)
    summarize.add_argument("--suites", required=True)
    summarize.add_argument("--scope", required=True)
    summarize.add_argument("--retry", nargs="*", default=[])
    summarize.add_argument("reports", nargs="+")
    args = parser.parse_args()
    if args.command == "failures":
        for test_id in own_failures(load(args.reports)):
            print(test_id[len("tests.stub."):])
        return 0
    return summary(args)


if __name__ == "__main__":
    sys.exit(main())
