#!/usr/bin/env python3
"""Train the learned claim layer (lexicon/claim_model.tsv) on the dev rows of the claims gold set.

Usage (from the repository root, after `swift build -c release`):
    B=.build/release/cytolens
    $B eval claims --gold corpus/gold/claims/claims.tsv --split dev --no-model --features /tmp/claim_features.tsv
    python3 scripts/train_claim_model.py cv /tmp/claim_features.tsv            # grouped k-fold CV report
    python3 scripts/train_claim_model.py train /tmp/claim_features.tsv         # write lexicon/claim_model.tsv
    python3 scripts/train_claim_model.py score /tmp/claim_features.tsv --ids c0927-   # rules vs saved model
    python3 scripts/train_claim_model.py predict /tmp/claim_features.tsv       # per-row scores of the saved model
    python3 scripts/train_claim_model.py fixture /tmp/claim_features.tsv       # the same for the written rows, into
                                                                               # Tests/CytoLensTests/Fixtures/claim_model_predictions.tsv

The features file has one row per gold row with the features that `cytolens` computes from the
rules' verdict (`ClaimFeatures`); the rules-alone prediction is read from its `rule:` features.
A row the rules give no verdict (the tagger found no mention) has no features; both the rules and
the model predict `none`, not negated, not hedged for it.

Models: L2-regularised logistic regression, fitted by Newton's method on the dual-free primal
(multinomial for polarity over pro_tumor / anti_tumor / context_dependent / none; binary for
negated and hedged). Only dev rows may be given to `train` and `cv`: the script refuses any row
whose split is not `dev`. The CV is grouped by sentence (all rows of a sentence in one fold),
with folds drawn by a fixed seed. The output is deterministic: rows sorted by head, label and
feature, weights rounded to 4 decimals, zero weights left out.

Python 3 with numpy; nothing else.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
MODEL = REPO / "lexicon" / "claim_model.tsv"
FIXTURE = REPO / "Tests" / "CytoLensTests" / "Fixtures" / "claim_model_predictions.tsv"
LABELS = ["pro_tumor", "anti_tumor", "context_dependent", "none"]

# The configuration chosen by cross-validation on dev (see docs/claims-design.md, "Claim model").
# Feature groups are name prefixes of ClaimFeatures.
DEFAULT_GROUPS = {
    "polarity": ["bias", "rule:", "clause:", "sent:"],
    "negated": ["bias", "rule:", "frame:", "clause:", "sent:"],
    "hedged": ["bias", "rule:", "frame:", "clause:", "sent:"],
}
DEFAULT_L2 = {"polarity": 3.0, "negated": 3.0, "hedged": 3.0}
DEFAULT_HEADS = ["polarity"]
DEFAULT_MARGIN = 0.5


def read_rows(path: str) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            row = dict(zip(header, cells))
            row["features"] = [f for f in row.get("features", "").split(" ") if f]
            rows.append(row)
    return rows


def rules_prediction(row: dict) -> tuple[str, bool, bool]:
    features = set(row["features"])
    polarity = next((f[len("rule:pol="):] for f in row["features"] if f.startswith("rule:pol=")), "none")
    return polarity, "rule:neg" in features, "rule:hedge" in features


def selected(features: list[str], groups: list[str]) -> list[str]:
    return [f for f in features if any(f == g or (g.endswith(":") and f.startswith(g)) for g in groups)]


MIN_COUNT = 3


def design(rows: list[dict], groups: list[str], vocabulary: list[str] | None = None):
    """The 0/1 matrix of the rows' features in the chosen groups. A feature seen in fewer than
    MIN_COUNT training rows is left out (its weight could only fit noise)."""
    chosen = [selected(r["features"], groups) for r in rows]
    if vocabulary is None:
        counts: dict[str, int] = {}
        for fs in chosen:
            for f in fs:
                counts[f] = counts.get(f, 0) + 1
        vocabulary = sorted(f for f, c in counts.items() if c >= MIN_COUNT or f == "bias")
    index = {f: i for i, f in enumerate(vocabulary)}
    x = np.zeros((len(rows), len(vocabulary)))
    for i, fs in enumerate(chosen):
        for f in fs:
            j = index.get(f)
            if j is not None:
                x[i, j] = 1.0
    return x, vocabulary


def fit(x: np.ndarray, y: np.ndarray, classes: int, l2: float, vocabulary: list[str]) -> np.ndarray:
    """Weights (features × classes) minimising the mean log loss plus l2/(2n)·|w|² (bias not penalised)
    by Newton's method. For a binary head `classes` is 1 and y holds 0/1."""
    n, d = x.shape
    penalty = np.full(d, l2)
    if "bias" in vocabulary:
        penalty[vocabulary.index("bias")] = 1e-6
    if classes == 1:
        w = np.zeros(d)
        for _ in range(50):
            p = 1 / (1 + np.exp(-(x @ w)))
            gradient = x.T @ (p - y) + penalty * w
            hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
            step = np.linalg.solve(hessian, gradient)
            w -= step
            if np.max(np.abs(step)) < 1e-8:
                break
        return w[:, None]
    # Multinomial: the last class (none) is the reference with weights fixed at 0, which keeps the
    # problem strictly convex; the Newton system is (d·(k−1))².
    k = classes - 1
    w = np.zeros((d, k))
    onehot = np.zeros((n, classes))
    onehot[np.arange(n), y] = 1
    for _ in range(60):
        scores = np.hstack([x @ w, np.zeros((n, 1))])
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        gradient = (x.T @ (p - onehot)[:, :k] + penalty[:, None] * w).reshape(-1, order="F")
        hessian = np.zeros((d * k, d * k))
        for a in range(k):
            for b in range(k):
                weight = p[:, a] * ((a == b) - p[:, b])
                block = (x * weight[:, None]).T @ x
                if a == b:
                    block += np.diag(penalty)
                hessian[a * d : (a + 1) * d, b * d : (b + 1) * d] = block
        step = np.linalg.solve(hessian, gradient).reshape((d, k), order="F")
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return np.hstack([w, np.zeros((d, 1))])


def targets(rows: list[dict], head: str) -> np.ndarray:
    if head == "polarity":
        return np.array([LABELS.index(r["polarity"]) for r in rows])
    return np.array([1.0 if r[head] == "yes" else 0.0 for r in rows])


MARGIN = 0.0


def train_head(rows: list[dict], head: str, groups: list[str], l2: float) -> dict[str, np.ndarray]:
    """Fitted weights by feature. For polarity, MARGIN is then added to the weight of each
    `rule:pol=X` feature for label X: the model overrules the rules only when its score for
    another label beats the rules' label by more than the margin."""
    usable = [r for r in rows if r["features"]]
    x, vocabulary = design(usable, groups)
    classes = len(LABELS) if head == "polarity" else 1
    w = fit(x, targets(usable, head), classes, l2, vocabulary)
    weights = {f: w[i].copy() for i, f in enumerate(vocabulary)}
    if head == "polarity" and MARGIN:
        for j, label in enumerate(LABELS):
            weights.setdefault(f"rule:pol={label}", np.zeros(len(LABELS)))[j] += MARGIN
    return weights


def rounded(weights: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    return {f: np.round(v, 4) for f, v in weights.items()}


def predict_head(weights: dict[str, np.ndarray], head: str, features: list[str]):
    width = len(LABELS) if head == "polarity" else 1
    total = np.zeros(width)
    for f in features:
        if f in weights:
            total += weights[f]
    return total


def predictions(models: dict, rows: list[dict]) -> list[tuple[str, bool, bool]]:
    out = []
    for row in rows:
        rule = rules_prediction(row)
        if not row["features"]:
            out.append(("none", False, False))
            continue
        polarity, negated, hedged = rule
        if "polarity" in models:
            s = predict_head(models["polarity"], "polarity", row["features"])
            polarity = LABELS[int(np.argmax(s))]
        if "negated" in models:
            negated = predict_head(models["negated"], "negated", row["features"])[0] > 0
        if "hedged" in models:
            hedged = predict_head(models["hedged"], "hedged", row["features"])[0] > 0
        out.append((polarity, negated, hedged))
    return out


def f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def scores(rows: list[dict], predicted: list[tuple[str, bool, bool]]) -> dict[str, float]:
    result = {"rows": len(rows)}
    result["accuracy"] = sum(r["polarity"] == p[0] for r, p in zip(rows, predicted)) / max(len(rows), 1)
    per_label = []
    for label in LABELS:
        tp = sum(r["polarity"] == label and p[0] == label for r, p in zip(rows, predicted))
        fp = sum(r["polarity"] != label and p[0] == label for r, p in zip(rows, predicted))
        fn = sum(r["polarity"] == label and p[0] != label for r, p in zip(rows, predicted))
        per_label.append(f1(tp, fp, fn))
    result["macro_f1"] = sum(per_label) / len(LABELS)
    for i, head in ((1, "negated"), (2, "hedged")):
        tp = sum(r[head] == "yes" and p[i] for r, p in zip(rows, predicted))
        fp = sum(r[head] != "yes" and p[i] for r, p in zip(rows, predicted))
        fn = sum(r[head] == "yes" and not p[i] for r, p in zip(rows, predicted))
        result[head + "_f1"] = f1(tp, fp, fn)
    return result


def folds_of(rows: list[dict], k: int, seed: int) -> list[int]:
    groups = sorted({r["group"] for r in rows})
    random.Random(seed).shuffle(groups)
    fold = {g: i % k for i, g in enumerate(groups)}
    return [fold[r["group"]] for r in rows]


def cross_validate(rows, heads, groups, l2, k, seed):
    fold = folds_of(rows, k, seed)
    predicted = [None] * len(rows)
    for f in range(k):
        train = [r for r, g in zip(rows, fold) if g != f]
        models = {h: train_head(train, h, groups[h], l2[h]) for h in heads}
        held = [i for i, g in enumerate(fold) if g == f]
        for i, p in zip(held, predictions(models, [rows[i] for i in held])):
            predicted[i] = p
    return predicted


def report(name: str, rows: list[dict], predicted) -> str:
    s = scores(rows, predicted)
    return (
        f"{name:<34} rows {s['rows']:>4}  acc {s['accuracy']:.3f}  macro-F1 {s['macro_f1']:.3f}  "
        f"neg F1 {s['negated_f1']:.3f}  hedge F1 {s['hedged_f1']:.3f}"
    )


def require_dev(rows: list[dict]) -> None:
    if any(r["split"] != "dev" for r in rows):
        raise SystemExit("only dev rows may be used for training or cross-validation")


def write_model(models: dict, path: Path) -> None:
    lines = ["head\tlabel\tfeature\tweight"]
    entries = []
    for head, weights in models.items():
        labels = LABELS if head == "polarity" else ["yes"]
        for feature, vector in rounded(weights).items():
            for label, value in zip(labels, vector):
                if value != 0:
                    entries.append((head, label, feature, f"{value:.4f}"))
    for entry in sorted(entries):
        lines.append("\t".join(entry))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_model(path: Path) -> dict:
    models: dict = {}
    with open(path, encoding="utf-8") as handle:
        handle.readline()
        for line in handle:
            head, label, feature, weight = line.rstrip("\n").split("\t")
            width = len(LABELS) if head == "polarity" else 1
            vector = models.setdefault(head, {}).setdefault(feature, np.zeros(width))
            vector[LABELS.index(label) if head == "polarity" else 0] += float(weight)
    return models


def id_filter(spec: str | None):
    if not spec:
        return lambda _: True
    low, _, high = spec.partition("-")
    return lambda row_id: (not low or row_id >= low) and (not high or row_id <= high)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["cv", "train", "score", "predict", "fixture", "grid"])
    parser.add_argument("features", help="the TSV written by `cytolens eval claims --features`")
    parser.add_argument("--heads", default=",".join(DEFAULT_HEADS), help="comma-separated: polarity,negated,hedged")
    parser.add_argument("--groups", help="comma-separated feature-group prefixes for every head")
    parser.add_argument("--l2", type=float, help="L2 strength for every head")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seeds", default="1,2,3", help="CV fold seeds; figures are averaged over them")
    parser.add_argument("--ids", help="only rows with ids in LOW-HIGH (either end may be empty)")
    parser.add_argument("--model", default=str(MODEL))
    parser.add_argument("--min-count", type=int, default=MIN_COUNT, help="rows a feature needs to be used")
    parser.add_argument("--margin", type=float, default=DEFAULT_MARGIN, help="score bonus of the rules' label")
    args = parser.parse_args()
    globals()["MIN_COUNT"] = args.min_count
    globals()["MARGIN"] = args.margin

    keep = id_filter(args.ids)
    rows = [r for r in read_rows(args.features) if keep(r["id"])]
    heads = [h for h in args.heads.split(",") if h]
    groups = {h: (args.groups.split(",") if args.groups else DEFAULT_GROUPS[h]) for h in heads}
    l2 = {h: (args.l2 if args.l2 is not None else DEFAULT_L2[h]) for h in heads}
    real = [i for i, r in enumerate(rows) if r["source"] != "written"]
    seeds = [int(s) for s in args.seeds.split(",")]

    if args.command in ("cv", "grid"):
        require_dev(rows)
        rules = [rules_prediction(r) if r["features"] else ("none", False, False) for r in rows]
        if args.command == "cv":
            print(report("rules alone, all dev", rows, rules))
            print(report("rules alone, real dev", [rows[i] for i in real], [rules[i] for i in real]))
        totals = {"all": [], "real": []}
        for seed in seeds:
            predicted = cross_validate(rows, heads, groups, l2, args.folds, seed)
            totals["all"].append(scores(rows, predicted))
            totals["real"].append(scores([rows[i] for i in real], [predicted[i] for i in real]))
            if args.command == "cv":
                print(report(f"rules + model, CV seed {seed}, all", rows, predicted))
                print(report(f"rules + model, CV seed {seed}, real", [rows[i] for i in real], [predicted[i] for i in real]))
        for part in ("all", "real"):
            mean = {m: sum(s[m] for s in totals[part]) / len(seeds) for m in ("macro_f1", "negated_f1", "hedged_f1", "accuracy")}
            print(
                f"CV mean {part:<5} heads={','.join(heads)} groups={'|'.join(groups[heads[0]])} l2={l2[heads[0]]}: "
                f"acc {mean['accuracy']:.3f} macro-F1 {mean['macro_f1']:.3f} neg F1 {mean['negated_f1']:.3f} "
                f"hedge F1 {mean['hedged_f1']:.3f}"
            )
        return 0

    if args.command == "train":
        require_dev(rows)
        models = {h: train_head(rows, h, groups[h], l2[h]) for h in heads}
        write_model(models, Path(args.model))
        saved = read_model(Path(args.model))
        print(report("rules + model, training rows (fit)", rows, predictions(saved, rows)))
        print(f"wrote {args.model}: {sum(1 for _ in open(args.model)) - 1} weights")
        return 0

    saved = read_model(Path(args.model))
    if args.command == "score":
        rules = [rules_prediction(r) if r["features"] else ("none", False, False) for r in rows]
        model = predictions(saved, rows)
        print(report("rules alone", rows, rules))
        print(report("rules + model", rows, model))
        print(report("rules alone, real rows", [rows[i] for i in real], [rules[i] for i in real]))
        print(report("rules + model, real rows", [rows[i] for i in real], [model[i] for i in real]))
        return 0

    # predict / fixture: per-row scores of the saved polarity head, for the reproduction test.
    lines = ["id\tlabel\t" + "\t".join(LABELS)]
    for row in rows:
        if not row["features"] or (args.command == "fixture" and row["source"] != "written"):
            continue
        s = predict_head(saved["polarity"], "polarity", row["features"])
        lines.append("\t".join([row["id"], LABELS[int(np.argmax(s))]] + [f"{v:.4f}" for v in s]))
    if args.command == "fixture":
        FIXTURE.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {FIXTURE}: {len(lines) - 1} rows")
    else:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
