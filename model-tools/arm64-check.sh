#!/usr/bin/env bash
# arm64-check.sh: does ONNX Runtime on arm64 (the device's architecture) give the same beat labels as on this
# x86-64 machine? Publishes edgeecg-model for linux-x64 and (self-contained) for linux-arm64, runs the same
# `eval beats` natively and under qemu-user emulating an ARM CPU, and compares the labelled beats (.edg WFDB
# annotation files) record by record. Prints `arm64 (<cpu>) vs x86-64: N beats, K labels differ` and exits 1
# if more labels differ than allowed or any beat position differs, 2 if it cannot run.
#
# Usage: model-tools/arm64-check.sh [model.onnx] [split] [cpu] [max-differ-percent]
#   model  default (also for ""): model-tools/models/beat-mobilenet-0.10.1/beat-classifier-int8.onnx
#   split  default: ds2 (or ds1, all, or a comma-separated record list such as 100,213)
#   cpu    default: cortex-a72 (Raspberry Pi 4); also cortex-a76 (Pi 5, has the dot-product instructions)
#   max-differ-percent  default 0: share of beats whose label may differ. The INT8 kernels of the two CPUs round
#          differently, so a beat at a decision boundary can flip (0.9.1: 1 of 49,726 DS2 beats); CI allows 0.1 %.
# Environment: EDGEECG_DATA (default ../shared/data beside the repository; records from $EDGEECG_DATA/mitdb),
#   ARM64_CHECK_DIR (work folder, default /tmp/arm64-check).
#
# Needs (Debian 12): apt-get install qemu-user-static libc6-arm64-cross libstdc++6-arm64-cross; root (unshare -m
# and mount --bind: ONNX Runtime crashes under qemu-user reading the host's x86 /proc/cpuinfo, so an ARM one is
# bind-mounted over it in a private mount namespace). .NET also needs an arm64 libssl3 (SHA-256 of reports);
# when missing, it is fetched once with apt-get download into the work folder (not installed).
# Emulated run times say nothing about the speed on a Pi. CI runs it on three records (.ci/test).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="$(realpath "${1:-$repo/model-tools/models/beat-mobilenet-0.10.1/beat-classifier-int8.onnx}")"
split="${2:-ds2}"
cpu="${3:-cortex-a72}"
maxPercent="${4:-0}"
export EDGEECG_DATA="${EDGEECG_DATA:-$repo/../shared/data}"
data="$EDGEECG_DATA/mitdb"
work="${ARM64_CHECK_DIR:-/tmp/arm64-check}"
sysroot=/usr/aarch64-linux-gnu

die() { echo "arm64-check: $*" >&2; exit 2; }
[[ $EUID -eq 0 ]] || die "needs root (unshare -m, mount --bind)"
command -v qemu-aarch64-static >/dev/null || die "qemu-aarch64-static missing (apt-get install qemu-user-static)"
[[ -e $sysroot/lib/ld-linux-aarch64.so.1 ]] || die "$sysroot missing (apt-get install libc6-arm64-cross)"
[[ -e $sysroot/lib/libstdc++.so.6 ]] || die "arm64 libstdc++ missing (apt-get install libstdc++6-arm64-cross)"
[[ -f $model ]] || die "model $model not found"
[[ -d $data ]] || die "data folder $data not found"
[[ $maxPercent =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "max-differ-percent '$maxPercent' is not a number of percent (e.g. 0.1)"

# /proc/cpuinfo of the emulated CPU (4 cores, as on a Pi 4 / Pi 5).
case "$cpu" in
  cortex-a72) part=0xd08 variant=0x0 revision=3 features="fp asimd evtstrm crc32 cpuid" ;;
  cortex-a76) part=0xd0b variant=0x4 revision=1
              features="fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid asimdrdm lrcpc dcpop asimddp" ;;
  *) die "cpu $cpu: only cortex-a72 and cortex-a76 are set up" ;;
esac
mkdir -p "$work"
cpuinfo="$work/cpuinfo-$cpu"
for i in 0 1 2 3; do
  printf 'processor\t: %d\nBogoMIPS\t: 108.00\nFeatures\t: %s\nCPU implementer\t: 0x41\nCPU architecture: 8\nCPU variant\t: %s\nCPU part\t: %s\nCPU revision\t: %d\n\n' \
    "$i" "$features" "$variant" "$part" "$revision"
done > "$cpuinfo"

# arm64 libssl3, unpacked (not installed) into the work folder.
ssl="$work/libssl-arm64"
if [[ ! -e $ssl/usr/lib/aarch64-linux-gnu/libssl.so.3 ]]; then
  echo "fetching libssl3:arm64 into $ssl"
  mkdir -p "$ssl"
  apt-get -qq -o APT::Architectures="amd64,arm64" update || die "apt-get update (with arm64 package lists) failed"
  (cd "$work" && apt-get -qq -o APT::Architectures="amd64,arm64" download libssl3:arm64 2>/dev/null) \
    || die "could not download libssl3:arm64 (apt-get download)"
  dpkg -x "$(ls -t "$work"/libssl3_*_arm64.deb | head -n 1)" "$ssl"
fi

echo "publishing edgeecg-model for linux-x64 and linux-arm64 (logs in $work)"
rm -rf "$work/x86-pub" "$work/arm64-pub"
dotnet publish "$repo/model-tools/EdgeEcg.ModelTools" -c Release -o "$work/x86-pub" > "$work/publish-x86.log" 2>&1 \
  || { tail -n 30 "$work/publish-x86.log"; die "x64 publish failed"; }
dotnet publish "$repo/model-tools/EdgeEcg.ModelTools" -c Release -r linux-arm64 --self-contained -o "$work/arm64-pub" \
  > "$work/publish-arm64.log" 2>&1 || { tail -n 30 "$work/publish-arm64.log"; die "arm64 publish failed"; }

x86="$work/x86" arm="$work/$cpu"
rm -rf "$x86" "$arm"
mkdir -p "$x86/edg" "$arm/edg"
args=(eval beats --model "$model" --data "$data" --split "$split")

echo "x86-64 run"
t0=$SECONDS
dotnet "$work/x86-pub/edgeecg-model.dll" "${args[@]}" --json "$x86/report.json" --markdown "$x86/report.md" \
  --annotations-out "$x86/edg" > "$x86/stdout.txt" 2>&1 || { tail -n 20 "$x86/stdout.txt"; die "x86-64 run failed"; }
echo "  $((SECONDS - t0)) s: $(tail -n 1 "$x86/stdout.txt")"

echo "arm64 run under qemu-user ($cpu)"
t0=$SECONDS
# DOTNET_EnableWriteXorExecute=0: without it a long run crashed once under qemu 7.2 (SIGSEGV after 12 records).
unshare -m sh -c 'mount --bind "$0" /proc/cpuinfo && exec "$@"' "$cpuinfo" \
  env DOTNET_EnableWriteXorExecute=0 QEMU_CPU="$cpu" QEMU_SET_ENV="LD_LIBRARY_PATH=$ssl/usr/lib/aarch64-linux-gnu" \
  qemu-aarch64-static -L "$sysroot" "$work/arm64-pub/edgeecg-model" "${args[@]}" \
  --json "$arm/report.json" --markdown "$arm/report.md" --annotations-out "$arm/edg" > "$arm/stdout.txt" 2>&1 \
  || { tail -n 20 "$arm/stdout.txt"; die "arm64 run failed"; }
echo "  $((SECONDS - t0)) s (emulated, says nothing about Pi speed): $(tail -n 1 "$arm/stdout.txt")"

# Comparison: byte-for-byte per record, then labels matched by beat sample with the repo's WFDB reader.
cat > "$work/compare.cs" <<EOF
#:project $repo/device/EdgeEcg.Wfdb/EdgeEcg.Wfdb.csproj
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.Wfdb;

long beats = 0, differ = 0, unmatched = 0;
foreach (string fa in Directory.GetFiles(args[0], "*.edg").OrderBy(f => f, StringComparer.Ordinal))
{
    string rec = Path.GetFileNameWithoutExtension(fa), fb = Path.Combine(args[1], rec + ".edg");
    var a = AnnotationFile.Read(fa);
    var b = File.Exists(fb) ? AnnotationFile.Read(fb) : new List<Annotation>();
    var byB = new Dictionary<long, AnnotationCode>();
    foreach (Annotation x in b) byB[x.Sample] = x.Code;
    var inA = new HashSet<long>(a.Select(x => x.Sample));
    int d = 0, u = b.Count(x => !inA.Contains(x.Sample));
    foreach (Annotation x in a)
        if (!byB.TryGetValue(x.Sample, out AnnotationCode c)) u++;
        else if (c != x.Code) { d++; Console.WriteLine(\$"  {rec} sample {x.Sample}: x86-64 {x.Code}, arm64 {c}"); }
    if (d + u > 0) Console.WriteLine(\$"  {rec}: {a.Count} beats, {d} labels differ, {u} beats not in both");
    beats += a.Count; differ += d; unmatched += u;
}
Console.WriteLine(\$"{beats} {differ} {unmatched}");
EOF
identical=0 total=0
for f in "$x86"/edg/*.edg; do
  total=$((total + 1))
  if cmp -s "$f" "$arm/edg/$(basename "$f")"; then identical=$((identical + 1)); fi
done
[[ $total -gt 0 ]] || die "no annotation files written"
echo "annotation files byte-identical: $identical of $total"
dotnet run --file "$work/compare.cs" -- "$x86/edg" "$arm/edg" > "$work/compare.txt" 2> "$work/compare.err" \
  || { cat "$work/compare.err"; die "comparison failed"; }
head -n -1 "$work/compare.txt"
read -r beats differ unmatched < <(tail -n 1 "$work/compare.txt")
extra=""
[[ $unmatched -eq 0 ]] || extra=", $unmatched beats found on one side only"
[[ $beats -gt 0 ]] || die "no beats labelled"
echo "arm64 ($cpu) vs x86-64: $beats beats, $differ labels differ$extra (allowed: $maxPercent % = $(awk -v b="$beats" -v p="$maxPercent" 'BEGIN { print int(b * p / 100) }') beats)"
# Integer test: differ / beats <= maxPercent / 100, i.e. differ * 100 <= beats * maxPercent.
awk -v d="$differ" -v b="$beats" -v p="$maxPercent" -v u="$unmatched" 'BEGIN { exit !(u == 0 && d * 100 <= b * p) }'
