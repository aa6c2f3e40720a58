"""Keys and ids of entities: what spellings of one name share, so linking and the store can match them.

A *variant key* is the folded name with the letters that transliterate one foreign sound merged
(غ/ج/ك/ق for G, ط/ت, ص/س, ذ/ظ/ز) and long vowels dropped, so سيرغي, سيرجي and سيرگي share a key.
People are keyed that way; places and bodies only lightly (``entity_key``). ``entity_id`` hashes the
type and key of a canonical name into the stable id the store and the server use. Kept apart from
``linking`` because the store keys and ids mentions without linking anything.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache

from akhbar.resources import read_lines
from akhbar.text.normalise import fold

_SOUNDS = str.maketrans(
    {"غ": "ج", "ك": "ج", "ق": "ج", "ط": "ت", "ص": "س", "ث": "س", "ض": "د", "ذ": "ز", "ظ": "ز"}
)
_VOWELS = re.compile("[اويء]")
#: Characters trimmed from both ends of a name before it is keyed or counted.
NAME_TRIM = "\"'“”«»„‹›()[]{}،,.:;-–— \t\n"


@lru_cache(maxsize=1 << 16)
def variant_key(name: str) -> str:
    """The key that spelling variants of one name share (cached: the same names recur in every article).

    >>> variant_key("سيرغي لافروف") == variant_key("سيرجي لافروف") == variant_key("سيرگي لافروڤ")
    True
    >>> variant_key("أنتوني بلينكين") == variant_key("أنطوني بلينكن")
    True
    >>> variant_key("محمد اليوسفي") == variant_key("محمد اليوسف")
    False
    >>> variant_key("ابن حلي") == variant_key("بن حلي")
    True
    """
    words = fold(name).lower().strip(NAME_TRIM).split()
    return " ".join(_word_key(w) for w in words)


# names recur within and across articles (linking and the entity index key every mention): keying
# each spelling once saves most of the folding and the vowel regex
@lru_cache(maxsize=1 << 16)
def entity_key(label: str, name: str) -> str:
    """The key that names one entity across spellings: ``variant_key`` for people, whose foreign names
    are transliterated many ways; for places and bodies only folding, «ج/غ» and a final «ه»
    (dropping vowels there made «اليمن» and «ألمانيا», «سوريا» and «صور» one key).

    >>> entity_key("LOC", "اليمن") == entity_key("LOC", "ألمانيا"), entity_key("PERS", "سيرغي") == entity_key("PERS", "سيرجي")
    (False, True)
    """
    if label == "PERS":
        return variant_key(name)
    return " ".join(_light_key(w) for w in fold(name).lower().strip(NAME_TRIM).split())


def _light_key(word: str) -> str:
    word = word.translate(_SOUNDS)
    return word[:-1] if word.endswith("ه") and len(word) > 3 else word


def _word_key(word: str) -> str:
    if word == "ابن":  # «ابن حلي» is the «أحمد بن حلي» of the same article
        return "بن"
    word = word.translate(_SOUNDS)
    if word.endswith("ه") and len(word) > 3:
        word = word[:-1]
    if len(word) <= 2:
        return word
    # a final ي stays: «اليوسفي» and «اليوسف» are two families, «سيرغي»/«سيرجي» one name
    tail = "ي" if word.endswith("ي") else ""
    return word[:1] + _VOWELS.sub("", word[1 : len(word) - len(tail)]) + tail


@lru_cache(maxsize=1 << 16)
def entity_id(label: str, canonical: str) -> str:
    """A stable id from the type and the variant key of the canonical name."""
    digest = hashlib.sha1(f"{label}:{entity_key(label, canonical)}".encode(), usedforsecurity=False)
    return digest.hexdigest()[:12]


@cache
def org_head_keys() -> frozenset[str]:
    """Keys of the generic head words of organisation names («وزارة»، «مجلس»): a partial name may lack them."""
    return frozenset(entity_key("ORG", w) for w in read_lines("cues/org_heads.txt"))
