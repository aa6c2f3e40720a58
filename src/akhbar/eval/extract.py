"""The ``akhbar eval extract`` scorer: entities, quotations and temporal expressions against gold.

``evaluate_extract`` runs the whole extraction pipeline over a gold JSONL file (``read_gold``) and
``score_extract`` compares what it found with the annotations.

Entities match on exact span and type. Quotations and timex match when their character overlap is
at least half of the shorter span, one-to-one, greedily by overlap. ``speaker_accuracy`` is over
matched quotations (names equal after folding and dropping ال and spaces, or one containing the
other); ``value_accuracy`` over matched timex (exact value). Figures are micro-averaged over the
file and rounded to 4 places; a division by zero gives 0.0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from akhbar.errors import InputError
from akhbar.eval.gold import read_gold
from akhbar.extract.pipeline import Extractor
from akhbar.model import Article
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from akhbar.eval.gold import GoldRecord
    from akhbar.model import Span


@dataclass(frozen=True, slots=True)
class Prediction:
    """What a system found in one gold text: entities (label = type), quotes (attrs ``speaker``),
    timex (attrs ``value``)."""

    entities: Sequence[Span] = ()
    quotes: Sequence[Span] = ()
    timex: Sequence[Span] = ()


@dataclass(slots=True)
class _Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    agreed: int = 0

    def prf(self) -> dict[str, float]:
        p = _div(self.matched, self.predicted)
        r = _div(self.matched, self.gold)
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(_div(2 * p * r, p + r), 4)}

    def accuracy(self) -> float:
        return round(_div(self.agreed, self.matched), 4)


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def evaluate_extract(gold_path: Path, *, extractor: Extractor | None = None) -> dict[str, Any]:
    """Run the extractor over every record of a gold JSONL file and score it with ``score_extract``.

    Each record's ``text`` is the whole body (gold texts are already clean, so nothing is excluded) and
    its ``pub_date`` the publication date timex resolve against. One extractor (default: a fresh one
    with the shipped NER model) serves the whole file in file order, so its entity index links names
    across the file's articles as it does across an ingested corpus. Raises ``InputError`` for a
    missing file or a malformed line (``read_gold`` names the line).
    """
    if not gold_path.is_file():
        raise InputError(
            f"{gold_path}: no such gold file. Pass a JSONL file in the format of shared/gold/GUIDELINES.md."
        )
    records = read_gold(gold_path)
    if not records:
        raise InputError(f"{gold_path}: no records found. Pass a gold JSONL file with one article per line.")
    run = extractor if extractor is not None else Extractor.load()
    return score_extract(records, lambda record: predict_record(run, record))


def predict_record(extractor: Extractor, record: GoldRecord) -> Prediction:
    """What ``extractor`` finds in one gold record's text, dated by the record's ``pub_date``."""
    article = Article.from_text(
        record.text, source=record.source or record.id, outlet=record.outlet, pub_date=record.pub_date
    )
    found = extractor(article)
    return Prediction(
        entities=found.spans("entities"), quotes=found.spans("quotes"), timex=found.spans("timex")
    )


def score_extract(gold: Sequence[GoldRecord], predict: Callable[[GoldRecord], Prediction]) -> dict[str, Any]:
    """Score ``predict`` over every gold record.

    >>> from akhbar.eval.gold import GoldRecord
    >>> from akhbar.model import Span
    >>> g = GoldRecord("g1", "قال لافروف", entities=(Span(4, 10, "PERS"),))
    >>> score_extract([g], lambda r: Prediction(entities=[Span(4, 10, "PERS")]))["entities"]
    {'precision': 1.0, 'recall': 1.0, 'f1': 1.0}
    """
    entities, quotes, timex = _Tally(), _Tally(), _Tally()
    for record in gold:
        found = predict(record)
        _count_entities(entities, record.entities, found.entities)
        _count_overlaps(quotes, record.quotes, found.quotes, "speaker", same_speaker)
        _count_overlaps(timex, record.timex, found.timex, "value", lambda a, b: a == b)
    return {
        "entities": entities.prf(),
        "quotes": quotes.prf() | {"speaker_accuracy": quotes.accuracy()},
        "timex": timex.prf() | {"value_accuracy": timex.accuracy()},
    }


def _count_entities(tally: _Tally, gold: Sequence[Span], found: Sequence[Span]) -> None:
    wanted = {(s.start, s.end, s.label) for s in gold}
    got = {(s.start, s.end, s.label) for s in found}
    tally.gold += len(wanted)
    tally.predicted += len(got)
    tally.matched += len(wanted & got)


def _count_overlaps(
    tally: _Tally, gold: Sequence[Span], found: Sequence[Span], attr: str, agree: Callable[[Any, Any], bool]
) -> None:
    tally.gold += len(gold)
    tally.predicted += len(found)
    for g, p in match_overlaps(gold, found):
        tally.matched += 1
        tally.agreed += agree(g.attrs.get(attr), p.attrs.get(attr))


def match_overlaps(gold: Sequence[Span], found: Sequence[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs whose overlap is at least half of the shorter span, largest overlap first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(found):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            shorter = min(g.length, p.length)
            if overlap > 0 and 2 * overlap >= shorter:
                candidates.append((-overlap, i, j))
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
            pairs.append((gold[i], found[j]))
    return pairs


def speaker_key(name: object) -> str:
    """A speaker name for comparison: folded, without the article ال and without spaces. The ال of a
    name compounded with «عبد» stays (it is part of the name, written joined or apart: «عبد الله» is
    «عبدالله», «عبد العزيز» is «عبدالعزيز»). A hamza seat before «ي» goes, as transliterations of one
    foreign name write it with or without («رافائيل» and «رافايل», «ميكائيل» and «ميكايل»).

    >>> speaker_key("الكرملين") == speaker_key("كرملين")
    True
    >>> speaker_key("عبد الله بن عبد العزيز") == speaker_key("عبدالله بن عبدالعزيز")
    True
    >>> speaker_key("رافائيل بينيتيز") == speaker_key("رافايل بينيتيز")
    True
    """
    words = fold(str(name or "").replace("ئي", "ي")).lower().split()
    return "".join(
        w[2:] if w.startswith("ال") and len(w) > 3 and (n == 0 or words[n - 1] != "عبد") else w
        for n, w in enumerate(words)
    )


def same_speaker(gold: object, predicted: object) -> bool:
    """Names equal after ``speaker_key``, or one containing the other; a missing name never agrees."""
    a, b = speaker_key(gold), speaker_key(predicted)
    return bool(a and b) and (a == b or a in b or b in a)
