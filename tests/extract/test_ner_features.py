from __future__ import annotations

import pytest

from akhbar.extract.ner_features import Featuriser, NerResources, name_key
from akhbar.text.normalise import fold

_RANK = {
    fold(w): i for i, w in enumerate(["في", "الأمم", "المتحدة", "الولايات", "البنك", "الدولي", "نيويورك"])
}


def _resources(names: dict[str, str], people: dict[str, int] | None = None) -> NerResources:
    """Hand-built resources: ``names`` maps a listed name to its type, ``people`` a name token to its count."""
    counts = {fold(w): n for w, n in (people or {}).items()}
    return NerResources(
        clusters={},
        rank=_RANK,
        person=frozenset(counts),
        locations=frozenset(),
        organisations=frozenset(),
        person_triggers=frozenset(),
        location_triggers=frozenset(),
        org_triggers=frozenset(),
        person_counts=counts,
        names={
            tuple(name_key(fold(w), _RANK) for w in name.split()): frozenset({kind})
            for name, kind in names.items()
        },
    )


def _name_features(text: str, res: NerResources) -> list[tuple[str, list[str]]]:
    words = text.split()
    return [
        (w, [f for f in feats if f.startswith("gz=")])
        for w, feats in zip(words, Featuriser(res).sequence(words), strict=True)
    ]


@pytest.mark.parametrize(
    ("word", "key"),
    [("للأمم", "امم"), ("والقاهرة", "قاهره"), ("بنيويورك", "نيويورك"), ("البنك", "بنك")],
)
def test_name_key_drops_a_known_proclitic_and_the_article(word: str, key: str) -> None:
    rank = {**_RANK, fold("القاهرة"): 50}
    assert name_key(fold(word), rank) == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال الأمين العام للأمم المتحدة في نيويورك",
            [
                ("وقال", []),
                ("الأمين", []),
                ("العام", []),
                ("للأمم", ["gz=B-ORG"]),
                ("المتحدة", ["gz=I-ORG"]),
                ("في", []),
                ("نيويورك", ["gz=B-LOC1"]),
            ],
        ),
    ],
)
def test_listed_names_are_matched_after_a_proclitic(text: str, expected: list[tuple[str, list[str]]]) -> None:
    res = _resources({"الأمم المتحدة": "ORG", "نيويورك": "LOC"})
    assert _name_features(text, res) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("الولايات المتحدة الأمريكية", ["gz=B-LOC", "gz=I-LOC", "gz=I-LOC"])],
)
def test_the_longest_listed_name_wins(text: str, expected: list[str]) -> None:
    res = _resources({"الولايات المتحدة": "LOC", "الولايات المتحدة الأمريكية": "LOC", "المتحدة": "ORG"})
    assert [feats for _, feats in _name_features(text, res)] == [[f] for f in expected]


@pytest.mark.parametrize(("token", "band"), [("ماكرون", "gpc=1"), ("محمد", "gpc=4"), ("جونسون", "gpc=3")])
def test_person_count_band_grows_with_wikidata_use(token: str, band: str) -> None:
    res = _resources({}, {"ماكرون": 2, "محمد": 900, "جونسون": 40})
    own = Featuriser(res).entry("و" + token).own
    assert band in own
    assert "gper" in own


@pytest.mark.parametrize(("before", "token"), [("الرئيس", "ماكرون")])
def test_neighbours_see_the_person_count_band(before: str, token: str) -> None:
    res = _resources({}, {token: 2})
    feats = Featuriser(res).sequence([before, token])
    assert "+1gpc=1" in feats[0]
    assert "b+=" + fold(before) + "|" + fold(token) in feats[0]


def test_shipped_resources_read_counts_and_names() -> None:
    res = NerResources.load()
    assert res.person_counts[fold("جونسون")] > res.person_counts[fold("ماكرون")] > 0
    assert res.names[(name_key(fold("الأمم"), res.rank), name_key(fold("المتحدة"), res.rank))] == {"ORG"}
    assert "LOC" in res.names[(fold("باريس"),)]
