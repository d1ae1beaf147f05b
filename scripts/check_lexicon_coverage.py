#!/usr/bin/env python3
"""How many gold cytokine surface forms does lexicon/names.tsv know?

Usage (from the repository root):
    python3 scripts/check_lexicon_coverage.py [CORPUS_GOLD_DIR] [--names lexicon/names.tsv] [--show N]

Gold mentions:
  * BioRED Train+Dev PubTator, GeneOrGeneProduct mentions whose NCBI Gene id is a human cytokine
    (lexicon/cytokines.tsv or gold/cytokine_genes_human_hgnc.tsv). Rodent ids do not match human
    ids, so an id is also counted when one of its mentions matches a cytokine/group name in
    names.tsv ("via text"); all mentions of that id then count.
  * TCRE collection_02 brat CYTOKINE entities.
A surface form is covered when its match key (see build_lexicon.match_key) is a key of names.tsv.
Prints figures and the most frequent missing forms; writes nothing.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_lexicon import match_key  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# recombinant / species / soluble prefixes the tagger strips before lookup (cues.md §6.2)
PREFIXES = ("rh", "rm", "hu", "mu", "h", "m", "s", "pro-")


PAREN_ABBR = re.compile(r"(?<=\w)\s*\([A-Za-z]{2,6}\)\s*")


def lookup(keys: dict[str, set], form: str):
    # "interleukin (IL)-6", "tumor necrosis factor (TNF)-alpha": drop the bracketed abbreviation
    form = PAREN_ABBR.sub(" ", form).strip()
    k = match_key(form)
    if k in keys:
        return keys[k]
    for p in PREFIXES:
        if form.startswith(p) and len(form) > len(p) + 2 and match_key(form[len(p):]) in keys:
            return keys[match_key(form[len(p):])]
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default="../shared/corpus/gold")
    ap.add_argument("--names", default="lexicon/names.tsv")
    ap.add_argument("--show", type=int, default=40)
    a = ap.parse_args()
    gold = Path(a.gold) if Path(a.gold).is_absolute() else (REPO / a.gold).resolve()
    names_path = Path(a.names) if Path(a.names).is_absolute() else REPO / a.names

    keys: dict[str, set] = {}
    with names_path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            keys.setdefault(match_key(row["name"]), set()).add((row["kind"], row["target"]))
    human = {}
    with (REPO / "lexicon" / "cytokines.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            human[row["ncbi"]] = row["symbol"]
    with (gold / "cytokine_genes_human_hgnc.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            human.setdefault(row["entrez_gene_id"], row["hgnc_symbol"])

    mentions = []  # (form, ids)
    for part in ("Train", "Dev"):
        for line in (gold / "biored" / f"{part}.PubTator").open(encoding="utf-8"):
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 6 and cells[4] == "GeneOrGeneProduct":
                ids = {x.strip() for x in cells[5].replace(";", ",").split(",") if x.strip() not in ("", "-")}
                mentions.append((cells[3], ids))
    via_text = set()
    for form, ids in mentions:
        hit = lookup(keys, form)
        if hit and any(k in ("cytokine", "group") for k, _ in hit):
            via_text |= ids
    human_m = [(f, i) for f, i in mentions if i & set(human)]
    all_m = [(f, i) for f, i in mentions if i & (set(human) | via_text)]

    def report(label, forms):
        c = Counter(forms)
        covered = [f for f in c if lookup(keys, f)]
        cov_m = sum(c[f] for f in covered)
        print(f"{label}: distinct forms {len(covered)}/{len(c)} = {len(covered) / max(1, len(c)):.1%}; "
              f"mentions {cov_m}/{sum(c.values())} = {cov_m / max(1, sum(c.values())):.1%}")
        return c

    print(f"names.tsv keys: {len(keys)}")
    report("BioRED human cytokine ids", [f for f, _ in human_m])
    c = report("BioRED human ids + ids found via text (incl. rodent)", [f for f, _ in all_m])
    missing = [(n, f) for f, n in c.most_common() if not lookup(keys, f)]
    print(f"  missing (most frequent first, up to {a.show}):")
    for n, f in missing[: a.show]:
        ids = next(i for ff, i in all_m if ff == f)
        print(f"    {n:4d}  {f}  ids={','.join(sorted(ids))} {','.join(human.get(x, '') for x in sorted(ids))}")

    tcre = []
    for ann in sorted((gold / "tcre" / "collection_02").glob("*.ann")):
        for line in ann.open(encoding="utf-8"):
            cells = line.rstrip("\n").split("\t")
            if len(cells) == 3 and cells[1].startswith("CYTOKINE "):
                tcre.append(cells[2])
    c = report("TCRE CYTOKINE entities", tcre)
    missing = [(n, f) for f, n in c.most_common() if not lookup(keys, f)]
    print(f"  missing (up to {a.show}):")
    for n, f in missing[: a.show]:
        print(f"    {n:4d}  {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
