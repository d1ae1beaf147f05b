#!/usr/bin/env python3
"""List the candidate sentences of claim gold batch G, in the fixed order they were labelled in.

Usage (from the repository root):
    python3 scripts/sample_claims_batch_g.py [--corpus /work/shared/corpus] [--seed 9901]
                                             [--tsv corpus/gold/claims/claims.tsv]
                                             [--last-id c1631] [--text]

Batches A-F drew on the cytokine regex of scripts/sample_claims_batch.py, which leaves out the
growth factors of the lexicon (VEGF, EGF, FGF, PDGF, IGF, HGF, PlGF, TGF-alpha, leptin ...), and
their pools were used up. Batch G reads the one large pool left: HoC lines (gold/hoc/text, one
sentence per line, all from cancer abstracts) outside the gold set that name a cytokine by that
regex or a growth-factor ligand by GROWTH_FACTOR below. A name followed by "R", "receptor" or
"receptors" is a receptor, not a ligand, and does not make a line a candidate on its own.
The lines are shuffled with random.Random(seed). Every line passes the checker's sentence-boundary
rules.

Prints one TSV line per candidate: rank, source, start, end, and with --text the sentence itself
(for reading only; never commit it). Deterministic; standard library only; writes nothing.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_claims_gold import DEFAULT_TSV  # noqa: E402
from sample_claims_batch import CYTOKINE, DEFAULT_CORPUS, hoc_candidates, labelled_sentences  # noqa: E402

GROWTH_FACTOR = re.compile(
    r"\b(VEGF(-?[A-D])?|vascular endothelial growth factor|[ab]?FGF-?\d*|fibroblast growth factor"
    r"|PDGF(-?[A-D]{1,2})?|platelet-derived growth factor|IGF-?(I|II|1|2)?"
    r"|insulin-like growth factor(-?(I|II|1|2))?|HB-EGF|EGF|epidermal growth factor|HGF"
    r"|hepatocyte growth factor|PlGF|placental growth factor|TGF-?(α|alpha)"
    r"|transforming growth factor[- ](α|alpha)|OPN|leptin|amphiregulin|angiopoietin-?\d?"
    r"|BMP-?\d+|bone morphogenetic protein-?\d*|GDF-?\d+|midkine|heregulin|neuregulin|NRG-?1"
    r"|adiponectin)\b(?![- ]?(R\b|Rs\b|receptors?\b))",
    re.IGNORECASE,
)


NAMES = re.compile(f"{CYTOKINE.pattern}|{GROWTH_FACTOR.pattern}", re.IGNORECASE)


def hoc_lines(corpus: Path, seen: set) -> list[tuple[str, int, int, str]]:
    """HoC lines outside the gold set that name a cytokine or a growth-factor ligand, in file
    order (the lines with a hallmark label and those without, merged)."""
    found = hoc_candidates(corpus, seen, True, NAMES) + hoc_candidates(corpus, seen, False, NAMES)
    return sorted(found, key=lambda c: (c[0], c[1]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--tsv", type=Path, default=DEFAULT_TSV)
    ap.add_argument("--seed", type=int, default=9901)
    ap.add_argument("--last-id", default="c1631",
                    help="leave out the sentences of rows up to this id (default: the end of batch F)")
    ap.add_argument("--text", action="store_true", help="also print each sentence (for reading only)")
    args = ap.parse_args()
    seen = labelled_sentences(args.tsv, args.last_id)
    found = hoc_lines(args.corpus, seen)
    random.Random(args.seed).shuffle(found)
    for rank, (source, start, end, text) in enumerate(found):
        cols = [str(rank), source, str(start), str(end)] + ([text] if args.text else [])
        print("\t".join(cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
