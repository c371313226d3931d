#!/usr/bin/env python3
"""The second reading of the catalogue's labels (testdata/agreement.jsonl).

800 wordings drawn from testdata/catalogue.jsonl with a fixed seed are read
twice, by two independent readers each, who label them with
agreement-brief.md and see neither the catalogue's label, nor each other's,
nor the classifier. Pass A gives readers A1..A4 contiguous quarters of a
shuffled order; pass B gives B1..B4 every fourth item of it, so every pair of
readers shares 50 items and no reader sees the same set twice.

    agreement.py sample  DIR   # writes DIR/items_{A,B}{1..4}.jsonl
    agreement.py assemble DIR > testdata/agreement.jsonl
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOGUE = os.path.join(HERE, "..", "..", "testdata", "catalogue.jsonl")
SEED = 20261201
N = 800
READERS = [p + str(k) for p in "AB" for k in range(1, 5)]


def catalogue():
    with open(CATALOGUE) as f:
        return [json.loads(line) for line in f if line.strip()]


def partition(rows):
    rng = random.Random(SEED)
    idx = sorted(rng.sample(range(len(rows)), N))
    order = idx[:]
    rng.shuffle(order)
    q = N // 4
    parts = {"A%d" % (k + 1): order[k * q:(k + 1) * q] for k in range(4)}
    parts.update({"B%d" % (k + 1): order[k::4] for k in range(4)})
    return idx, parts


def sample(d):
    rows = catalogue()
    _, parts = partition(rows)
    for name, part in parts.items():
        with open(os.path.join(d, "items_%s.jsonl" % name), "w") as f:
            for i in sorted(part):
                r = rows[i]
                f.write(json.dumps({"id": i, "message": r["message"], "source": r["source"], "path": r["path"]}) + "\n")


def assemble(d):
    rows = catalogue()
    idx, parts = partition(rows)
    readings = {i: [] for i in idx}
    for name in READERS:
        want = sorted(parts[name])
        with open(os.path.join(d, "labels_%s.jsonl" % name)) as f:
            got = [json.loads(line) for line in f if line.strip()]
        if [g["id"] for g in got] != want:
            sys.exit("labels_%s.jsonl: ids differ from the items given" % name)
        for g in got:
            r = {"reader": name, "type": g["type"], "signature": bool(g["sig"]), "sure": bool(g["sure"])}
            if not g["sure"] and g.get("alt"):
                r["alt"] = g["alt"]
            readings[g["id"]].append(r)
    for i in idx:
        r = rows[i]
        print(json.dumps({"message": r["message"], "source": r["source"], "label": r["type"],
                          "signature": r["signature"], "readings": readings[i]}))


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("sample", "assemble"):
        sys.exit(__doc__)
    {"sample": sample, "assemble": assemble}[sys.argv[1]](sys.argv[2])
