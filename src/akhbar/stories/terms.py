"""Terms for lexical similarity: folded tokens with proclitics and common suffixes stripped, and their IDF.

Arabic glues conjunctions, prepositions and the article to words (``والولايات``, ``بلافروف``) and
varies endings (``روسيا``/``روسية``), so raw tokens split one word into many. A light, rule-based key
(no lexicon) joins most of those forms; it over-strips a few short words, which stop-listing and IDF
make harmless for similarity.

IDF comes from ``TermFrequencies``: a background table of document frequencies shipped in
``resources/frequencies/term_df.tsv`` (so two articles alone, or a corpus of five, still know that
«المملكة» is common and «لافروف» is not) plus the documents seen so far, counted online as articles
stream in. Rebuild the table with ``count_frequencies`` and ``write_frequencies`` after changing
``term_key``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from akhbar.resources import path as resource_path
from akhbar.text.normalise import fold

FREQUENCIES = "frequencies/term_df.tsv"

_WORD = re.compile(r"[\u0621-\u064A]+|[a-z]+|\d{4}")
# Light10-style: only the article forms and و are stripped; a bare ب/ل/ف/ك is too often part of a name
_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال")
_SUFFIXES = ("يون", "يين", "ات", "ون", "ين", "ان", "يه", "ها", "هم", "هما", "نا", "ه", "ي")
_STOP = frozenset(
    fold(w)
    for w in [
        "في",
        "من",
        "على",
        "الى",
        "إلى",
        "عن",
        "مع",
        "أن",
        "إن",
        "ان",
        "التي",
        "الذي",
        "الذين",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "كان",
        "كانت",
        "قد",
        "لا",
        "لم",
        "لن",
        "ما",
        "هو",
        "هي",
        "هم",
        "بين",
        "بعد",
        "قبل",
        "حول",
        "خلال",
        "كما",
        "أو",
        "او",
        "ثم",
        "حتى",
        "عند",
        "منذ",
        "كل",
        "أي",
        "غير",
        "وقال",
        "قال",
        "وأضاف",
        "أضاف",
        "وأكد",
        "أكد",
        "اليوم",
        "أمس",
        "يوم",
        "عام",
        "العام",
        "حيث",
        "وفي",
        "ومن",
        "إلى",
        "وعلى",
        "وهو",
        "وهي",
        "فيما",
        "لكن",
        "إلا",
        "أيضا",
        "أيضاً",
        "فقط",
        "له",
        "لها",
        "لهم",
        "به",
        "بها",
        "عليه",
        "عليها",
        "فيه",
        "منه",
    ]
)


@cache
def term_key(word: str) -> str:
    """The comparison key of one folded word ('' for stop words and very short stems).

    >>> term_key(fold("والولايات")), term_key(fold("ولافروف")), term_key(fold("الروسية"))
    ('ولاي', 'لافروف', 'روس')
    """
    if word in _STOP or (len(word) < 3 and not word.isdigit()):
        return ""
    stem = word
    for prefix in _PREFIXES:
        if stem.startswith(prefix) and len(stem) - len(prefix) >= 3:
            stem = stem[len(prefix) :]
            break
    else:
        if stem.startswith("و") and len(stem) >= 5:
            stem = stem[1:]
    for suffix in _SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
            stem = stem[: -len(suffix)]
            break
    return "" if stem in _STOP else stem


def terms(text: str) -> list[str]:
    """The term keys of ``text`` in order (used as a scikit-learn analyzer).

    >>> terms("قال لافروف إن روسيا والولايات المتحدة")
    ['لافروف', 'روسيا', 'ولاي', 'متحد']
    """
    return [key for key in map(term_key, _WORD.findall(fold(text))) if key]


@dataclass(slots=True)
class TermFrequencies:
    """Document frequencies of term keys: a background table plus the documents observed so far.

    ``idf`` pools both, so a small corpus leans on the background and a large one on itself.

    >>> tf = TermFrequencies(background={"مملك": 900}, background_docs=1000)
    >>> tf.idf("مملك") < tf.idf("لافروف")
    True
    """

    background: Mapping[str, int] = field(default_factory=dict)
    background_docs: int = 0
    seen: Counter[str] = field(default_factory=Counter)
    docs: int = 0

    @classmethod
    def load(cls) -> TermFrequencies:
        """Fresh online counts over the shipped background table."""
        docs, table = _background()
        return cls(background=table, background_docs=docs)

    def observe(self, keys: Iterable[str]) -> None:
        """Count one document holding ``keys`` (repeats in one document count once)."""
        self.docs += 1
        self.seen.update(set(keys))

    def idf(self, key: str) -> float:
        """Smoothed inverse document frequency, ``ln((N + 1) / (df + 1))``: 0 for a key in every document."""
        n = self.background_docs + self.docs
        return math.log((n + 1) / (self.background.get(key, 0) + self.seen.get(key, 0) + 1))


@cache
def _background() -> tuple[int, Mapping[str, int]]:
    return read_frequencies(resource_path(FREQUENCIES))


@cache
def common_terms(share: float) -> frozenset[str]:
    """The term keys held by at least ``share`` of the background table's documents.

    Story clustering treats them as recurring words (``recurrence.DaySpread``): a word that one
    news article in a hundred holds («برنت»، «الأسهم»، «الحوثي») links two reports of different
    days no better than the daily template does. The table knows this from the first article on,
    where the stream's own day counts need days of history and a dense stream.
    """
    docs, table = _background()
    if share <= 0 or not docs:
        return frozenset()
    return frozenset(key for key, count in table.items() if count >= share * docs)


def read_frequencies(file: Path) -> tuple[int, dict[str, int]]:
    """A ``key<TAB>count`` table (``#`` comments; the ``*`` row is the number of documents)."""
    table: dict[str, int] = {}
    docs = 0
    for line in file.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, count = line.partition("\t")
        if key == "*":
            docs = int(count)
        else:
            table[key] = int(count)
    return docs, table


def count_frequencies(texts: Iterable[str]) -> tuple[int, Counter[str]]:
    """The number of texts and, per term key, the number of texts holding it."""
    counts: Counter[str] = Counter()
    docs = 0
    for text in texts:
        docs += 1
        counts.update(set(terms(text)))
    return docs, counts


def write_frequencies(
    file: Path, docs: int, counts: Mapping[str, int], *, min_docs: int = 5, note: str = ""
) -> None:
    """Write a background table: keys held by at least ``min_docs`` texts, most frequent first."""
    rows = sorted(((k, v) for k, v in counts.items() if v >= min_docs), key=lambda kv: (-kv[1], kv[0]))
    head = [f"# {line}" for line in note.splitlines()]
    body = [f"*\t{docs}", *(f"{k}\t{v}" for k, v in rows)]
    file.write_text("\n".join(head + body) + "\n", encoding="utf-8")
