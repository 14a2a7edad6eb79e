#!/usr/bin/env python3
"""Per-action p50/p95/p99 and errors of a Gatling run (its js/stats.json), beside the goal."""
import json, sys, pathlib

run = pathlib.Path(sys.argv[1])
if not (run / "js" / "stats.json").exists():
    # Gatling 3.14 writes no stats.json: its console summary (the last "Requests" table and "Global Information"
    # block of the run's log, the second argument) is what there is; per-action percentiles are in its HTML report
    log = pathlib.Path(sys.argv[2]).read_text(errors="replace").splitlines() if len(sys.argv) > 2 else []
    starts = [i for i, l in enumerate(log) if l.startswith("---- Requests ----")]
    glob_ = [i for i, l in enumerate(log) if l.startswith("---- Global Information ----")]
    if starts:
        end = next((j for j in range(starts[-1] + 1, len(log)) if log[j].startswith("---- ") and "Errors" not in log[j]
                    and j > starts[-1] + 1 and not log[j].startswith("---- Errors")), len(log))
        print("\n".join(log[starts[-1]:end]))
    if glob_:
        end = next((j for j in range(glob_[-1] + 1, len(log)) if log[j].startswith("=====")), len(log))
        print("\n".join(log[glob_[-1]:end]))
    print("(per-action percentiles: the HTML report, %s/index.html)" % run)
    sys.exit(0)
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
