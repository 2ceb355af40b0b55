"""Runs TestKit's stub suites (tests.stub.<suite>) with unittest against a running backend and reports per suite.

This is unittest's own loader and runner with a result class that keeps one outcome per test method: passed,
failed (any failure or error, including in a subtest) or skipped (TestKit skipped the test, which with our backend
only happens for a feature the backend does not declare). Usage, from the TestKit checkout:

    python3 testkit_run.py --suites versions,basic_query --report report.json
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

    @staticmethod
    def _id(test):
        return getattr(test, "test_case", test).id()

    def startTest(self, test):  # noqa: N802
        super().startTest(test)
        self.outcomes[test.id()] = "passed"

    def _fail(self, test, err):
        test_id = self._id(test)
        self.outcomes[test_id] = "failed"
        self.reasons.setdefault(test_id, self._exc_info_to_string(err, getattr(test, "test_case", test)))

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


def features_of(reason):
    match = re.match(r"Needs support for (.*)", reason or "")
    return [f.strip() for f in match.group(1).split(",")] if match else [reason]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--suites", required=True)
    parser.add_argument("--report", required=True)
    args = parser.parse_args()

    loader = unittest.TestLoader()
    report = {"suites": {}, "tests": {}}
    started = time.monotonic()
    for suite in args.suites.split(","):
        tests = loader.discover(os.path.join("tests", "stub", suite), top_level_dir=".")
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
            report["tests"][test_id] = {"outcome": outcome, "reason": result.reasons.get(test_id)}
        print("testkit suite %-24s %4d passed %4d failed %4d skipped %6.1f s" % (
            suite, counts["passed"], counts["failed"], counts["skipped"], time.monotonic() - suite_started),
            file=sys.stderr, flush=True)
    report["seconds"] = round(time.monotonic() - started, 1)
    with open(args.report, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
