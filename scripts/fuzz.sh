#!/usr/bin/env bash
# Fuzzes one cytolens target with libFuzzer and AddressSanitizer.
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
#   scripts/fuzz.sh --build-only
#
# TARGET is jats, pubmed, bioc, pubtator, html, text (one reader each), tag (format detection,
# gunzip, the detected reader and the whole tag pipeline) or file (the same from a file on disk,
# as the CLI reads it: PubMed and BioC streamed, gzip decompressed as it is read). The build goes to .build-fuzz (release,
# -DFUZZING); seeds are the files of corpus/ for that target, copied into a temporary corpus
# folder (plus a gzip'd copy for tag). A crashing input is saved under .build-fuzz/crashes/TARGET/
# and the script exits non-zero; replay it without libFuzzer with
#   swift build --product cytolens-fuzz && CYTOLENS_FUZZ_TARGET=TARGET .build/debug/cytolens-fuzz FILE
# Set CYTOLENS_FUZZ_CORPUS=DIR to keep the grown corpus in DIR between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

build() {
  # SwiftPM's --sanitize=fuzzer links libFuzzer's main; the -Xswiftc flag is what instruments the
  # code (two separate --sanitize options reach the compiler as two -sanitize= flags, and the
  # last one wins, which would drop the coverage instrumentation).
  swift build --scratch-path .build-fuzz -c release --product cytolens-fuzz \
    --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 |
    grep -v "Cannot export local symbol" || true
  test -x .build-fuzz/release/cytolens-fuzz
}

if [ "${1:-}" = "--build-only" ]; then
  build
  exit 0
fi
if [ $# -lt 2 ]; then
  echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]" >&2
  exit 64
fi
target=$1
seconds=$2
shift 2

case "$target" in
  jats) seeds=(corpus/jats) ;;
  pubmed) seeds=(corpus/pubmed) ;;
  bioc) seeds=(corpus/bioc) ;;
  pubtator) seeds=(corpus/pubtator) ;;
  html) seeds=(corpus/html) ;;
  text) seeds=(corpus/text corpus/gold/claims/README.md) ;;
  tag | file) seeds=(corpus) ;;
  *)
    echo "fuzz: unknown target '$target' (jats, pubmed, bioc, pubtator, html, text, tag, file)" >&2
    exit 64
    ;;
esac

# CYTOLENS_FUZZ_NO_BUILD=1 reuses the last build (several runs in a row while the sources change).
[ "${CYTOLENS_FUZZ_NO_BUILD:-}" = 1 ] || build

work=$(mktemp -d "${TMPDIR:-/tmp}/cytolens-fuzz-$target.XXXXXX")
trap 'rm -rf "$work"' EXIT
corpus_dir=${CYTOLENS_FUZZ_CORPUS:-$work/corpus}
mkdir -p "$corpus_dir" ".build-fuzz/crashes/$target"
for seed in "${seeds[@]}"; do
  [ -e "$seed" ] || continue
  # Seeds of a few hundred KiB slow every mutation down; libFuzzer finds depth on its own.
  find "$seed" -type f -size -256k -print0 | while IFS= read -r -d '' file; do
    name=$(printf '%s' "$file" | tr '/ ' '__')
    cp "$file" "$corpus_dir/$name"
    if [ "$target" = tag ] || [ "$target" = file ]; then gzip -c "$file" >"$corpus_dir/$name.gz"; fi
  done
done
dict=()
case "$target" in
  jats | pubmed | bioc | html | tag | file) dict=(-dict=scripts/fuzz/markup.dict) ;;
esac

echo "fuzz: $target for ${seconds}s, $(find "$corpus_dir" -type f | wc -l) seed files"
CYTOLENS_FUZZ_TARGET=$target SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 \
  .build-fuzz/release/cytolens-fuzz "$corpus_dir" "${dict[@]}" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix=".build-fuzz/crashes/$target/" "$@"
