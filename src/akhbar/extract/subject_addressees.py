"""The one spoken to between a cue and its subject, and the quoted words a subject never lies in.

«وأوضح لـ«الوئام» المتحدث الرسمي …»، «وقال لوكالة رويترز وزير النفط …»، «وأكدت لـ"الاقتصادية" مصادر …»:
the phrase with «لـ» names whom the words were said to; the subject (a name, a title, a body, a plural
of people: «قال لـ"الاقتصادية" مختصون …») follows it (``past_addressee``).
With nothing that can speak after it («وأكد لداود أوغلو أن …») the «لـ» phrase is no subject at all
(``addressee``). A name that starts with «ل» itself («لابرون») is no «لـ» phrase. A name inside a
phrase governed by a preposition («إلى لقائه بنظيره الأمريكي فلان») is no subject either (``governed``),
nor one in a phrase of what the words are about that opens the sentence («وحول فلان، أكد أن …»,
``after_topic``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.roles import STATEMENTS, is_title, skip_honorifics, speaking_nouns
from akhbar.extract.subject_groups import plural_people
from akhbar.extract.words import OUTLETS, QUOTE_MARKS, bare
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from akhbar.extract.found import Context, Found
    from akhbar.extract.words import Tokens

_COMMAS = frozenset("،,")


def in_content(ctx: Context, q: Found, j: int) -> bool:
    """Token ``j`` lies in the quotation's own words, which follow the cue."""
    start = ctx.tokens.starts[j]
    return q.cue_tok >= 0 and ctx.tokens.starts[q.cue_tok] < q.start <= start < q.end


_ADDRESSEE_WITHIN = 5  # tokens of a «لـ» phrase between a cue and its subject


def past_addressee(ctx: Context, q: Found, j: int) -> int:
    """The subject after the one spoken to: «وأوضح لـ«الوئام» المتحدث الرسمي …»، «وقال لوكالة رويترز
    وزير النفط …». ``j`` itself when no «لـ» phrase opens there or nothing that can speak follows it."""
    toks = ctx.tokens
    if j >= len(toks) or not toks.forms[j].startswith("ل") or q.mode == "attribution":
        return j
    if ctx.taken[j] >= 0 and addressee(ctx, j):  # «لداود أوغلو», not «لافروف»
        k = toks.at(ctx.linked[ctx.taken[j]].end)
    elif toks.forms[j] in {"ل", "لـ"} or bare(toks.forms[j][1:]) in OUTLETS:  # «لـ«الوئام»»، «لوكالة رويترز»
        k = _past_name(ctx, j + 1)
    else:
        return j
    if k >= len(toks) or k - j > _ADDRESSEE_WITHIN or toks.sentence[k] != toks.sentence[j]:
        return j
    named = skip_honorifics(toks, k)  # «لـ"الاقتصادية" الدكتور فلان»، but «لـ«عكاظ» شيخ الجالية …»
    for s in (named, k) if named < len(toks) and ctx.taken[named] >= 0 else (k, named):
        form = toks.forms[s] if s < len(toks) else ""
        speaks = (
            ctx.taken[s] >= 0
            or is_title(form)
            or bare(form) in speaking_nouns()
            or bare(form) in OUTLETS
            or (toks.is_word(s) and plural_people(toks, s))  # «قال لـ"الاقتصادية" مختصون في …»
        )
        if form and toks.is_word(s) and speaks and not in_content(ctx, q, s):
            return s
    return j


def _past_name(ctx: Context, k: int) -> int:
    """The token after a name at ``k``: a mention or one word, with the quote marks around it."""
    toks = ctx.tokens
    while k < len(toks) and toks.forms[k] in QUOTE_MARKS:
        k += 1
    if k < len(toks) and ctx.taken[k] >= 0:
        k = toks.at(ctx.linked[ctx.taken[k]].end)
    elif toks.is_word(k):
        k += 1
    while k < len(toks) and (toks.forms[k] in QUOTE_MARKS or toks.forms[k] in _COMMAS):
        k += 1
    return k


def addressee(ctx: Context, j: int) -> bool:
    """A mention with «لـ» glued in front of it («لتركيا»، «لداود أوغلو»), unless the name itself starts
    with that letter: another mention of the article spells it whole («فينسن لابرون» … «لابرون»)."""
    toks, m = ctx.tokens, ctx.linked[ctx.taken[j]]
    if not (toks.starts[j] < m.start and toks.forms[j].startswith("ل")):
        return False
    return not any(toks.forms[j] in fold(ctx.text[o.start : o.end]).lower().split() for o in ctx.linked)


_GOVERNING = frozenset(fold(w) for w in ("في", "من", "إلى", "مع", "عن", "على", "لدى", "مثل", "بين"))
_PHRASE_BACK = 4  # titles and adjectives between a governing word and the name («بنظيره الأمريكي فلان»)


def governed(ctx: Context, k: int) -> bool:
    """The mention at token ``k`` is governed by a preposition, alone («مع الرئيس فلان») or glued to a noun
    («بنظيره»، «لنظيره»، «للرئيس»), across the titles and adjectives before it: an object, no subject of a
    verb or participle after it («وأشار فلان إلى لقائه بنظيره علان قائلا: …»: فلان speaks)."""
    toks = ctx.tokens
    first = toks.at(ctx.linked[ctx.taken[k]].start)
    for i in range(first - 1, max(-1, first - 1 - _PHRASE_BACK), -1):
        form = toks.forms[i] if toks.is_word(i) and toks.sentence[i] == toks.sentence[k] else ""
        if form in _GOVERNING or (form[:1] == "و" and form[1:] in _GOVERNING):
            return not _authored(toks, i)
        if _glued(
            form
        ):  # not the genitive of a title the name is apposed to («الأمين العام للأمم المتحدة فلان»)
            return not _titled_before(toks, i)
        if not form.startswith("ال") and not is_title(form):
            return False
    return False


def _authored(toks: Tokens, i: int) -> bool:
    """«تقريرا من الوكالة يؤكد …»: «من»/«عن» after a statement noun names its author, who speaks."""
    before = bare(toks.forms[i - 1]) if i > 0 else ""
    return toks.forms[i] in {"من", "عن"} and (before in STATEMENTS or before[:-1] in STATEMENTS)


def _titled_before(toks: Tokens, i: int) -> bool:
    """A title opens the definite words right before token ``i`` («الأمين العام» before «للأمم»)."""
    for k in range(i - 1, max(-1, i - 1 - _PHRASE_BACK), -1):
        if is_title(toks.forms[k]):
            return True
        if not toks.forms[k].startswith("ال"):
            return False
    return False


def _glued(form: str) -> bool:
    """«بنظيره»، «للرئيس»، «بالوزير»: «بـ»/«لـ» glued to a definite noun, a title or a noun with a possessive
    pronoun (not a name or a verb that merely starts with the letter: «بشار»، «لفت»)."""
    if len(form) < 4 or form[0] not in "بل":
        return False
    return form.startswith(("لل", "بال")) or is_title(form[1:]) or form.endswith(("ه", "ها", "هم"))


def fronted_topic(ctx: Context, k: int) -> bool:
    """The mention at token ``k`` is a topic fronted with «عن» at its sentence's start, the cue after it
    («وعن فلان قال: «…»»، «أما عن علان فقال»): what the words are about; the speaker goes on."""
    toks = ctx.tokens
    first = toks.at(ctx.linked[ctx.taken[k]].start)
    if first < 1 or toks.forms[first - 1] not in _ABOUT:
        return False
    before = first - 2
    return before < 0 or toks.sentence[before] != toks.sentence[k] or toks.forms[before] in _COMMAS | {"اما"}


_ABOUT = frozenset({"عن", "وعن", "فعن"})
# words that open a phrase of what the words are about («وحول …،»، «وبشأن …،»، «وردا على …،»، «وبسؤاله عن …،»)
_TOPIC_OPENERS = frozenset(
    fold(c + w)
    for w in ("حول", "بشأن", "بخصوص", "عن", "ردا", "تعليقا", "بسؤاله", "بسؤالها", "وفيما")
    for c in ("", "و")
)
_CONCERNING = frozenset(fold(w) for w in ("يتعلق", "يخص"))


def after_topic(toks: Tokens, c: int) -> bool:
    """The cue at token ``c`` follows the comma that closes a phrase of what the words are about, which
    opens its sentence («وحول مشاركة فلان في المباراة، أكد أن …»، «وفيما يتعلق بـ …، قال …»): the
    names in that phrase are its topic, not the cue's subject (nothing else stands between)."""
    first = c - 1
    while first > 0 and toks.sentence[first - 1] == toks.sentence[c]:
        first -= 1
    form = toks.forms[first]
    if form in {"فيما", "وفيما"} and toks.forms[first + 1] not in _CONCERNING:
        return False  # «فيما أوضح …»: a connector, not «فيما يتعلق»
    if form not in _TOPIC_OPENERS or c - 1 <= first or toks.forms[c - 1] not in _COMMAS:
        return False
    return not any(toks.forms[k] in _COMMAS for k in range(first + 1, c - 1))
