"""Who a cue's subject names: a mention, a title resolved to a person, a body, a source or a pronoun.

The subject is read right after the cue (verb-subject order: «وقال بيسكوف»، «قال وزير الخارجية الروسي
سيرغي لافروف») or right before it («بيسكوف قال»، «وكان كارتر قد قال»، «فلان، الذي قال»). This module
decides which kind of subject the words are and hands titles to ``subject_titles`` (the person a title
introduces or resolves to), bodies and sources to ``subject_descriptions`` (their own description, or
the organisation the article names), groups to ``subject_groups``, a name the tagger missed before its
title to ``subject_names``, a description closed by a name to ``subject_apposition``; a pronoun takes
the last speaker and a news agency («الأناضول») is itself. The subject never lies in the quoted words themselves; after
«اتهم» the only names before «بأن» are the accused; in «وكان X قد قال» X is the whole noun phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.clauses import NOT_CHARGE, lemma_of
from akhbar.extract.cues import (
    COMMAS,
    COMPLEMENTISERS,
    RELATIVES,
    agency_names,
    cue_gender,
    cue_kind,
    cue_plural,
)
from akhbar.extract.found import Last, set_mention, take_last
from akhbar.extract.relays import RELAYED_PRONOUNS, relaying
from akhbar.extract.roles import body_heads, is_title, skip_honorifics, speaking_nouns
from akhbar.extract.subject_addressees import (
    addressee,
    fronted_topic,
    governed,
    in_content,
    past_addressee,
)
from akhbar.extract.subject_apposition import LINKING, NOT_SUBJECTS, set_apposed
from akhbar.extract.subject_descriptions import (
    before_content,
    set_named_by,
    set_referred,
    set_statement_author,
    subject_phrase,
)
from akhbar.extract.subject_groups import group_phrase, plural_people, set_group
from akhbar.extract.subject_names import untagged_before_title
from akhbar.extract.subject_titles import set_described, untagged_name
from akhbar.extract.words import OUTLETS, QUOTE_MARKS, bare, word_set
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from akhbar.extract.found import Context, Found
    from akhbar.extract.words import Tokens


def set_subject(ctx: Context, q: Found, j: int, last: Last) -> bool:
    """Speaker from the words right after the cue: a name, a role, a body, a source, or a pronoun."""
    toks = ctx.tokens
    if j < len(toks) and toks.forms[j] in _RESUMPTIVES and j - 1 == q.cue_tok:
        j += 1  # «في وقت قال فيه مسؤول أمني»، «الوضع الذي قالت عنه المستشارة»: the subject follows
    j = skip_honorifics(toks, j)
    while j < len(toks) and toks.forms[j] in QUOTE_MARKS:
        j += 1
    j = past_addressee(ctx, q, j)
    if not toks.is_word(j) or toks.sentence[j] != toks.sentence[max(q.cue_tok, 0)] or in_content(ctx, q, j):
        return False  # «وأضاف “استاد جابر سيكون جاهزا”»: the quoted words are not the subject
    form = toks.forms[j]
    if form in COMPLEMENTISERS and any(h in ctx.text[toks.starts[j] : toks.ends[j]] for h in "أإ"):
        return False  # «ذكرت بأن فلان …»: the content opens (unhamzated «بان»، «فان» may be names)
    if form in word_set("cues/pronoun_cues.txt") or (
        form in RELAYED_PRONOUNS and relaying(toks.forms[q.cue_tok])
    ):
        take_last(q, last)
        return last.name is not None  # with nobody quoted before, whom the article is about
    if set_referred(ctx, q, j, last):  # «وذكرت تلك التقارير»: the reports named before
        return True
    if form in _SOME and j + 1 < len(toks) and bare(toks.forms[j + 1]) in speaking_nouns():
        return _set_some(ctx, q, j, last)  # «ذكرت بعض التقارير»
    if form in _NUMBER_OF and [w[:2] for w in toks.forms[j + 1 : j + 3]] == ["من", "ال"]:
        set_group(ctx, q, j, group_phrase(toks, j + 2)[1])  # «وقال عدد من الطلاب»: a group
        return True
    two = form.endswith(("تا", "تي")) and bare(form)[:-2] + "ه" in OUTLETS  # «صحيفتا "X" و"Y"»
    if ctx.taken[j] < 0 and (bare(form) in OUTLETS or two or bare(form) in speaking_nouns()):
        # «وكالة رويترز»، «منظمة العفو الدولية»، «وكالة أنباء (الأناضول)»: the descriptor before the name;
        # a common-noun body only before a name in marks («حركة «حماس»», not «حكومة الثني»)
        head = bare(form) in OUTLETS or two or bare(form) in body_heads()
        k = j + 1
        while k < len(toks) and k - j < 4 and ctx.taken[k] < 0 and toks.forms[k] in _DESCRIPTOR_FILLERS:
            k += 1
        j = k if k < len(toks) and ctx.taken[k] >= 0 and (head or toks.forms[k - 1] in QUOTE_MARKS) else j
        j = _quoted_name(ctx, q, j)  # «حركة المقاومة الإسلامية "حماس"»: the name in marks closes it
    if ctx.taken[j] >= 0 and addressee(ctx, j):
        return False  # «أكدت لداود أوغلو أن …»: the one spoken to, not the speaker
    if ctx.taken[j] < 0 and form.startswith("لل") and q.mode != "attribution":
        return False  # «وأكد للجهاز الفني أنه …»: spoken to
    if ctx.taken[j] >= 0 and _accused(ctx, q, j):
        return False  # «كما اتهم حزب العمال وتنظيم "داعش" بأن …»: the accused, the subject is omitted
    if ctx.taken[j] >= 0:
        set_mention(ctx, q, ctx.taken[j])
        if two and j > q.cue_tok:
            _join_second(ctx, q, j)
        return True
    if _set_agency(ctx, q, j):
        return True
    if is_title(form):
        set_described(ctx, q, j, last)
        return True
    if set_apposed(ctx, q, j):
        return True
    named = untagged_before_title(ctx, q, j)  # «وقال فلان الفلاني المتحدث باسم …»: a name the tagger missed
    if named is not None:
        q.speaker, q.speaker_span, q.speaker_label = ctx.text[named[0] : named[1]], named, "PERS"
        return True
    name = untagged_name(ctx, q, j) if form.startswith("ال") and form not in NOT_SUBJECTS else None
    if name is not None:  # «وأوضح المشرف على البرنامج الدكتور فلان الفلاني أن»: a name the tagger missed
        q.speaker, q.speaker_span, q.speaker_label = ctx.text[name[0] : name[1]], name, "PERS"
        return True
    if bare(form) not in speaking_nouns() and plural_people(toks, j):  # «وقال المواطنون اليمنيون: …»
        lo, hi = group_phrase(toks, j)
        set_group(ctx, q, lo, hi)
        return True
    # «أفادت الإذاعة الإسرائيلية»: an outlet named by a description speaks as it, like a body
    return (bare(form) in speaking_nouns() or bare(form) in OUTLETS) and set_named_by(ctx, q, j, last)


_SECOND_WITHIN = 5  # tokens from the first of two outlets' names to the second («"X" الإنجليزية و"Y"»)


def _join_second(ctx: Context, q: Found, j: int) -> None:
    """«ذكرت صحيفتا "X" الإنجليزية و"Y" الإسبانية»: a dual outlet noun names two, the second after «و»
    behind the first name and its adjective; both speak."""
    toks, first = ctx.tokens, ctx.taken[j]
    k = toks.at(ctx.linked[first].end)
    for i in range(k, min(len(toks), k + _SECOND_WITHIN)):
        if toks.sentence[i] != toks.sentence[j] or toks.forms[i] in COMPLEMENTISERS:
            return
        n = ctx.taken[i]
        if n >= 0 and n != first:  # two outlets, not a person the tagger linked to one of them
            people = "PERS" in {ctx.linked[first].label, ctx.linked[n].label}
            if not people and any(toks.forms[x].startswith("و") for x in range(k, i + 1)):
                m = ctx.linked[n]
                q.speaker = f"{q.speaker} و{m.attrs.get('canonical') or ctx.text[m.start : m.end]}"
            return


_SOME = frozenset({"بعض", "احدي", "احد"})
_NUMBER_OF = frozenset({"عدد", "مجموعه", "كثير"})
_ACCUSE = fold("اتهم")
_ACCUSED_WITHIN = 8  # tokens of the accused names before «بأن»


def _accused(ctx: Context, q: Found, j: int) -> bool:
    """After «اتهم» the only names before «بـ»/«بأن» («اتهم حزب العمال وتنظيم "داعش" بأن …») are the
    accused: with a subject there would be a second noun phrase («اتهم لافروف واشنطن بأنها …»)."""
    toks = ctx.tokens
    if lemma_of(toks.forms[q.cue_tok]) != _ACCUSE:
        return False
    k, joined = toks.at(ctx.linked[ctx.taken[j]].end), False
    if _object_after(ctx, k, person=ctx.linked[ctx.taken[j]].label == "PERS"):
        return False  # «اتهم فلان البلدية بتأخير …»: a definite noun after the name is its object
    while k < min(len(toks), j + _ACCUSED_WITHIN) and toks.sentence[k] == toks.sentence[j]:
        form = toks.forms[k]
        if form in COMPLEMENTISERS or (
            form.startswith("ب") and toks.is_word(k) and ctx.taken[k] < 0 and form not in NOT_CHARGE
        ):
            return True
        if ctx.taken[k] >= 0 and not joined and ctx.taken[k] != ctx.taken[k - 1]:
            return False  # a second name without «و»: the object after the subject
        joined = form.startswith("و") or (joined and (form in QUOTE_MARKS or ctx.taken[k] < 0))
        k += 1
    return False


def _object_after(ctx: Context, k: int, *, person: bool) -> bool:
    """Token ``k`` is a definite noun outside any name: the object after a subject («البلدية»). After a
    body or a place it may be the name's adjective («الخارجية» + «الروسية»), so there it must not have
    the shape of a relational adjective (ـي، ـية، ـيون، ـيين); a person's name takes no such adjective."""
    toks = ctx.tokens
    if k >= len(toks) or ctx.taken[k] >= 0 or not toks.is_word(k) or not toks.forms[k].startswith("ال"):
        return False
    return person or not toks.forms[k].endswith(_RELATIONAL)


_RELATIONAL = ("ي", "يه", "يون", "يين")


_NAME_IN_MARKS_WITHIN = 5  # tokens from a body's descriptor to its name in quote marks


def _quoted_name(ctx: Context, q: Found, j: int) -> int:
    """The first token of a name in quote marks that closes the descriptor at ``j`` («حركة المقاومة
    الإسلامية "حماس"»، «مجلس "التعاون الخليجي"»), else ``j``."""
    toks = ctx.tokens
    if bare(toks.forms[j]) not in body_heads() | word_set("cues/body_nouns.txt"):
        return j  # «مصادر خاصة لـ«الشرق الأوسط»»: a source speaks to an outlet, it is not named by it
    for k in range(j + 1, min(len(toks) - 1, j + _NAME_IN_MARKS_WITHIN)):
        if (
            toks.sentence[k] != toks.sentence[j]
            or toks.forms[k] in COMPLEMENTISERS
            or in_content(ctx, q, k + 1)
        ):
            break
        if toks.forms[k] in QUOTE_MARKS and ctx.taken[k + 1] >= 0:
            return k + 1
        if not toks.is_word(k) or toks.forms[k] in {"ل", "لـ"} or toks.forms[k] in LINKING:
            break
    return j


def _set_some(ctx: Context, q: Found, j: int, last: Last) -> bool:
    """«بعض التقارير»، «إحدى الصحف»: the description the quantifier opens, quantifier included."""
    if set_named_by(ctx, q, j + 1, last) and q.speaker_label:
        return True  # «بعض مسؤولي الوزارة»: the body named in it
    toks = ctx.tokens
    hi = before_content(toks, q, j + 1, subject_phrase(toks, j + 1)[1])
    q.speaker_span, q.speaker_label = (toks.starts[j], toks.ends[hi - 1]), ""
    q.speaker = ctx.text[q.speaker_span[0] : q.speaker_span[1]]
    return True


_RESUMPTIVES = frozenset({"فيه", "فيها", "عنه", "عنها"})


def _set_agency(ctx: Context, q: Found, j: int) -> bool:
    """A news agency the tagger left untagged («وذكرت الأناضول»، «وكالة رويترز»): the agency speaks."""
    toks = ctx.tokens
    k = j + 1 if bare(toks.forms[j]) in OUTLETS and j + 1 < len(toks) else j
    name = agency_names().get(toks.forms[k]) or agency_names().get(bare(toks.forms[k]))
    if name is None or ctx.taken[k] >= 0:
        return False
    q.speaker, q.speaker_span, q.speaker_label = name, (toks.starts[j], toks.ends[k]), "ORG"
    return True


def set_before(ctx: Context, q: Found, last: Last) -> bool:
    """Subject-verb order: a name or a pronoun right before a cue that has no conjunction."""
    toks, c = ctx.tokens, q.cue_tok
    was = _was(toks, c)
    if was >= 0 and is_title(toks.forms[was + 1]) and set_subject(ctx, q, was + 1, last):
        return True  # «وكان الدبلوماسي الكبير في الخارجية قد أوضح»: the whole noun phrase after «كان»
    k = c - 2 if c >= 2 and toks.forms[c - 1] == "قد" else c - 1  # «كارتر قد قال»
    if k >= 1 and toks.forms[k] in RELATIVES and toks.forms[k][0] != "و":  # «فلان، الذي قال إن»
        if not _relative_agrees(toks.forms[k], toks.forms[c]):
            return False  # «بمحافظة أبين التي قال إن …»: the relative is not the cue's subject
        k -= 2 if toks.forms[k - 1] in COMMAS else 1
    if k < 0 or toks.forms[c][0] in "وف" or toks.sentence[k] != toks.sentence[c]:
        return False
    if ctx.taken[k] >= 0:
        if governed(ctx, k):  # «وأشار فلان إلى لقائه بنظيره علان قائلا»: an object, no subject
            if fronted_topic(ctx, k) and last.name is not None:
                take_last(q, last)  # «وعن علان قال»: the topic; the speaker goes on
                return True
            return False
        set_mention(ctx, q, ctx.taken[k])
        return True
    if toks.forms[k] in {"هو", "هي"}:
        people = [n for n, m in enumerate(ctx.linked) if m.label == "PERS" and m.end <= toks.starts[k]]
        if people:
            set_mention(ctx, q, people[-1])
            return True
    if cue_plural(toks.forms[c]) and _plural_before(toks, k):  # «لكن منتقدين يقولون»، «ظل الدارسون يقولون»
        first = k - 1 if k > 0 and _plural_before(toks, k - 1) else k  # «مسؤولون أميركيون أكدوا»
        set_group(ctx, q, first, k + 1)
        return True
    noun = _body_before(toks, k) if cue_kind(toks.forms[c]) == "verb" else -1
    return noun >= 0 and set_named_by(ctx, q, noun, last)  # «لكن الشرطة تقول إن …»


def _plural_before(toks: Tokens, k: int) -> bool:
    """A plural noun of people right before a plural cue, its subject («منتقدين يقولون»، «الدارسون يقولون»)."""
    form = toks.forms[k] if toks.is_word(k) else ""
    if len(form) < 6 or form.startswith(("ي", "ت")):
        return False  # «يعتمدون»: a verb
    return form.endswith(("ون", "ين")) and form not in NOT_SUBJECTS


_BEFORE_WITHIN = 3  # definite words of a body's description ending right before the cue


def _body_before(toks: Tokens, k: int) -> int:
    """The head of a definite body or source description that ends at token ``k`` («الشرطة الفرنسية»),
    or an indefinite source («مصادر»), that opens its clause («لكن الشرطة تقول»، «…، الشرطة تقول»،
    «يذكر أن مصادر قالت», not «مدير الشرطة قال»)."""
    head = -1
    for i in range(k, max(-1, k - _BEFORE_WITHIN), -1):
        if not toks.is_word(i) or not toks.forms[i].startswith("ال") or toks.forms[i] in NOT_SUBJECTS:
            break
        if bare(toks.forms[i]) in speaking_nouns():
            head = i
    if head < 0 and toks.is_word(k) and toks.forms[k] in word_set("cues/source_nouns.txt"):
        head = k  # «يذكر أن مصادر قالت …»: an indefinite source
    opens = head == 0 or (
        head > 0 and (toks.sentence[head - 1] != toks.sentence[head] or toks.forms[head - 1] in _OPENERS)
    )
    return head if opens else -1


_OPENERS = COMMAS | COMPLEMENTISERS | {fold(w) for w in ("لكن", "ولكن", "بينما", "فيما", "إلا", "كما", "حيث")}


_WAS = frozenset({"كان", "كانت", "وكان", "وكانت"})
_WAS_WITHIN = 10  # tokens from «كان» to «قد» over the subject between them


def _was(toks: Tokens, c: int) -> int:
    """The «كان» that opens «كان X قد قال» for the cue at ``c``, with its subject X between; else ``-1``."""
    if c < 3 or toks.forms[c - 1] != "قد":
        return -1
    for k in range(c - 3, max(-1, c - _WAS_WITHIN - 1), -1):
        if toks.sentence[k] != toks.sentence[c] or not toks.is_word(k):
            return -1
        if toks.forms[k] in _WAS:
            return k
    return -1


_RELATIVE_GENDERS = {"الذي": "M", "التي": "F", "الذين": "P", "اللذين": "P", "اللتين": "P"}


def _relative_agrees(relative: str, cue: str) -> bool:
    """A relative pronoun is the subject of the cue after it only when the verb agrees with it: «الذي
    قال»، «التي قالت», not «التي قال» (the place of which he said) or «الذين قال»."""
    gender, verb = _RELATIVE_GENDERS.get(relative, ""), cue_gender(cue)
    if gender == "P":
        return verb not in {"M", "F"}
    return not (gender and verb and verb != gender)


def set_from_range(ctx: Context, q: Found, lo: int, hi: int) -> bool:
    """Speaker of an attribution («بحسب X»): a person in the source, else any name, else a role."""
    inside = [ctx.taken[k] for k in range(lo, hi) if ctx.taken[k] >= 0]
    people = [n for n in inside if ctx.linked[n].label == "PERS"]
    pick = people or inside
    if pick:
        set_mention(ctx, q, pick[0])
        return True
    toks = ctx.tokens
    if lo < hi and toks.is_word(lo) and set_statement_author(ctx, q, lo):  # «ووفقا للتقرير»: its author
        return True
    nouns = speaking_nouns()
    if lo < hi and toks.is_word(lo) and bare(toks.forms[lo]) in nouns:  # «حسب ما أفاد به مصدر دبلوماسي»
        return set_subject(ctx, q, lo, Last())
    if lo < hi and toks.forms[lo].startswith("ل") and bare(toks.forms[lo][1:]) in nouns:
        # «وفقا لتقارير صحافية»: the description without «لـ»
        end = toks.ends[subject_phrase(toks, lo)[1] - 1]
        q.speaker, q.speaker_span = ctx.text[toks.starts[lo] + 1 : end], (toks.starts[lo] + 1, end)
        return True
    for k in range(lo, hi):
        if toks.is_word(k) and is_title(toks.forms[k]):
            return set_subject(ctx, q, k, Last())
    return False


_DESCRIPTOR_FILLERS = frozenset({"انباء", "الانباء", "(", '"', "«", "“"})
