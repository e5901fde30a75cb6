#!/usr/bin/env bash
# Batch throughput: generates N answers files (varied from the examples),
# runs `salesteam-cli batch` with 1 and with 2 workers, and prints files per
# second, the processor time per file and peak memory for each, and the
# speed-up. The machine's load average is printed before and after: on a
# shared machine the files per second follow the load, the processor time
# per file much less. Usage:
#   .ci/batch-bench.sh [N]   (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
CGO_ENABLED=0 go build -o "$tmp/cli" ./cmd/salesteam-cli
mkdir -p "$tmp/in"
python3 - "$n" "$tmp/in" <<'PY'
import json, glob, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
examples = [json.load(open(f)) for f in sorted(glob.glob("examples/*.json"))]
rng = random.Random(1)
for i in range(n):
    a = json.loads(json.dumps(examples[i % len(examples)]))
    a["company"]["name"] = f"Client {i:04d}"
    c = a["company"]
    if "annual_revenue" in c:
        c["annual_revenue"] = round(c["annual_revenue"] * rng.uniform(0.7, 1.3))
    if "revenue_target" in c:
        c["revenue_target"] = round(c["revenue_target"] * rng.uniform(0.8, 1.4))
    json.dump(a, open(f"{out}/client-{i:04d}.json", "w"), indent=2)
PY
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"; }
load
for workers in 1 2; do
	rm -rf "$tmp/out"
	/usr/bin/time -f "%e %M %U %S" -o "$tmp/time" "$tmp/cli" batch --workers "$workers" --progress lines -o "$tmp/out" "$tmp/in" >/dev/null 2>"$tmp/log" || { tail -5 "$tmp/log"; exit 1; }
	read -r secs kb user sys <"$tmp/time"
	rate=$(python3 -c "print(round($n / $secs, 1))")
	cpu=$(python3 -c "print(round(($user + $sys) * 1000 / $n, 1))")
	echo "workers=$workers: $n files in ${secs}s, $rate files/s, $cpu ms of processor time a file, peak memory $((kb / 1024)) MiB"
	eval "rate$workers=$rate"
done
python3 -c "print('speed-up with 2 workers: %.2fx' % ($rate2 / $rate1))"
load
