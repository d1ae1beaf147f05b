#!/usr/bin/env python3
"""Write cytolens's cytokine names in the peer taggers' lexicon format, for side-by-side timing.

The peer benchmarks (../shared/bench/peers) read a TSV with one name variant per row:
`id<TAB>name`, no header. This writes the rows of lexicon/names.tsv whose kind is `cytokine`
(by default), with the target symbol as the id, in file order, so that the peers and
`cytolens tag` match the same names.

    python3 scripts/export_peer_lexicon.py [--lexicon lexicon] [--kind cytokine ...] > names.tsv

The peers match every name case-insensitively; cytolens honours the `case` column and the
`needs_context` flag, so the peers will find some mentions cytolens rejects (`APRIL` the month).
`--skip-flag needs_context` leaves such names out.
"""
import argparse
import csv
import os
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lexicon", default=os.path.join(os.path.dirname(__file__), "..", "lexicon"),
                        help="the lexicon folder (default: the repository's lexicon/)")
    parser.add_argument("--kind", action="append", choices=["cytokine", "group", "receptor"],
                        help="kinds of names to write (default: cytokine); repeat for several")
    parser.add_argument("--skip-flag", action="append", default=[],
                        help="leave out names carrying this flag (e.g. needs_context); repeatable")
    args = parser.parse_args()
    kinds = set(args.kind or ["cytokine"])
    written = 0
    with open(os.path.join(args.lexicon, "names.tsv"), encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            flags = set(filter(None, (row.get("flags") or "").split("|")))
            if row["kind"] not in kinds or flags & set(args.skip_flag):
                continue
            name = row["name"].strip()
            if not name or "\t" in name or "\n" in name:
                continue
            sys.stdout.write(f"{row['target']}\t{name}\n")
            written += 1
    print(f"{written} names", file=sys.stderr)


if __name__ == "__main__":
    main()
