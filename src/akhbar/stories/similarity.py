"""How alike two articles (or an article and a story) are: words, names and dates, combined.

The evidence is computed on a ``Profile`` built once per article:

* **words** — cosine of TF-IDF vectors over the term keys of the kept body (excluded regions, such as
  a "read also" appendix, left out), the title's terms counted ``title_weight`` extra times;
  sublinear term frequency, IDF from ``TermFrequencies`` (background table plus the corpus so far);
* **names** — the words of the entities both mention (the ``entities`` layer: canonical form and
  surface), each weighted by its IDF, so sharing «لافروف» says more than sharing «السعودية». The
  evidence is the weighted share of the smaller name set that the other holds, damped while only a
  little weight is shared;
* **clash** — how far the *specific* names (IDF at least ``specific_idf``) of two sides miss each
  other when both have some: two executions announced by one ministry in the same words, of
  different men in different towns, share most words and no specific name;
* **lead** — a separate unit TF-IDF vector of the title and the first ``LEAD_CHARS`` characters of
  the kept body (``lead_split``), which clustering compares with a story's first members
  (``cluster._led``), and the figures the lead states;
* **dates** — the smallest gap in days between the dates that place each article in time
  (``time_anchors``: publication date, else crawl date, and the dates the text names).

``Evidence.score`` is the word cosine, discounted by the clash, plus the weighted name evidence,
less a penalty per day of gap. Words must carry part of it (``min_words``), so two events of the
same actors — two matches of one club, two statements of one ministry days apart — share names
but stay apart. The weights were set on a hand-labelled SaudiNewsNet story set (19 stories, 244
articles, 1,500 distractors) and on hand-labelled pairs, and checked on the SemEval-2022 Arabic pairs.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import repeat
from operator import mul

from akhbar.model import Article
from akhbar.stories.recurrence import LEAD_CHARS, lead_figures, reported_day
from akhbar.stories.terms import TermFrequencies, terms
from akhbar.stories.timeline import dated_sentences


@dataclass(frozen=True, slots=True)
class SimilarityOptions:
    """Weights of the evidence; ``Evidence.score`` is compared with ``join_threshold``."""

    title_weight: int = 2
    name_weight: float = 0.3
    name_scale: float = 12.0
    clash_weight: float = 0.3
    specific_idf: float = 3.0
    day_penalty: float = 0.03
    max_gap_days: int = 10
    min_words: float = 0.12
    join_threshold: float = 0.4


@dataclass(frozen=True, slots=True)
class Profile:
    """What similarity compares of one article: a unit TF-IDF vector, weighted names and dates."""

    words: Mapping[str, float]
    names: Mapping[str, float]
    dates: frozenset[date]
    day: date | None = None
    reported: date | None = None
    lead: Mapping[str, float] = field(default_factory=dict)
    figures: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Evidence:
    """The evidence between two profiles (``gap`` is ``None`` when a side has no date)."""

    words: float
    names: float
    gap: int | None
    clash: float = 0.0

    def score(self, options: SimilarityOptions) -> float:
        """Words (less their share lost to clashing names) plus weighted names, less a penalty per day of gap."""
        penalty = options.day_penalty * min(self.gap, options.max_gap_days) if self.gap else 0.0
        words = self.words * (1.0 - options.clash_weight * self.clash)
        return words + options.name_weight * self.names - penalty

    def joins(self, options: SimilarityOptions) -> bool:
        """True when the evidence is enough to put both sides in one story."""
        return self.words >= options.min_words and self.score(options) >= options.join_threshold


@dataclass(slots=True)
class Profiler:
    """Builds profiles with online IDF: each article is counted before its own vector is weighted."""

    frequencies: TermFrequencies = field(default_factory=TermFrequencies.load)
    options: SimilarityOptions = field(default_factory=SimilarityOptions)
    learn: bool = True

    def __call__(self, article: Article) -> Profile:
        lead, rest = lead_split(article)
        lead_keys = [key for piece in lead for key in terms(piece)]
        counts = Counter(lead_keys + [key for piece in rest for key in terms(piece)])
        title = set(terms(article.title or ""))
        if self.learn:
            self.frequencies.observe(counts.keys() | title)
        for key in title:
            counts[key] += self.options.title_weight
        idf = self.frequencies.idf
        words = _unit({k: (1.0 + math.log(c)) * idf(k) for k, c in counts.items()})
        anchors = time_anchors(article)
        day = arrival_day(article, anchors)
        names = entity_weights(article, self.frequencies)
        lead_counts = Counter(lead_keys)
        for key in title:
            lead_counts[key] += self.options.title_weight
        return Profile(
            words,
            names,
            anchors,
            day,
            reported_day(article, day),
            _unit({k: (1.0 + math.log(c)) * idf(k) for k, c in lead_counts.items()}),
            lead_figures(f"{article.title or ''}\n{' '.join(lead)}"),
        )


def lead_split(article: Article, *, chars: int = LEAD_CHARS) -> tuple[list[str], list[str]]:
    """The kept body's pieces, split into the lead (at most ``chars`` characters, cut at a space) and the rest.

    With the title, the lead of a report says what happened (who did what, where, how many); two
    reports of one occurrence say it there, while two occurrences of the same actors on one day share
    the body's background but not the lead. Clustering compares leads as a separate TF-IDF vector
    (``Profile.lead``, the title weighted as in the body's vector) and by the figures they state
    (``Profile.figures``). Cut at a space, the terms of the lead and of the rest are those of the
    kept body, so the body's terms cost nothing more.
    """
    lead: list[str] = []
    rest: list[str] = []
    left = chars
    for s, e in article.kept_ranges():
        piece = article.text[s:e]
        if left <= 0:
            rest.append(piece)
        elif len(piece) <= left:
            lead.append(piece)
            left -= len(piece)
        else:
            cut = max(0, *(piece.rfind(space, 0, left + 1) for space in " \n"))
            lead.append(piece[:cut])
            rest.append(piece[cut:])
            left = 0
    return lead, rest


def article_terms(article: Article) -> list[str]:
    """Term keys of the kept body: body minus excluded regions (boilerplate, "read also" appendices)."""
    return [key for s, e in article.kept_ranges() for key in terms(article.text[s:e])]


def entity_weights(article: Article, frequencies: TermFrequencies) -> dict[str, float]:
    """The term keys of the entities an article names (canonical and surface forms), each with its IDF.

    Names are compared word by word, so «علي سعد دوابشة» and «الدوابشة», or a canonical form and a
    shorter mention, still meet on the rare word they share; common words (``بن``, «محمد») weigh little.
    """
    out: dict[str, float] = {}
    for span in article.spans("entities"):
        forms = (str(span.attrs.get("canonical") or ""), article.text[span.start : span.end])
        for key in {k for form in forms for k in terms(form)}:
            if key not in out:
                out[key] = frequencies.idf(key)
    return out


def time_anchors(article: Article) -> frozenset[date]:
    """The dates that place an article in time: publication date (else crawl date) and dates it names.

    Named dates come from the ``timex`` layer (``attrs["value"]``, a month taken at its 15th) when the
    article has one, else from the body's dated sentences. A republication years later that recounts
    the same events is placed by the dates it names, not only by its own.
    """
    anchors: set[date] = set()
    own = article.pub_date or article.crawl_date
    if own:
        anchors.add(own)
    if "timex" in article.layers:
        values: Iterable[str] = (str(t.attrs.get("value") or "") for t in article.spans("timex"))
    else:
        values = (item.value for item in dated_sentences(article))
    for value in values:
        anchor = _value_date(value)
        if anchor:
            anchors.add(anchor)
    return frozenset(anchors)


def arrival_day(article: Article, anchors: frozenset[date]) -> date | None:
    """The day an article enters the stream: publication, else crawl, else the earliest date it names."""
    return article.pub_date or article.crawl_date or (min(anchors) if anchors else None)


def _value_date(value: str) -> date | None:
    parts = value.split("-")
    if len(parts) < 2 or not all(p.isdigit() for p in parts[:3]):
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) >= 3 else 15)
    except ValueError:
        return None


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors (unit vectors give the cosine)."""
    if len(a) > len(b):
        a, b = b, a
    # the products of ``w * b.get(k, 0.0)`` over ``a.items()``, summed in the same order, without a
    # generator step per term (clustering compares tens of thousands of pairs)
    dot: float = sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
    return dot


def name_evidence(a: Mapping[str, float], b: Mapping[str, float], *, scale: float) -> float:
    """Weighted share of the smaller name set held by the other, damped while the shared weight is small.

    >>> round(name_evidence({"لافروف": 6.0, "روسيا": 2.0}, {"لافروف": 6.0}, scale=12.0), 2)
    0.39
    """
    if not a or not b:
        return 0.0
    shared = sum(w for k, w in a.items() if k in b)
    if not shared:
        return 0.0
    smaller = min(sum(a.values()), sum(b.values()))
    return (shared / smaller if smaller else 0.0) * (1.0 - math.exp(-shared / scale))


def name_clash(a: Mapping[str, float], b: Mapping[str, float], *, specific: float) -> float:
    """How far the specific names (IDF at least ``specific``) of two sides miss each other, 0 to 1.

    0 when either side names nothing specific; 1 when both do and share none — two executions
    announced in the same words but of different men in different towns.

    >>> name_clash({"القصيم": 4.1, "الله": 1.5}, {"الاحساء": 4.0, "الله": 1.5}, specific=4.0)
    1.0
    """
    mine = {k: w for k, w in a.items() if w >= specific}
    theirs = {k: w for k, w in b.items() if w >= specific}
    if not mine or not theirs:
        return 0.0
    shared = sum(w for k, w in mine.items() if k in theirs)
    return 1.0 - shared / min(sum(mine.values()), sum(theirs.values()))


def date_gap(a: frozenset[date], b: frozenset[date]) -> int | None:
    """Smallest distance in days between a date of ``a`` and one of ``b``; ``None`` if either is empty."""
    if not a or not b:
        return None
    return min(abs((x - y).days) for x in a for y in b)


def compare(a: Profile, b: Profile, options: SimilarityOptions | None = None) -> Evidence:
    """The evidence between two profiles."""
    opts = options or SimilarityOptions()
    return Evidence(
        cosine(a.words, b.words),
        name_evidence(a.names, b.names, scale=opts.name_scale),
        date_gap(a.dates, b.dates),
        name_clash(a.names, b.names, specific=opts.specific_idf),
    )


def article_similarity(
    a: Article,
    b: Article,
    *,
    frequencies: TermFrequencies | None = None,
    options: SimilarityOptions | None = None,
) -> float:
    """How alike two articles are, on the scale of ``SimilarityOptions.join_threshold`` (about 0 to 1.3).

    IDF is the background table's unless ``frequencies`` (say, a corpus's counts) is given; neither
    article is added to it. Entities count when the articles carry an ``entities`` layer.
    """
    opts = options or SimilarityOptions()
    profiler = Profiler(frequencies or TermFrequencies.load(), opts, learn=False)
    return compare(profiler(a), profiler(b), opts).score(opts)


def _unit(vector: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {k: w / norm for k, w in vector.items() if w} if norm else {}
