#!/bin/bash
# Start-up and footprint of the production jar (bench/README.md): for each set of JVM flags, the time from
# `java` to the first successful login page (HTTP 200 of /login on 127.0.0.1) and the resident set size after
# 20 s idle. Usage: bench/startup.sh [runs per variant]   (build first: ./mvnw -Pproduction package)
# Writes bench/results/startup.txt. Uses its own copy of the database (target/startup/data), port 18231.
set -u
cd "$(dirname "$0")/.."
RUNS=${1:-2}
PORT=${STARTUP_PORT:-18231}
JAR=$(ls target/kompetensresan-*.jar | grep -v original | head -1)
WORK=target/startup
OUT=bench/results/startup.txt
mkdir -p "$WORK"
rm -rf "$WORK/app" "$WORK/app.jsa"
# Spring Boot's CDS support: extract the jar, then a training run that stops after the context refresh
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APPJAR="$WORK/app/$(basename "$JAR")"

start() { # $1 = label, rest = java arguments; prints "label ms rss_mb"
  local label=$1; shift
  local t0 pid code rss
  t0=$(date +%s%N)
  ( cd "$WORK" && exec java "$@" --server.port=$PORT --server.address=127.0.0.1 ) > "$WORK/$label.log" 2>&1 &
  pid=$!
  for i in $(seq 1 1200); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/login" || true)
    [ "$code" = 200 ] && break
    kill -0 $pid 2>/dev/null || { echo "$label died, see $WORK/$label.log" >&2; return 1; }
    sleep 0.1
  done
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  sleep 20
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null
  echo "$label $ms $rss"
}

ABS_APPJAR=$(realpath "$APPJAR")
ABS_JAR=$(realpath "$JAR")
# first start creates the database and the demo data: not measured (skipped when target/startup/data exists)
[ -d "$WORK/data" ] || start first -jar "$ABS_JAR" > /dev/null
( cd "$WORK" && java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar "$ABS_APPJAR" \
    --server.port=$PORT > cds-training.log 2>&1 )

MEM="-Xmx512m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=64m"
LAZY="--spring.main.lazy-initialization=true"
ENGINE="--camunda.bpm.metrics.enabled=false --camunda.bpm.database.schema-update=false --spring.jmx.enabled=false"
declare -A VARIANTS=(
  [1-plain]="-jar $ABS_JAR"
  [2-extracted]="-jar $ABS_APPJAR"
  [3-memory]="$MEM -jar $ABS_APPJAR"
  [4-memory+cds]="$MEM -XX:SharedArchiveFile=app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $ABS_APPJAR"
  [5-memory+cds+lazy]="$MEM -XX:SharedArchiveFile=app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $ABS_APPJAR $LAZY"
  [6-memory+cds+engine]="$MEM -XX:SharedArchiveFile=app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $ABS_APPJAR $ENGINE"
)
{
  echo "# startup (production jar, demo profile, embedded H2 file database, second start)"
  echo "date:    $(date -Iseconds)"
  echo "commit:  $(git rev-parse --short HEAD)"
  echo "cpus:    $(nproc)"
  echo "java:    $(java -version 2>&1 | head -1)"
  echo "load:    before $(uptime)"
  echo
  printf '%-24s %10s %10s   %s\n' variant "ready ms" "RSS MB" "flags"
} > "$OUT.tmp"
for v in $(printf '%s\n' "${!VARIANTS[@]}" | sort | grep -E "${ONLY:-.}"); do
  for r in $(seq 1 "$RUNS"); do
    line=$(start "$v" ${VARIANTS[$v]}) || continue
    read -r label ms rss <<< "$line"
    printf '%-24s %10s %10s   %s\n' "$v" "$ms" "$rss" "${VARIANTS[$v]}" | sed "s#$ABS_APPJAR#app/app.jar#; s#$ABS_JAR#$(basename "$JAR")#" | tee -a "$OUT.tmp"
  done
done
echo "load:    after  $(uptime)" >> "$OUT.tmp"
echo "goals: ready <= 10000 ms, RSS <= 600 MB" >> "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
cat "$OUT"
