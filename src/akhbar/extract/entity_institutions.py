"""Organisation names the tagger missed: listed phrases, institution chains, elliptical ministries.

- a listed multi-word name («مجلس الأمن الدولي»، «منظمة الأمن والتعاون في أوروبا»);
- an institution head + genitive/adjective chain («وزارة الخارجية الروسية»، «هيئة الرقابة الإدارية»،
  «وزارتي الخارجية والدفاع»), or a descriptor + the name after it («حلف الناتو» → «الناتو»);
- a ministry's domain + a national adjective («الخارجية الروسية»);
- a public body: a definite head, its adjectives and the «لـ» phrase of its remit («الهيئة العامة
  للسياحة والتراث الوطني»، «الشركة السعودية للكهرباء»), or a head with two adjectives («البنك المركزي
  المصري»).

``entity_rules.refine_runs`` merges these ORG runs with the tagger's; run conventions as there.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from akhbar.extract.entity_lexicon import definite, descriptor_size, foreign, listed
from akhbar.extract.roles import is_title
from akhbar.extract.words import bare, unclitic, with_clitics, word_set
from akhbar.resources import read_lines, read_variants
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.extract.entity_lexicon import BoundaryLexicon, Run
    from akhbar.extract.ner_features import NerResources

_MAX_CHAIN = 7


_INTERNATIONAL = frozenset({"الدولي", "الدوليه"})


def find_institutions(
    forms: Sequence[str], runs: Sequence[Run], res: NerResources, lex: BoundaryLexicon
) -> list[Run]:
    """ORG runs for listed multi-word names, institution phrases, public bodies and elliptical ministries."""
    triggers, bodies = lex.triggers, _body_heads()
    starts = [i for i, form in enumerate(forms) if form in triggers or form in bodies]
    if not starts:
        return []
    people = {k for first, last, label in runs if label == "PERS" for k in range(first, last)}
    # a listed name the tagger found is a body of its own: «مفوضية الأمم المتحدة» stays as tagged
    named = {first for first, last, label in runs if label == "ORG" and listed(forms[first:last], lex)}
    out: list[Run] = []
    done = 0
    for i in starts:
        if i < done:
            continue
        found = (
            _public_body_at(forms, i, people, res, lex)
            or _phrase_at(forms, i, lex)
            or (None if i + 1 in named else _institution_at(forms, i, people, res, lex))
            or _ministry_at(forms, i, lex, res)
        )
        if found is not None:
            first = found[0]
            if first == i and first > 0 and (not out or out[-1][1] < first) and _department(forms[first - 1]):
                first -= 1  # «إدارة الدفاع المدني»: a department of a listed body is one name
            out.append((first, found[1], "ORG"))
            done = found[1]
    return out


#: Folded nouns of a body's department that take the body's name after them («مديرية الدفاع المدني»);
#: not «فرع» (a branch: «فرع حزب العدالة والتنمية» is the party's name after a common noun).
_DEPARTMENTS = frozenset({"اداره", "مديريه"})


def _department(form: str) -> bool:
    return unclitic(form, _DEPARTMENTS) is not None


def _phrase_at(forms: Sequence[str], i: int, lex: BoundaryLexicon) -> tuple[int, int] | None:
    """A listed multi-word name at token ``i``, with «الدولي» after it («مجلس الأمن الدولي»)."""
    head = unclitic(forms[i], lex.firsts)
    if head is None or head not in lex.phrases:
        return None
    for name in lex.phrases[head]:
        if tuple(forms[i + 1 : i + len(name)]) == name[1:]:
            end = i + len(name)
            # «مجلس الأمن الدولي»; a country adjective only describes the name («حزب الله اللبناني»)
            while end < len(forms) and forms[end] in _INTERNATIONAL:
                end += 1
            return i, end
    return None


def _public_body_at(
    forms: Sequence[str], i: int, people: set[int], res: NerResources, lex: BoundaryLexicon
) -> tuple[int, int] | None:
    """A definite head, its adjectives and the «لـ» phrase of its remit: «الهيئة العامة للسياحة
    والتراث الوطني»، «البنك السعودي للتسليف والادخار»، «الهيئة العليا لتطوير مدينة الرياض»; or a head
    with two adjectives, «البنك المركزي المصري». A head with one adjective and nothing after it
    («الاتحاد الأوروبي»، «المجلس العسكري») is the tagger's to find or a common noun."""
    if forms[i] not in _body_heads() or i in people:
        return None
    k = i + 1
    while k < len(forms) and k - i <= _ADJECTIVES and k not in people and _body_adjective(forms[k], lex):
        k += 1
    if k == i + 1:
        return None
    remit = forms[k] if k < len(forms) and k not in people else ""
    if remit[:1] == "ل" and unclitic(remit, lex.heads) is not None:
        return i, k  # «اللجنة التنفيذية لمنظمة التحرير»: the remit is another body
    if remit.startswith("لل") and len(remit) > 4 and "ال" + remit[2:] not in lex.stops:
        return i, _remit_end(forms, k, people, res, lex)  # «للسياحة والتراث الوطني»
    if remit.startswith("ل") and len(remit) > 3 and remit.isalpha():
        end = _remit_end(forms, k, people, res, lex)  # «لتطوير مدينة الرياض»، «لكرة القدم»
        if end > k + 1:
            return i, end
    return (i, k) if k - i > 2 else None


def _remit_end(
    forms: Sequence[str], k: int, people: set[int], res: NerResources, lex: BoundaryLexicon
) -> int:
    """End of the words after the remit word at ``k``: genitives, adjectives and «و»-joined nouns
    («للسياحة والتراث الوطني»), one indefinite construct noun first («لتطوير مدينة الرياض»); never a
    title or an honorific («… للتدريب التقني والمهني الدكتور …») or another body."""
    end = k + 1
    while end < len(forms) and end - k < _MAX_CHAIN and end not in people:
        word = forms[end]
        core = word[1:] if word.startswith("وال") and len(word) > 5 else word
        construct = end == k + 1 and word.isalpha() and len(word) > 2 and not word.startswith(("ال", "و"))
        if construct and word not in _PARTICLES and end + 1 < len(forms) and _chain_word(forms[end + 1], lex):
            end += 1
            continue
        if not _chain_word(core, lex) or core in lex.heads or bare(core) in lex.heads:
            break
        if core in res.person_triggers or bare(core) in word_set("cues/titles.txt"):
            break
        end += 1
    return end


#: Prepositions that look like a construct noun after a remit word («للكهرباء نحو العمل»).
_PARTICLES = frozenset(
    {
        "نحو",
        "علي",
        "الي",
        "في",
        "من",
        "عن",
        "مع",
        "بين",
        "حول",
        "ضد",
        "عبر",
        "بعد",
        "قبل",
        "خلال",
        "لدي",
        "عند",
        "منذ",
        "حتي",
        "دون",
        "تجاه",
    }
)


_ADJECTIVES = 3  # adjectives after a public body's head


def _body_adjective(word: str, lex: BoundaryLexicon) -> bool:
    """An adjective of a body's name: a nisba or a listed one («العامة»، «العليا»), not an ordinal
    («المركز الثاني للفريق» is a place in a table)."""
    return _adjective(word, lex) and word not in _ordinals()


@cache
def _ordinals() -> frozenset[str]:
    return frozenset(fold(form) for row in read_variants("cues/ordinal_words.txt") for form in row[1:])


#: Folded heads that name no public body when definite: outlets and a «group» of anything.
_NOT_BODIES = frozenset({"صحيفه", "جريده", "قناه", "انباء", "مجموعه"})


@cache
def _body_heads() -> frozenset[str]:
    """Definite institution heads with their proclitics («الهيئة»، «والإدارة»، «للمؤسسة»): the heads of
    ``institution_heads.txt`` and ``org_heads.txt`` but the outlets' («الصحيفة» is a newspaper, named
    or not, «المجموعة» a group of anything)."""
    words = {fold(row[0]) for row in read_variants("gazetteers/institution_heads.txt")}
    words |= {fold(w) for w in read_lines("cues/org_heads.txt")}
    words = {w for w in words if " " not in w and w not in _NOT_BODIES and not w.startswith("ال")}
    return with_clitics({"ال" + w for w in words})


def _name_after(forms: Sequence[str], j: int, res: NerResources, lex: BoundaryLexicon) -> int | None:
    """End of the name that starts at token ``j`` after a descriptor: a listed one, or a foreign word."""
    if j >= len(forms):
        return None
    for name in lex.phrases.get(forms[j], ()):
        if tuple(forms[j : j + len(name)]) == name:
            return j + len(name)
    if (forms[j],) in lex.names:
        return j + 1
    # a foreign word, not a construct noun before its genitive («وكالة استكشاف الفضاء»)
    genitive = j + 1 < len(forms) and _chain_word(forms[j + 1], lex) and not _adjective(forms[j + 1], lex)
    return j + 1 if foreign(forms[j], res) and not genitive else None


def _institution_at(
    forms: Sequence[str], i: int, people: set[int], res: NerResources, lex: BoundaryLexicon
) -> tuple[int, int] | None:
    """«وزارة الخارجية الروسية»، «حلف الناتو» (→ the name only), «وكالة أنباء انترفاكس» (→ the name)."""
    head = unclitic(forms[i], lex.heads)
    if head is None or i in people or (head[0] == "ل" and forms[i].startswith("لل")):
        return None  # «للجنة» may be «ل + اللجنة»: a definite head opens no name
    for size in descriptor_size(forms, i, lex):
        end = _name_after(forms, i + size, res, lex)
        if end is not None:
            return i + size, end
    end, adjective, joined = _chain(forms, i + 1, people, res, lex)
    if end == i + 1 or not (lex.heads[head] or adjective or joined):
        return None
    if (head, forms[i + 1]) in lex.generic:
        return None  # «أعضاء هيئة التدريس»، «رئيس مجلس الإدارة»: a common noun, not a name
    return i, end


def _chain(
    forms: Sequence[str], k: int, people: set[int], res: NerResources, lex: BoundaryLexicon
) -> tuple[int, bool, bool]:
    """End of the genitive/adjective chain from token ``k``, whether it has an adjective, a «و» join."""
    start, genitive, adjective, joined, after_adjective = k, True, False, False, False
    while k < len(forms) and k - start < _MAX_CHAIN and k not in people:
        word = forms[k]
        joint = word.startswith("وال") and len(word) > 5
        core = word[1:] if joint else word
        if not _chain_word(core, lex):
            # a construct noun without the article, then its genitive: «هيئة كبار العلماء»; not a verb
            # («هجمة منظمة وصلت الكرة»: a perfect in ت)
            verb = word.endswith("ت") and not word.endswith("ات")
            construct = genitive and k == start and word.isalpha() and len(word) > 2 and not verb
            construct = construct and word not in res.person
            if not construct or k + 1 >= len(forms) or k + 1 in people or not _chain_word(forms[k + 1], lex):
                break
            k += 1
            continue
        if joint and (core in lex.heads or bare(core) in lex.heads):
            break  # «وزارة الاقتصاد واللجنة العليا»: a second body
        if _adjective(core, lex) and k > start and (after_adjective or not joint):
            adjective = after_adjective = True  # «البلدية والقروية», not «لجنة القيم والأمريكي»
        elif joint and k > start and not adjective and not _adjective(core, lex):
            joined, after_adjective = True, False  # «الأمن والتعاون», not «… الفلسطينية والحكومة»
        elif not genitive or joint:
            break
        else:
            after_adjective = False
        genitive = False
        k += 1
    return k, adjective, joined


def _chain_word(word: str, lex: BoundaryLexicon) -> bool:
    return (
        definite(word)
        and word not in lex.stops
        and not is_title(word)
        and word not in word_set("cues/role_stops.txt")
    )


def _adjective(word: str, lex: BoundaryLexicon) -> bool:
    """A relational adjective (nisba: «الروسية»، «الدولي») or a listed one («المتحدة»)."""
    if word in lex.adjectives:
        return True
    return definite(word) and len(word) > 4 and word.endswith(("ي", "يه")) and word not in lex.stops


def _ministry_at(
    forms: Sequence[str], i: int, lex: BoundaryLexicon, res: NerResources
) -> tuple[int, int] | None:
    """«الخارجية الروسية»: a ministry's domain + a national adjective, not after a definite noun or a title."""
    if i + 1 >= len(forms) or unclitic(forms[i], lex.domains) is None:
        return None
    if not forms[i + 1].endswith("يه") or not national(forms[i + 1], res):
        return None  # the adjective agrees with «وزارة»: «الدفاع الروسي» is Russian defence, not the ministry
    if forms[i][0] not in "بلك" and i > 0:
        before = forms[i - 1]
        if definite(before) or is_title(before) or before in _MODIFIABLE:
            return None
    return i, i + 2


def national(word: str, res: NerResources) -> bool:
    """An adjective of a place («الروسية»، «الأمريكي»، «الصينية»), checked against the place list.

    >>> from akhbar.extract.ner_features import NerResources
    >>> national("الروسيه", NerResources.load()), national("الجويه", NerResources.load())
    (True, False)
    """
    if not word.startswith("ال") or not word.endswith(("يه", "ي")) or len(word) < 5:
        return False
    stem = word[2:-2] if word.endswith("يه") else word[2:-1]
    return any(
        form in res.locations
        for form in (word, stem, stem + "ا", stem + "يا", "ال" + stem, stem + "ستان", stem + "ه")
    )


# indefinite nouns «الخارجية» would qualify as an adjective («سياسة الخارجية» is not a ministry)
_MODIFIABLE = frozenset(fold(w) for w in ("سياسة", "سياسات", "شؤون", "علاقات", "تجارة", "ديون", "قوات"))
