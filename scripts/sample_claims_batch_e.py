#!/usr/bin/env python3
"""List the candidate sentences of claim gold batch E, in the fixed order they were labelled in.

Usage (from the repository root):
    python3 scripts/sample_claims_batch_e.py [--corpus /work/shared/corpus] [--seed 7701]
                                             [--tsv corpus/gold/claims/claims.tsv]
                                             [--last-id c1428] [--text]

Batch E was meant to hold more claims than batches A-D, so every candidate names a cytokine (the
regex of scripts/sample_claims_batch.py) AND a tumour word (the TUMOUR regex there: tumour other
than "tumor necrosis", cancer, carcinoma, metastasis, malignant, leukaemia, lymphoma, melanoma,
myeloma, glioma, sarcoma, oncogene, neoplasm). Candidates come from these pools, each shuffled
with random.Random(seed) on its own and listed in this order (pool names as printed):
  * pubmed: sentences of <AbstractText> elements of pubmed/**/*.xml, split as in batch C, that
    name a cytokine and a tumour word;
  * fulltext: markup-free sentences of every jats/ and html/ file (not only those that INDEX.tsv
    counts a cancer term in), cut as in batch D, longer than 40 characters;
  * markup: sentences of <p>, <title>, <article-title>, <AbstractText> and <ArticleTitle>
    elements of the jats/, html/ and pubmed/ files that hold inline markup (italic, bold, sup, sub,
    xref, span, a ...; no block element, no unknown entity), cut at sentence-final punctuation
    followed by white space outside a tag; their text is the slice with tags removed and entities
    decoded, as the evaluator and the checker read it (pairs already in the two pools above are
    left out);
  * hoc: HoC lines with or without a hallmark label;
  * genia: GENIA sentences, split as in batch C;
  * biored: BioRED Train and Dev titles and abstract sentences (all positions);
  * craft: sentences of the CRAFT full texts (gold/craft/txt/*.txt, plain text), cut at
    sentence-final punctuation followed by a space and at line ends;
  * outcome: added after the pools above had been labelled and gave fewer than 120 rows: sentences
    of the fulltext and markup pools' files (jats/, html/, pubmed/; plain slices first, then markup
    slices not among them) that name a cytokine and an outcome word (batch D's OUTCOME regex) but
    no tumour word. Batch E takes this pool's first candidates in order until it has at least 120
    rows.
TCRE (gold/tcre) is not a pool: its licence says "do not redistribute".
Every pool leaves out sentences already in claims.tsv up to --last-id (c1428, the end of batch D),
so the list stays the same after batch E is added. Offsets are code points of the raw file read
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
from check_claims_gold import DEFAULT_TSV, ends_sentence, plain_text, starts_sentence  # noqa: E402
import sample_claims_batch  # noqa: E402
from sample_claims_batch import (CYTOKINE, DEFAULT_CORPUS, SENTENCE_END, TUMOUR,  # noqa: E402
                                 genia_candidates, hoc_candidates, labelled_sentences, pubmed_candidates)
from sample_claims_batch_d import FULLTEXT_CUT, OUTCOME, new_sentence  # noqa: E402


def outcome_only(found: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """Candidates that name an outcome word (batch D's OUTCOME) but no tumour word."""
    return [c for c in found if OUTCOME.search(c[3]) and not TUMOUR.search(c[3])]


def names_tumour(found: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    return [c for c in found if TUMOUR.search(c[3])]


def cut_candidates(corpus: Path, sources: list[str], cut: re.Pattern, seen: set,
                   topic: re.Pattern = TUMOUR) -> list[tuple[str, int, int, str]]:
    """Markup-free sentences of the given files that name a cytokine and a tumour word (or,
    with topic=OUTCOME, an outcome word)."""
    out = []
    for source in sources:
        with (corpus / source).open(encoding="utf-8", newline="") as f:
            doc = f.read()
        cuts = [0] + [m.end() for m in cut.finditer(doc)] + [len(doc)]
        for a, b in zip(cuts, cuts[1:]):
            found = new_sentence(doc, a, b, source, seen)
            if not found or len(found[3]) <= 40 or "<" in found[3] or "&" in found[3] or "\n" in found[3]:
                continue
            if CYTOKINE.search(found[3]) and topic.search(found[3]):
                out.append(found)
    return out


MARKUP_ELEMENT = re.compile(r"<(p|title|article-title|AbstractText|ArticleTitle)\b[^>]*>(.*?)</\1>", re.DOTALL)
INLINE_ONLY = re.compile(r"<(?!/?(italic|bold|sup|sub|sc|underline|xref|i|b|em|strong|span|a|ext-link)\b)")
MARKUP_CUT = re.compile(r"[.!?][)\]\"']*(?=\s)")
ENTITY_OK = re.compile(r"&(?!(amp|lt|gt|quot|apos|nbsp|#x[0-9a-fA-F]+|#[0-9]+);)")


def markup_candidates(corpus: Path, sources: list[str], seen: set,
                      topic: re.Pattern = TUMOUR) -> list[tuple[str, int, int, str]]:
    """Sentences inside <p>, title and abstract elements of markup files that may hold inline
    markup (italic, xref, sup ...; no block element, no unknown entity) and whose text, with tags
    removed and entities decoded (as the evaluator reads it), names a cytokine and a tumour word."""
    out = []
    for source in sources:
        with (corpus / source).open(encoding="utf-8", newline="") as f:
            doc = f.read()
        for m in MARKUP_ELEMENT.finditer(doc):
            begin, stop = m.span(2)
            cuts = [begin]
            for c in MARKUP_CUT.finditer(doc, begin, stop):
                inside_tag = doc.rfind("<", begin, c.start()) > doc.rfind(">", begin, c.start())
                if not inside_tag:
                    cuts.append(c.end())
            cuts.append(stop)
            for a, b in zip(cuts, cuts[1:]):
                piece = doc[a:b]
                raw = piece.strip()
                if not raw or "\n" in raw or INLINE_ONLY.search(raw) or ENTITY_OK.search(raw):
                    continue
                start = a + piece.index(raw)
                end = start + len(raw)
                if (source, start) in seen or not (starts_sentence(doc, start) and ends_sentence(doc, end)):
                    continue
                text = plain_text(raw)
                if len(text) > 40 and CYTOKINE.search(text) and topic.search(text):
                    out.append((source, start, end, text))
    return out


def biored_all(corpus: Path, seen: set) -> list[tuple[str, int, int, str]]:
    """BioRED titles and abstract sentences that name a cytokine and a tumour word."""
    out = []
    for name in ("Train.PubTator", "Dev.PubTator"):
        source = f"gold/biored/{name}"
        with (corpus / source).open(encoding="utf-8", newline="") as f:
            doc = f.read()
        offset = 0
        for line in doc.split("\n"):
            line_start = offset
            offset += len(line) + 1
            head = re.match(r"\d+\|[ta]\|", line)
            if not head:
                continue
            begin, stop = line_start + head.end(), line_start + len(line.rstrip("\r"))
            cuts = [begin] + [m.end() for m in SENTENCE_END.finditer(doc, begin, stop)] + [stop]
            for a, b in zip(cuts, cuts[1:]):
                found = new_sentence(doc, a, b, source, seen)
                if found and CYTOKINE.search(found[3]) and TUMOUR.search(found[3]):
                    out.append(found)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--tsv", type=Path, default=DEFAULT_TSV)
    ap.add_argument("--seed", type=int, default=7701)
    ap.add_argument("--last-id", default="c1428",
                    help="rows up to this id count as already labelled (c1428: before batch E)")
    ap.add_argument("--text", action="store_true", help="also print the sentence (reading only)")
    args = ap.parse_args()

    seen = labelled_sentences(args.tsv, args.last_id)
    fulltext = sorted(p.relative_to(args.corpus).as_posix()
                      for folder in ("jats", "html") for p in (args.corpus / folder).rglob("*")
                      if p.is_file() and p.suffix in (".xml", ".nxml", ".html", ".htm"))
    craft = sorted(p.relative_to(args.corpus).as_posix() for p in (args.corpus / "gold/craft/txt").glob("*.txt"))
    hoc = hoc_candidates(args.corpus, seen, hallmark=True) + hoc_candidates(args.corpus, seen, hallmark=False)
    hoc.sort(key=lambda c: (c[0], c[1]))
    pubmed = sorted(p.relative_to(args.corpus).as_posix() for p in (args.corpus / "pubmed").rglob("*.xml"))
    plain_pubmed = names_tumour(pubmed_candidates(args.corpus, seen))
    plain_fulltext = cut_candidates(args.corpus, fulltext, FULLTEXT_CUT, seen)
    plain_keys = {(c[0], c[1]) for c in plain_pubmed + plain_fulltext}
    plain_outcome = cut_candidates(args.corpus, fulltext, FULLTEXT_CUT, seen, OUTCOME)
    outcome_keys = {(c[0], c[1]) for c in plain_outcome}
    fulltext_outcome = plain_outcome + [c for c in markup_candidates(args.corpus, fulltext + pubmed, seen, OUTCOME)
                                        if (c[0], c[1]) not in outcome_keys]
    pools = (("pubmed", plain_pubmed),
             ("fulltext", plain_fulltext),
             ("markup", [c for c in markup_candidates(args.corpus, fulltext + pubmed, seen)
                         if (c[0], c[1]) not in plain_keys]),
             ("hoc", names_tumour(hoc)),
             ("genia", genia_candidates(args.corpus, seen)),
             ("biored", biored_all(args.corpus, seen)),
             ("craft", cut_candidates(args.corpus, craft, re.compile(r"[.!?][)\]\"']*(?= )|\n"), seen)),
             ("outcome", outcome_only(fulltext_outcome)))
    sample_claims_batch.print_pools(pools, args.seed, args.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
