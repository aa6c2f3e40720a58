"""Story exports: JSON, CSV, TimelineJS and Markdown, each keeping its citations and keeping article text inert."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from akhbar.api.facade import Akhbar
from akhbar.errors import InputError, NotFound
from akhbar.model import Article, Citation, Conflict, Span, Story, TimelineRow
from akhbar.stories.export import FORMATS, date_precision, export_story

TEXT_A = (
    "وصل الوفد يوم الثلاثاء 2 مايو 2023 إلى الخرطوم. "
    "وقال المتحدث <script>alert(1)</script> إن المحادثات ستستمر حتى نهاية 2023. نقلا عن رويترز"
)
TEXT_B = "وصل الوفد يوم الخميس 4 مايو 2023 إلى الخرطوم | وفق مصادر. وفي مايو 2023 بدأت المحادثات."


def _cite(art: Article, sentence: str, when: str | None = None) -> Citation:
    start = art.text.index(sentence)
    return Citation(art.id, start, start + len(sentence), art.outlet, sentence, when)


def _articles() -> tuple[Article, Article]:
    a = Article.from_text(
        TEXT_A,
        source="a.txt",
        url="https://example.com/a?x=1&y=2",
        outlet="وكالة الشرق",
        title="وصول الوفد إلى الخرطوم",
        pub_date=date(2023, 5, 2),
    )
    credit = TEXT_A.index("رويترز")
    a = a.with_spans("credits", [Span(credit, credit + len("رويترز"), "credit", {"agency": "رويترز"})])
    b = Article.from_text(
        TEXT_B,
        source="b.txt",
        url="javascript:alert(1)",
        outlet="صحيفة <النيل> | اليوم",
        pub_date=date(2023, 5, 4),
    )
    return a, b


def _story(a: Article, b: Article) -> Story:
    arrived_a = _cite(a, "وصل الوفد يوم الثلاثاء 2 مايو 2023 إلى الخرطوم.", "2023-05-02")
    arrived_b = _cite(b, "وصل الوفد يوم الخميس 4 مايو 2023 إلى الخرطوم | وفق مصادر.", "2023-05-04")
    talks = _cite(b, "وفي مايو 2023 بدأت المحادثات.", "2023-05")
    said = _cite(a, "وقال المتحدث <script>alert(1)</script> إن المحادثات ستستمر حتى نهاية 2023.", "2023")
    rows = (
        TimelineRow(
            "2023-05-02",
            "وصول الوفد | إلى الخرطوم",
            (arrived_a, arrived_b),
            outlets=(str(a.outlet), str(b.outlet)),
            conflict=True,
            sources=(str(a.outlet), str(b.outlet)),
            conflicts=(Conflict("date", (("2023-05-02", (0,)), ("2023-05-04", (1,)))),),
        ),
        TimelineRow("2023-05", "بدأت المحادثات <script>x</script>", (talks,), outlets=(str(b.outlet),)),
        TimelineRow("2023", "=1+1 استمرار المحادثات", (said,), outlets=(str(a.outlet),)),
    )
    return Story(
        "s1",
        "زيارة الوفد | <b>الخرطوم</b>",
        (a.id, b.id),
        outlets=(str(a.outlet), str(b.outlet)),
        first_date=date(2023, 5, 2),
        last_date=date(2023, 5, 4),
        timeline=rows,
        summary=(replace(arrived_a, date=None), replace(talks, date=None)),  # summaries carry no date
    )


@pytest.fixture
def story_and_articles() -> tuple[Story, tuple[Article, Article]]:
    a, b = _articles()
    return _story(a, b), (a, b)


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("2023-05-02", "day"),
        ("2023-05", "month"),
        ("2023", "year"),
        ("2023-W18", "week"),
        ("PRESENT_REF", "other"),
    ],
)
def test_date_precision_follows_the_timex_value(value: str, precision: str) -> None:
    assert date_precision(value) == precision


def test_json_export_is_the_story_object_plus_article_metadata(
    story_and_articles: tuple[Story, tuple[Article, Article]],
) -> None:
    story, (a, b) = story_and_articles
    body = json.loads(export_story(story, [b, a], "json"))
    assert {k: v for k, v in body.items() if k != "articles"} == json.loads(json.dumps(story.to_dict()))
    assert [x["id"] for x in body["articles"]] == [a.id, b.id]  # story order, not the order given
    assert body["articles"][0]["credits"] == ["رويترز"]
    assert "وصول الوفد | إلى الخرطوم" in export_story(story, [a, b], "json")  # Arabic left readable


def test_csv_export_parses_back_with_the_arabic_and_every_citation(
    story_and_articles: tuple[Story, tuple[Article, Article]],
) -> None:
    story, (a, b) = story_and_articles
    text = export_story(story, [a, b], "csv")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    first, month, year = rows
    assert first["event"] == "وصول الوفد | إلى الخرطوم"
    assert (first["date"], first["precision"], first["conflict"]) == ("2023-05-02", "day", "yes")
    assert first["outlets"] == "وكالة الشرق; صحيفة <النيل> | اليوم"
    assert first["article_ids"] == f"{a.id}; {b.id}"
    cited = story.timeline[0].citations
    assert first["citations"] == "; ".join(f"{c.article_id}:{c.start}-{c.end}" for c in cited)
    assert "2023-05-02 (" + a.id + ")" in first["conflict_details"]
    assert "2023-05-04 (" + b.id + ")" in first["conflict_details"]
    assert (month["precision"], month["conflict"]) == ("month", "no")
    assert year["precision"] == "year"
    assert year["event"] == "'=1+1 استمرار المحادثات"  # a formula-like cell stays text in a spreadsheet


def test_timelinejs_dates_are_as_precise_as_each_row(
    story_and_articles: tuple[Story, tuple[Article, Article]],
) -> None:
    story, articles = story_and_articles
    data = json.loads(export_story(story, articles, "timelinejs"))
    assert [e["start_date"] for e in data["events"]] == [
        {"year": 2023, "month": 5, "day": 2},
        {"year": 2023, "month": 5},
        {"year": 2023},
    ]
    assert len({e["unique_id"] for e in data["events"]}) == 3
    assert data["events"][0]["group"] == "conflicting sources"
    assert set(data["title"]["text"]) == {"headline", "text"}
    assert all(set(e["text"]) == {"headline", "text"} for e in data["events"])


@pytest.mark.parametrize(("week", "monday", "sunday"), [("2023-W18", (2023, 5, 1), (2023, 5, 7))])
def test_timelinejs_week_spans_monday_to_sunday(
    week: str, monday: tuple[int, ...], sunday: tuple[int, ...]
) -> None:
    a, b = _articles()
    base = _story(a, b)
    row = TimelineRow(week, "جولة محادثات", base.timeline[1].citations, outlets=("صحيفة النيل",))
    story = Story("s2", "محادثات", (a.id, b.id), timeline=(row,))
    (event,) = json.loads(export_story(story, [a, b], "timelinejs"))["events"]
    ymd = ("year", "month", "day")
    assert tuple(event["start_date"][k] for k in ymd) == monday
    assert tuple(event["end_date"][k] for k in ymd) == sunday
    assert event["display_date"] == week


def test_timelinejs_escapes_article_text_and_links_only_web_addresses(
    story_and_articles: tuple[Story, tuple[Article, Article]],
) -> None:
    story, articles = story_and_articles
    raw = export_story(story, articles, "timelinejs")
    data = json.loads(raw)
    html_fields = [data["title"]["text"]["headline"], data["title"]["text"]["text"]]
    html_fields += [v for e in data["events"] for v in e["text"].values()]
    assert not any("<script" in field or "<b>" in field or "<النيل>" in field for field in html_fields)
    said = data["events"][2]["text"]["text"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in said
    assert 'href="https://example.com/a?x=1&amp;y=2"' in said
    assert "javascript:" not in raw  # the second article's URL is never made a link
    assert "[1] وكالة الشرق" in data["events"][0]["text"]["text"]
    assert "2023-05-04 [2]" in data["events"][0]["text"]["text"]  # the conflict names both versions


def test_markdown_report_cites_escapes_and_lists_sources(
    story_and_articles: tuple[Story, tuple[Article, Article]],
) -> None:
    story, (a, b) = story_and_articles
    report = export_story(story, [a, b], "md")
    assert report.startswith("# زيارة الوفد \\| \\<b\\>الخرطوم\\</b\\>\n")
    summary = report.split("## Summary\n\n", 1)[1].split("\n", 1)[0]
    assert summary.endswith("بدأت المحادثات. [2]")
    assert "الخرطوم. [1]" in summary
    table = [line for line in report.splitlines() if line.startswith("| 2023")]
    assert len(table) == 3
    assert all(line.count(" | ") == 4 for line in table)  # every `|` inside a cell is escaped
    assert "وصول الوفد \\| إلى الخرطوم" in table[0]
    assert "<script>" not in report
    conflicts = report.split("## Conflicts", 1)[1].split("## Sources", 1)[0]
    assert "وصل الوفد يوم الثلاثاء 2 مايو 2023 إلى الخرطوم." in conflicts
    assert "وصل الوفد يوم الخميس 4 مايو 2023 إلى الخرطوم \\| وفق مصادر." in conflicts
    assert "وكالة الشرق [1]" in conflicts
    assert "صحيفة \\<النيل\\> \\| اليوم [2]" in conflicts
    sources = report.split("## Sources\n\n", 1)[1].splitlines()
    assert sources[0].startswith(
        "1. وكالة الشرق — وصول الوفد إلى الخرطوم — 2023-05-02 — <https://example.com/a"
    )
    assert "via رويترز" in sources[0]
    assert sources[1].startswith("2. صحيفة") and "javascript" not in sources[1]


@pytest.mark.parametrize("fmt", ["xml", "JSON", ""])
def test_unknown_format_is_refused_with_the_list_of_formats(
    fmt: str, story_and_articles: tuple[Story, tuple[Article, Article]]
) -> None:
    story, articles = story_and_articles
    with pytest.raises(InputError, match="json, csv, timelinejs, md"):
        export_story(story, articles, fmt)


@pytest.fixture
def ak() -> Iterator[Akhbar]:
    a, b = _articles()
    with Akhbar.open(":memory:") as handle:
        handle.store.add_articles([a, b])
        handle.store.replace_stories([_story(a, b)])
        yield handle


@pytest.mark.parametrize("fmt", FORMATS)
def test_facade_export_loads_the_story_and_its_articles(ak: Akhbar, fmt: str) -> None:
    a, b = _articles()
    assert ak.export("s1", fmt) == export_story(_story(a, b), [a, b], fmt)


def test_facade_export_of_an_unknown_story_is_not_found(ak: Akhbar) -> None:
    with pytest.raises(NotFound, match="akhbar stories"):
        ak.export("nope", "md")
    with pytest.raises(InputError, match="timelinejs"):
        ak.export("s1", "pdf")
