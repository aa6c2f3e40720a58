"""Missed and spurious entities on the gold seeds and the tunable silver sets, grouped by cause.

Runs the extractor as ``akhbar eval extract`` does (one extractor per file, in file order) over the
seeds and silver sets 1-9 (never set 10: it is blind), compares entities on exact span and type, and
puts every miss and every spurious entity in one cause:

- ``wrong type``: the same span with another type;
- ``boundary: clitic/article``: the spans differ only by a proclitic or the article at the start;
- ``boundary: start``/``boundary: end``/``boundary: both``: other overlapping spans (a head noun or a
  title left in or out, a trailing adjective, a name nested in a longer one);
- for a miss nothing overlaps: ``later mention`` (the article has the same folded surface tagged
  with the same type elsewhere), ``listed, tagger O`` (the name is in a gazetteer), ``org of common
  words`` (an ORG whose words are all frequent words: «الدفاع المدني»، «هيئة …»), ``person, listed
  tokens`` (a PERS whose words are in the person-token list), ``not in any list``;
- for a spurious entity nothing overlaps: ``no gold entity`` (by type).

Usage: ``PYTHONPATH=src python bench/entity_errors.py [--list CAUSE] [--sets seeds,1,2]``; without
``--list`` it prints the table of causes, with it every item of the causes whose name starts with
``CAUSE`` (``all`` for every one), in context.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from error_sets import SETS, arguments, print_scores

from akhbar.eval.extract import predict_record
from akhbar.eval.gold import read_gold
from akhbar.extract.ner_features import NerResources, name_key
from akhbar.extract.pipeline import Extractor
from akhbar.model import Span
from akhbar.text.normalise import fold

_CLITICS = ("و", "ف", "ب", "ل", "ك", "لل", "ال", "وال", "بال", "لل", "فال", "كال", "ولل")
#: A word ranked above this in the news is a common word.
_COMMON = 3_000


@dataclass(frozen=True, slots=True)
class Item:
    """One missed (``side`` = "miss") or spurious ("spurious") entity with its cause and context."""

    side: str
    cause: str
    label: str
    surface: str
    context: str
    where: str
    other: str  # the overlapping span on the other side, if any


def main() -> None:
    args = arguments(__doc__)
    model = Extractor.load().ner
    items: list[Item] = []
    scores = []
    for name in args.sets.split(","):
        extractor = Extractor(model)
        tally = [0, 0, 0]  # gold, found, matched
        for record in read_gold(SETS[name]):
            found = predict_record(extractor, record).entities
            items += compare(record.text, record.entities, found, f"{name}/{record.id}")
            wanted, got = (
                {(s.start, s.end, s.label) for s in record.entities},
                {(s.start, s.end, s.label) for s in found},
            )
            tally = [tally[0] + len(wanted), tally[1] + len(got), tally[2] + len(wanted & got)]
        scores.append((name, *tally))
    if args.list:
        for it in items:
            if args.list == "all" or it.cause.startswith(args.list) or it.side.startswith(args.list):
                print(f"{it.side:8} {it.cause:26} {it.label:4} «{it.surface}» [{it.other}] {it.where}")
                print(f"         {it.context}")
        return
    table(items)
    print_scores(scores)


def compare(
    text: str, gold: tuple[Span, ...], found: list[Span] | tuple[Span, ...], where: str
) -> list[Item]:
    """Every miss and spurious entity of one article, with its cause (module doc)."""
    wanted = {(s.start, s.end, s.label) for s in gold}
    got = {(s.start, s.end, s.label) for s in found}
    tagged = {(key(text[s:e]), lab) for s, e, lab in got}
    out = []
    for s, e, lab in sorted(wanted - got):
        over = sorted(x for x in got if x[0] < e and s < x[1])
        cause = _overlap_cause(text, (s, e, lab), over) if over else _miss_cause(text, s, e, lab, tagged)
        out.append(_item(text, "miss", cause, (s, e, lab), over, where))
    for s, e, lab in sorted(got - wanted):
        over = sorted(x for x in wanted if x[0] < e and s < x[1])
        cause = _overlap_cause(text, (s, e, lab), over) if over else f"no gold entity {lab}"
        out.append(_item(text, "spurious", cause, (s, e, lab), over, where))
    return out


def key(surface: str) -> str:
    return " ".join(fold(surface).split())


def _item(text: str, side: str, cause: str, span: tuple[int, int, str], over: list, where: str) -> Item:
    s, e, lab = span
    left, right = text[max(0, s - 40) : s], text[e : e + 40]
    context = f"{left}[{text[s:e]}]{right}".replace("\n", " ")
    other = "; ".join(f"{text[a:b]}/{t}" for a, b, t in sorted(over))
    return Item(side, cause, lab, text[s:e], context, where, other)


def _overlap_cause(text: str, span: tuple[int, int, str], over: list[tuple[int, int, str]]) -> str:
    s, e, _ = span
    if any((a, b) == (s, e) for a, b, _ in over):
        return "wrong type"
    a, b, _ = min(sorted(over), key=lambda x: abs(x[0] - s) + abs(x[1] - e))  # sorted: ties alike every run
    if b == e and fold(text[min(a, s) : max(a, s)]) in _CLITICS:
        return "boundary: clitic/article"
    if b == e:
        return "boundary: start"
    if a == s:
        return "boundary: end"
    return "boundary: both"


def _miss_cause(text: str, s: int, e: int, lab: str, tagged: set[tuple[str, str]]) -> str:
    surface = key(text[s:e])
    if (surface, lab) in tagged:
        return "later mention"
    res = NerResources.load()
    words = surface.split()
    if tuple(name_key(w, res.rank) for w in words) in res.names:
        return "listed, tagger O"
    if lab == "ORG" and all(res.rank.get(w, 1 << 30) < _COMMON for w in words):
        return "org of common words"
    if lab == "PERS" and all(w in res.person for w in words):
        return "person, listed tokens"
    return "not in any list"


def table(items: list[Item]) -> None:
    """Counts of each cause, by side and type."""
    counts = Counter((it.side, it.cause, it.label) for it in items)
    causes = sorted(
        {(it.side, it.cause) for it in items},
        key=lambda c: (c[0], -sum(n for (sd, ca, _), n in counts.items() if (sd, ca) == c)),
    )
    labels = ("PERS", "LOC", "ORG", "MISC")
    print(f"{'side':9}{'cause':28}" + "".join(f"{lab:>6}" for lab in labels) + f"{'total':>7}")
    for side, cause in causes:
        row = [counts[(side, cause, lab)] for lab in labels]
        print(f"{side:9}{cause:28}" + "".join(f"{n:>6}" for n in row) + f"{sum(row):>7}")
    for side in ("miss", "spurious"):
        print(f"{side} total: {sum(1 for it in items if it.side == side)}")


if __name__ == "__main__":
    main()
