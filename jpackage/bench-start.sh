#!/usr/bin/env bash
# Benchmark (not a test) of the installed workstation: time from launch to the first frame with its AOT cache or
# class-data-sharing archive, with the JDK's base CDS archive only and with no archive, and resident memory with the
# 7,104-cell pack. Figures go to docs/benchmarks.md.
# Usage: xvfb-run -a -s "-screen 0 1600x1000x24" jpackage/bench-start.sh [runs] [launcher] [other launcher…]
#        (defaults: 5 runs, /opt/evtwin/bin/evtwin; or run it on a desktop session). Other launchers (e.g. the
#        app image of a build with the other kind of archive) are started "as installed" in the same rounds.
#        BENCH_MEMORY=0 skips the memory runs.
# The modes run interleaved (one start of each per round) so that other load on the machine hits them alike; the
# load average is printed with every round.
set -euo pipefail
runs=${1:-5}
app=${2:-/opt/evtwin/bin/evtwin}
others=("${@:3}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cfg_of() { echo "$(dirname "$1")/../lib/app/$(basename "$1").cfg"; }
archive_of() {   # the archive the launcher's .cfg names: "AOT cache", "CDS archive" or "no archive"
  if grep -q -- '-XX:AOTCache=' "$(cfg_of "$1")"; then echo "AOT cache"
  elif grep -q -- '-XX:SharedArchiveFile=' "$(cfg_of "$1")"; then echo "CDS archive"
  else echo "no archive"; fi
}
# The launcher's options come after JAVA_TOOL_OPTIONS and win, so the modes without the app's archive start a copy
# of the installation whose .cfg does not name it (-Xshare:off cannot even be combined with -XX:AOTCache).
bare="$work/bare/$(basename "$(dirname "$(dirname "$app")")")"
mkdir -p "$work/bare"
cp -a "$(dirname "$(dirname "$app")")" "$bare"
sed -i '/-XX:AOTCache=/d; /-XX:SharedArchiveFile=/d' "$(cfg_of "$bare/bin/$(basename "$app")")"
rm -f "$bare"/lib/app/*.aot "$bare"/lib/app/*.jsa
bare_app="$bare/bin/$(basename "$app")"

# One start: milliseconds from launch until the start-up line is logged (it is written right after the pulse that
# drew the first frame: the moving 3D pack), the JVM uptime of that first frame as the line gives it, milliseconds
# from launch until the screenshot of the complete window (gauges, charts, tabs; PNG encoding included) is saved,
# and the CPU seconds (user + system) of the whole start-to-exit, which a busy shared machine distorts far less.
start_once() {
  local launcher=$1 options=$2 t0 line first="" uptime="" saved=""
  rm -rf "$work/config" "$work/data"
  t0=$(date +%s%N)
  while IFS= read -r line; do
    case "$line" in
      *"start-up [ms of JVM uptime]"*) first=$(( ($(date +%s%N) - t0) / 1000000 ))
          uptime=$(sed -E 's/.*first frame ([0-9]+).*/\1/' <<< "$line") ;;
      *"screenshot saved"*) saved=$(( ($(date +%s%N) - t0) / 1000000 )) ;;
      "cpu "*) echo "${first:-?} ${uptime:-?} ${saved:-?} $(awk '{printf "%.2f", $2 + $3}' <<< "$line")" ;;
    esac
  done < <(export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
      JAVA_TOOL_OPTIONS="$options -Dprism.forceGPU=true"; TIMEFORMAT="cpu %U %S"
      { time "$launcher" --screenshot "$work/shot.png" --frames 1; } 2>&1)
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

modes=("$app $(archive_of "$app") (as installed)|$app|")
for other in "${others[@]}"; do modes+=("$other $(archive_of "$other") (as installed)|$other|"); done
modes+=("JDK base CDS only|$bare_app|" "no archive (-Xshare:off)|$bare_app|-Xshare:off")

start_once "$app" "" > /dev/null   # warm the disk cache
for other in "${others[@]}"; do start_once "$other" "" > /dev/null; done
start_once "$bare_app" "" > /dev/null
for round in $(seq "$runs"); do
  for i in "${!modes[@]}"; do
    IFS='|' read -r _ launcher options <<< "${modes[$i]}"
    start_once "$launcher" "$options" >> "$work/times$i"
  done
  echo "round $round done; load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
for i in "${!modes[@]}"; do
  t="$work/times$i"
  echo "${modes[$i]%%|*}: launch to first frame [ms] $(cut -d' ' -f1 "$t" | tr '\n' ' ')" \
       "median $(cut -d' ' -f1 "$t" | median); first frame [ms JVM uptime] $(cut -d' ' -f2 "$t" | tr '\n' ' ')" \
       "median $(cut -d' ' -f2 "$t" | median); complete window saved [ms] $(cut -d' ' -f3 "$t" | tr '\n' ' ')" \
       "median $(cut -d' ' -f3 "$t" | median); CPU [s] $(cut -d' ' -f4 "$t" | tr '\n' ' ')" \
       "median $(cut -d' ' -f4 "$t" | median)"
done

# Resident memory with the 7,104-cell pack after 300 frames (peak of 0.5 s samples and the last sample), for each
# launcher as installed (a mapped AOT cache or CDS archive counts in the resident set as far as it is touched).
[ "${BENCH_MEMORY:-1}" = 0 ] && exit 0
for launcher in "$app" "${others[@]}"; do
  XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" JAVA_TOOL_OPTIONS="-Dprism.forceGPU=true" \
      "$launcher" --pack model-s-like-96s74p --screenshot "$work/big.png" --frames 300 > "$work/big.log" 2>&1 &
  pid=$!
  peak=0
  last=0
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ -n "$rss" ] && [ "$rss" -gt 0 ] && last=$rss && [ "$rss" -gt "$peak" ] && peak=$rss
    sleep 0.5
  done
  wait "$pid" || { cat "$work/big.log" >&2; echo "bench: the 7,104-cell run failed" >&2; exit 1; }
  echo "$launcher $(archive_of "$launcher"), model-s-like-96s74p (7,104 cells), 300 frames:" \
       "VmRSS peak $((peak / 1024)) MB, last $((last / 1024)) MB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
