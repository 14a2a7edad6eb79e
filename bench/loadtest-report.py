#!/usr/bin/env python3
"""Per-action p50/p95/p99 and errors of a Gatling run (its js/stats.json), beside the goal."""
import json, sys, pathlib

run = pathlib.Path(sys.argv[1])
stats = json.loads((run / "js" / "stats.json").read_text())

def row(name, s):
    n = s["numberOfRequests"]
    return "%-40s %7d %7d %8d %8d %8d %8d" % (name, n["total"], n["ko"], s["percentiles1"]["total"],
                                             s["percentiles3"]["total"], s["percentiles4"]["total"], s["maxResponseTime"]["total"])

print("%-40s %7s %7s %8s %8s %8s %8s" % ("action", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"))
worst = 0
errors = 0
for key, child in sorted(stats.get("contents", {}).items(), key=lambda kv: kv[1]["name"]):
    s = child["stats"]
    print(row(s["name"], s))
    worst = max(worst, s["percentiles3"]["total"])
    errors += s["numberOfRequests"]["ko"]
print(row("ALL", stats["stats"]))
print()
print("goal p95 <= 300 ms per round trip: %s (worst action p95 %d ms); goal 0 errors: %s (%d)" % (
    "MET" if worst <= 300 else "NOT MET", worst, "MET" if errors == 0 else "NOT MET", errors))
