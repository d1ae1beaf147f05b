#!/usr/bin/env python3
"""List the candidate sentences of claim gold batch C, in the fixed order they were labelled in.

Usage (from the repository root):
    python3 scripts/sample_claims_batch.py [--corpus /work/shared/corpus] [--seed 5501]
                                           [--tsv corpus/gold/claims/claims.tsv]
                                           [--last-id c0926] [--text]

Candidates come from four pools, each shuffled with random.Random(seed) on its own and listed
in this order (pool names as printed):
  * hoc: lines of gold/hoc/text/PMID.txt not yet in claims.tsv that name a cytokine and carry at
    least one hallmark label in gold/hoc/labels/PMID.txt (one "<"-terminated field per line);
  * pubmed: sentences of <AbstractText> elements of pubmed/**/*.xml (split at sentence-final
    punctuation followed by a space, kept only when the checker's sentence-boundary rules accept
    the slice and it holds no markup) that name a cytokine and are not yet in claims.tsv;
  * genia: sentences of gold/genia-ge/train/*.txt (split at sentence-final punctuation followed
    by a space, and at line ends) not yet in claims.tsv that name a cytokine and a tumour word
    ("tumor necrosis" does not count);
  * hoc_unlabelled: HoC lines as in the first pool but with no hallmark label.
Batch C is the first 199 candidates: all of hoc (52), pubmed (8) and genia (59), and hoc_unlabelled
ranks 0-79 (the first two pools are small because earlier batches took most cytokine lines).
"Not yet in claims.tsv" means not among rows up to --last-id (c0926, the end of batch B), so the
list stays the same after batch C is added.
Prints one TSV line per candidate: pool, rank, source, start, end (code-point offsets of the raw
file read with newline=""), and with --text the sentence itself (for reading only; never commit
it). Deterministic; standard library only; writes nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_claims_gold import DEFAULT_TSV, ends_sentence, starts_sentence  # noqa: E402

DEFAULT_CORPUS = Path(os.environ.get("CYTOLENS_CORPUS", "/work/shared/corpus"))

# Names that make a line a cytokine candidate (VEGF is not treated as a cytokine, as in batch A).
CYTOKINE = re.compile(
    r"\bIL-?\d|\binterleukin|\bTNF|\btumou?r necrosis factor|\bTGF-?(β|beta|\\u03b2)"
    r"|transforming growth factor[- ](β|beta)|\bIFN|\binterferon|\b(GM|G|M)-CSF\b"
    r"|colony[- ]stimulating factor|\bCXCL\d|\bCCL\d|\bSDF-1|\bMCP-1|\bRANTES\b|lymphotoxin"
    r"|oncostatin|\bLIF\b|\bTRAIL\b|\bRANKL\b|\bIP-10\b|\bMIP-1|osteopontin|\bMIF\b|erythropoietin"
    r"|\bEPO\b",
    re.IGNORECASE,
)
ABSTRACT = re.compile(r"<AbstractText[^>]*>(.*?)</AbstractText>", re.DOTALL)
SENTENCE_END = re.compile(r"[.!?][)\]\"']*(?= )")


def labelled_sentences(tsv: Path, last_id: str) -> set[tuple[str, int]]:
    """(source, start) of every real sentence in the gold set up to row last_id."""
    seen = set()
    with tsv.open(encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if cols[0] <= last_id and cols[2] != "written":
                seen.add((cols[2], int(cols[3])))
    return seen


def hoc_candidates(corpus: Path, seen: set, hallmark: bool,
                   names: re.Pattern = CYTOKINE) -> list[tuple[str, int, int, str]]:
    """HoC lines outside the set that name a cytokine (or what `names` matches), with
    (hallmark=True) or without a label."""
    out = []
    for text_path in sorted((corpus / "gold/hoc/text").glob("*.txt")):
        label_path = corpus / "gold/hoc/labels" / text_path.name
        if not label_path.is_file():
            continue
        with text_path.open(encoding="utf-8", newline="") as f:
            doc = f.read()
        labels = label_path.read_text(encoding="utf-8").split("<")
        source = f"gold/hoc/text/{text_path.name}"
        offset = 0
        for n, line in enumerate(doc.split("\n")):
            body = line.strip()
            start = offset + len(line) - len(line.lstrip())
            end = start + len(body)
            offset += len(line) + 1
            if not body or (source, start) in seen or n >= len(labels):
                continue
            if not (starts_sentence(doc, start) and ends_sentence(doc, end)):
                continue
            if bool(labels[n].strip()) == hallmark and names.search(body):
                out.append((source, start, end, body))
    return out


def pubmed_candidates(corpus: Path, seen: set) -> list[tuple[str, int, int, str]]:
    """Sentences of pubmed/**/*.xml abstracts outside the set that name a cytokine."""
    out = []
    for path in sorted((corpus / "pubmed").rglob("*.xml")):
        with path.open(encoding="utf-8", newline="") as f:
            doc = f.read()
        source = path.relative_to(corpus).as_posix()
        for m in ABSTRACT.finditer(doc):
            begin, stop = m.span(1)
            cuts = [begin] + [e.end() + 1 for e in SENTENCE_END.finditer(doc, begin, stop)] + [stop + 1]
            for start, after in zip(cuts, cuts[1:]):
                end = after - 1
                sentence = doc[start:end]
                if not sentence.strip() or (source, start) in seen:
                    continue
                if "<" in sentence or "&" in sentence or "\n" in sentence:
                    continue
                if not (starts_sentence(doc, start) and ends_sentence(doc, end)):
                    continue
                if CYTOKINE.search(sentence):
                    out.append((source, start, end, sentence))
    return out


TUMOUR = re.compile(r"tumou?r(?! necrosis)|cancer|carcinoma|metasta|malignan|leuka?emi|lymphoma|melanoma|myeloma"
                    r"|glioma|sarcoma|oncogen|neoplas", re.IGNORECASE)
GENIA_CUT = re.compile(r"[.!?][)\]\"']*(?= )|\n")


def genia_candidates(corpus: Path, seen: set) -> list[tuple[str, int, int, str]]:
    """Sentences of GENIA abstracts outside the set that name a cytokine and a tumour word."""
    out = []
    for path in sorted((corpus / "gold/genia-ge/train").glob("*.txt")):
        with path.open(encoding="utf-8", newline="") as f:
            doc = f.read()
        source = path.relative_to(corpus).as_posix()
        cuts = [0] + [m.end() for m in GENIA_CUT.finditer(doc)] + [len(doc)]
        for begin, stop in zip(cuts, cuts[1:]):
            sentence = doc[begin:stop].strip()
            if not sentence:
                continue
            start = begin + doc[begin:stop].index(sentence)
            end = start + len(sentence)
            if (source, start) in seen or "\n" in sentence:
                continue
            if not (starts_sentence(doc, start) and ends_sentence(doc, end)):
                continue
            if CYTOKINE.search(sentence) and TUMOUR.search(sentence):
                out.append((source, start, end, sentence))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--tsv", type=Path, default=DEFAULT_TSV)
    ap.add_argument("--seed", type=int, default=5501)
    ap.add_argument("--last-id", default="c0926",
                    help="rows up to this id count as already labelled (c0926: before batch C)")
    ap.add_argument("--text", action="store_true", help="also print the sentence (reading only)")
    args = ap.parse_args()

    seen = labelled_sentences(args.tsv, args.last_id)
    pools = (("hoc", hoc_candidates(args.corpus, seen, hallmark=True)),
             ("pubmed", pubmed_candidates(args.corpus, seen)),
             ("genia", genia_candidates(args.corpus, seen)),
             ("hoc_unlabelled", hoc_candidates(args.corpus, seen, hallmark=False)))
    print_pools(pools, args.seed, args.text)
    return 0


def print_pools(pools, seed: int, with_text: bool) -> None:
    """Shuffles each pool on its own with random.Random(seed) and prints its candidates in order."""
    for pool, found in pools:
        random.Random(seed).shuffle(found)
        for rank, (source, start, end, sentence) in enumerate(found):
            cols = [pool, str(rank), source, str(start), str(end)]
            if with_text:
                cols.append(sentence)
            print("\t".join(cols))


if __name__ == "__main__":
    sys.exit(main())
