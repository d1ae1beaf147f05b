#!/usr/bin/env python3
"""Validate the hand-labelled claim gold set corpus/gold/claims/claims.tsv and print its label counts.

Usage (from the repository root):
    python3 scripts/check_claims_gold.py [--tsv corpus/gold/claims/claims.tsv]
                                          [--corpus /work/shared/corpus] [--quiet]

Checks:
  * header and column count; ids c0001, c0002, ... in order; no duplicate (sentence, cytokine) pair;
  * labels: split in {dev, test}, polarity in {pro_tumor, anti_tumor, context_dependent, none},
    negated/hedged in {yes, no}, kind a lower-case tag;
  * exactly one third of the rows up to c1428 (batches up to D) are test (total // 3, or
    round(total / 3) when total is not a multiple of 3); batch E (c1429 ... c1551) is all dev;
    batch F (c1552 ... c1631) is all test; a third of the rows of batch G (c1632 ... c1882) and
    of batch H (c1883 on), each rounded up, are test; at least one third of the rows of the whole file are test (again, since batch F);
    and no sentence has rows in both splits;
  * real sentences (source != written): the file exists under the corpus root, start/end are
    code point offsets inside it, text is empty, the slice holds no line break and starts and ends
    at a sentence boundary (the start of a line, or of a PubTator title or abstract after its
    "PMID|t|" / "PMID|a|" prefix, or of a <p>, <title>, <article-title>, <AbstractText> or
    <ArticleTitle> element, counts as one; so does an end right before such an element closes);
    a slice of a markup file with inline markup is read as the evaluator reads it, tags removed
    and entities decoded; written sentences: start/end empty, text present, ends with . ! or ?;
  * cytokine is a known id (built-in table below; also checked against lexicon/cytokines.tsv and
    lexicon/groups.tsv when present) and one of its names appears in the sentence, after
    normalisation (case, Greek letters, literal \\uXXXX escapes, punctuation and spaces removed).
Exit status 1 on any error. Writes nothing. Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import html
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_TSV = REPO / "corpus" / "gold" / "claims" / "claims.tsv"
DEFAULT_CORPUS = Path(os.environ.get("CYTOLENS_CORPUS", "/work/shared/corpus"))

HEADER = ["id", "split", "source", "start", "end", "text", "cytokine", "polarity", "negated", "hedged", "kind"]
POLARITIES = ("pro_tumor", "anti_tumor", "context_dependent", "none")
YES_NO = ("yes", "no")
# The test split is a third of the rows up to this id (batches up to D, split by SHA-1 order).
LAST_SPLIT_ID = "c1428"
# Batch E is dev only, added to measure generalization before a round of rule changes.
DEV_ONLY_IDS = ("c1429", "c1551")
# Batch F is test only, added to bring the test share of the whole file back to at least one third
# (corpus/gold/claims/README.md).
TEST_ONLY_IDS = ("c1552", "c1631")
# Batches G and H (HoC lines that name growth factors, ranks 0-239 and 240-548 of one candidate
# list) are each split on their own: a third of a batch's rows (rounded up) are test.
SELF_SPLIT_BATCHES = {"G": ("c1632", "c1882"), "H": ("c1883", "c9999")}

# Names that count as "the cytokine appears in the sentence". Deliberately loose (substring match
# after normalisation): this is a sanity check against typos in the cytokine column, not a tagger.
# Receptor-trap rows (IL-6R, IFNGR1, TNFR2 ...) pass because the ligand name is part of the receptor.
ALIASES: dict[str, list[str]] = {
    "IL1": ["IL-1", "interleukin-1"],
    "IL1A": ["IL-1alpha", "IL-1a", "interleukin-1 alpha"],
    "IL1B": ["IL-1beta", "IL-1b", "interleukin-1 beta", "IL1B"],
    "IL1RN": ["IL-1 receptor antagonist", "IL-1Ra", "interleukin-1 receptor antagonist", "IL1RN"],
    "IL2": ["IL-2", "interleukin-2", "interleukin 2"],
    "IL3": ["IL-3", "interleukin-3"],
    "IL4": ["IL-4", "interleukin-4"],
    "IL5": ["IL-5", "interleukin-5"],
    "IL6": ["IL-6", "interleukin-6", "IL6"],
    "IL7": ["IL-7", "interleukin-7"],
    "IL10": ["IL-10", "interleukin-10"],
    "IL11": ["IL-11", "interleukin-11"],
    "IL12": ["IL-12", "interleukin-12"],
    "IL13": ["IL-13", "interleukin-13", "interleukin 13", "IL13"],
    "IL12B": ["IL-12p40", "IL-12B"],
    "IL15": ["IL-15", "interleukin-15"],
    "IL16": ["IL-16", "interleukin-16"],
    "IL17": ["IL-17", "interleukin-17"],
    "IL17A": ["IL-17A", "interleukin-17A"],
    "IL17F": ["IL-17F", "interleukin-17F", "IL17F"],
    "IL18": ["IL-18", "interleukin-18", "interleukin 18"],
    "IL20": ["IL-20", "interleukin-20"],
    "IL21": ["IL-21", "interleukin-21", "interleukin 21"],
    "IL22": ["IL-22", "interleukin-22"],
    "IL23": ["IL-23", "interleukin-23"],
    "IL24": ["IL-24", "interleukin-24", "MDA-7"],
    "IL27": ["IL-27", "interleukin-27"],
    "IL33": ["IL-33", "interleukin-33"],
    "IL35": ["IL-35", "interleukin-35"],
    "IFNG": ["IFN-gamma", "IFNG", "interferon-gamma", "gamma-interferon", "gamma-IFN", "gammaIFN"],
    "IFNA": ["IFN-alpha", "interferon-alpha", "IFNA"],
    "IFNA8": ["IFNA8"],
    "IFNA2": ["IFN-alpha2", "interferon-alpha2"],
    "IFNB1": ["IFN-beta", "interferon-beta", "beta-interferon", "fibroblast interferon"],
    "IFN_TYPE_I": ["type I IFN", "type I interferon", "IFN-alpha/beta", "interferon-alpha/beta", "IFN-I",
                   "interferon type 1"],
    "IFNL2": ["IL-28A", "interleukin-28A", "IFN-lambda2"],
    "TNF": ["TNF", "tumor necrosis factor", "tumour necrosis factor"],
    "LTA": ["lymphotoxin", "LTA", "TNF-beta"],
    "TNFSF10": ["TRAIL", "TNF-related apoptosis-inducing ligand", "Apo2L", "TNFSF10",
                "necrosis factor-related apoptosis-inducing ligand"],
    "TNFSF11": ["RANKL", "TNFSF11"],
    "TGFB": ["TGF-beta", "transforming growth factor-beta", "TGFB"],
    "TGFB1": ["TGF-beta1", "transforming growth factor-beta1", "TGF-beta I", "TGFB1"],
    "TGFB2": ["TGFB2", "TGF-beta2", "transforming growth factor-beta2", "transforming growth factor beta 2"],
    "TGFB3": ["TGF-beta3", "transforming growth factor-beta3"],
    "CXCL8": ["IL-8", "interleukin-8", "CXCL8"],
    "CCL1": ["CCL1", "I-309"],
    "CCL2": ["CCL2", "MCP-1", "monocyte chemoattractant protein-1", "monocyte chemotactic protein-1"],
    "CCL3": ["CCL3", "MIP-1alpha"],
    "CCL4": ["CCL4", "MIP-1beta"],
    "CCL5": ["CCL5", "RANTES"],
    "CCL8": ["CCL8", "MCP-2"],
    "CCL18": ["CCL18"],
    "CCL20": ["CCL20", "MIP-3alpha"],
    "CCL21": ["CCL21"],
    "CCL22": ["CCL22", "MDC"],
    "CXCL1": ["CXCL1", "GRO-alpha", "KC"],
    "CXCL2": ["CXCL2", "MIP-2"],
    "CXCL6": ["CXCL6"],
    "CXCL9": ["CXCL9", "MIG"],
    "CXCL10": ["CXCL10", "IP-10"],
    "CXCL11": ["CXCL11", "I-TAC"],
    "CXCL12": ["CXCL12", "SDF-1", "stromal cell-derived factor-1"],
    "CXCL14": ["CXCL14", "BRAK"],
    "CSF1": ["M-CSF", "CSF-1", "macrophage colony stimulating factor", "macrophage-colony-stimulating factor"],
    "CSF2": ["GM-CSF", "granulocyte-macrophage colony-stimulating factor",
             "granulocyte-macrophage colony-simulating factor"],
    "CSF3": ["G-CSF", "granulocyte colony-stimulating factor"],
    "EPO": ["EPO", "erythropoietin"],
    "LIF": ["LIF", "leukemia inhibitory factor"],
    "OSM": ["oncostatin M", "OSM"],
    "SPP1": ["osteopontin", "OPN", "SPP1"],
    "MIF": ["MIF", "migration inhibitory factor"],
    # Added with the full-text (JATS) rows: adipokines and growth factors the tagger also names.
    "LEP": ["leptin"],
    "ADIPOQ": ["adiponectin"],
    "IGF1": ["IGF-1", "insulin-like growth factor-1", "IGF-I", "insulin-like growth factor I", "IGF"],
    "VEGFA": ["VEGF", "vascular endothelial growth factor"],
    # Added with batch G (HoC lines that name growth factors).
    "VEGFC": ["VEGF-C", "vascular endothelial growth factor C"],
    "VEGFD": ["VEGF-D", "vascular endothelial growth factor D"],
    "EGF": ["EGF", "epidermal growth factor"],
    "HBEGF": ["HB-EGF", "heparin-binding EGF"],
    "FGF1": ["FGF-1", "FGF1", "aFGF", "acidic fibroblast growth factor", "fibroblast growth factor 1"],
    "FGF2": ["FGF-2", "FGF2", "bFGF", "basic fibroblast growth factor", "fibroblast growth factor 2", "basic FGF"],
    "HGF": ["HGF", "hepatocyte growth factor"],
    "IGF2": ["IGF-2", "IGF-II", "insulin-like growth factor II", "insulin-like growth factor 2"],
    "PGF": ["PlGF", "PGF", "placental growth factor"],
    "TGFA": ["TGF-alpha", "transforming growth factor alpha", "transforming growth factor-alpha"],
    "AREG": ["amphiregulin", "AREG", "AR"],  # "AR" where an abstract abbreviates amphiregulin so
    "ANGPT1": ["angiopoietin-1", "Ang1", "Ang-1"],
    "ANGPT2": ["angiopoietin-2", "Ang2", "Ang-2", "angiopoietin1/2"],
    "GDF15": ["GDF-15", "GDF15"],
    "BMP6": ["BMP-6", "BMP6"],
    "BMP7": ["BMP-7", "BMP7"],
    "PDGF_BB": ["PDGF-BB", "platelet-derived growth factor BB"],
    "NRG1": ["heregulin", "neuregulin", "NRG1", "NRG-1"],
}

GREEK = {"α": "alpha", "⍺": "alpha", "β": "beta", "ß": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon",
         "κ": "kappa", "λ": "lambda", "ω": "omega"}
ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")  # some HoC files hold literal "\u03b2" text
NON_ALNUM = re.compile(r"[^a-z0-9]+")


def normalise(text: str) -> str:
    text = ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    text = "".join(GREEK.get(ch, ch) for ch in text)
    return NON_ALNUM.sub("", text.lower())


ALIAS_KEYS = {cid: [normalise(name) for name in names] for cid, names in ALIASES.items()}


def lexicon_ids() -> set[str] | None:
    """Cytokine symbols and group ids from lexicon/, or None when the lexicon is absent."""
    ids: set[str] = set()
    for name in ("cytokines.tsv", "groups.tsv"):
        path = REPO / "lexicon" / name
        if not path.exists():
            return None
        with path.open(encoding="utf-8") as f:
            rows = csv.reader((line for line in f if not line.startswith("#")), delimiter="\t")
            next(rows, None)
            ids.update(row[0] for row in rows if row)
    return ids


PUBTATOR_PREFIX = re.compile(r"(^|\n)\d+\|[ta]\|$")


TAG = re.compile(r"<[^>]*>")
OPENING_BLOCK = re.compile(r"<(p|title|article-title|AbstractText|ArticleTitle)\b[^>]*>$")
CLOSING_BLOCK = re.compile(r"</(p|title|article-title|AbstractText|ArticleTitle)>")


def plain_text(raw: str) -> str:
    """A markup file's slice as the evaluator reads it: tags removed, entities decoded
    (a slice with no markup and no "&" is returned as it is)."""
    if "<" not in raw and "&" not in raw:
        return raw
    return html.unescape(TAG.sub("", raw)).replace("\u00a0", " ")


def starts_sentence(doc: str, start: int) -> bool:
    if start == 0:
        return True
    if OPENING_BLOCK.search(doc[max(0, start - 200):start]):  # right after <p>, <title> ... in markup
        return True
    if doc[start].isspace():
        return False
    before = doc[:start].rstrip(" \t")
    if before == "" or before.endswith("\n"):
        return True
    if PUBTATOR_PREFIX.search(before[-40:]):  # a title or abstract right after "PMID|t|" / "PMID|a|"
        return True
    if len(before) == start:  # no whitespace between the previous text and the sentence
        return False
    return before.rstrip(")]\"'")[-1:] in (".", "!", "?")


def ends_sentence(doc: str, end: int) -> bool:
    if doc[end - 1].isspace():
        return False
    after = doc[end:]
    if CLOSING_BLOCK.match(after):  # right before </p>, </title> ... in markup
        return True
    if after and not after[0].isspace():
        return False
    rest = after.lstrip(" \t")
    if rest == "" or rest.startswith("\n"):  # end of line / file (titles, HoC lines)
        return True
    return doc[end - 1] in ".!?"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tsv", type=Path, default=DEFAULT_TSV)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="root that the source column is relative to (env CYTOLENS_CORPUS)")
    ap.add_argument("--quiet", action="store_true", help="print errors and the verdict only")
    args = ap.parse_args()

    errors: list[str] = []

    def err(row_id: str, msg: str) -> None:
        errors.append(f"{row_id}: {msg}")

    known = set(ALIASES)
    lex = lexicon_ids()
    if lex is not None:
        for cid in sorted(known - lex):
            err("lexicon", f"cytokine id {cid} of the checker table is not in lexicon/")

    with args.tsv.open(encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        print(f"FAIL: header must be: {' '.join(HEADER)}")
        return 1

    docs: dict[str, str] = {}
    rows = []
    for n, line in enumerate(lines[1:], start=1):
        cols = line.split("\t")
        if len(cols) != len(HEADER):
            err(f"line {n + 1}", f"{len(cols)} columns, expected {len(HEADER)}")
            continue
        rows.append(dict(zip(HEADER, cols)))

    seen_pairs: set[tuple] = set()
    sentence_splits: dict[tuple, set[str]] = defaultdict(set)
    sentence_text: dict[tuple, str] = {}
    for n, r in enumerate(rows, start=1):
        rid = r["id"]
        if rid != f"c{n:04d}":
            err(rid, f"id out of sequence, expected c{n:04d}")
        if r["split"] not in ("dev", "test"):
            err(rid, f"split {r['split']!r}")
        if r["polarity"] not in POLARITIES:
            err(rid, f"polarity {r['polarity']!r}")
        for col in ("negated", "hedged"):
            if r[col] not in YES_NO:
                err(rid, f"{col} {r[col]!r}")
        if not re.fullmatch(r"[a-z][a-z_]*", r["kind"]):
            err(rid, f"kind {r['kind']!r}")
        if r["cytokine"] not in known:
            err(rid, f"unknown cytokine id {r['cytokine']!r}")

        if r["source"] == "written":
            key = ("written", r["text"])
            sentence = r["text"]
            if r["start"] or r["end"]:
                err(rid, "written sentence with offsets")
            if not sentence.strip() or sentence != sentence.strip():
                err(rid, "written text empty or padded")
            elif sentence[-1] not in ".!?":
                err(rid, "written text does not end a sentence")
        else:
            key = (r["source"], r["start"], r["end"])
            sentence = ""
            if r["text"]:
                err(rid, "text must be empty for a corpus sentence (the evaluator reads the file)")
            path = args.corpus / r["source"]
            if r["source"] not in docs:
                if not path.is_file():
                    err(rid, f"source file missing: {path}")
                    docs[r["source"]] = ""
                else:
                    # newline="" keeps "\r\n" as two code points, as the evaluator counts them
                    with path.open(encoding="utf-8", newline="") as src:
                        docs[r["source"]] = src.read()
            doc = docs[r["source"]]
            if doc:
                try:
                    start, end = int(r["start"]), int(r["end"])
                except ValueError:
                    err(rid, f"offsets {r['start']!r}/{r['end']!r} are not integers")
                else:
                    if not 0 <= start < end <= len(doc):
                        err(rid, f"offsets {start}-{end} outside the file (length {len(doc)})")
                    else:
                        sentence = doc[start:end]
                        if doc.startswith("<") and ("<" in sentence or "&" in sentence):
                            sentence = plain_text(sentence)  # inline markup, read as the evaluator does
                        if "\n" in sentence:
                            err(rid, "slice spans a line break")
                        if not starts_sentence(doc, start):
                            err(rid, f"slice does not start at a sentence boundary: {sentence[:40]!r}")
                        if not ends_sentence(doc, end):
                            err(rid, f"slice does not end at a sentence boundary: {sentence[-40:]!r}")
        sentence_splits[key].add(r["split"])
        sentence_text[key] = sentence
        pair = (key, r["cytokine"])
        if pair in seen_pairs:
            err(rid, f"duplicate (sentence, cytokine) pair for {r['cytokine']}")
        seen_pairs.add(pair)
        if sentence and r["cytokine"] in ALIAS_KEYS:
            norm = normalise(sentence)
            if not any(k in norm for k in ALIAS_KEYS[r["cytokine"]]):
                err(rid, f"no name of {r['cytokine']} found in the sentence")

    for key, splits in sentence_splits.items():
        if len(splits) > 1:
            err(str(key[:2]), "sentence has rows in both dev and test")

    for r in rows:
        if DEV_ONLY_IDS[0] <= r["id"] <= DEV_ONLY_IDS[1] and r["split"] != "dev":
            err(r["id"], f"rows {DEV_ONLY_IDS[0]} ... {DEV_ONLY_IDS[1]} (batch E) are dev rows")
        if TEST_ONLY_IDS[0] <= r["id"] <= TEST_ONLY_IDS[1] and r["split"] != "test":
            err(r["id"], f"rows {TEST_ONLY_IDS[0]} ... {TEST_ONLY_IDS[1]} (batch F) are test rows")
    for name, (first, last) in SELF_SPLIT_BATCHES.items():
        batch = [r for r in rows if first <= r["id"] <= last]
        n_batch_test = sum(r["split"] == "test" for r in batch)
        if n_batch_test != -(-len(batch) // 3):
            err("split", f"{n_batch_test} test rows of the {len(batch)} rows of batch {name} ({first} on); "
                         f"expected a third, rounded up ({-(-len(batch) // 3)})")
    split_rows = [r for r in rows if r["id"] <= LAST_SPLIT_ID]
    total = len(split_rows)
    n_split_test = sum(r["split"] == "test" for r in split_rows)
    allowed = {total // 3} if total % 3 == 0 else {total // 3, round(total / 3)}
    if n_split_test not in allowed:
        err("split", f"{n_split_test} test rows of the {total} rows up to {LAST_SPLIT_ID}; expected {sorted(allowed)}")
    n_test = sum(r["split"] == "test" for r in rows)
    if 3 * n_test < len(rows):
        err("split", f"{n_test} test rows of {len(rows)} in the whole file; expected at least one third")

    if not args.quiet:
        report(rows, sentence_splits)
    if errors:
        for e in errors[:200]:
            print("ERROR", e)
        print(f"FAIL: {len(errors)} error(s) in {args.tsv}")
        return 1
    print(f"OK: {len(rows)} rows, {len(sentence_splits)} sentences, {n_test} test rows "
          f"({100 * n_test / len(rows):.1f}%, at least one third of the whole file; "
          f"{n_split_test} of the {total} rows up to {LAST_SPLIT_ID}) ({args.tsv})")
    return 0


def report(rows: list[dict], sentence_splits: dict) -> None:
    def table(title: str, field) -> None:
        values = sorted({field(r) for r in rows})
        print(f"\n{title:<22}{'dev':>6}{'test':>6}{'all':>6}")
        for v in values:
            c = Counter(r["split"] for r in rows if field(r) == v)
            print(f"  {v:<20}{c['dev']:>6}{c['test']:>6}{c['dev'] + c['test']:>6}")
        c = Counter(r["split"] for r in rows)
        print(f"  {'total':<20}{c['dev']:>6}{c['test']:>6}{len(rows):>6}")

    table("polarity", lambda r: r["polarity"])
    table("negated", lambda r: r["negated"])
    table("hedged", lambda r: r["hedged"])
    table("origin", lambda r: "written" if r["source"] == "written" else r["source"].split("/")[1])
    table("polarity x origin", lambda r: ("written " if r["source"] == "written" else "real ") + r["polarity"])
    kinds = Counter(r["kind"] for r in rows)
    print("\nkind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    ss = Counter(next(iter(s)) for s in sentence_splits.values() if len(s) == 1)
    print(f"sentences: dev {ss['dev']}, test {ss['test']}; distinct cytokine ids: "
          f"{len({r['cytokine'] for r in rows})}")


if __name__ == "__main__":
    sys.exit(main())
