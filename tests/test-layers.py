#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""src/core keeps its layers: every include runs down, never up.

Usage: test-layers.py SRC_CORE_DIR
       test-layers.py --self-test   (checks that the check catches what it must)

Each header in src/core belongs to the folder it sits in; the folders are layers
(HACKING.md, "Layers"). A file may include headers of its own layer and of the
layers under it. This fails, naming the file and the line, on:
  - an include of a header from a higher layer (unless it is in ALLOWED below);
  - a src/core file that includes GTK, GDK or libadwaita;
  - a .c or .h left in the root of src/core other than the context;
  - an ALLOWED entry that no longer occurs (so the list only ever shrinks).
"""

import os
import re
import sys

# Bottom first. The root of src/core ("") is the context, above everything.
LAYERS = ["base", "locale", "parse", "money", "market", "ledger", "guidance", "io", ""]

ROOT_FILES = {"daftar-context.c", "daftar-context.h"}

# Where a new file most likely belongs, by the start of its name (after "daftar-").
SUGGEST = [
    ("store", "ledger"), ("safe-file", "ledger"), ("sample", "ledger"), ("demo", "ledger"), ("idle", "ledger"),
    ("json-read", "parse"), ("json-strict", "parse"), ("json-write", "parse"), ("int64", "base"), ("validation", "base"),
    ("feed", "ledger"),
    ("json", "io"), ("export", "io"), ("import", "io"), ("report", "io"), ("pdf", "io"),
    ("csv", "io"),
    ("guidance", "guidance"),
    ("market", "market"),
    ("money", "money"), ("fee", "money"), ("rate", "money"),
    ("earnings", "money"), ("goal", "money"), ("domain", "money"), ("validate", "money"),
]

# Includes allowed to run up, as (file, header). Empty since issue 19: code that needs a
# header above it moves to the layer it belongs in (HACKING.md, "Layers"); don't add here.
ALLOWED = {
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
TOOLKIT = re.compile(r'^(gtk|gdk|adwaita|adw|gsk|graphene)[/.]', re.I)


def layer_name(layer):
    return layer or "context (src/core root)"


def suggest(name):
    stem = name[len("daftar-"):] if name.startswith("daftar-") else name
    for prefix, folder in SUGGEST:
        if stem.startswith(prefix):
            return folder
    return None


def find_problems(core, allowed):
    """Every layer problem in the tree at @core, as sentences naming file and line."""
    problems = []

    owner = {}
    files = []
    for layer in LAYERS:
        folder = os.path.join(core, layer)
        if not os.path.isdir(folder):
            problems.append(f"{folder}: the {layer_name(layer)} folder is missing")
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith((".c", ".h")):
                continue
            if layer == "" and name not in ROOT_FILES:
                hint = suggest(name)
                where = (f"src/core/{hint}/" if hint else
                         "one of src/core/{" + ",".join(l for l in LAYERS if l) + "}/")
                problems.append(f"src/core/{name}: only the context lives in the root of "
                                f"src/core; git mv it into {where} and list it there in "
                                f"src/meson.build (HACKING.md, \"Layers\")")
            if name in owner:
                problems.append(f"src/core/{layer}/{name}: the same name is also in "
                                f"src/core/{owner[name]}")
            owner[name] = layer
            files.append((layer, name))

    seen = set()
    for layer, name in files:
        rel = f"{layer}/{name}" if layer else name
        with open(os.path.join(core, layer, name), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                header = m.group(2)
                if TOOLKIT.match(header):
                    problems.append(f"src/core/{rel}:{number}: includes <{header}>; "
                                    f"src/core never includes GTK, GDK or libadwaita")
                    continue
                if m.group(1) != '"' or header not in owner:
                    continue  # system headers, config.h, generated resources
                up = owner[header]
                if LAYERS.index(up) <= LAYERS.index(layer):
                    continue
                if (rel, header) in allowed:
                    seen.add((rel, header))
                    continue
                problems.append(f"src/core/{rel}:{number}: includes \"{header}\" from "
                                f"{layer_name(up)}, above {layer_name(layer)}")

    for rel, header in sorted(set(allowed) - seen):
        problems.append(f"src/core/{rel}: no longer includes \"{header}\" upward; "
                        f"remove it from ALLOWED in tests/test-layers.py")

    return problems, files


def self_test():
    """A tree that keeps its layers passes; each kind of fault in it is caught."""
    import tempfile

    def tree(extra, allowed=frozenset()):
        with tempfile.TemporaryDirectory() as core:
            for layer in LAYERS:
                os.makedirs(os.path.join(core, layer), exist_ok=True)
            files = {
                "base/daftar-int64.h": "#include <glib.h>\n",
                "locale/daftar-format.h": '#include "daftar-int64.h"\n',
                "money/daftar-money.h": '#include "daftar-format.h"\n',
                "io/daftar-json.h": '#include "daftar-money.h"\n',
                "daftar-context.h": '#include "daftar-json.h"\n',
            }
            files.update(extra)
            for rel, text in files.items():
                with open(os.path.join(core, rel), "w", encoding="utf-8") as f:
                    f.write(text)
            return find_problems(core, allowed)[0]

    failures = []

    def expect(name, problems, wanted):
        if wanted is None and problems:
            failures.append(f"{name}: a clean tree was refused: {problems}")
        elif wanted is not None and not any(wanted in p for p in problems):
            failures.append(f"{name}: expected a problem with \"{wanted}\", got {problems}")

    expect("clean", tree({}), None)
    expect("upward include",
           tree({"locale/daftar-dates.c": '#include "daftar-format.h"\n#include "daftar-money.h"\n'}),
           'src/core/locale/daftar-dates.c:2: includes "daftar-money.h" from money, above locale')
    expect("upward include from base",
           tree({"base/daftar-bad.c": '#include "daftar-format.h"\n'}),
           'from locale, above base')
    expect("upward include in a header",
           tree({"money/daftar-fees.h": '#include "daftar-json.h"\n'}),
           'from io, above money')
    expect("GTK in core", tree({"money/daftar-bad.c": "#include <gtk/gtk.h>\n"}),
           "src/core never includes GTK")
    expect("a file loose in the root", tree({"daftar-feed.c": "\n"}),
           "git mv it into src/core/ledger/")
    expect("an ALLOWED entry that no longer occurs",
           tree({}, {("locale/daftar-format.h", "daftar-money.h")}),
           "remove it from ALLOWED")
    expect("an ALLOWED entry still lets its include through",
           tree({"locale/daftar-dates.c": '#include "daftar-money.h"\n'},
                {("locale/daftar-dates.c", "daftar-money.h")}), None)

    for f in failures:
        print(f)
    if failures:
        return 1
    print("the layer check catches upward includes, GTK, loose files and stale exceptions")
    return 0


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "--self-test":
        return self_test()
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems, files = find_problems(sys.argv[1], ALLOWED)

    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} layer problem(s) in src/core; includes run down only: "
              + " < ".join(layer_name(l) for l in LAYERS) + " (HACKING.md, \"Layers\")")
        return 1
    print(f"{len(files)} files in src/core keep their layers "
          f"({len(ALLOWED)} upward include(s) still allowed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
