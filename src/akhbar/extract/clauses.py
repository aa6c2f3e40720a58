"""Where the reported content of a speech verb starts: after a complementiser or a colon, or at a
claim in a noun phrase.

«قال الوزير إن …»، «أكد أنه …»: the content follows the complementiser; «وقال الوزير: نحن ملتزمون …»
(no quote marks): it follows the colon, which may stand further from the cue than a complementiser
(«أعلن رئيس الوزراء، فلان، في تعليق على … مساء أمس: …»), and runs on through the next sentences of its
paragraph while they go on in the first person with no new cue. «أكد الوزير أهمية …»، «شدد على ضرورة
…»: the claim is a noun phrase (``cues/claim_heads.txt``, or whatever follows «على» after أكد/شدد);
feelings («أكد اعتزازه») are not claims (``cues/feeling_nouns.txt``). Before quoted words, an unquoted
clause that stands on its own («… ستستفيد لأن “…”») is reported speech of its own (``before_marks``).
Unmarked speech after «وقال»/«وأضاف» with no complementiser («وأضاف فلان نحن …»، «وتابع، ستبدأ …») is
found by ``unmarked``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.cues import (
    COMMAS,
    COMPLEMENTISERS,
    NOT_COMPLEMENT,
    WEAK,
    abbreviation_dot,
    cue_kind,
    first_person,
    lone_weak,
    sentence_end,
    strip_conj,
)
from akhbar.extract.roles import is_title
from akhbar.extract.words import QUOTE_MARKS, SENTENCE_END, bare, family_map, possessive_stem, word_set
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from akhbar.extract.found import Found
    from akhbar.extract.speakers import Context
    from akhbar.extract.words import Tokens

_WINDOW = 25  # tokens between a cue and its complementiser
_COLON_WINDOW = 40  # a colon may close a longer subject and circumstance
_LONE_GAP = 3  # «بين البلدين قبل أن»: a weak cue inside a clause needs its complementiser close
_CLAIM_WINDOW = 16
_OBJECTS = frozenset(fold(w) for w in ["ذلك", "هذا", "هذه"])  # «الذين يقولون ذلك يريدون أن …»
_STOPS = frozenset({"verb", "nominal", "participle"})
# «أكد على هامش القمة …»، «على صعيد …»: «على» that opens a circumstance, not the claim
# «شدد على كافة المعلمين بالتقيد …»، «يؤكد بعضها على بعض»: people urged, not a claim
_NOT_CLAIM = frozenset(
    fold(w)
    for w in ["هامش", "لسان", "صعيد", "مستوى", "رأس", "خلفية", "حد", "سبيل", "كافة", "جميع", "كل", "بعض"]
)
_DISCLOSE = frozenset(fold(w) for w in ["أعلن", "كشف", "كاشفا", "معلنا"])  # «… عن» + the fact disclosed
# ب-words after اتهم that are no charge: «اتهم الوزير بعد الاجتماع …»، «بشكل مباشر»
NOT_CHARGE = frozenset(
    fold(w) for w in ["بعد", "بين", "بسبب", "بشكل", "بحسب", "بصفته", "بينما", "بأن", "بأنه", "بأنها", "بأنهم"]
)
_COMMA_WITHIN = 6  # tokens from اتهم to a comma that closes its subject
_ACCUSE = frozenset({fold("اتهم")})
_TO = frozenset({"ل", "ب"})  # a preposition written apart before a quoted name: «لـ«عكاظ»»
_CLAIM_ON = frozenset(fold(w) for w in ["أكد", "شدد", "مؤكدا", "مشددا"])


def complement(toks: Tokens, cues: list[str], i: int, openers: set[int], *, far: bool = False) -> int | None:
    """First token of the content after the cue's complementiser (or colon), or ``None``.

    With ``far``, a colon up to ``_COLON_WINDOW`` tokens on («أعلن رئيس الوزراء، فلان، في تعليق على …
    مساء أمس: …»); the caller tries a claim in a noun phrase before that.
    """
    form = toks.forms[i]
    is_weak = bare(strip_conj(form)) in WEAK
    lone = lone_weak(toks, i)
    if i + 1 < len(toks) and toks.forms[i + 1] in _OBJECTS:
        return None
    for j in range(i + 1, min(len(toks), i + (_COLON_WINDOW if far else _WINDOW))):
        word = toks.forms[j]
        if j in openers or toks.sentence[j] != toks.sentence[i]:
            return None
        if word in SENTENCE_END and not abbreviation_dot(toks, j):
            return None
        if cues[j] in _STOPS:
            return None  # «تبلغ من العمر 12 عاما، مشيرا إلى أن …»: the complement is the next cue's
        if word == ":" and not is_weak and _speech_colon(toks, j):
            return j + 1
        if not far and word in COMPLEMENTISERS and toks.forms[j - 1] not in NOT_COMPLEMENT:
            if lone and j - i > _LONE_GAP:
                return None
            k = j + 1
            while k < len(toks) and toks.forms[k] in COMMAS:
                k += 1
            return k
    return None


# a colon that opens a list or a formula, not someone's words («وهم: …»، «كالتالي: …»)
_LIST_COLON = frozenset(
    fold(w) for w in ["هم", "هي", "هما", "وهم", "وهي", "التالي", "كالتالي", "يلي", "الآتي"]
)


def _speech_colon(toks: Tokens, j: int) -> bool:
    """A colon followed by words or a quote mark, not inside a URL or a clock time, not opening a list."""
    nxt = j + 1
    if nxt >= len(toks) or not (toks.is_word(nxt) or toks.forms[nxt] in QUOTE_MARKS):
        return False
    glued = toks.ends[j - 1] == toks.starts[j] and toks.ends[j] == toks.starts[nxt]
    return not glued and toks.forms[j - 1] not in _LIST_COLON


def colon_run_on(toks: Tokens, cues: list[str], last: int) -> int:
    """Last token of colon speech that goes on past its sentence: «وقال: نحن ملتزمون. لن نتراجع.».

    The next sentences of the paragraph join while each has a first-person word and no cue or quote mark.
    """
    end = sentence_end(toks, last)
    if any(toks.forms[k] not in SENTENCE_END for k in range(last + 1, end)):
        return last  # the clause stopped before a new cue
    while end < len(toks) and "\n" not in toks.text[toks.ends[end - 1] : toks.starts[end]]:
        nxt = sentence_end(toks, end)
        span = range(end, nxt)
        if any(cues[k] or toks.forms[k] in QUOTE_MARKS for k in span):
            break
        if not any(toks.is_word(k) and first_person(toks.forms[k]) for k in span):
            break
        last, end = nxt - 1, nxt
    while last > 0 and toks.forms[last] in SENTENCE_END:
        last -= 1
    return last


def claim(ctx: Context, cues: list[str], i: int) -> int | None:
    """First token of a claim noun phrase after a claim verb («أكد الوزير أهمية …»), or ``None``."""
    toks = ctx.tokens
    lemma = lemma_of(toks.forms[i])
    if lemma not in word_set("cues/claim_verbs.txt"):
        return None
    if lemma in _ACCUSE:
        return _accused(ctx, i)
    heads, feelings = word_set("cues/claim_heads.txt"), word_set("cues/feeling_nouns.txt")
    closed = 0  # the closing mark of a quoted outlet spoken to («لـ«عكاظ»»): the claim follows at once
    for j in range(i + 1, min(len(toks), i + _CLAIM_WINDOW)):
        form = toks.forms[j]
        if j <= closed:
            continue
        if closed and j > closed + 1:
            return None  # «النصر يجدد لـ “فابيان” بعد فشل …»: no claim right after the name
        recipient = _quoted_recipient(toks, j)
        if recipient:
            closed = recipient
            continue
        if (not toks.is_word(j) and form not in COMMAS) or cues[j] or toks.sentence[j] != toks.sentence[i]:
            return None
        if ctx.taken[j] >= 0:
            continue
        noun = bare(form)
        stem = possessive_stem(noun)
        if noun in feelings or stem in feelings:
            return None  # «أكد اعتزازه بالثقة»
        if noun in heads or form in heads or stem in heads:
            return j
        if form == "علي" and lemma in _CLAIM_ON and _claim_after_on(ctx, j + 1, feelings):
            return j + 1  # «شدد على مضي الدول في …»
        if form == "عن" and lemma in _DISCLOSE:  # «أعلنت الوزارة عن افتتاح مستشفى»: the announced fact
            return j + 1 if _disclosed(ctx, j + 1, lemma, heads) else None
    return None


def _quoted_recipient(toks: Tokens, j: int) -> int:
    """Index of the closing mark when token ``j`` opens a quoted name of one to three words after a bare
    لـ/بـ (the outlet spoken to: «أكد القائد لـ«عكاظ» وجود …»), else 0."""
    if toks.forms[j] not in QUOTE_MARKS or j < 1 or toks.forms[j - 1] not in _TO:
        return 0
    for k in range(j + 2, min(len(toks), j + 5)):
        if toks.forms[k] in QUOTE_MARKS:
            return k if all(toks.is_word(m) for m in range(j + 1, k)) else 0
    return 0


def _claim_after_on(ctx: Context, j: int, feelings: frozenset[str]) -> bool:
    toks = ctx.tokens
    if not toks.is_word(j) or ctx.taken[j] >= 0:
        return False
    noun = bare(toks.forms[j])
    return noun not in _NOT_CLAIM and noun not in feelings and possessive_stem(noun) not in feelings


def _disclosed(ctx: Context, j: int, lemma: str, heads: frozenset[str]) -> bool:
    """The word after «أعلن عن»/«كشف عن» opens the disclosed fact. «كشف عن وجهه»، «كشفت عن روحها»: what
    one uncovers of oneself (a noun with a possessive pronoun, spelled with ه not ة) is no statement,
    unless it is a claim head («كشف عن نيته»)."""
    toks = ctx.tokens
    if not toks.is_word(j) or ctx.taken[j] >= 0:
        return False
    if lemma == fold("أعلن") or lemma == fold("معلنا"):
        return True
    word = toks.text[toks.starts[j] : toks.ends[j]]
    stem = possessive_stem(bare(toks.forms[j]))
    return not (word.endswith(("ه", "ها", "هم", "هما")) and stem and not {stem, stem + "ه"} & heads)


def _accused(ctx: Context, i: int) -> int | None:
    """The charge after اتهم: the first verbal noun with بـ after the subject and the accused («اتهم
    الوزير المعارضة بخرق الاتفاق»), or the words after a comma that closes the subject. The subject is
    a name, a title or a definite noun, so that someone speaks; «اتهم بالفساد», the charge right after
    the verb, is the passive (he was accused); a charge of one word («بالعنصرية.») names a vice."""
    toks = ctx.tokens
    subject = i + 1
    if subject >= len(toks) or charge_word(ctx, subject) or (i > 0 and toks.forms[i - 1] == "من"):
        return None  # «هناك من يتهم إيران بـ…»: whoever it is, the name after the cue is the accused
    if (
        ctx.taken[subject] < 0
        and not toks.forms[subject].startswith("ال")
        and not is_title(toks.forms[subject])
    ):
        return None  # «يتهم معارضون الرئيس بـ…»: an indefinite subject names no speaker to give the claim
    for j in range(i + 2, min(len(toks), i + _CLAIM_WINDOW)):
        if toks.forms[j] in COMMAS and j < i + _COMMA_WITHIN:  # «اتهم الوزير، المعارضة بـ…»
            after = j + 1  # unless a cue of its own opens there («…، وشدد على …»)
            fits = after < len(toks) and toks.is_word(after) and not cue_kind(toks.forms[after])
            return after if fits else None
        if not toks.is_word(j) or toks.sentence[j] != toks.sentence[i] or cue_kind(toks.forms[j]):
            return None
        if charge_word(ctx, j):
            more = j + 1 < len(toks) and toks.is_word(j + 1) and toks.sentence[j + 1] == toks.sentence[i]
            return j if more else None
    return None


def charged(ctx: Context, i: int, first: int) -> bool:
    """The claim at ``first`` is the charge of accusation ``i`` written with بـ, which the span leaves
    out as it leaves out any proclitic («بخرق الاتفاق» → «خرق الاتفاق»)."""
    return lemma_of(ctx.tokens.forms[i]) in _ACCUSE and charge_word(ctx, first)


def charge_word(ctx: Context, j: int) -> bool:
    """Token ``j`` is a word with بـ outside any name and not a preposition or adverb («بعد»، «بشكل»):
    the charge of an accusation («بخرق الاتفاق»، «بالوقوف وراء الهجوم»)."""
    form = ctx.tokens.forms[j]
    return form.startswith("ب") and len(form) > 3 and form not in NOT_CHARGE and ctx.taken[j] < 0


_PARTICLES_IN_L = frozenset(fold(w) for w in ["لكن", "لقد", "لن", "لم", "لا", "لدينا", "لنا"])
_SAYING = frozenset(fold(w) for w in ["قال", "أضاف", "تابع", "أردف", "استطرد"])
# words after «وأضاف،» that open a circumstance, not the words said («وأضاف، في تصريح …، أن»)
_CIRCUMSTANCE = frozenset(
    fold(w) for w in ["في", "من", "على", "عن", "خلال", "لدى", "ضمن", "عبر", "مع", "بعد", "قبل", "حول"]
)


def unmarked(ctx: Context, i: int) -> int | None:
    """First token of unmarked speech after a saying verb with «و», or ``None``: first-person words after
    the named subject («وأضاف العمير نحن لا ننظر …»), or the clause right after the comma that closes
    the cue or its subject, a name or a one-word title («وأضاف، واصلت الفرق البحث»، «وتابع الرئيس، لكن
    الحركة ترفض …»). The silver sets annotate such speech as indirect."""
    toks = ctx.tokens
    if lemma_of(toks.forms[i]) not in _SAYING or strip_conj(toks.forms[i]) == toks.forms[i]:
        return None
    j, n = i + 1, ctx.taken[i + 1] if i + 1 < len(toks) else -1
    if n >= 0:
        while j < len(toks) and ctx.taken[j] == n:
            j += 1
    elif j < len(toks) and toks.forms[j].startswith("ال") and is_title(toks.forms[j]):
        j += 1  # «وتابع الرئيس،»
    if j + 1 < len(toks) and toks.forms[j] in COMMAS:
        return j + 1 if _opens_clause(ctx, i, j + 1) else None
    if j > i + 1 and toks.is_word(j) and toks.sentence[j] == toks.sentence[i] and first_person(toks.forms[j]):
        return j
    return None


def _opens_clause(ctx: Context, i: int, k: int) -> bool:
    """Token ``k`` after a comma may open the words said: no name, cue or circumstance («في …»، «لـ …»),
    and no quote mark further on in the sentence (those are the words said: «وأضاف، ردا على …، "…"»)."""
    toks = ctx.tokens
    word = toks.forms[k]
    return (
        all(toks.forms[m] not in QUOTE_MARKS for m in range(k, sentence_end(toks, k)))
        and toks.is_word(k)
        and toks.sentence[k] == toks.sentence[i]
        and ctx.taken[k] < 0
        and not cue_kind(word)
        and word not in _CIRCUMSTANCE
        and (not word.startswith("ل") or word in _PARTICLES_IN_L)  # «لـ …» is no clause, «لكن …» is
        and not is_title(word)
    )


def lemma_of(form: str) -> str:
    """The folded lemma of a speech verb or participle form («واكدت» → «اكد»)."""
    verbs, participles = family_map("cues/speech_verbs.txt"), family_map("cues/participle_cues.txt")
    word = form if form in verbs or form in participles else form[1:]
    return fold(verbs.get(word) or participles.get(word) or word)


# words that open a clause of its own: «… ستستفيد لأن “…”»، «… مجتمعة، وأن هذا “…”»، «… أحمر “ولن نسمح …”»
_CLAUSE_OPENERS = frozenset(
    fold(w)
    for w in ["لأن", "لأنه", "لأنها", "لأنهم", "لكن", "ولكن", "لكنه", "لكنها", "إذ", "حيث", "وأن", "وإن"]
)
_CONJ_PARTICLES = frozenset(fold(w) for w in ["لم", "لن", "لا", "قد", "إن", "أن", "لكن", "لذلك"])
_MIN_OWN = 3  # words of an unquoted clause that stands on its own before the marks


def before_marks(toks: Tokens, q: Found, direct: list[Found], cue: int) -> bool:
    """An unquoted clause that stands on its own before quoted words is an indirect quotation of its
    own: «قالت إن كل الدول ستستفيد لأن “المشاركين …”»، «أن هذه التجارة أكبر …، وأن هذا “أول اتفاق …”»،
    «أن اليمن خط أحمر “ولن نسمح …”». It ends before the word that opens the quoted clause; quoted words
    that only finish a phrase («أن الزيارة جاءت “للإعلان …”») stay the one direct quotation. Cuts ``q``
    there and says whether it did."""
    first, after = toks.at(q.start), toks.at(q.end - 1) + 1
    for d in direct:
        mark = toks.at(d.start) - 1
        if not first < mark <= after or d.start <= toks.starts[cue] < d.end:
            continue
        cut = _clause_cut(toks, first, mark)
        if cut is None:
            return False
        last = cut - 1
        while last > first and toks.forms[last] in COMMAS:
            last -= 1
        if last - first + 1 < _MIN_OWN:
            return False
        q.end = toks.ends[last]
        return True
    return False


def _clause_cut(toks: Tokens, first: int, mark: int) -> int | None:
    """The token where the quoted clause opens (a connective up to two words before the mark, or the
    mark when the quoted words open with «و/ف» and a particle), or ``None``."""
    for k in range(mark - 1, max(first, mark - 3) - 1, -1):
        if toks.forms[k] in _CLAUSE_OPENERS:
            return k
    inner = mark + 1
    if inner < len(toks) and toks.is_word(inner):
        word = toks.forms[inner]
        if word in _CLAUSE_OPENERS or (word[0] in "وف" and word[1:] in _CONJ_PARTICLES):
            return mark
    return None
