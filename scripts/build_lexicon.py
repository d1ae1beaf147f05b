#!/usr/bin/env python3
"""Build the cytolens name lexicon (lexicon/*.tsv) from the curated reference tables.

Usage (from the repository root):
    python3 scripts/build_lexicon.py [REFERENCE_DIR]      # default: ../shared/reference

Reads   REFERENCE_DIR/{cytokines,cytokine_synonyms,cytokine_receptors,cytokine_groups}.tsv
        scripts/lexicon_curation.tsv       (hand-made add/drop/assign decisions)
        scripts/lexicon_class_groups.tsv   (class groups such as CYTOKINE, PROINFLAMMATORY)
Writes  lexicon/cytokines.tsv, lexicon/names.tsv, lexicon/groups.tsv, lexicon/receptors.tsv,
        lexicon/dropped_names.tsv (what was left out and why)
Checks  the hand-curated cue files in lexicon/ (header, `source` column, no duplicate cue).

Python 3.11, standard library only. Output is sorted, so re-running gives identical bytes.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LEXICON = REPO / "lexicon"
CURATION = REPO / "scripts" / "lexicon_curation.tsv"
CLASS_GROUPS = REPO / "scripts" / "lexicon_class_groups.tsv"

# Greek letters and their look-alikes -> the one-letter Latin stand-in used in match keys
# (cues.md §6.1; gilda's table). ß (German sharp s) and µ (micro sign) appear in PDF text.
GREEK_CHARS = {
    "α": "a", "β": "b", "ß": "b", "γ": "g", "δ": "d", "ε": "e", "κ": "k",
    "λ": "l", "μ": "m", "µ": "m", "ω": "w", "θ": "q", "ζ": "z", "η": "h",
    # Alphas and gammas of other alphabets typed for the Greek ones ("IL-1⍺", "IFN-Ɣ"; Ɣ casefolds to ɣ).
    "⍺": "a", "ɑ": "a", "ɣ": "g",
}
GREEK_WORDS = [  # longest first so "lambda" is not eaten by something shorter
    ("epsilon", "e"), ("lambda", "l"), ("lamda", "l"), ("alpha", "a"), ("gamma", "g"),
    ("delta", "d"), ("kappa", "k"), ("omega", "w"), ("theta", "q"), ("beta", "b"),
]
NON_ALNUM = re.compile(r"[^0-9a-z]+")


def match_key(name: str) -> str:
    """Normalised form used to decide whether two names are "the same name".

    casefold, Greek letters and Greek words -> one Latin letter, tumour -> tumor, and every
    character that is not a letter or digit removed (hyphens, dashes, spaces, dots, slashes,
    brackets). "TNF-α", "TNF alpha", "TNFa" and "Tnfa" all give "tnfa".
    """
    s = unicodedata.normalize("NFKC", name)
    s = "".join(GREEK_CHARS.get(ch, ch) for ch in s)
    s = s.casefold()
    s = "".join(GREEK_CHARS.get(ch, ch) for ch in s)
    for word, letter in GREEK_WORDS:
        s = s.replace(word, letter)
    s = s.replace("tumour", "tumor")
    return NON_ALNUM.sub("", s)


def is_short_letters(name: str) -> bool:
    """All-ASCII-letter names of length <= 4 are matched case-sensitively (KC, OSM, LIF, TNF)."""
    return name.isascii() and name.isalpha() and len(name) <= 4


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Read a TSV with a header; lines starting with '#' are comments."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Write rows (already sorted by the caller) as UTF-8 TSV with a trailing newline."""
    for row in rows:
        for cell in row:
            if "\t" in cell or "\n" in cell:
                raise ValueError(f"{path.name}: tab/newline inside a cell: {cell!r}")
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(header) + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


# Reference family label -> family id (a group id from groups.tsv when one exists).
FAMILY_IDS = {
    "IL-1 family": "IL1_FAMILY",
    "IL-6 family": "IL6_FAMILY",
    "IL-10 family": "IL10_FAMILY",
    "IL-12 family": "IL12_FAMILY",
    "IL-17 family": "IL17_FAMILY",
    "common-gamma-chain (IL-2 family)": "GAMMA_C",
    "interleukin (other)": "INTERLEUKIN_OTHER",
    "interferon type I": "IFN_TYPE_I",
    "interferon type II": "IFN_TYPE_II",
    "interferon type III": "IFN_TYPE_III",
    "TNF superfamily": "TNFSF",
    "chemokine CC": "CC_CHEMOKINE",
    "chemokine CXC": "CXC_CHEMOKINE",
    "chemokine CX3C": "CX3C_CHEMOKINE",
    "chemokine XC": "XC_CHEMOKINE",
    "chemokine-like (CKLF/CMTM)": "CHEMOKINE_LIKE_CMTM",
    "chemokine-like (other)": "CHEMOKINE_LIKE",
    "CSF/hematopoietin": "CSF_HEMATOPOIETIN",
    "TSLP (IL-7-related hematopoietin)": "CSF_HEMATOPOIETIN",
    "TGF-beta superfamily": "TGFB_SUPERFAMILY",
    "BMP antagonist (DAN family)": "BMP_ANTAGONIST",
    "growth factor (non-classical cytokine)": "GROWTH_FACTOR",
    "alarmin/DAMP": "ALARMIN",
    "adipokine": "ADIPOKINE",
    "other cytokine": "OTHER_CYTOKINE",
    "other GO cytokine-activity gene": "OTHER_GO_CYTOKINE",
    "WNT (GO cytokine-activity; not a cytokine in common usage)": "WNT",
}

# Reference flags that mean "never a usable surface name".
HARD_DROP_FLAGS = ("clone_or_project_id", "genomic_marker_id", "disease_or_phenotype_designation")

KINDS = ("cytokine", "group", "receptor")


class Candidate:
    """One proposed (name -> kind/target) row, with the flags and provenance gathered so far."""

    __slots__ = ("name", "kind", "target", "flags", "case", "source")

    def __init__(self, name: str, kind: str, target: str, flags=(), case: str = "", source: str = "reference"):
        self.name = " ".join(name.split())
        self.kind = kind
        self.target = target
        self.flags = set(f for f in flags if f)
        self.case = case
        self.source = source

    @property
    def key(self) -> str:
        return match_key(self.name)


class Builder:
    def __init__(self, ref: Path):
        self.ref = ref
        self.cands: list[Candidate] = []
        self.dropped: dict[tuple[str, str, str], str] = {}  # (name, kind, target) -> reason

    def drop(self, name: str, kind: str, target: str, reason: str) -> None:
        self.dropped.setdefault((" ".join(name.split()), kind, target), reason)

    # ---------- loading ----------
    def load(self) -> None:
        self.cyto = {r["hgnc_symbol"]: r for r in read_tsv(self.ref / "cytokines.tsv")}
        self.recs = {r["hgnc_symbol"]: r for r in read_tsv(self.ref / "cytokine_receptors.tsv")}
        self.syn = read_tsv(self.ref / "cytokine_synonyms.tsv")
        self.groups = {r["group_id"]: r for r in read_tsv(self.ref / "cytokine_groups.tsv")}
        self.curation = read_tsv(CURATION)
        self.class_groups = read_tsv(CLASS_GROUPS)
        self.lexicon_genes = {s for s, r in self.cyto.items() if r["include_default"] in ("yes", "optional")}
        self.core_genes = {s for s, r in self.cyto.items() if r["include_default"] == "yes"}
        # approved symbols and approved names win collisions against other genes' aliases
        self.symbol_keys = {}
        for table in (self.cyto, self.recs):
            for sym, row in table.items():
                self.symbol_keys[match_key(sym)] = sym
                self.symbol_keys.setdefault(match_key(row["approved_name"]), sym)

    # ---------- candidates from the reference ----------
    def from_reference(self) -> None:
        ambiguous_of = {}
        for table in (self.cyto, self.recs):
            for sym, row in table.items():
                ambiguous_of[sym] = {a for a in row["ambiguous_names"].split("|") if a}
        for r in self.syn:
            sym, name, flags = r["hgnc_symbol"], r["synonym"], r["flags"]
            kind = "cytokine" if r["entity_type"] == "cytokine" else "receptor"
            if kind == "cytokine" and sym not in self.lexicon_genes:
                self.drop(name, kind, sym, f"gene not in lexicon (include_default={self.cyto[sym]['include_default']})")
                continue
            self.classify(name, kind, sym, flags, name in ambiguous_of.get(sym, set()))
        for gid, g in self.groups.items():
            names = g["literature_names"].split("|")
            if "(" not in g["name"]:  # the `name` column is sometimes a description: "IL-12 (p70 = p35+p40)"
                names.append(g["name"])
            for name in names:
                if name:
                    self.cands.append(Candidate(name, "group", gid))

    def classify(self, name: str, kind: str, sym: str, flags: str, in_ambiguous_column: bool) -> None:
        """Apply the generic rules to one reference synonym (see lexicon/README.md, "Decisions")."""
        fl = [f for f in flags.split("|") if f]
        is_symbol = match_key(name) == match_key(sym)
        for f in fl:
            if f.startswith(HARD_DROP_FLAGS):
                return self.drop(name, kind, sym, f.split("(")[0])
        group = next((f.split(":", 1)[1] for f in fl if f.startswith("group_or_complex_level_name:")), None)
        if group and not is_symbol:
            if group in self.groups:
                self.cands.append(Candidate(name, "group", group))
            return self.drop(name, kind, sym, f"names the group {group}")
        out = set()
        if kind == "cytokine" and self.cyto[sym]["include_default"] == "optional":
            out.add("optional")
        for f in fl:
            if is_symbol and (f.startswith(("collides_with_other_HGNC:", "manual:"))):
                continue  # the approved symbol is this gene; other genes merely list it as an alias
            elif f.startswith("collides_with_other_HGNC:"):
                others = f.split(":", 1)[1].split(",")
                if not is_symbol and any(match_key(name) == match_key(o) for o in others):
                    return self.drop(name, kind, sym, f"is the approved symbol of {','.join(others)}")
                out.add("ambiguous")
            elif f.startswith("common_English_word"):
                if not is_symbol:
                    return self.drop(name, kind, sym, f"common English word ({f}); re-add in curation if wanted")
            elif f == "very_short":
                if name.isascii():
                    return self.drop(name, kind, sym, "very short (<= 2 letters/digits)")
                out.add("short")
            elif f.startswith("manual:"):
                out.add("ambiguous")
        if in_ambiguous_column and not is_symbol:
            out.add("ambiguous")
        self.cands.append(Candidate(name, kind, sym, out))

    # ---------- curated additions ----------
    def from_class_groups(self) -> None:
        self.extra_groups = {}
        interleukins = sorted(s for s in self.core_genes if s.startswith("IL")) + ["CXCL8"]
        for g in self.class_groups:
            members = []
            for m in g["members"].split("|"):
                members += sorted(self.core_genes) if m == "@core" else interleukins if m == "@interleukins" else [m]
            self.extra_groups[g["group"]] = (g["type"], g["name"], sorted(set(members)))
            for name in g["names"].split("|"):
                self.cands.append(Candidate(name, "group", g["group"], source="curated"))

    def apply_curation(self) -> None:
        assigns = []
        for c in self.curation:
            action, name = c["action"], c["name"]
            flags = [f for f in c["flags"].split("|") if f]
            if action == "drop":
                k = match_key(name)
                keep = []
                for cand in self.cands:
                    hit = cand.key == k and (not c["kind"] or cand.kind == c["kind"]) and (not c["target"] or cand.target == c["target"])
                    if hit:
                        self.drop(cand.name, cand.kind, cand.target, "curated drop: " + (c["note"] or "generic/other sense"))
                    else:
                        keep.append(cand)
                self.cands = keep
            elif action == "add":
                self.cands.append(Candidate(name, c["kind"], c["target"], flags, c["case"], "curated"))
            elif action == "assign":
                assigns.append(c)
            elif action == "retype":  # a reference group gets another type: name = group id, target = type
                if name not in self.groups:
                    raise SystemExit(f"{CURATION.name}: retype of unknown group {name!r}")
                self.groups[name]["group_type"] = c["target"]
            else:
                raise SystemExit(f"{CURATION.name}: unknown action {action!r}")
        for c in assigns:  # assign last: it is the final word on a match key
            k = match_key(c["name"])
            flags = [f for f in c["flags"].split("|") if f]
            kept, seen_exact = [], False
            for cand in self.cands:
                if cand.key != k:
                    kept.append(cand)
                elif cand.kind == c["kind"] and cand.target == c["target"]:
                    if cand.name.casefold() == c["name"].casefold():
                        seen_exact = True
                        cand.flags |= set(flags)
                        cand.case = c["case"] or cand.case
                    if "ambiguous" not in flags:  # the curator has settled the literature meaning
                        cand.flags.discard("ambiguous")
                    kept.append(cand)
                else:
                    self.drop(cand.name, cand.kind, cand.target, f"curated: means {c['kind']} {c['target']}")
            if not seen_exact:
                kept.append(Candidate(c["name"], c["kind"], c["target"], flags, c["case"], "curated"))
            self.cands = kept

    # ---------- collisions ----------
    def resolve_collisions(self) -> None:
        by_key = defaultdict(list)
        for cand in self.cands:
            by_key[cand.key].append(cand)
        kept = []
        for k, cands in by_key.items():
            targets = {(c.kind, c.target) for c in cands}
            if len(targets) == 1:
                kept += cands
                continue
            owner = self.symbol_keys.get(k)
            winners = [c for c in cands if c.target == owner] if owner else []
            if winners:  # the approved HGNC symbol wins over other genes' aliases
                kept += winners
                for c in cands:
                    if c.target != owner:
                        self.drop(c.name, c.kind, c.target, f"is the approved symbol of {owner}")
                continue
            kinds = {c.kind for c in cands}
            if "group" in kinds and len({t for t in targets if t[0] == "group"}) == 1:
                # a group name that is also listed as an alias of one member gene: keep the group
                gid = next(t[1] for t in targets if t[0] == "group")
                members = set(self.group_members(gid))
                if all(c.kind == "group" or c.target in members for c in cands):
                    kept += [c for c in cands if c.kind == "group"]
                    for c in cands:
                        if c.kind != "group":
                            self.drop(c.name, c.kind, c.target, f"names the group {gid}")
                    continue
            desc = ",".join(sorted(f"{a}:{b}" for a, b in targets))
            for c in cands:
                self.drop(c.name, c.kind, c.target, f"collision between {desc}")
        self.cands = kept

    def group_members(self, gid: str) -> list[str]:
        if gid in self.groups:
            return self.groups[gid]["members"].split("|")
        return self.extra_groups[gid][2]

    # ---------- final rows ----------
    def finalize(self) -> list[list[str]]:
        rows: dict[tuple[str, str, str], Candidate] = {}
        for c in self.cands:
            if not c.name:
                continue
            auto_sensitive = is_short_letters(c.name) or bool(c.flags & {"ambiguous", "common_word"})
            case = c.case or ("sensitive" if auto_sensitive else "insensitive")
            if "ambiguous" in c.flags and c.name.isascii() and c.name.isalpha():
                c.flags.add("needs_context")  # a letters-only ambiguous name needs a cytokine context word
            if c.kind == "cytokine" and self.cyto[c.target]["include_default"] == "optional":
                c.flags.add("optional")
            c.case = case
            ident = (c.kind, c.target, c.name if case == "sensitive" else c.name.casefold())
            prev = rows.get(ident)
            if prev is None:
                rows[ident] = c
            else:  # same name twice: merge flags, keep the "nicer" spelling deterministically
                prev.flags |= c.flags
                if c.source == "curated":
                    prev.source = "curated" if prev.source == "curated" else "reference+curated"
                if c.name < prev.name:
                    prev.name = c.name
        # a case-insensitive row makes a sensitive row of the same name for the same target redundant
        insens = {(c.kind, c.target, c.name.casefold()) for c in rows.values() if c.case == "insensitive"}
        out = []
        for c in rows.values():
            if c.case == "sensitive" and (c.kind, c.target, c.name.casefold()) in insens:
                continue
            out.append([c.name, c.kind, c.target, c.case, "|".join(sorted(c.flags)), c.source])
        out.sort(key=lambda r: (KINDS.index(r[1]), r[2], r[0].casefold(), r[0]))
        return out

    # ---------- other tables ----------
    def cytokine_rows(self) -> list[list[str]]:
        rows = []
        for sym in sorted(self.lexicon_genes):
            r = self.cyto[sym]
            family = FAMILY_IDS.get(r["family"])
            if family is None:
                raise SystemExit(f"no family id for {r['family']!r} ({sym}); add it to FAMILY_IDS")
            tier = "core" if r["include_default"] == "yes" else "optional"
            rows.append([sym, r["hgnc_id"], r["ncbi_gene_id"], family, r["approved_name"], tier])
        return rows

    def group_rows(self) -> list[list[str]]:
        rows = []
        for gid, g in self.groups.items():
            members = [m for m in g["members"].split("|") if m]
            rows.append([gid, g["group_type"], g["name"], "|".join(members)])
        for gid, (typ, name, members) in self.extra_groups.items():
            rows.append([gid, typ, name, "|".join(members)])
        for row in rows:
            for m in row[3].split("|"):
                if m not in self.cyto:
                    raise SystemExit(f"group {row[0]}: member {m} is not in cytokines.tsv")
        return sorted(rows)

    def receptor_rows(self) -> list[list[str]]:
        rows = []
        for sym in sorted(self.recs):
            r = self.recs[sym]
            ligands = sorted({x for x in r["ligands_liana_consensus"].split("|") if x in self.lexicon_genes})
            rows.append([sym, r["hgnc_id"], r["approved_name"], "|".join(ligands)])
        return rows


CUE_FILES = {
    "claim_cues.tsv": ["cue", "category", "polarity", "effect", "source"],
    "negation_cues.tsv": ["cue", "type", "source"],
    "hedge_cues.tsv": ["cue", "type", "source"],
    "inverters.tsv": ["cue", "position", "kind", "source"],
    "context_cues.tsv": ["cue", "type", "source"],
    "relation_cues.tsv": ["cue", "type", "voice", "source"],
    "cancers.tsv": ["name", "cancer", "source"],
    "evidence_cues.tsv": ["cue", "evidence", "source"],
    "mention_cues.tsv": ["cue", "type", "source"],
    "cell_types.tsv": ["cue", "role", "source"],
    "rule_words.tsv": ["set", "word", "note"],
    "other_names.tsv": ["name", "case", "meaning", "source"],
}


def check_cue_files() -> list[str]:
    """The cue files are hand-curated; only check that they are well formed."""
    problems, counts = [], []
    for fname, header in sorted(CUE_FILES.items()):
        path = LEXICON / fname
        if not path.exists():
            problems.append(f"{fname}: missing")
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        if lines[0].split("\t") != header:
            problems.append(f"{fname}: header should be {header}")
        seen = set()
        for i, ln in enumerate(lines[1:], start=2):
            cells = ln.split("\t")
            if len(cells) != len(header) or any(not x.strip() for x in cells):
                problems.append(f"{fname}:{i}: expected {len(header)} non-empty cells")
            key = (cells[0].casefold(),) + tuple(cells[1:2])
            if key in seen:
                problems.append(f"{fname}:{i}: duplicate cue {cells[0]!r}")
            seen.add(key)
        counts.append(f"{fname}={len(lines) - 1}")
    print("cue files: " + " ".join(counts))
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reference", nargs="?", default="../shared/reference",
                    help="reference folder (relative to the repository root unless absolute)")
    args = ap.parse_args()
    ref = Path(args.reference)
    if not ref.is_absolute():
        ref = (REPO / ref).resolve()
    b = Builder(ref)
    b.load()
    b.from_reference()
    b.from_class_groups()
    b.apply_curation()
    b.resolve_collisions()
    names = b.finalize()

    LEXICON.mkdir(exist_ok=True)
    write_tsv(LEXICON / "cytokines.tsv", ["symbol", "hgnc", "ncbi", "family", "name", "tier"], b.cytokine_rows())
    write_tsv(LEXICON / "groups.tsv", ["group", "type", "name", "members"], b.group_rows())
    write_tsv(LEXICON / "receptors.tsv", ["symbol", "hgnc", "name", "ligands"], b.receptor_rows())
    write_tsv(LEXICON / "names.tsv", ["name", "kind", "target", "case", "flags", "source"], names)
    kept_ids = {(r[0].casefold(), r[1], r[2]) for r in names}
    dropped = sorted(
        [n, k, t, why] for (n, k, t), why in b.dropped.items() if (n.casefold(), k, t) not in kept_ids
    )
    write_tsv(LEXICON / "dropped_names.tsv", ["name", "kind", "target", "reason"], dropped)

    # sanity: every target exists
    groups = {r[0] for r in b.group_rows()}
    problems = []
    for n in names:
        ok = (n[1] == "cytokine" and n[2] in b.lexicon_genes) or (n[1] == "group" and n[2] in groups) \
            or (n[1] == "receptor" and n[2] in b.recs)
        if not ok:
            problems.append(f"names.tsv: unknown target {n[1]}:{n[2]} for {n[0]!r}")
    per_key = defaultdict(set)
    for n in names:
        per_key[match_key(n[0])].add((n[1], n[2]))
    for k, t in per_key.items():
        if len(t) > 1:
            problems.append(f"names.tsv: match key {k!r} maps to {sorted(t)}")
    problems += check_cue_files()
    by_kind = defaultdict(int)
    for n in names:
        by_kind[n[1]] += 1
    print(f"cytokines={len(b.cytokine_rows())} groups={len(groups)} receptors={len(b.recs)} "
          f"names={len(names)} ({', '.join(f'{k}={by_kind[k]}' for k in KINDS)}) dropped={len(dropped)}")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
