"""Terms for lexical similarity: folded tokens with proclitics and common suffixes stripped.

Arabic glues conjunctions, prepositions and the article to words (``والولايات``, ``بلافروف``) and
varies endings (``روسيا``/``روسية``), so raw tokens split one word into many. A light, rule-based key
(no lexicon) joins most of those forms; it over-strips a few short words, which stop-listing and IDF
make harmless for similarity.
"""

from __future__ import annotations

import re
from functools import cache

from akhbar.text.normalise import fold

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
    out = []
    for word in _WORD.findall(fold(text)):
        key = term_key(word)
        if key:
            out.append(key)
    return out
