"""Runs TestKit's stub suites (tests.stub.<suite>) with unittest against a running backend and reports per suite.

This is unittest's own loader and runner with a result class that keeps one outcome per test method: passed,
failed (any failure or error, including in a subtest) or skipped (TestKit skipped the test, which with our backend
only happens for a feature the backend does not declare). Usage, from the TestKit checkout:

    python3 testkit_run.py --suites versions,basic_query --report report.json [--shard 0/4] [--exclude prefixes]

With --shard i/n the suites' tests are dealt into n shards and only shard i runs, so that several backends (each in
its own network namespace) can share the work. Each test runs once, although unittest's discovery loads a test class
again in every module that imports it.
"""
import argparse
import collections
import json
import os
import re
import sys
import time
import unittest


class OutcomeResult(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.outcomes = {}
        self.reasons = {}
        self.seconds = {}
        self._started = {}

    @staticmethod
    def _id(test):
        return getattr(test, "test_case", test).id()

    def startTest(self, test):  # noqa: N802
        super().startTest(test)
        self.outcomes[test.id()] = "passed"
        self._started[test.id()] = time.monotonic()

    def stopTest(self, test):  # noqa: N802
        super().stopTest(test)
        self.seconds[test.id()] = round(time.monotonic() - self._started.pop(test.id(), time.monotonic()), 2)
        print("%-7s %6.1f s %s" % (self.outcomes[test.id()], self.seconds[test.id()], test.id()), flush=True)

    def _fail(self, test, err):
        # Every failure of the test (each subtest may fail) is kept, so that none can hide behind another.
        test_id = self._id(test)
        self.outcomes[test_id] = "failed"
        text = self._exc_info_to_string(err, getattr(test, "test_case", test))
        self.reasons[test_id] = text if test_id not in self.reasons else self.reasons[test_id] + "\n----\n" + text

    def addError(self, test, err):  # noqa: N802
        super().addError(test, err)
        self._fail(test, err)

    def addFailure(self, test, err):  # noqa: N802
        super().addFailure(test, err)
        self._fail(test, err)

    def addSubTest(self, test, subtest, err):  # noqa: N802
        super().addSubTest(test, subtest, err)
        if err is not None:
            self._fail(subtest, err)

    def addSkip(self, test, reason):  # noqa: N802
        super().addSkip(test, reason)
        test_id = self._id(test)
        if test is getattr(test, "test_case", test) and self.outcomes.get(test_id) != "failed":
            self.outcomes[test_id] = "skipped"
            self.reasons[test_id] = reason


def flatten(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from flatten(item)
        else:
            yield item


def features_of(reason):
    match = re.match(r"Needs support for (.*)", reason or "")
    return [f.strip() for f in match.group(1).split(",")] if match else [reason]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--suites", required=True)
    parser.add_argument("--report", required=True)
    parser.add_argument("--shard", default="0/1")
    parser.add_argument("--tests", default="", help="only these tests (names under tests.stub, comma-separated)")
    parser.add_argument("--exclude", default="",
                        help="leave out the tests whose names under tests.stub start with one of these (comma-separated)")
    args = parser.parse_args()
    shard, shards = map(int, args.shard.split("/"))
    # The TestKit checkout (the working directory) is where tests.stub.* and nutkit are imported from.
    sys.path.insert(0, os.getcwd())

    loader = unittest.TestLoader()
    if args.tests:
        found = [(name.split(".")[0], loader.loadTestsFromName("tests.stub." + name)) for name in args.tests.split(",")]
    else:
        found = [(suite, loader.discover(os.path.join("tests", "stub", suite), top_level_dir="."))
                 for suite in args.suites.split(",")]
    # A module that imports another module's test class (test_routing_v4x4 imports RoutingV5x0 to derive from it)
    # makes unittest load that class again; each test runs once here. Tests are dealt round-robin into the shards.
    excluded = tuple("tests.stub." + prefix for prefix in args.exclude.split(",") if prefix)
    seen = set()
    tests = []
    for suite, loaded in found:
        for test in flatten(loaded):
            if excluded and test.id().startswith(excluded):
                continue
            if test.id() not in seen:
                seen.add(test.id())
                tests.append((suite, test))
    mine = collections.defaultdict(unittest.TestSuite)
    for index, (suite, test) in enumerate(sorted(tests, key=lambda t: t[1].id())):
        if index % shards == shard:
            mine[suite].addTest(test)

    report = {"suites": {}, "tests": {}}
    started = time.monotonic()
    for suite, tests in mine.items():
        result = OutcomeResult()
        suite_started = time.monotonic()
        tests.run(result)
        counts = collections.Counter(result.outcomes.values())
        skip_features = collections.Counter(
            feature
            for test_id, outcome in result.outcomes.items() if outcome == "skipped"
            for feature in features_of(result.reasons.get(test_id))
        )
        report["suites"][suite] = {
            "passed": counts["passed"],
            "failed": counts["failed"],
            "skipped": counts["skipped"],
            "seconds": round(time.monotonic() - suite_started, 1),
            "skipped_for": dict(skip_features),
        }
        for test_id, outcome in result.outcomes.items():
            report["tests"][test_id] = {
                "outcome": outcome, "reason": result.reasons.get(test_id), "seconds": result.seconds.get(test_id)}
        print("testkit suite %-24s %4d passed %4d failed %4d skipped %6.1f s" % (
            suite, counts["passed"], counts["failed"], counts["skipped"], time.monotonic() - suite_started),
            file=sys.stderr, flush=True)
    report["seconds"] = round(time.monotonic() - started, 1)
    with open(args.report, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
