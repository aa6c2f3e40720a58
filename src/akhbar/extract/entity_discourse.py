"""One sense per discourse: a name the article tags once is the same name at its other mentions.

The tagger decides each occurrence from a few words around it, so a name it typed in one sentence
(«تنحي بشار الأسد») may stay untagged a few lines on («تصرفات الأسد»، «مع الأسد»). Within one
article a name keeps its sense, so ``spread_names`` tags every other occurrence of a tagged mention's
words, with the mention's type, where:

- the article gives the words one type only (a name tagged PERS once and LOC once is left alone);
- the occurrence is a whole word sequence (an attached proclitic is left out of the span, «للأسد» →
  «أسد» as the tagger's spans do), inside the kept regions, on one line, and touches no tagged
  mention or excluded region;
- a one-word occurrence that reads as an adjective (a nisba agreeing with the noun before it: «الشركة
  السعودية») or a plural nisba («أوروبيين»), or is a currency («ريال»), is not spread;
- an occurrence next to another name word (a tagged one, one of the article's names, or a rare
  word: «ريف حلب»، «والي شانلي أورفة») is part of a longer name and is left alone;
- MISC names are not spread (products and events are often common nouns: «عصا السيلفي»), and no
  name is spread to more than ``UNTAGGED_PER_TAGGED`` untagged occurrences per tagged one;
- a one-word name that is also a frequent word («صالح» good, «الأسد» the lion, «حسن») is spread
  only when the tagger tagged it alone at least twice in the article, or it is the surname of a
  person the article names in full («بشار الأسد»): one tag of a common word may be the tagger's slip,
  two, or the full name, are the article's usage.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from akhbar.extract.entity_backoff import nisba
from akhbar.extract.words import bare, word_set
from akhbar.model import Span
from akhbar.text.normalise import fold, normalise

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from akhbar.extract.words import Tokens

#: A word ranked this high in the news is a common word too (``NerResources.rank``).
COMMON_RANK = 2_000
#: A word rarer than this beside a spread name is likely the rest of that name.
RARE_RANK = 20_000
#: A name is spread only when the tagger left at most this many untagged occurrences per tagged one:
#: a word it tagged once among many untagged ones («عصا السيلفي» seven times) is its slip, not a name.
UNTAGGED_PER_TAGGED = 2
#: Proclitics left out of a spread name; «لل» stands for ل + ال and goes whole (GUIDELINES), the
#: article after any other stays in the name («والأسد» → «الأسد»).
_CACHE = 8_192  # names and forms kept across articles (each entry of _forms is ~1 KB, in every worker)
_PROCLITICS = ("ولل", "فلل", "لل", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


def spread_names(
    tokens: Tokens,
    regions: Sequence[tuple[int, int]],
    mentions: Sequence[Span],
    *,
    rank: Mapping[str, int],
    excluded: Sequence[Span] = (),
) -> list[Span]:
    """``mentions`` with the untagged occurrences of their names added (module doc), in text order."""
    names, counts = _names(tokens.text, mentions, rank)
    if not names:
        return list(mentions)
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(names, key=len, reverse=True):
        firsts.setdefault(key[0], []).append(key)
    tagged = _tagged_tokens(tokens, [*mentions, *excluded])
    forms = tokens.forms
    currencies = word_set("gazetteers/currencies.txt")
    openers = _openers(firsts)
    found: dict[tuple[str, ...], list[Span]] = {}
    for i in [i for i, form in enumerate(forms) if form in openers and not tagged[i]]:
        hit = _occurrence(forms, i, forms[i], firsts)
        if hit is None or any(tagged[i : i + len(hit[0])]):
            continue  # most hits are the tagged mentions themselves
        key, chars = hit
        if len(key) == 1 and (nisba(bare(key[0]), forms, i) or bare(key[0]) in currencies):
            continue  # «الشركة السعودية للكهرباء»: an adjective; «ريال»: a unit
        if _next_to_name(tokens, (i, i + len(key)), tagged, openers, rank):
            continue  # «ريف حلب»، «البابا فرنسيس»: part of a longer name the article spells otherwise
        start = tokens.starts[i] + _original_chars(tokens.text[tokens.starts[i] : tokens.ends[i]], chars)
        end = tokens.ends[i + len(key) - 1]
        if _inside(regions, start, end) and "\n" not in tokens.text[start:end]:
            found.setdefault(key, []).append(Span(start, end, names[key], {}))
    added = [
        span
        for key, spans in found.items()
        if len(spans) <= UNTAGGED_PER_TAGGED * counts[key]
        for span in spans
    ]
    return sorted([*mentions, *added], key=lambda s: (s.start, s.end))


def _names(
    text: str, mentions: Sequence[Span], rank: Mapping[str, int]
) -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], int]]:
    """Folded word tuples of the article's names → their one type (module doc: common words), and
    how many times each is tagged."""
    types: dict[tuple[str, ...], set[str]] = {}
    counts: dict[tuple[str, ...], int] = {}
    surnames = set()
    for m in mentions:
        key = _key(text[m.start : m.end])
        if key:
            types.setdefault(key, set()).add(m.label)
            counts[key] = counts.get(key, 0) + 1
            if m.label == "PERS" and len(key) > 1:
                surnames.add(key[-1])
    names = {
        key: next(iter(kinds))
        for key, kinds in types.items()
        if len(kinds) == 1
        and all(w.isalpha() for w in key)
        and (len(key) > 1 or rank.get(key[0], 1 << 30) > COMMON_RANK or counts[key] > 1 or key[0] in surnames)
        and len(key[0]) > 2
        and kinds != {"MISC"}
    }
    return names, counts


def _occurrence(
    forms: Sequence[str], i: int, form: str, firsts: Mapping[str, Sequence[tuple[str, ...]]]
) -> tuple[tuple[str, ...], int] | None:
    """``(name, proclitic letters)`` of the longest name occurring at token ``i``, or ``None``."""
    for clitic in ("", *_PROCLITICS):
        if not form.startswith(clitic) or len(form) - len(clitic) < 2:
            continue
        rest = form[len(clitic) :]
        if clitic.endswith("لل"):
            rest = "ال" + rest
        for key in firsts.get(rest, ()):
            if tuple(forms[i + 1 : i + len(key)]) == key[1:]:
                return key, len(clitic)
    return None


def _tagged_tokens(tokens: Tokens, spans: Sequence[Span]) -> list[bool]:
    """For each token, whether a mention or an excluded region overlaps it."""
    out = [False] * len(tokens)
    for span in spans:
        for k in range(tokens.at(span.start), tokens.before(span.end) + 1):
            out[k] = True
    return out


def _next_to_name(
    tokens: Tokens,
    run: tuple[int, int],
    tagged: Sequence[bool],
    openers: frozenset[str],
    rank: Mapping[str, int],
) -> bool:
    """Whether the word before or after the token run ``[first, last)`` is tagged, one of the
    article's names or a rare word (module doc)."""
    first, last = run
    for k in (first - 1, last):
        if not tokens.is_word(k) or tokens.sentence[k] != tokens.sentence[first]:
            continue
        form = tokens.forms[k]
        if form in openers or rank.get(form, 1 << 30) > RARE_RANK:
            return True  # the other part of the name, untagged here too («شانلي أورفة»)
        if tagged[k]:
            return True
    return False


def _openers(firsts: Mapping[str, object]) -> frozenset[str]:
    """Every form a name's first word can take behind a proclitic: one set lookup a token."""
    return frozenset(form for word in firsts for form in _forms(word))


@lru_cache(maxsize=_CACHE)
def _forms(word: str) -> tuple[str, ...]:
    """``word`` and its forms behind each proclitic («لل» standing for ل + ال)."""
    out = [word, *(c + word for c in _PROCLITICS if not c.endswith("لل"))]
    if word.startswith("ال"):
        out += [c + word[2:] for c in _PROCLITICS if c.endswith("لل")]
    return tuple(out)


@lru_cache(maxsize=_CACHE)
def _key(surface: str) -> tuple[str, ...]:
    """A mention's folded words (cached: the same names come back article after article)."""
    return tuple(fold(surface).split())


def _original_chars(token: str, folded_chars: int) -> int:
    """Original characters of the first ``folded_chars`` folded letters of ``token``."""
    if not folded_chars:
        return 0
    view = normalise(token)
    return view.to_original(0, folded_chars)[1]


def _inside(regions: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(lo <= start and end <= hi for lo, hi in regions)
