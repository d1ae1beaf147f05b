#!/usr/bin/env python3
"""Write an invented, cytokine-rich PubMed baseline-like file (.xml or .xml.gz) for benchmarks.

Every record is made up here from sentence templates: PMIDs, authors, journals, titles and
abstracts are synthetic, and no text is taken from PubMed. The shape follows a PubMed baseline
file (<PubmedArticleSet> of <PubmedArticle>: MedlineCitation with journal, title, structured or
plain abstract, authors, MeSH headings; PubmedData with its ArticleIdList and references), so
that `cytolens tag` / `cytolens graph` stream it as they would a real baseline file.

Usage:
    python3 scripts/make_pubmed_sample.py OUT.xml.gz [--records 30000] [--seed 1]

The output is deterministic for a given seed (gzip header time is 0).
"""
import argparse
import gzip
import os
import random
import sys
from xml.sax.saxutils import escape

# Cytokine names as papers write them, with Greek letters, hyphen and spacing variants.
CYTOKINES = [
    "IL-6", "interleukin-6", "IL6", "TNF-α", "TNF-alpha", "tumor necrosis factor-α", "IFN-γ",
    "interferon gamma", "IFNγ", "TGF-β1", "TGF-β", "transforming growth factor beta", "IL-10",
    "interleukin 10", "IL-1β", "IL-1beta", "IL-17A", "IL-17", "IL-23", "IL-12", "IL-2", "IL-4",
    "IL-13", "IL-33", "IL-8", "CXCL8", "CXCL12", "SDF-1", "CCL2", "MCP-1", "CCL5", "RANTES",
    "CXCL10", "IP-10", "CXCL9", "GM-CSF", "G-CSF", "M-CSF", "VEGF-A", "VEGF", "HGF", "EGF",
    "IL-18", "IL-15", "IL-21", "IL-22", "IL-27", "IL-35", "IL-37", "LIF", "OSM", "oncostatin M",
    "TRAIL", "TWEAK", "APRIL", "BAFF", "CCL22", "CCL17", "CXCL1", "CXCL5", "CCL20", "IL-1α",
    "IL-36γ", "IL-7", "IL-9", "IL-11", "CXCL13", "CCL19", "CCL21", "lymphotoxin-α", "TSLP",
]
CANCERS = [
    "breast cancer", "colorectal cancer", "hepatocellular carcinoma", "non-small cell lung cancer",
    "pancreatic ductal adenocarcinoma", "glioblastoma", "melanoma", "gastric cancer",
    "ovarian cancer", "prostate cancer", "multiple myeloma", "diffuse large B-cell lymphoma",
    "head and neck squamous cell carcinoma", "renal cell carcinoma", "bladder cancer",
]
CELLS = [
    "tumor-associated macrophages", "regulatory T cells", "CD8+ T cells", "NK cells",
    "myeloid-derived suppressor cells", "cancer-associated fibroblasts", "dendritic cells",
    "γδ T cells", "Th17 cells", "neutrophils", "endothelial cells", "tumor cells",
]
PRO = [
    "promotes tumor growth", "enhances invasion and metastasis", "drives epithelial–mesenchymal transition",
    "supports angiogenesis", "induces immunosuppression", "increases proliferation of cancer cells",
    "is associated with poor prognosis", "confers resistance to chemotherapy",
]
ANTI = [
    "inhibits tumor growth", "suppresses metastasis", "induces apoptosis of tumor cells",
    "enhances antitumor immunity", "is associated with improved survival", "restrains tumor progression",
]
NEUTRAL = [
    "We measured serum levels of {c} and {c2} in {n} patients with {cancer}.",
    "Expression of {c} was quantified by ELISA and qPCR (p < 0.05).",
    "{cells} were isolated from fresh specimens and cultured for 72 h.",
    "The concentration of {c} was 12.4 ± 3.1 pg/mL in controls versus 48.7 ± 9.2 pg/mL in cases.",
    "Cells were stimulated with recombinant {c} (10 ng/ml) for 24 h, e.g. in the presence of {c2}.",
    "Kaplan–Meier analysis and Cox regression were performed (HR = 1.8; 95% CI, 1.2–2.7).",
]
CLAIMS = [
    "{c} {pro} in {cancer}.",
    "{c} {anti} in {cancer}.",
    "In {cancer}, {c} secreted by {cells} {pro}.",
    "Blockade of {c} {anti_passive}.",
    "{c} did not affect tumor growth, whereas {c2} {pro}.",
    "These data suggest that {c} may {pro_base} in {cancer}.",
    "{c} induced {c2} production by {cells}, which {pro}.",
    "Neutralizing {c} with an antibody reduced the recruitment of {cells} and {anti_passive}.",
    "High {c} expression correlated with {c2} levels and with shorter overall survival.",
    "{c} and {c2} play a dual role in {cancer}: they can both promote and inhibit tumor progression.",
]
ANTI_PASSIVE = ["reduced tumor burden", "impaired metastasis", "slowed tumor progression", "restored T cell function"]
PRO_BASE = ["promote tumor growth", "drive metastasis", "enhance angiogenesis", "support immune evasion"]
WORDS = (
    "analysis cohort signalling pathway microenvironment inflammation response expression axis "
    "mechanism progression immune therapy resistance model mice patients samples data role"
).split()
SURNAMES = ["Smith", "Wang", "Li", "Müller", "García", "Kim", "Nguyen", "Rossi", "Suzuki", "Kowalski", "Silva", "Dubois"]
JOURNALS = ["J Immunol Oncol", "Cancer Cytokine Res", "Tumour Biol Rep", "Front Synth Immunol", "Int J Invented Med"]
MESH = ["Cytokines", "Neoplasms", "Interleukin-6", "Tumor Microenvironment", "Humans", "Mice", "Signal Transduction",
        "Inflammation", "Chemokines", "Prognosis", "Cell Line, Tumor", "Macrophages"]
LABELS = ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]


def sentence(rng):
    c, c2 = rng.sample(CYTOKINES, 2)
    fields = dict(
        c=c, c2=c2, cancer=rng.choice(CANCERS), cells=rng.choice(CELLS), pro=rng.choice(PRO),
        anti=rng.choice(ANTI), anti_passive=rng.choice(ANTI_PASSIVE), pro_base=rng.choice(PRO_BASE),
        n=rng.randint(20, 900),
    )
    template = rng.choice(CLAIMS) if rng.random() < 0.55 else rng.choice(NEUTRAL)
    text = template.format(**fields)
    return text[0].upper() + text[1:]


def filler(rng):
    words = rng.sample(WORDS, rng.randint(6, 12))
    return " ".join(words).capitalize() + " were examined in detail."


def paragraph(rng, count):
    return " ".join(sentence(rng) if rng.random() < 0.8 else filler(rng) for _ in range(count))


def record(rng, pmid):
    out = []
    w = out.append
    w("<PubmedArticle>\n<MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\">\n")
    w(f"<PMID Version=\"1\">{pmid}</PMID>\n")
    w(f"<DateRevised><Year>{rng.randint(2000, 2025)}</Year><Month>0{rng.randint(1, 9)}</Month><Day>1{rng.randint(0, 9)}</Day></DateRevised>\n")
    w("<Article PubModel=\"Print-Electronic\">\n<Journal>\n")
    w(f"<ISSN IssnType=\"Electronic\">{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}</ISSN>\n")
    w(f"<JournalIssue CitedMedium=\"Internet\"><Volume>{rng.randint(1, 99)}</Volume><Issue>{rng.randint(1, 12)}</Issue>")
    w(f"<PubDate><Year>{rng.randint(1990, 2025)}</Year></PubDate></JournalIssue>\n")
    journal = rng.choice(JOURNALS)
    w(f"<Title>{journal}</Title><ISOAbbreviation>{journal}</ISOAbbreviation>\n</Journal>\n")
    c = rng.choice(CYTOKINES)
    title = f"{c} in {rng.choice(CANCERS)}: role of {rng.choice(CELLS)} and {rng.choice(CYTOKINES)}."
    w(f"<ArticleTitle>{escape(title)}</ArticleTitle>\n")
    w(f"<Pagination><MedlinePgn>{rng.randint(1, 900)}-{rng.randint(901, 999)}</MedlinePgn></Pagination>\n")
    w(f"<ELocationID EIdType=\"doi\" ValidYN=\"Y\">10.9999/synth.{pmid}</ELocationID>\n<Abstract>\n")
    if rng.random() < 0.6:
        for label in LABELS:
            w(f"<AbstractText Label=\"{label}\" NlmCategory=\"{label}\">{escape(paragraph(rng, rng.randint(1, 4)))}</AbstractText>\n")
    else:
        w(f"<AbstractText>{escape(paragraph(rng, rng.randint(5, 11)))}</AbstractText>\n")
    w("<CopyrightInformation>Synthetic record for benchmarks.</CopyrightInformation>\n</Abstract>\n")
    w("<AuthorList CompleteYN=\"Y\">\n")
    for _ in range(rng.randint(2, 9)):
        w(f"<Author ValidYN=\"Y\"><LastName>{rng.choice(SURNAMES)}</LastName><ForeName>{chr(65 + rng.randint(0, 25))}</ForeName>")
        w(f"<Initials>{chr(65 + rng.randint(0, 25))}</Initials><AffiliationInfo><Affiliation>Department of Synthetic Oncology, "
          f"Invented University {rng.randint(1, 300)}.</Affiliation></AffiliationInfo></Author>\n")
    w("</AuthorList>\n<Language>eng</Language>\n")
    w("<PublicationTypeList><PublicationType UI=\"D016428\">Journal Article</PublicationType></PublicationTypeList>\n")
    w("</Article>\n<MeshHeadingList>\n")
    for term in rng.sample(MESH, rng.randint(3, 8)):
        w(f"<MeshHeading><DescriptorName UI=\"D00{rng.randint(1000, 9999)}\" MajorTopicYN=\"N\">{escape(term)}</DescriptorName></MeshHeading>\n")
    w("</MeshHeadingList>\n</MedlineCitation>\n<PubmedData>\n<PublicationStatus>ppublish</PublicationStatus>\n<ArticleIdList>\n")
    w(f"<ArticleId IdType=\"pubmed\">{pmid}</ArticleId>\n<ArticleId IdType=\"doi\">10.9999/synth.{pmid}</ArticleId>\n")
    if rng.random() < 0.3:
        w(f"<ArticleId IdType=\"pmc\">PMC{pmid + 1000000}</ArticleId>\n")
    w("</ArticleIdList>\n")
    if rng.random() < 0.5:
        w("<ReferenceList>\n")
        for _ in range(rng.randint(5, 25)):
            w(f"<Reference><Citation>{rng.choice(SURNAMES)} et al. {escape(rng.choice(CYTOKINES))} and cancer. "
              f"{rng.choice(JOURNALS)}. {rng.randint(1990, 2025)}.</Citation>"
              f"<ArticleIdList><ArticleId IdType=\"pubmed\">{rng.randint(1000000, 39999999)}</ArticleId></ArticleIdList></Reference>\n")
        w("</ReferenceList>\n")
    w("</PubmedData>\n</PubmedArticle>\n")
    return "".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", help="file to write; gzip-compressed when it ends in .gz")
    parser.add_argument("--records", type=int, default=30000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    raw = open(args.output, "wb")
    stream = gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") if args.output.endswith(".gz") else raw
    stream.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
                 b'1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n')
    for number in range(args.records):
        stream.write(record(rng, 90000000 + number).encode("utf-8"))
    stream.write(b"</PubmedArticleSet>\n")
    if stream is not raw:
        stream.close()
    raw.close()
    print(f"wrote {args.records} records to {args.output} ({os.path.getsize(args.output)} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
