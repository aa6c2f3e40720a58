"""Name-boundary and type rules over the tagger's runs that ``entity_rules`` does not cover.

- Long Arabic names: a person's name runs through its linking words, so «خالد بن فيصل بن عبدالعزيز» +
  «آل» + «سعود» is one name, and a name the tagger stopped before «بن X»، «آل X» or «عبد X» takes them
  in. The first part must be a person; «بن» alone opens no name («قال بن لادن» stays as tagged). A
  name never ends in a linking word: a run cut after one takes the next word whatever it is
  («فهد بن» + «مساعد», a common word too).
- Clubs: a place or person name right after a word that introduces a team («نادي»، «فريق»,
  ``gazetteers/club_triggers.txt``) or one of its people («لاعب»، «مدرب»، ``gazetteers/club_people.txt``)
  is a club, ORG, and so is every other mention of that name in the same text («فاز تشيلسي» after
  «لاعب تشيلسي»).

Runs are ``(first, last, label)`` over folded token forms, ``last`` exclusive, as in ``entity_rules``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from akhbar.extract.entity_institutions import national
from akhbar.extract.entity_lexicon import NAME_LINKS, Run
from akhbar.extract.ner_features import name_key
from akhbar.extract.roles import is_title
from akhbar.extract.words import bare, unclitic, with_clitics, word_set
from akhbar.resources import read_variants
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.extract.ner_features import NerResources

#: Linking words after which the next word belongs to the name even when the tagger left it out.
_CONTINUED = frozenset({"بن", "ابن", "بنت", "ال", "عبد"})
#: A word this frequent in the news is a common word, not the next part of a name.
_COMMON_RANK = 2_000


def join_name_parts(forms: Sequence[str], runs: Sequence[Run], res: NerResources) -> list[Run]:
    """PERS runs joined across linking words and extended over «بن X»، «آل X»، «عبد X» (see the module)."""
    out: list[Run] = []
    todo = sorted(runs)
    k = 0
    while k < len(todo):
        first, last, label = todo[k]
        k += 1
        if label != "PERS":
            out.append((first, last, label))
            continue
        while last + 1 < len(forms) and forms[last] in NAME_LINKS:
            after = todo[k] if k < len(todo) else None
            if after is not None and after[0] == last + 1 and after[2] == "PERS":
                last, k = after[1], k + 1  # «… عبدالعزيز» «آل» «سعود»
            elif after is not None and after[0] <= last + 1:
                break  # the next word belongs to another entity
            elif forms[last] in _CONTINUED and _name_word(forms[last + 1], res):
                last += 2
            else:
                break
        if k < len(todo) and todo[k][0] == last and todo[k][2] == "PERS" and forms[last] in NAME_LINKS:
            last, k = todo[k][1], k + 1  # a run the tagger opened at «بن»
        free = todo[k][0] if k < len(todo) else len(forms)
        last = _past_link(forms, last, free)
        out.append((first, last, label))
    return out


def _past_link(forms: Sequence[str], last: int, free: int) -> int:
    """A person's name never ends in a linking word: a run the tagger stopped after «بن»، «آل» or «عبد»
    takes the word after it («خالد بن» + «مساعد»), unless another run starts there (``free``)."""
    if last < free and forms[last - 1] in _CONTINUED and forms[last].isalpha():
        return last + 1
    return last


def _name_word(form: str, res: NerResources) -> bool:
    """A word that can be the part of a name after a linking word: a listed name token or a rare word."""
    if not form.isalpha() or len(form) < 2:
        return False
    return form in res.person or res.rank.get(form, 1 << 30) > _COMMON_RANK


def club_types(forms: Sequence[str], runs: Sequence[Run], res: NerResources) -> list[Run]:
    """LOC/PERS/MISC runs after a club trigger become ORG, with every run of the same name in the text.

    After a player's or a coach's word («لاعب»، «مدرب») a listed place that is not also a listed club
    stays LOC: «لاعب فرنسا» plays for the national side, which ANERcorp tags as the country.
    """
    teams = word_set("gazetteers/club_triggers.txt")
    people = word_set("gazetteers/club_people.txt")
    clubs: set[tuple[str, ...]] = set()
    for first, last, label in runs:
        if label == "ORG" or first == 0:
            continue
        name = _name(forms, first, last, res)
        kinds = res.names.get(name, frozenset())
        before = forms[first - 1]
        if unclitic(before, teams) is not None or (
            unclitic(before, people) is not None and ("LOC" not in kinds or "ORG" in kinds)
        ):
            clubs.add(name)
    if not clubs:
        return list(runs)
    return [
        (first, last, "ORG")
        if label != "ORG" and _name(forms, first, last, res) in clubs
        else (first, last, label)
        for first, last, label in runs
    ]


def _name(forms: Sequence[str], first: int, last: int, res: NerResources) -> tuple[str, ...]:
    """A run's words as gazetteer keys (no proclitic, no article): «وتشيلسي» and «تشيلسي» are one name."""
    return tuple(name_key(f, res.rank) for f in forms[first:last])


#: Folded honorifics before a person's name («الدكتور مساعد العيبان»); an office title does the same.
_HONORIFICS = frozenset(
    {
        "الدكتور",
        "الدكتوره",
        "المهندس",
        "المهندسه",
        "الاستاذ",
        "الاستاذه",
        "الشيخ",
        "الشيخه",
        "السيد",
        "السيده",
    }
)
#: A surname rarer than this in the news is no common word («العمير»، not «الجديد»).
_SURNAME_RANK = 5_000
_COMMAS = frozenset({"،", ","})
#: Function words and verbs the person-name list holds that open no name («ما بين»، «تشير سارة …»).
_NOT_GIVEN = frozenset(
    {"ما", "بين", "من", "في", "عن", "مع", "لا", "قد", "كما", "تشير", "يشير", "تقول", "يقول"}
)


def titled_people(forms: Sequence[str], runs: Sequence[Run], res: NerResources) -> list[Run]:
    """PERS runs for untagged names with a title beside them (see ``_titled_name``), added to ``runs``."""
    # a name here ends in a rare definite surname or follows an honorific: find those word types first
    types = set(forms)
    ends = {form for form in types if form.startswith("ال") and _surname(form, res)}  # the cheap test first
    honorifics = {form for form in types if _honorific(form)}
    person = res.person
    near = {i for j, form in enumerate(forms) if form in ends for i in range(max(j - 3, 1), j)}
    near.update(j + 1 for j, form in enumerate(forms[:-1]) if form in honorifics)
    starts = sorted(i for i in near if forms[i] in person)
    covered = {k for first, last, _ in runs for k in range(first, last)}
    found: list[Run] = []
    done = 0
    for i in starts:
        if i < done or i in covered or i + 1 >= len(forms):
            continue
        end = _titled_name(forms, i, covered, res)
        if end is not None:
            found.append((i, end, "PERS"))
            done = end
    return sorted([*runs, *found]) if found else list(runs)


def _titled_name(forms: Sequence[str], i: int, covered: set[int], res: NerResources) -> int | None:
    """End of a name at token ``i``: given names, then a rare definite surname, after an honorific or a
    definite title («الدكتور مساعد العيبان»، «المخرج فطيس بقنة») or before an apposed office title
    («علي العمير وزير النفط»، «سليمان الريمي، مدير …»)."""
    if not _given_name(forms[i], res, True):
        return None  # most tokens: no name starts here
    honoured = _honorific(forms[i - 1])
    k = i
    # after an honorific a given name may be a title word too («الدكتور مساعد العيبان»)
    while k < len(forms) and k - i < 3 and k not in covered and _given_name(forms[k], res, honoured):
        k += 1
    if k == i or k >= len(forms) or k in covered:
        return None
    surname = forms[k]
    if _surname(surname, res):
        end = k + 1
    elif honoured and k - i >= 2 and res.rank.get(forms[k - 1], 1 << 30) > _SURNAME_RANK:
        end = k  # «الدكتورة أمل القثامي» has its surname; «المهندس نايف خلف»: the last given name is it
    else:
        return None
    if honoured:
        return end
    after = end + 1 if end < len(forms) and forms[end] in _COMMAS else end
    apposed = after < len(forms) and is_title(forms[after]) and not forms[after].startswith("ال")
    return end if apposed and not national(surname, res) else None


@cache
def _honorific(form: str) -> bool:
    """An honorific or a definite title, a proclitic allowed («والدكتور»، «المخرج»)."""
    before = bare(form)
    return "ال" + before in _HONORIFICS or (form != before and is_title(form))


def _given_name(form: str, res: NerResources, honoured: bool) -> bool:
    given = form in res.person and not form.startswith("ال") and form.isalpha() and form not in _NOT_GIVEN
    return given and (honoured or not is_title(form))


def _surname(form: str, res: NerResources) -> bool:
    """A definite family name: a rare word with the article, no title or stop word («العيبان»)."""
    return (
        form.startswith("ال")
        and len(form) > 4
        and form.isalpha()
        and res.rank.get(form, 1 << 30) > _SURNAME_RANK
        and not form.endswith("يه")  # a feminine adjective: «حديقة الملك فهد المركزية»
        and not is_title(form)
    )


def facilities(forms: Sequence[str], runs: Sequence[Run], res: NerResources) -> list[Run]:
    """A facility head and the name after it are one entity of the head's type («مطار عدن» LOC,
    «مستشفى ينبع» ORG, «ميثاق الأمم المتحدة» MISC, ``gazetteers/facility_heads.txt``): the head joins
    a tagged run of up to three words right after it, or a rare definite word the tagger left out
    («مستوصف المربع»); a document's or a cup's head only a tagged name («اتفاقية الضمانات» is a
    description, «كأس بلغاريا» a name)."""
    heads = _facility_heads()
    facility_forms = _facility_forms()
    if facility_forms.isdisjoint(forms):
        return list(runs)
    starts = {first: (first, last, label) for first, last, label in runs}
    covered = {k for first, last, _ in runs for k in range(first, last)}
    out = {run: run for run in runs}
    for i, form in enumerate(forms[:-1]):
        head = unclitic(form, frozenset(heads)) if form in facility_forms else None
        if head is None or i in covered:
            continue
        run = starts.get(i + 1)
        if run is not None and run[1] - run[0] <= 3:
            key, end = run, run[1]
        elif run is None and heads[head] != "MISC" and i + 1 not in covered and _surname(forms[i + 1], res):
            key, end = (i, i + 2, ""), i + 2
        else:
            continue
        if heads[head] == "ORG" and end < len(forms) and end not in covered and forms[end] in _KINDS:
            end += 1  # «مستشفى ينبع العام»
        if heads[head] == "MISC" and end < len(forms) and end not in covered and national(forms[end], res):
            end += 1  # «كأس السوبر الإسباني»: a cup is named with its country
        out[key] = (i, end, heads[head])
    return sorted(out.values())


#: Adjectives that end a hospital's name («مستشفى الملك فهد العام»), folded.
_KINDS = frozenset({"العام", "التخصصي", "الجامعي", "المركزي"})


def is_facility_head(word: str) -> bool:
    """A folded facility, document or cup head («كاس»): ``ner.clitic_length`` splits «ب» off it even
    where the person list holds the whole form («بكأس»)."""
    return word in _facility_heads()


@cache
def _facility_heads() -> dict[str, str]:
    return {fold(row[0]): row[1] for row in read_variants("gazetteers/facility_heads.txt")}


@cache
def _facility_forms() -> frozenset[str]:
    return with_clitics(set(_facility_heads()))


#: Words the tagger runs a name into that never end one («جامعة أم القرى بعنوان»).
_TAIL_WORDS = frozenset({"بعنوان"})


def trim_tails(forms: Sequence[str], runs: Sequence[Run]) -> list[Run]:
    """Runs without a trailing number (MISC keeps it) or a listed word: «مجلس الأمن الدولي 2216» → «مجلس الأمن الدولي»."""
    out: list[Run] = []
    for first, last, label in runs:
        numbered = label == "MISC"  # products and editions keep theirs: «آيفون 7»، «مونديال 2002»
        while last - first > 1 and (
            (forms[last - 1].isdigit() and not numbered) or forms[last - 1] in _TAIL_WORDS
        ):
            last -= 1
        out.append((first, last, label))
    return out


#: The folded word that makes a phrase a nationality («بنجلاديشي الجنسية»), never a name.
_NATIONALITY = "الجنسيه"


def drop_groups(forms: Sequence[str], runs: Sequence[Run]) -> list[Run]:
    """Runs without the groups of people the tagger types as bodies: a one-word ORG or MISC run that is
    a people's plural («الأكراد»، ``gazetteers/people_groups.txt``) or a plural nisba («الحوثيين»), and
    any run ending in «الجنسية» («بنجلاديشي الجنسية» is a nationality)."""
    groups = _people_groups()
    out = []
    for first, last, label in runs:
        if forms[last - 1] == _NATIONALITY:
            continue
        if last - first == 1 and label in {"ORG", "MISC"}:
            word = bare(forms[first])
            if word in groups or (word.endswith(("يين", "يون")) and len(word) > 5):
                continue
        out.append((first, last, label))
    return out


@cache
def _people_groups() -> frozenset[str]:
    return frozenset(bare(w) for w in word_set("gazetteers/people_groups.txt"))


#: Folded nouns of an administrative place before its name («محافظة بيشة»، «ناحية الصقلاوية»): the name
#: after them is LOC, the noun outside it (GUIDELINES: «منطقة X، محافظة X، حي X → LOC X»). Not
#: «منطقة» (also of the body and the pitch: «منطقة الجزاء»، «منطقة المفصل») or «قضاء» (also «قضاء
#: حاجاتهم», spending).
_PLACE_NOUNS = frozenset(
    fold(w) for w in ("مدينة", "محافظة", "ولاية", "مقاطعة", "بلدة", "قرية", "مخيم", "حي", "ناحية")
)
#: A definite word rarer than this after a place noun is a name («العيص»), an indefinite one rarer
#: than ``_RARE_PLACE`` («أملج»), since indefinite adjectives («منطقة عازلة») are common words.
_PLACE_RANK = 5_000
_RARE_PLACE = 20_000


def named_places(forms: Sequence[str], runs: Sequence[Run], res: NerResources) -> list[Run]:
    """LOC runs for the untagged word after an indefinite place noun, when that word is rare enough to
    be a name and is no adjective (a nisba or a national adjective), added to ``runs``."""
    nouns = _place_forms()
    if nouns.isdisjoint(forms):
        return list(runs)
    covered = {k for first, last, _ in runs for k in range(first, last)}
    found = [
        (i + 1, i + 2, "LOC")
        for i, form in enumerate(forms[:-1])
        if form in nouns and i not in covered and i + 1 not in covered and _place_name(forms[i + 1], res)
    ]
    return sorted([*runs, *found]) if found else list(runs)


def _place_name(word: str, res: NerResources) -> bool:
    if not word.isalpha() or len(word) < 3 or national(word, res) or is_title(word):
        return False
    if word.startswith(("بال", "لل", "وال", "كال", "فال")):
        return False  # a preposition: «مدينة بالحظ الجيد»، «حي للطبقة الوسطى»
    rank = res.rank.get(word, 1 << 30)
    if word.startswith("ال"):
        return rank > _PLACE_RANK and len(word) > 4
    return rank > _RARE_PLACE and not word.endswith(("ي", "يه"))


@cache
def _place_forms() -> frozenset[str]:
    return with_clitics(set(_PLACE_NOUNS))
