"""Missed and spurious quotations on the gold seeds and the tunable silver sets, grouped by cause.

Runs the extractor as ``akhbar eval extract`` does (one extractor per file, in file order) over the
seeds and silver sets 1-9 (never set 10: it is blind), pairs quotations as the scorer does
(``match_overlaps``: overlap at least half of the shorter span) and puts every gold quotation left
unpaired (a miss) and every predicted one left unpaired (spurious) in one cause:

- a miss that some prediction overlaps: ``span too short/long`` (the overlap is under half) or
  ``overlap taken`` (the overlapping prediction is paired with another gold quotation);
- otherwise, for a direct quotation: ``direct: headline``, ``direct: inside a quote``, ``direct:
  several paragraphs``, ``direct: after a colon`` (a colon and no cue word before the mark),
  ``direct: other``;
- for an indirect one, by its gold cue (folded, without و/ف): ``headline`` (in the title line),
  ``inside a quote``, ``cue: nominal phrase`` (several words: «في تصريح»، «بحسب ما»), ``cue: not
  listed`` (no form of the word is a cue), ``cue: suffix form`` (the word with a pronoun or number
  ending dropped is a cue: «أكدوا»، «قالها»), ``cue listed (<kind>), clause missed``;
- a spurious quotation that overlaps a gold one under half: ``span too short/long``; else ``no gold
  quote`` with its kind.

Usage: ``PYTHONPATH=src python bench/quote_errors.py [--list CAUSE] [--sets seeds,1,2]``; without
``--list`` it prints the table of causes and P/R/F1 per set, with it every item of the causes whose
name starts with ``CAUSE`` (``all`` for every one), with its cue and sentence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from error_sets import SETS, arguments, print_scores

from akhbar.eval.extract import match_overlaps, predict_record
from akhbar.eval.gold import read_gold
from akhbar.extract.cues import cue_kind
from akhbar.extract.pipeline import Extractor
from akhbar.model import Span
from akhbar.text.normalise import fold

#: Endings a cue takes for person, number, gender or an object pronoun («أكدوا»، «قالتا»، «أبلغه»).
_ENDINGS = ("تما", "وا", "ا", "ت", "ن", "ه", "ها", "هم", "هما", "نا", "ي", "ون", "ان", "ين", "ة")


@dataclass(frozen=True, slots=True)
class Item:
    """One missed (``side`` = "miss") or spurious quotation with its cause and context."""

    side: str
    cause: str
    kind: str
    cue: str
    surface: str
    sentence: str
    where: str


def main() -> None:
    args = arguments(__doc__)
    model = Extractor.load().ner
    items: list[Item] = []
    scores = []
    for name in args.sets.split(","):
        extractor = Extractor(model)
        tally = [0, 0, 0]  # gold, found, matched
        for record in read_gold(SETS[name]):
            found = predict_record(extractor, record).quotes
            pairs = match_overlaps(record.quotes, found)
            items += compare(record.text, record.quotes, found, pairs, f"{name}/{record.id}")
            tally = [tally[0] + len(record.quotes), tally[1] + len(found), tally[2] + len(pairs)]
        scores.append((name, *tally))
    if args.list:
        for it in items:
            if args.list == "all" or it.cause.startswith(args.list) or it.side.startswith(args.list):
                print(f"{it.side:8} {it.cause:30} {it.kind:8} cue «{it.cue}» {it.where}")
                print(f"         «{it.surface[:160]}»")
                print(f"         {it.sentence}")
        return
    table(items)
    print_scores(scores)


def compare(
    text: str,
    gold: tuple[Span, ...],
    found: list[Span] | tuple[Span, ...],
    pairs: list[tuple[Span, Span]],
    where: str,
) -> list[Item]:
    """Every miss and spurious quotation of one article, with its cause (module doc)."""
    paired_gold = {id(g) for g, _ in pairs}
    paired_found = {id(p) for _, p in pairs}
    out = []
    for g in gold:
        if id(g) in paired_gold:
            continue
        over = [p for p in found if p.start < g.end and g.start < p.end]
        if over:
            cause = "overlap taken" if all(id(p) in paired_found for p in over) else "span too short/long"
        else:
            cause = _miss_cause(text, g, gold)
        out.append(_item(text, "miss", cause, g, where))
    for p in found:
        if id(p) in paired_found:
            continue
        over = any(g.start < p.end and p.start < g.end for g in gold)
        out.append(_item(text, "spurious", "span too short/long" if over else "no gold quote", p, where))
    return out


def _miss_cause(text: str, g: Span, gold: tuple[Span, ...]) -> str:
    title_end = text.find("\n")
    if title_end < 0 or g.start < title_end:
        return f"{g.label}: headline"
    if any(o is not g and o.start <= g.start and g.end <= o.end for o in gold):
        return f"{g.label}: inside a quote"
    if g.label == "direct":
        return _direct_cause(text, g)
    cue = fold(str(g.attrs.get("cue") or "")).strip()
    if len(cue.split()) > 1:
        return "indirect: cue nominal phrase"
    word = cue[1:] if len(cue) > 3 and cue[0] in "وف" else cue
    kind = cue_kind(word)
    if kind:
        return f"indirect: cue listed ({kind}), clause missed"
    if any(word.endswith(e) and cue_kind(word[: -len(e)]) for e in _ENDINGS if len(word) > len(e) + 2):
        return "indirect: cue suffix form"
    return "indirect: cue not listed"


def _direct_cause(text: str, g: Span) -> str:
    if "\n" in text[g.start : g.end].strip():
        return "direct: several paragraphs"
    line_start = text.rfind("\n", 0, g.start) + 1
    before = text[line_start : g.start].rstrip(' «“"')
    if before.endswith(":") and not any(cue_kind(w) for w in fold(before).split()[-6:]):
        return "direct: after a colon, no cue"
    return "direct: other"


def _item(text: str, side: str, cause: str, q: Span, where: str) -> Item:
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    sentence = line if len(line) < 400 else text[max(line_start, q.start - 150) : q.start + 150]
    return Item(side, cause, q.label, str(q.attrs.get("cue") or ""), text[q.start : q.end], sentence, where)


def table(items: list[Item]) -> None:
    """Counts of each cause, by side."""
    counts = Counter((it.side, it.cause) for it in items)
    for (side, cause), n in sorted(counts.items(), key=lambda c: (c[0][0], -c[1])):
        print(f"{side:9}{cause:52}{n:>6}")
    for side in ("miss", "spurious"):
        print(f"{side} total: {sum(1 for it in items if it.side == side)}")
    cues = Counter(fold(it.cue) for it in items if it.side == "miss" and "cue" in it.cause)
    print("missed cues:", ", ".join(f"{c} {n}" for c, n in cues.most_common(40)))


if __name__ == "__main__":
    main()
