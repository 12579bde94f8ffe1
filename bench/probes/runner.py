"""The command line every probe grid shares: measure one tree, count the cases fully right
per shape, print the shapes and the total.

    python bench/probes/<grid>.py [-v] [SHAPE ...]

`-v` lists each miss with its problems; SHAPE names limit the run to those shapes. The tree
measured is `$RDB` when set, else the checkout the grid is in (not an installed copy), so
two trees can be compared with the same grid file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path


def measure(
    cases: Iterable,
    problems: Callable[[object], list],
    *,
    shapes: Callable[[object], Iterable[str]],
    describe: Callable[[object], str],
    argv: list[str] | None = None,
) -> float:
    """Run `problems` on each case (an empty list: fully right), print the hit rate per key
    of `shapes` (a case may count under more than one, as a shape and a form) and overall,
    and return the overall rate. Cases whose first key starts with "neg" are counted as the
    negative ones."""
    argv = sys.argv[1:] if argv is None else argv
    verbose = "-v" in argv
    only = {a for a in argv if not a.startswith("-")}
    per: dict[str, list[int]] = {}
    hits = total = negative = 0
    for case in cases:
        keys = list(shapes(case))
        if only and not only.intersection(keys):
            continue
        found = problems(case)
        ok = not found
        hits += ok
        total += 1
        negative += keys[0].startswith("neg")
        for key in keys:
            per.setdefault(key, [0, 0])
            per[key][0] += ok
            per[key][1] += 1
        if verbose and not ok:
            print(f"MISS {describe(case)}\n     {found}")
    width = max((len(k) for k in per), default=0) + 2
    for key, (h, n) in per.items():
        print(f"{key:{width}s} {h:3d}/{n:3d}  {h / n:.2f}")
    rate = hits / total if total else 0.0
    note = f"  (negative cases {negative})" if negative else ""
    print(f"ALL {hits}/{total} = {rate:.3f}{note}")
    return rate


def use_this_tree(grid_file: str) -> None:
    """Put the tree to measure first on the import path (before `relations_db` is imported:
    the grids import it inside their functions)."""
    tree = os.environ.get("RDB") or str(Path(grid_file).resolve().parents[2])
    sys.path.insert(0, tree)
