#!/usr/bin/env python3
"""Split the dev rows of the claim gold set into two fixed halves, TUNE and CHECK.

A sentence goes to one half as a whole: the key is "source:start" for a real sentence and the
sentence text for a written one; the half is the parity of the first byte of the key's SHA-1
(even: tune, odd: check). The split was fixed before any error was read (docs/claims-design.md,
"Generalization round 5"). Only dev rows are written; test rows are never touched.

The halves split sentences, not documents, so most CHECK sentences share their article with TUNE
sentences whose errors were read. `--unshared` keeps only the CHECK rows whose document has no
TUNE row (real rows; written sentences have no document): the CHECK rows that say most about
unseen articles (docs/claims-design.md, "Round 8").

    python3 scripts/claims_halves.py tune  > /tmp/tune.tsv
    python3 scripts/claims_halves.py check --real-only > /tmp/check-real.tsv
    python3 scripts/claims_halves.py check --unshared > /tmp/check-unshared.tsv
    cytolens eval claims --gold /tmp/tune.tsv --split dev

Standard library only.
"""

import argparse
import hashlib
import sys


def half_of(row):
    """'tune' or 'check' for a gold row (a dict of the TSV's columns)."""
    key = row["text"] if row["source"] == "written" else f"{row['source']}:{row['start']}"
    return "tune" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("half", choices=["tune", "check"])
    parser.add_argument("--gold", default="corpus/gold/claims/claims.tsv")
    parser.add_argument("--real-only", action="store_true", help="leave out written sentences")
    parser.add_argument(
        "--unshared",
        action="store_true",
        help="real rows only, and only those whose document has no row in the other half",
    )
    args = parser.parse_args()
    with open(args.gold, encoding="utf-8", newline="") as handle:
        lines = handle.read().split("\n")
    header = lines[0].split("\t")
    rows = [(line, dict(zip(header, line.split("\t")))) for line in lines[1:] if line]
    dev = [(line, row) for line, row in rows if row["split"] == "dev"]
    other_documents = {row["source"] for _, row in dev if half_of(row) != args.half}
    out = [lines[0]]
    for line, row in dev:
        if half_of(row) != args.half:
            continue
        if (args.real_only or args.unshared) and row["source"] == "written":
            continue
        if args.unshared and row["source"] in other_documents:
            continue
        out.append(line)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
