#!/usr/bin/env python3
"""Group a perf profile of cytolens by pipeline stage.

Reads demangled `perf script` output (recorded with call stacks) on standard input and prints,
as Markdown: the share of samples per stage, and the top self-time functions with the stage each
was called from. A sample belongs to the stage of the innermost frame on its stack that names a
stage, so malloc called by the JSON writer counts as JSON output.

    perf record -F 1000 --call-graph dwarf,16384 -o perf.data .build/release/cytolens tag --jobs 1 DIR >/dev/null
    perf script -i perf.data | swift demangle --simplified | python3 scripts/profile_stages.py [--top 15]
"""
import argparse
import collections
import re
import sys

# (stage, pattern on a frame's symbol), first match from the innermost frame outwards wins.
STAGES = [
    ("JSON output", r"JSONWriter|AnnotationsJSON|EvidenceJSON|GraphJSON|GraphDOT|GraphML|Console\.writeLine"),
    ("graph", r"GraphPartial|CytokineGraph|CooccurrenceTally|EvidenceList|EvidenceRecord|GraphScoring|DocumentView|NodeTally"),
    ("claims/relations", r"\bClaim|Relation|CueMatcher|Negation|Hedge"),
    ("tagger", r"MentionTagger|NameMatcher|ScannedText|NameKey|AbbreviationFinder|CoordinationExpander|ShortFormMeanings|MentionContext|NameTrie"),
    ("sentence split", r"SentenceSplitter"),
    ("reader", r"JATSArticleWalker|JATSInlineText|JATSTable|JATSIdentifiers|CitationRemover|ArticleBuilder|TextCleaner|PubMedReader|HTMLReader|BioCReader|PubTatorReader|PlainTextReader"),
    ("parse/tree copy", r"LibXML2|MarkupParser|MarkupNode|MarkupElement|RecordStream|Gunzip|\bxml[A-Z]|\bhtml[A-Z]|libxml2|inflate"),
    ("file input/detection", r"ArticleInput|InputCollector|InputFormat|FileHandle|ArticleLoader\.format"),
    ("lexicon load/compile", r"CompiledLexicon|EmbeddedLexicon|Lexicon\(|LexiconTable|LexiconRecords|LexiconValidator"),
    ("process start/exit", r"_dl_|dl_main|\bexit\b|__run_exit_handlers"),
]
COMPILED = [(name, re.compile(pattern)) for name, pattern in STAGES]
HEADER = re.compile(r"^\S.*:\s*\d+\s+\S+:")
FRAME = re.compile(r"^\s+[0-9a-f]+\s+(.*?)\s+\(([^)]*)\)\s*$")


def short(symbol):
    symbol = re.sub(r"\+0x[0-9a-f]+$", "", symbol)
    symbol = re.sub(r"^(specialized |generic specialization <[^>]*> of |merged |partial apply for |closure #\d+ in )+", "", symbol)
    return symbol[:110]


def samples(lines):
    frames = []
    for line in lines:
        if HEADER.match(line):
            if frames:
                yield frames
            frames = []
        else:
            match = FRAME.match(line)
            if match:
                frames.append((match.group(1), match.group(2)))
    if frames:
        yield frames


def stage_of(frames):
    for symbol, _ in frames:
        for name, pattern in COMPILED:
            if pattern.search(symbol):
                return name
    return "other"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    by_stage = collections.Counter()
    by_function = collections.Counter()
    function_stages = collections.defaultdict(collections.Counter)
    total = 0
    for frames in samples(sys.stdin):
        total += 1
        stage = stage_of(frames)
        by_stage[stage] += 1
        leaf = short(frames[0][0])
        by_function[leaf] += 1
        function_stages[leaf][stage] += 1
    if total == 0:
        sys.exit("no samples on standard input")
    print(f"{total} samples\n")
    print("| stage | share |")
    print("|---|---|")
    for stage, count in by_stage.most_common():
        print(f"| {stage} | {100 * count / total:.1f}% |")
    print(f"\n| self time | function | called from (stage) |")
    print("|---|---|---|")
    for function, count in by_function.most_common(args.top):
        where = ", ".join(f"{s} {100 * c / count:.0f}%" for s, c in function_stages[function].most_common(3))
        print(f"| {100 * count / total:.1f}% | `{function}` | {where} |")


if __name__ == "__main__":
    main()
