#!/bin/bash
# 200 concurrent users against the production jar on 127.0.0.1 (bench/README.md). Usage:
#   ./mvnw -Pproduction package && bench/loadtest.sh [duration seconds, default 300]
# Starts the jar (demo + loadtest profiles, embedded H2 file database in target/loadtest/data, port 18232) with the
# recommended JVM flags, waits for the load-test users, measures the live heap (full GC), runs the Gatling
# simulation (it stops by itself), measures the live heap again with the 200 sessions still open, stops the jar and
# writes bench/results/loadtest.txt.
set -u
cd "$(dirname "$0")/.."
DURATION=${1:-300}
PORT=${LOADTEST_PORT:-18232}
JAR=$(realpath "$(ls target/kompetensresan-*.jar | grep -v original | head -1)")
WORK=target/loadtest
OUT=bench/results/loadtest.txt
FLAGS=${LOADTEST_JVM_FLAGS:-"-Xmx512m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=64m"}
mkdir -p "$WORK"
LOAD_BEFORE=$(uptime)
( cd "$WORK" && exec java $FLAGS -jar "$JAR" --spring.profiles.active=demo,loadtest --server.address=127.0.0.1 \
    --server.port=$PORT ) > "$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null' EXIT
for i in $(seq 1 1800); do
  grep -q "Load-test data ready" "$WORK/server.log" && break
  kill -0 $PID 2>/dev/null || { echo "server died, see $WORK/server.log" >&2; exit 1; }
  sleep 1
done
grep -q "Load-test data ready" "$WORK/server.log" || { echo "no load-test data after 30 min" >&2; exit 1; }
grep -o 'Load-test cases: .*' "$WORK/server.log" | tail -1 | sed 's/Load-test cases: //' | tr ',' '\n' > "$WORK/cases.txt"
grep -o 'Load-test surveys: .*' "$WORK/server.log" | tail -1 | sed 's/Load-test surveys: //' | tr ',' '\n' > "$WORK/surveys.txt"
[ -s "$WORK/cases.txt" ] || { echo "no case list in the server log" >&2; exit 1; }
sleep 5
live() { # live heap in KB after a full GC (the class histogram forces one)
  jcmd $PID GC.class_histogram | awk '/^Total/ {print int($3/1024)}'
}
BEFORE=$(live)
echo "live heap before: $BEFORE KB"
START=$(date -Iseconds)
LOADTEST_BASE_URL=http://127.0.0.1:$PORT LOADTEST_DURATION=$DURATION LOADTEST_CASES=$(realpath "$WORK/cases.txt") \
  LOADTEST_SURVEYS=$(realpath "$WORK/surveys.txt") \
  ${MVN:-./mvnw} -B -q -o -Ploadtest test-compile gatling:test > "$WORK/gatling.log" 2>&1
GATLING_RC=$?
AFTER=$(live)
echo "live heap after: $AFTER KB"
RSS=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$PID/status)
kill $PID; wait $PID 2>/dev/null; trap - EXIT
RUN=$(ls -td target/gatling/*/ | head -1)
python3 bench/loadtest-report.py "$RUN" "$WORK/gatling.log" > "$WORK/report.txt"
{
  echo "# loadtest (Gatling, Vaadin protocol, 200 users, production jar, embedded H2 file database)"
  echo "date:    $START"
  echo "commit:  $(git rev-parse --short HEAD)"
  echo "cpus:    $(nproc)"
  echo "java:    $(java -version 2>&1 | head -1)"
  echo "jvm:     $FLAGS"
  echo "load:    before $LOAD_BEFORE"
  echo "         after  $(uptime)"
  echo "gatling: exit $GATLING_RC, report $RUN"
  echo
  cat "$WORK/report.txt"
  echo
  echo "live heap (full GC): before $BEFORE KB, after $AFTER KB with the 200 sessions open"
  echo "heap per session: $(( (AFTER - BEFORE) / 200 )) KB   (goal <= 300 KB)"
  echo "server RSS at the end: $RSS MB"
} > "$OUT"
cat "$OUT"
