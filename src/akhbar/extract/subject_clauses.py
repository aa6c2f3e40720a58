"""A cue without a subject of its own shares the subject of the verb it is coordinated with.

«وتحدثت صحيفة ذي ديلي نيشن عن … ودعت الكينيين إلى «…»»: «دعت» has no subject; Arabic leaves out the
subject of a verb coordinated with an earlier one that names it, so the newspaper speaks
(``set_clause_subject``). The earlier verb opens a clause of the same sentence (the sentence start, or
after a comma) with «و» or «ف», agrees with the cue in
gender (coordinated verbs share one subject) and lies outside other quotations' words; an earlier speech
verb with no subject of its own ends the search, since its speaker is the one who goes on. «وكان رد فعل
اتحاد غانا غاضبا … وقال»: a subject that is a chain of nouns ending in a name speaks for that name
(for the body a place names, «اتحاد غانا», when a body's noun stands before it).
A pronoun subject with no speaker before it («ونوه سموه … وقال سموه») is the person the article's
sentences have been about (``set_topic``): the subject of the nearest sentence opened by a verb.
A clause opened by a name or a title, with the cue further on and no conjunction on it («المسؤول العراقي
الذي رفض ذكر اسمه قال إن …»، «إلا أن مسؤولاً محلياً، طلب عدم ذكر اسمه، قال: …») has that fronted noun
phrase as the cue's subject, whatever stands between (``set_fronted``); so has a name between «أن» and
the cue («أن الجنرال ديمبسي أبلغ العبادي أن …», ``set_complement_subject``). A bare cue opening its
sentence right after one that quotes nobody and whose verb has a person as its subject («رفض فلان القرار.
وقال إن …») goes on from that person (``set_previous_actor``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.cues import (
    COMMAS,
    COMPLEMENTISERS,
    cue_gender,
    cue_kind,
    cue_plural,
    sentence_first,
    weak,
)
from akhbar.extract.found import Found, Last, set_mention
from akhbar.extract.genders import agrees
from akhbar.extract.referents import resolve_description
from akhbar.extract.roles import body_heads, is_title, phrase_at, skip_honorifics, speaking_nouns
from akhbar.extract.subjects import set_subject
from akhbar.extract.words import OUTLETS, QUOTE_MARKS, bare, word_set
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from akhbar.extract.found import Context
    from akhbar.extract.words import Tokens

_BREAKS = COMMAS | {"؛"}
# clause-initial words that are not verbs: prepositions, particles, demonstratives, pronouns
_NOT_VERBS = frozenset(
    fold(w)
    for w in (
        "في", "من", "على", "عن", "إلى", "مع", "بعد", "قبل", "خلال", "منذ", "حتى", "لكن", "إلا", "أن", "إن",
        "كما", "فيما", "بينما", "حيث", "إذ", "إذا", "ثم", "أو", "بل", "هذا", "هذه", "ذلك", "تلك", "عند",
        "لدى", "ضمن", "عبر", "نحو", "حول", "بين", "أمام", "وسط", "رغم", "لا", "لم", "لن", "قد", "ما", "هو",
        "هي", "هم", "كل", "أي", "غير", "مثل", "أيضا", "أما", "لأن", "كي", "لكي", "إضافة", "وفق", "عقب",
        "منها", "منه", "منهم", "فيها", "فيه", "عليها", "عليه", "لها", "له", "بها", "به", "عنها", "عنه", "إليه",
    )
)  # fmt: skip
_CHAIN = 3  # indefinite nouns in a possessive chain before the name it ends in («رد فعل اتحاد غانا»)
_TOPIC_SENTENCES = 3
_WAS_AND = frozenset({"وكانت", "وكان"})


def set_clause_subject(ctx: Context, q: Found) -> bool:
    """The subject of the nearest earlier verb of the cue's sentence that the cue is coordinated with."""
    toks, c = ctx.tokens, q.cue_tok
    want = cue_gender(toks.forms[c])
    first = sentence_first(toks, c)
    for k in range(c - 1, first - 1, -1):
        if k > first and toks.forms[k - 1] not in _BREAKS:
            continue
        if not toks.is_word(k) or _quoted_elsewhere(ctx, q, k):
            continue
        kind = cue_kind(toks.forms[k])
        if kind not in {"", "verb", "appeal"}:
            return False  # «…، مشيرا إلى …»: whoever made that statement goes on
        # a speech or appeal verb is a verb with or without «و» («من جانبه، أعرب المسؤول عن …، مؤكدا»)
        known = (
            (not want or cue_gender(toks.forms[k]) == want)
            if kind
            else _verb(ctx, k, want, c, _opened(toks, k))
        )
        if known and _set_from_verb(ctx, q, k, want, named=kind == "verb"):
            if cue_plural(toks.forms[c]) and q.speaker_label == "PERS" and " و" not in str(q.speaker):
                q.speaker, q.speaker_label, q.speaker_span = None, "", None
                return False  # «…، مشيرين»: a group, not the one person a clause names
            q.implicit = True
            return True
        if kind == "verb":
            return False  # «وقال إن …، وأضاف»: a cue without a subject, its speaker goes on
    return False


def set_topic(ctx: Context, q: Found) -> bool:
    """«ونوه سموه … وقال سموه»: with no speaker before, a pronoun is the subject of the nearest sentence
    opened by a verb whose subject is a person (a pronoun there passes the question further back)."""
    toks, c = ctx.tokens, q.cue_tok
    pronouns = word_set("cues/pronoun_cues.txt")
    k = sentence_first(toks, c) - 1
    for _ in range(_TOPIC_SENTENCES):
        if k < 0:
            return False
        first = sentence_first(toks, k)
        verb = next((v for v in range(first, min(k + 1, first + 3)) if toks.is_word(v)), -1)
        subject = skip_honorifics(toks, verb + 1) if verb >= 0 else -1
        if subject < 0 or subject >= len(toks):
            return False
        if toks.forms[subject] not in pronouns:  # «ونقل نائب خادم الحرمين …»: a name, or a title resolved
            person = _person(ctx, subject)
            if person is not None:
                set_mention(ctx, q, person)
                q.implicit = True
            return person is not None
        k = first - 1
    return False


_FRONTED_PHRASE = 5  # tokens of an adverbial before the comma that opens a sentence («وفي طهران،»)


def set_previous_actor(ctx: Context, q: Found, last: Last) -> bool:
    """«وفي طهران، رفض فلان قرار المجلس. وقال إن …»: a cue opening its sentence with no subject (or after
    «وكان قد»), right after a sentence that quotes nobody and is opened by a verb whose subject is a
    person (after an adverbial and its comma), goes on from that person, not from someone quoted before
    it; a feminine cue also from a body («واعترفت الشركة … . وكانت قد أعلنت …»)."""
    toks, c = ctx.tokens, q.cue_tok
    first = sentence_first(toks, c)
    was = (
        c == first + 2 and toks.forms[first] in _WAS_AND and toks.forms[first + 1] == "قد"
    )  # «وكانت قد أعلنت»
    if (c != first and not was) or first == 0 or cue_plural(toks.forms[c]):
        return False
    if toks.forms[c][0] not in "وف" and not was:
        return False
    prev = sentence_first(toks, first - 1)
    if any(cue_kind(toks.forms[k]) and not weak(toks.forms[k]) for k in range(prev, first)):
        return False  # a sentence that quotes someone (not «بين» the preposition)
    verb = next(
        (k + 1 for k in range(prev, min(first, prev + _FRONTED_PHRASE)) if toks.forms[k] in _BREAKS), prev
    )
    if verb < first and verb > prev and toks.forms[verb].startswith("ال"):
        verb = prev  # «واعترفت الشركة الوطنية، التي …»: an apposition's comma, no adverbial before the verb
    form = toks.forms[verb] if verb < first else ""
    word = form[1:] if form[:1] in ("و", "ف") else form
    if not toks.is_word(verb) or ctx.taken[verb] >= 0 or word.startswith("ال") or {form, word} & _NOT_VERBS:
        return False
    subject = skip_honorifics(toks, verb + 1)
    person = _person(ctx, subject)
    if person is None and cue_gender(toks.forms[c]) == "F":
        return _set_body(ctx, q, subject)  # «واعترفت الشركة الكويتية … . وكانت قد أعلنت عن …»
    if person is None:
        return False
    name = str(ctx.linked[person].attrs.get("canonical") or "")
    gender = ctx.genders.get(name)
    if name == last.name or (gender and gender != cue_gender(toks.forms[c])):
        return False
    set_mention(ctx, q, person)
    q.implicit = True
    return True


_FRONTED_WITHIN = 14  # tokens from the clause's first word to its cue
_CLAUSE_OPENERS = frozenset(fold(w) for w in ("لكن", "ولكن", "إلا", "غير", "بيد"))
_ACCUSATIVE = "اً"  # «إلا أن مسؤولاً محلياً»: the indefinite subject of «أن», cited without its case ending


def set_fronted(ctx: Context, q: Found, last: Last) -> bool:
    """A finite cue with no subject after it, in a clause whose first noun phrase is a name, a title or a
    body («رئيس الأركان الأمريكي وفقا للمسؤول العراقي أكد …»): that noun phrase, fronted before the verb, is
    its subject. Nothing between may be a complementiser or quoted words (then the cue is reported
    inside another clause); the cue bears no «و» or «ف» (then it goes on from another verb)."""
    toks, c = ctx.tokens, q.cue_tok
    if toks.forms[c][0] in "وف" or cue_kind(toks.forms[c]) != "verb":
        return False
    j = sentence_first(toks, c)
    if toks.forms[j] in _CLAUSE_OPENERS:  # «إلا أن …»، «لكن …»
        j += 2 if j + 1 < c and toks.forms[j + 1] in COMPLEMENTISERS else 1
    if not 2 <= c - j <= _FRONTED_WITHIN or _quoted_elsewhere(ctx, q, j):
        return False
    form = toks.forms[j]
    accusative = ctx.text[toks.starts[j] : toks.ends[j]].endswith(_ACCUSATIVE)
    n = ctx.taken[j]
    body = form.startswith("ال") and bare(form) in speaking_nouns()  # «الشرطة الشيشانية، من جانبها، ذكرت»
    if n >= 0 and ctx.linked[n].label not in {"PERS", "ORG"}:
        return False
    if n < 0 and not body and not is_title(form[:-1] if accusative else form):
        return False
    between = range(j + 1, c)
    if any(toks.forms[k] in COMPLEMENTISERS or toks.forms[k] in QUOTE_MARKS for k in between):
        return False
    probe = Found(q.kind, q.start, q.end, c, q.mode, q.lo, q.hi)
    if n >= 0:
        set_mention(ctx, probe, n)
        if not agrees(ctx.linked[n].label, str(probe.speaker), cue_gender(toks.forms[c]), ctx.genders):
            return False  # «بيتوركا … أجابت الروسية»: the cue is someone else's
    elif accusative:
        hi = next(
            (k for k in between if not ctx.text[toks.starts[k] : toks.ends[k]].endswith(_ACCUSATIVE)), c
        )
        probe.speaker = " ".join(
            ctx.text[toks.starts[k] : toks.ends[k]][: -len(_ACCUSATIVE)] for k in range(j, hi)
        )
        probe.speaker_span, probe.speaker_label = (toks.starts[j], toks.ends[hi - 1]), ""
    elif not set_subject(ctx, probe, j, last):
        return False
    if probe.speaker is None:
        return False
    q.speaker, q.speaker_label, q.speaker_span = probe.speaker, probe.speaker_label, probe.speaker_span
    q.extra.update(probe.extra)
    return True


def set_complement_subject(ctx: Context, q: Found) -> bool:
    """«وأكد المسؤول أن الجنرال ديمبسي أبلغ العبادي أن …»: after «أن»/«إن» the subject must come before
    the verb, so a name between the complementiser (and the titles after it) and a cue without a
    conjunction is the cue's subject, and the name after the cue its object, the one spoken to."""
    toks, c = ctx.tokens, q.cue_tok
    if _set_preceded(ctx, q):
        return True
    k = c - 2 if c >= 2 and toks.forms[c - 1] == "قد" else c - 1
    if k < 1 or toks.forms[c][0] in "وف" or ctx.taken[k] < 0 or cue_kind(toks.forms[c]) != "verb":
        return False
    n = ctx.taken[k]
    if ctx.linked[n].label != "PERS" or toks.sentence[k] != toks.sentence[c]:
        return False
    f = toks.at(ctx.linked[n].start) - 1
    while f > 0 and f >= k - _TITLE_WORDS and (is_title(toks.forms[f]) or skip_honorifics(toks, f) > f):
        f -= 1
    if f < 0 or toks.forms[f] not in COMPLEMENTISERS:
        return False
    set_mention(ctx, q, n)
    return True


_TITLE_WORDS = 6
_PRECEDED = frozenset({"سبق", "وسبق", "فسبق"})
_ATTACHED = frozenset({"ه", "ها", "هم", "هما", "هن", "ي", "نا", "ك", "كم"})


def _set_preceded(ctx: Context, q: Found) -> bool:
    """«وسبق لوسائل إعلام إسبانية أن ذكرت …»، «سبق لفلان أن قال»: the one after «سبق لـ» is the subject
    of the cue after «أن» (it had happened to them to say)."""
    toks, c = ctx.tokens, q.cue_tok
    if c < 3 or toks.forms[c - 1] not in {"ان", "وان"}:
        return False
    k = next((k for k in range(c - 2, max(0, c - _TITLE_WORDS) - 1, -1) if toks.forms[k] in _PRECEDED), -1)
    x = k + 1
    if k < 0 or x >= c - 1 or toks.sentence[k] != toks.sentence[c] or not toks.forms[x].startswith("ل"):
        return False
    if toks.forms[x][1:] in _ATTACHED:
        return False  # «سبق لها أن أعلنت»: a pronoun, whom the sentence is about speaks
    if ctx.taken[x] >= 0:
        set_mention(ctx, q, ctx.taken[x])
        return True
    glued = toks.forms[x].startswith("لل")  # «للحكومة» is «الحكومة» after «لـ»
    start = toks.starts[x] + (2 if glued else 1)
    q.speaker_span, q.speaker_label = (start, toks.ends[c - 2]), ""
    q.speaker = ("ال" if glued else "") + ctx.text[start : toks.ends[c - 2]]
    return True


def _person(ctx: Context, j: int) -> int | None:
    """The person a sentence's subject at ``j`` names: a mention, or a title the article gave someone
    («نائب خادم الحرمين الشريفين»), read up to its first preposition or name."""
    toks = ctx.tokens
    n = ctx.taken[j]
    if n >= 0:
        return n if ctx.linked[n].label == "PERS" else None
    if not is_title(toks.forms[j]):
        return None
    end = j + 1
    while end < min(len(toks), j + _TITLE_WORDS) and toks.is_word(end) and ctx.taken[end] < 0:
        if toks.forms[end] in _NOT_VERBS:
            break
        end += 1
    phrase = ctx.text[toks.starts[j] : toks.ends[end - 1]]
    found = resolve_description(ctx.text, toks.starts[j], phrase, ctx.linked)
    return None if found is None else list(ctx.linked).index(found)


def _set_body(ctx: Context, q: Found, j: int) -> bool:
    """The body at ``j`` speaks when its name can take a feminine verb: a mention («وزارة …»، not «الحلف»)
    or a definite description headed by a feminine body noun («الشركة الكويتية لنفط الخليج»)."""
    toks, n = ctx.tokens, ctx.taken[j]
    if n >= 0:
        m = ctx.linked[n]
        name = str(m.attrs.get("canonical") or ctx.text[m.start : m.end])
        if m.label != "ORG" or not agrees("ORG", name, "F", {}):
            return False
        set_mention(ctx, q, n)
    else:
        word = bare(toks.forms[j])
        if not toks.forms[j].startswith("ال") or not word.endswith("ه") or word not in body_heads():
            return False
        hi = phrase_at(toks, j)[1]  # up to a comma or a word that is no definite or «لـ» genitive
        hi = next((k for k in range(j + 1, hi) if not toks.forms[k].startswith(("ال", "ل"))), hi)
        q.speaker_span, q.speaker_label = (toks.starts[j], toks.ends[hi - 1]), ""
        q.speaker = ctx.text[q.speaker_span[0] : q.speaker_span[1]]
    q.implicit = True
    return True


def _disagrees(ctx: Context, probe: Found, want: str) -> bool:
    """The subject found cannot go with a cue of gender ``want``: a place with a masculine cue, a body
    whose name's gender differs. People are not judged: the gender the article shows may be wrong."""
    label = probe.speaker_label
    if not want or label not in {"LOC", "ORG"}:
        return False
    return not agrees(label, str(probe.speaker), want, ctx.genders)


def _before_object(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """A description as a verb's subject ends where its definite words stop: «ورفع مكتب الطقس المركزي
    حالة التحذير» → «مكتب الطقس المركزي» (the indefinite «حالة» opens the object)."""
    toks = ctx.tokens
    first = toks.at(start)
    definite = toks.forms[first].startswith("ال")  # «واستغرب الخبراء سلوك …» → «الخبراء»
    for k in range(first + 1, toks.at(end - 1) + 1):
        if toks.forms[k].startswith("ال"):
            definite = True
        elif definite:
            return start, toks.ends[k - 1]
    return start, end


def _quoted_elsewhere(ctx: Context, q: Found, k: int) -> bool:
    """Token ``k`` lies in the words of a quotation that does not also hold the cue."""
    at, cue = ctx.tokens.starts[k], ctx.tokens.starts[q.cue_tok]
    return any(lo <= at < hi and not lo <= cue < hi for lo, hi in ctx.quoted)


_SIDES = frozenset({"جانبه", "جانبها", "جهته", "جهتها", "بدوره", "بدورها"})


def _opened(toks: Tokens, k: int) -> bool:
    """Token ``k`` follows «من جانبه،»، «من جهتها،»، «بدوره»: a formula that a verb and its subject follow."""
    j = k - 2 if k >= 2 and toks.forms[k - 1] in _BREAKS else k - 1
    return j >= 0 and toks.forms[j] in _SIDES


def _verb(ctx: Context, k: int, want: str, cue: int, opened: bool = False) -> bool:
    """Token ``k`` may be a verb coordinated with the cue: «و» or «ف» (or, ``opened``, nothing after «من
    جانبه،») and a word that is no particle, title or noun of a body, agreeing with a cue of gender
    ``want`` (a perfect in ـت is feminine)."""
    form = ctx.tokens.forms[k]
    word = form if opened and form[0] not in "وف" else form[1:]
    if (form[0] not in "وف" and not opened) or len(word) < 3 or ctx.taken[k] >= 0 or word.startswith("ال"):
        return False
    if word.endswith(("ه", "ا")):
        return False  # «وخاصة الولايات المتحدة»، «وأيضا»: a noun or an adverb (ة folds to ه), no verb
    if any(
        w in _NOT_VERBS or is_title(w) or bare(w) in speaking_nouns() or bare(w) in OUTLETS
        for w in (word, form)
    ):
        return False  # «وزير» is no «و» + verb
    # a verb before a plural subject stays singular («واستغرب الخبراء …، لافتين»): no check for a plural cue
    return not want or cue_plural(ctx.tokens.forms[cue]) or ("F" if word.endswith("ت") else "M") == want


def _set_from_verb(ctx: Context, q: Found, k: int, want: str, *, named: bool) -> bool:
    """The subject after the verb at ``k``; with ``named`` (the verb is a speech cue whose own
    quotation was not found), only a name, since its description may run on over an apposition."""
    probe = Found(q.kind, q.start, q.end, q.cue_tok, q.mode, q.lo, q.hi)
    found = set_subject(ctx, probe, k + 1, Last()) and probe.speaker is not None
    if found and _disagrees(ctx, probe, want):
        return False  # «…، مشددا» after a place: the verb does not agree with it
    if found and (bool(probe.speaker_label) or not named):
        if not probe.speaker_label and probe.speaker_span is not None:
            probe.speaker_span = _before_object(ctx, *probe.speaker_span)
            probe.speaker = ctx.text[probe.speaker_span[0] : probe.speaker_span[1]]
        q.speaker, q.speaker_label, q.speaker_span = probe.speaker, probe.speaker_label, probe.speaker_span
        q.extra.update(probe.extra)
        return True
    toks = ctx.tokens
    for j in range(k + 1, min(len(toks), k + 2 + _CHAIN)):  # «وكان رد فعل اتحاد غانا غاضبا»
        n = ctx.taken[j]
        if n >= 0:
            m = ctx.linked[n]
            name = str(m.attrs.get("canonical") or ctx.text[m.start : m.end])
            if j > k + 1 and bare(toks.forms[j - 1]) in speaking_nouns():  # «اتحاد غانا»: the body of a place
                q.speaker_span, q.speaker_label = (toks.starts[j - 1], m.end), ""
                q.speaker = ctx.text[toks.starts[j - 1] : m.end]
                return True
            if m.label in {"PERS", "ORG"} and agrees(m.label, name, want, ctx.genders):
                set_mention(ctx, q, n)
                return True
            return False
        if not toks.is_word(j) or toks.forms[j].startswith("ال") or toks.forms[j] in _NOT_VERBS:
            return False
    return False
