#!/usr/bin/env python3
"""List the candidate sentences of claim gold batch D, in the fixed order they were labelled in.

Usage (from the repository root):
    python3 scripts/sample_claims_batch_d.py [--corpus /work/shared/corpus] [--seed 6601]
                                             [--tsv corpus/gold/claims/claims.tsv]
                                             [--last-id c1172] [--text]

Batch D was meant to hold more claims than batches A-C (mostly `none`), so every pool asks for a
sentence that names a cytokine (the regex of scripts/sample_claims_batch.py) AND an outcome word
(tumour growth, proliferation, metastasis, invasion, apoptosis, survival, prognosis, angiogenesis,
immunity ...). The corpus holds few such sentences that are not yet in the set, so the pools are
small; candidates come from five pools, each shuffled with random.Random(seed) on its own and
listed in this order (pool names as printed):
  * biored: the second and later sentences of the abstracts ("PMID|a|" lines) of
    gold/biored/Train.PubTator and gold/biored/Dev.PubTator (split at sentence-final punctuation
    followed by a space);
  * hoc: lines of gold/hoc/text/*.txt, with or without a hallmark label;
  * fulltext: sentences of the jats/ and html/ files that INDEX.tsv counts at least one cytokine
    and one cancer term in, cut at sentence-final punctuation, at ">" and at line ends, kept only
    when the raw slice holds no markup or entity, is longer than 40 characters and also names a
    cancer word (tumour other than "tumor necrosis", cancer, carcinoma, metastasis, leukaemia ...);
  * genia: sentences of gold/genia-ge/train/*.txt, split as in batch C (the batch C GENIA pool
    asked for a cancer word instead of an outcome word);
  * biored_leading: the BioRED titles ("PMID|t|" lines) and the first sentence of each abstract,
    added last, after the checker learnt that a slice right after a PubTator prefix starts a
    sentence (so the first four pools keep the order they were labelled in).
(pubmed/ abstracts are not a pool: no sentence there that names a cytokine and an outcome word
is left.)
Every pool leaves out sentences already in claims.tsv up to --last-id (c1172, the end of batch C),
so the list stays the same after batch D is added. Offsets are code points of the raw file read
with newline="", and every slice passes the checker's sentence-boundary rules.
Prints one TSV line per candidate: pool, rank, source, start, end, and with --text the sentence
itself (for reading only; never commit it). Deterministic; standard library only; writes nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_claims_gold import DEFAULT_TSV, ends_sentence, starts_sentence  # noqa: E402
import sample_claims_batch  # noqa: E402
from sample_claims_batch import (CYTOKINE, DEFAULT_CORPUS, SENTENCE_END, TUMOUR,  # noqa: E402
                                 genia_candidates, hoc_candidates, labelled_sentences)

OUTCOME = re.compile(
    r"tumou?r(?! necrosis)|cancer|carcinoma|growth|prolifer|metasta|invasi|invade|migrat|apoptos"
    r"|apoptot|surviv|prognos|angiogen|immunity|antitumou?r|anti-tumou?r|cytotox|regress|malignan"
    r"|resist|stem|epithelial.mesenchymal|EMT\b",
    re.IGNORECASE,
)


def biored_candidates(corpus: Path, seen: set, leading: bool) -> list[tuple[str, int, int, str]]:
    """Sentences of BioRED abstracts that name a cytokine and an outcome word.

    leading=False: the second and later sentences of each abstract; leading=True: the titles and
    the first sentence of each abstract (they follow the "PMID|t|" / "PMID|a|" prefix).
    """
    out = []
    for name in ("Train.PubTator", "Dev.PubTator"):
        source = f"gold/biored/{name}"
        with (corpus / source).open(encoding="utf-8", newline="") as f:
            doc = f.read()
        offset = 0
        for line in doc.split("\n"):
            line_start = offset
            offset += len(line) + 1
            head = re.match(r"\d+\|([ta])\|", line)
            if not head or (head.group(1) == "t" and not leading):
                continue
            begin, stop = line_start + head.end(), line_start + len(line.rstrip("\r"))
            cuts = [begin] + [m.end() for m in SENTENCE_END.finditer(doc, begin, stop)] + [stop]
            for n, (a, b) in enumerate(zip(cuts, cuts[1:])):
                if (n == 0) != leading:
                    continue
                found = new_sentence(doc, a, b, source, seen)
                if found and CYTOKINE.search(found[3]) and OUTCOME.search(found[3]):
                    out.append(found)
    return out


def new_sentence(doc: str, a: int, b: int, source: str, seen: set) -> tuple[str, int, int, str] | None:
    """The stripped slice doc[a:b] as (source, start, end, text), if it is not empty, not yet in
    the set and starts and ends at a sentence boundary the checker accepts."""
    piece = doc[a:b]
    sentence = piece.strip()
    if not sentence:
        return None
    start = a + piece.index(sentence)
    end = start + len(sentence)
    if (source, start) in seen or not (starts_sentence(doc, start) and ends_sentence(doc, end)):
        return None
    return (source, start, end, sentence)


FULLTEXT_CUT = re.compile(r"[.!?][)\]\"']*(?= )|[>\n]")


def fulltext_candidates(corpus: Path, seen: set) -> list[tuple[str, int, int, str]]:
    """Plain-text sentences of cancer-related JATS and HTML files that name a cytokine and an outcome."""
    out = []
    with (corpus / "INDEX.tsv").open(encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    for row in sorted(rows):
        if row[1] not in ("jats", "html") or not (row[8].isdigit() and row[9].isdigit()):
            continue
        if int(row[8]) < 1 or int(row[9]) < 1:
            continue
        source = row[0]
        with (corpus / source).open(encoding="utf-8", newline="") as f:
            doc = f.read()
        cuts = [0] + [m.end() for m in FULLTEXT_CUT.finditer(doc)] + [len(doc)]
        for a, b in zip(cuts, cuts[1:]):
            found = new_sentence(doc, a, b, source, seen)
            if not found or len(found[3]) <= 40 or "<" in found[3] or "&" in found[3]:
                continue
            if CYTOKINE.search(found[3]) and TUMOUR.search(found[3]) and OUTCOME.search(found[3]):
                out.append(found)
    return out


def with_outcome(found: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    return [c for c in found if OUTCOME.search(c[3])]


def genia_outcome_candidates(corpus: Path, seen: set) -> list[tuple[str, int, int, str]]:
    """GENIA sentences outside the set that name a cytokine and an outcome word."""
    cancer_word = sample_claims_batch.TUMOUR
    sample_claims_batch.TUMOUR = OUTCOME  # the batch C splitter, asking for an outcome word
    try:
        return genia_candidates(corpus, seen)
    finally:
        sample_claims_batch.TUMOUR = cancer_word


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--tsv", type=Path, default=DEFAULT_TSV)
    ap.add_argument("--seed", type=int, default=6601)
    ap.add_argument("--last-id", default="c1172",
                    help="rows up to this id count as already labelled (c1172: before batch D)")
    ap.add_argument("--text", action="store_true", help="also print the sentence (reading only)")
    args = ap.parse_args()

    seen = labelled_sentences(args.tsv, args.last_id)
    hoc = hoc_candidates(args.corpus, seen, hallmark=True) + hoc_candidates(args.corpus, seen, hallmark=False)
    hoc.sort(key=lambda c: (c[0], c[1]))
    pools = (("biored", biored_candidates(args.corpus, seen, leading=False)),
             ("hoc", with_outcome(hoc)),
             ("fulltext", fulltext_candidates(args.corpus, seen)),
             ("genia", genia_outcome_candidates(args.corpus, seen)),
             ("biored_leading", biored_candidates(args.corpus, seen, leading=True)))
    sample_claims_batch.print_pools(pools, args.seed, args.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
