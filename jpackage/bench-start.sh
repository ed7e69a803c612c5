#!/usr/bin/env bash
# Benchmark (not a test) of the installed workstation: time from launch to the first frame, with and without
# class-data sharing, and resident memory with the 7,104-cell pack. Figures go to docs/benchmarks.md.
# Usage: xvfb-run -a -s "-screen 0 1600x1000x24" jpackage/bench-start.sh [runs] [launcher]
#        (defaults: 5 runs, /opt/evtwin/bin/evtwin; or run it on a desktop session).
set -euo pipefail
runs=${1:-5}
app=${2:-/opt/evtwin/bin/evtwin}
runtime_cds="$(dirname "$app")/../lib/runtime/lib/server/classes.jsa"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One start: milliseconds from launch until the start-up line is logged (it is written right after the pulse that
# drew the first frame: the moving 3D pack), the JVM uptime of that first frame as the line gives it, milliseconds
# from launch until the screenshot of the complete window (gauges, charts, tabs; PNG encoding included) is saved,
# and the CPU seconds (user + system) of the whole start-to-exit, which a busy shared machine distorts far less.
start_once() {
  local options=$1 t0 line first="" uptime="" saved=""
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
      { time "$app" --screenshot "$work/shot.png" --frames 1; } 2>&1)
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

start_once "" > /dev/null   # warm the disk cache
for mode in "app CDS archive (as installed)|" "JDK base CDS only|-XX:SharedArchiveFile=$runtime_cds" \
            "no CDS|-Xshare:off"; do
  name=${mode%%|*}
  options=${mode#*|}
  : > "$work/times"
  for _ in $(seq "$runs"); do start_once "$options" >> "$work/times"; done
  echo "$name: launch to first frame [ms] $(cut -d' ' -f1 "$work/times" | tr '\n' ' ')" \
       "median $(cut -d' ' -f1 "$work/times" | median); first frame [ms JVM uptime]" \
       "$(cut -d' ' -f2 "$work/times" | tr '\n' ' '); complete window saved [ms]" \
       "$(cut -d' ' -f3 "$work/times" | tr '\n' ' ') median $(cut -d' ' -f3 "$work/times" | median);" \
       "CPU [s] $(cut -d' ' -f4 "$work/times" | tr '\n' ' ') median $(cut -d' ' -f4 "$work/times" | median)"
done

# Resident memory with the 7,104-cell pack after 300 frames (peak of 0.5 s samples and the last sample).
XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" JAVA_TOOL_OPTIONS="-Dprism.forceGPU=true" \
    "$app" --pack model-s-like-96s74p --screenshot "$work/big.png" --frames 300 > "$work/big.log" 2>&1 &
pid=$!
peak=0
last=0
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  [ -n "$rss" ] && [ "$rss" -gt 0 ] && last=$rss && [ "$rss" -gt "$peak" ] && peak=$rss
  sleep 0.5
done
wait "$pid" || { cat "$work/big.log" >&2; echo "bench: the 7,104-cell run failed" >&2; exit 1; }
echo "model-s-like-96s74p (7,104 cells), 300 frames: VmRSS peak $((peak / 1024)) MB, last $((last / 1024)) MB"
echo "machine load during the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
