#!/usr/bin/env bash
# Throughput and memory of cytolens on a corpus folder, as a Markdown table.
#
#   scripts/benchmark.sh [CORPUS_DIR] [RUNS]      # default: ../shared/corpus if present, else corpus/; 5 runs
#   scripts/benchmark.sh --scale [CORPUS_DIR]     # peak RSS on the corpus x1 and x10 and on a generated
#                                                 # 30,000-record PubMed .xml.gz (scripts/make_pubmed_sample.py)
#
# Builds the release binary first (set CYTOLENS_BIN=path to time another binary and skip the build).
# Each row is the median of RUNS runs, timed with /usr/bin/time: wall seconds, CPU seconds
# (user + system) and peak resident memory. "input MB" is the total size of the files the folder
# walk reads (10^6 bytes); "docs" is the number of articles `cytolens text` writes. "parse only"
# is the readers alone (`cytolens text --parse-only`: read every article, write nothing).
# The start-up rows are the median wall time of 20 runs on a one-sentence standard input.
set -euo pipefail

cd "$(dirname "$0")/.."
scale=0
if [[ "${1:-}" == "--scale" ]]; then
    scale=1
    shift
fi
if [[ -n "${1:-}" ]]; then
    corpus=$1
elif [[ -d ../shared/corpus ]]; then
    corpus=../shared/corpus
else
    corpus=corpus
fi
runs=${2:-5}
[[ -d "$corpus" ]] || { echo "benchmark: $corpus is not a folder" >&2; exit 64; }

if [[ -z "${CYTOLENS_BIN:-}" ]]; then
    swift build -c release >&2
    bin=$(swift build -c release --show-bin-path)/cytolens
else
    bin=$CYTOLENS_BIN
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/cytolens-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The bytes of the files the folder walk reads: article extensions (optionally .gz), no hidden
# files or folders, links to files followed, links to folders not.
input_bytes() {
    find "$1" -mindepth 1 -name '.*' -prune -o \( -type f -o -type l \) -print0 \
        | grep -zaiE '\.(xml|nxml|html|htm|xhtml|txt|text|pubtator|bioc|jsonl)(\.gz)?$' \
        | xargs -0 -r stat -L --printf '%F %s\n' 2>/dev/null \
        | awk '$1 == "regular" { s += $NF } END { print s + 0 }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# time_runs N COMMAND...: runs COMMAND N times (output discarded); sets wall, cpu, rss (MiB) to the medians.
time_runs() {
    local n=$1
    shift
    : >"$work/times"
    for ((i = 0; i < n; i++)); do
        local status=0
        /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || status=$?
        # Status 1 means some inputs failed (they are listed on stderr); the others were processed.
        if [[ $status -gt 1 ]]; then
            echo "benchmark: '$*' exited with status $status:" >&2
            tail -5 "$work/stderr" >&2
            exit 1
        fi
        tail -1 "$work/time" >>"$work/times"
    done
    wall=$(awk '{ print $1 }' "$work/times" | median)
    cpu=$(awk '{ print $2 + $3 }' "$work/times" | median)
    rss=$(awk '{ printf "%.1f\n", $4 / 1024 }' "$work/times" | median)
}

row() { # label jobs mb docs
    local label=$1 jobs=$2 mb=$3 docs=$4
    awk -v l="$label" -v j="$jobs" -v mb="$mb" -v d="$docs" -v w="$wall" -v c="$cpu" -v r="$rss" 'BEGIN {
        printf "| %s | %s | %.1f | %d | %.2f | %.1f | %.0f | %.2f | %.1f | %.1f |\n",
            l, j, mb, d, w, mb / w, d / w, c, mb / c, r }'
}

# start_up COMMAND...: median wall milliseconds of 20 runs with one sentence on standard input.
start_up() {
    : >"$work/ms"
    for ((i = 0; i < 20; i++)); do
        local t0 t1
        t0=$(date +%s%N)
        echo "IL-6 promotes tumor growth in breast cancer." | "$@" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        echo $(((t1 - t0) / 1000)) >>"$work/ms"
    done
    awk '{ printf "%.1f\n", $1 / 1000 }' "$work/ms" | median
}

has_jobs() { "$bin" "$1" --help 2>&1 | grep -q -- '--jobs'; }

machine() {
    echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo); load average $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Binary: $bin ($("$bin" --version 2>/dev/null || echo '?'))."
}

if [[ $scale -eq 0 ]]; then
    bytes=$(input_bytes "$corpus")
    mb=$(awk -v b="$bytes" 'BEGIN { printf "%.3f", b / 1e6 }')
    docs=$("$bin" text --jobs 2 "$corpus" 2>/dev/null | wc -l || true)
    echo "## cytolens benchmark: $corpus ($mb MB, $docs documents), median of $runs runs"
    echo
    machine
    echo
    echo "| command | jobs | input MB | docs | wall s | MB/s | docs/s | CPU s | MB per CPU s | peak RSS MiB |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    for jobs in 1 2; do
        time_runs "$runs" "$bin" text --parse-only --jobs "$jobs" "$corpus"
        row "parse only (\`text --parse-only\`)" "$jobs" "$mb" "$docs"
    done
    for command in text tag; do
        for jobs in 1 2; do
            time_runs "$runs" "$bin" "$command" --jobs "$jobs" "$corpus"
            row "\`$command\`" "$jobs" "$mb" "$docs"
        done
    done
    if has_jobs graph; then
        for jobs in 1 2; do
            time_runs "$runs" "$bin" graph --jobs "$jobs" "$corpus"
            row "\`graph\`" "$jobs" "$mb" "$docs"
        done
    else
        time_runs "$runs" "$bin" graph "$corpus"
        row "\`graph\`" 1 "$mb" "$docs"
        echo "| \`graph\` | 2 | n/a (no \`--jobs\`) | | | | | | | |"
    fi
    echo
    echo "Start-up, median of 20 runs (one sentence on standard input):"
    echo
    echo "| command | wall ms |"
    echo "|---|---|"
    echo "| \`cytolens text -\` (no lexicon) | $(start_up "$bin" text --jobs 1 -) |"
    echo "| \`cytolens tag -\` | $(start_up "$bin" tag --jobs 1 -) |"
    if "$bin" lexicon check --help >/dev/null 2>&1; then
        echo "| \`cytolens lexicon check\` | $(start_up "$bin" lexicon check) |"
    fi
else
    scaled=$work/corpus-x10
    mkdir -p "$scaled"
    absolute=$(cd "$corpus" && pwd)
    for copy in 01 02 03 04 05 06 07 08 09 10; do cp -rs "$absolute" "$scaled/copy$copy"; done
    pubmed=$work/pubmed-30000.xml.gz
    python3 scripts/make_pubmed_sample.py "$pubmed" --records 30000 --seed 1 2>/dev/null
    xml_mb=$(gzip -dc "$pubmed" | wc -c | awk '{ printf "%.1f", $1 / 1e6 }')
    echo "## cytolens memory at scale (one run each)"
    echo
    machine
    echo
    echo "| input | MB | command | jobs | wall s | MB/s | CPU s | peak RSS MiB |"
    echo "|---|---|---|---|---|---|---|---|"
    for input in "$corpus" "$scaled" "$pubmed"; do
        case $input in
            "$corpus") name="corpus x1 ($corpus)"; mb=$(awk -v b="$(input_bytes "$corpus")" 'BEGIN { printf "%.1f", b / 1e6 }') ;;
            "$scaled") name="corpus x10"; mb=$(awk -v b="$(input_bytes "$scaled")" 'BEGIN { printf "%.1f", b / 1e6 }') ;;
            *) name="PubMed 30,000 records .xml.gz ($(awk -v b="$(stat -c %s "$pubmed")" 'BEGIN { printf "%.1f", b / 1e6 }') MB gzip'd)"; mb=$xml_mb ;;
        esac
        for command in "tag --jobs 1" "tag --jobs 2" "graph --jobs 1" "graph --jobs 2"; do
            # shellcheck disable=SC2086
            time_runs 1 "$bin" $command "$input"
            jobs=${command##* }
            awk -v n="$name" -v mb="$mb" -v c="\`${command%% *}\`" -v j="$jobs" -v w="$wall" -v u="$cpu" -v r="$rss" \
                'BEGIN { printf "| %s | %.1f | %s | %s | %.2f | %.1f | %.2f | %.1f |\n", n, mb, c, j, w, mb / w, u, r }'
        done
    done
    echo
    echo "MB for the PubMed file is uncompressed XML."
fi
