"""The web UI in headless Chromium, driven as a reader would: stories, story, timeline plot, article, search.

One uvicorn server on 127.0.0.1 (a free port) over a database of the bundled example corpus plus one
hostile page, and one browser for the module. Screenshots of every page land in
``test-artifacts/screenshots/``. Skipped when Debian's chromium or chromedriver is missing
(``make apt-test`` installs them).
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from akhbar.api.facade import Akhbar
from akhbar.config import Settings
from akhbar.server.app import create_app

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
DESKTOP = (1280, 900)
PHONE = (390, 844)

HOSTILE = """بلدية الدمام تفتتح حديقة عامة جديدة

الدمام - الثلاثاء 4 أبريل 2023

افتتحت بلدية الدمام اليوم الثلاثاء حديقة عامة جديدة على الواجهة البحرية.
وكتب أحد الزوار في تعليقه على الموقع: <script>alert("akhbar")</script> ثم غادر الصفحة.
"""
SCRIPT_TEXT = '<script>alert("akhbar")</script>'


class UI:
    """The running server's base URL and the browser, with the few moves every test makes."""

    def __init__(self, base: str, driver: WebDriver) -> None:
        self.base = base
        self.driver = driver

    def open(self, path: str) -> None:
        self.driver.get(self.base + path)

    def api(self, path: str) -> Any:
        with urllib.request.urlopen(self.base + path, timeout=10) as response:
            return json.load(response)

    def find(self, css: str) -> WebElement:
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css: str) -> list[WebElement]:
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def js(self, script: str, *args: Any) -> Any:
        return self.driver.execute_script(script, *args)

    def wait(self, until: Any, timeout: float = 3) -> Any:
        return WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(until)

    def screenshot(self, name: str) -> None:
        """The whole page, not just the window: grow the window to the page, shoot, restore."""
        size = self.driver.get_window_size()
        width, height = size["width"], size["height"]
        full = int(self.js("return document.documentElement.scrollHeight"))
        self.driver.set_window_size(width, min(max(full, height), 8000))
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
        self.driver.set_window_size(width, height)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Iterator[str]:
    """The app on 127.0.0.1 over the five seeds (as ``akhbar demo`` ingests them) and one hostile page."""
    import uvicorn

    root = tmp_path_factory.mktemp("browser")
    corpus = root / "corpus"
    shutil.copytree(seeds_dir, corpus, ignore=shutil.ignore_patterns("*.md"))
    (corpus / "900_hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = str(root / "ui.db")
    with Akhbar.open(db) as ak:
        ak.ingest([corpus])
    port = _free_port()
    config = uvicorn.Config(
        create_app(Settings.resolve(db=db)), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail(f"uvicorn did not start on 127.0.0.1:{port}")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def driver() -> Iterator[WebDriver]:
    """One headless Chromium for the module, Debian's binary and driver (never a downloaded one)."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.skip(
            f"{' and '.join(missing)} not installed; `make apt-test` installs chromium and chromium-driver"
        )
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=ar"):
        options.add_argument(arg)
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield browser
    finally:
        browser.quit()


@pytest.fixture
def ui(driver: WebDriver, base_url: str) -> UI:
    """The browser at desktop size; tests that change it get it back here."""
    driver.set_window_size(*DESKTOP)
    return UI(base_url, driver)


@pytest.fixture(scope="module")
def conflict_story(base_url: str) -> dict[str, Any]:
    """The seeds' story, whose sources disagree on the date of Lavrov's letter (REST, for ids only)."""
    with urllib.request.urlopen(f"{base_url}/api/stories", timeout=10) as response:
        items = json.load(response)["items"]
    (story,) = (s for s in items if s["conflicts"])
    with urllib.request.urlopen(f"{base_url}/api/stories/{story['id']}", timeout=10) as response:
        detail: dict[str, Any] = json.load(response)
    return detail


def _open_story_from_list(ui: UI) -> None:
    ui.open("/")
    card = next(
        c for c in ui.find_all("li.story-card") if c.find_elements(By.CSS_SELECTOR, ".badge.conflict")
    )
    card.find_element(By.CSS_SELECTOR, "a").click()
    ui.wait(lambda d: "/stories/" in d.current_url)


def _conflict_point(ui: UI) -> WebElement:
    return ui.find(".tl-pt.conflict")


def _tip_of(ui: UI, point: WebElement) -> WebElement:
    return ui.find(f"#{point.get_attribute('data-tip')}")


def test_every_page_is_arabic_right_to_left(ui: UI, conflict_story: dict[str, Any]) -> None:
    article = conflict_story["article_ids"][0]
    for path in ("/", f"/stories/{conflict_story['id']}", f"/articles/{article}", "/search?q=لافروف"):
        ui.open(path)
        html = ui.find("html")
        assert (html.get_attribute("dir"), html.get_attribute("lang")) == ("rtl", "ar"), path
        assert ui.js("return getComputedStyle(document.body).direction") == "rtl", path


def test_the_page_font_is_an_arabic_font_that_is_installed(ui: UI) -> None:
    ui.open("/")
    family = ui.js("return getComputedStyle(document.body).fontFamily")
    assert family.split(",")[0].strip("\"' ") == "Noto Naskh Arabic"
    # a font that is present changes the width of Arabic text against the generic fallback alone
    widths = ui.js(
        """const c = document.createElement('canvas').getContext('2d'); const out = [];
        for (const f of ['20px "Noto Naskh Arabic", monospace', '20px monospace']) {
          c.font = f; out.push(c.measureText('الخارجية الروسية').width); }
        return out;"""
    )
    assert widths[0] != widths[1], "Noto Naskh Arabic is not installed (Debian fonts-noto-core)"


def test_a_reader_opens_the_story_and_sees_its_timeline_and_the_date_conflict(ui: UI) -> None:
    _open_story_from_list(ui)
    rows = ui.find_all("table.timeline tbody tr")
    assert len(rows) >= 5
    assert all(r.find_element(By.CSS_SELECTOR, "td.date").text for r in rows)
    box = ui.find(".conflict-box")
    assert "تعارض بين المصادر" in box.text
    assert "لافروف" in box.find_element(By.XPATH, "ancestor::td").text
    versions = {
        v.find_element(By.CSS_SELECTOR, ".value").text: {
            a.text for a in v.find_elements(By.CSS_SELECTOR, "blockquote a.cite")
        }
        for v in box.find_elements(By.CSS_SELECTOR, ".version")
    }
    assert versions == {"2022-01-26": {"صحيفة المرصد الليبية"}, "2022-02-01": {"دار الهلال"}}
    assert ui.find(".tl-svg").is_displayed()
    assert len(ui.find_all(".tl-pt")) == len(rows)
    ui.screenshot("story")


def test_the_stories_list_shows_the_seed_story_with_a_conflict_badge(ui: UI) -> None:
    ui.open("/")
    cards = ui.find_all("li.story-card")
    flagged = [c for c in cards if c.find_elements(By.CSS_SELECTOR, ".badge.conflict")]
    assert len(flagged) == 1
    assert "5 مقال" in flagged[0].text
    ui.screenshot("stories")


def test_hovering_a_timeline_point_shows_its_date_event_and_sources(
    ui: UI, conflict_story: dict[str, Any]
) -> None:
    ui.open(f"/stories/{conflict_story['id']}")
    point = _conflict_point(ui)
    tip = _tip_of(ui, point)
    assert not tip.is_displayed()
    dots = point.find_elements(By.CSS_SELECTOR, ".tl-dot")
    xs = {d.get_attribute("data-value"): d.rect["x"] for d in dots}
    assert xs["2022-01-26"] > xs["2022-02-01"]  # the earlier date is further right
    ActionChains(ui.driver).move_to_element(dots[0]).perform()
    ui.wait(lambda _: tip.is_displayed())
    assert "2022-01-26" in tip.text
    assert "2022-02-01" in tip.text
    assert "لافروف" in tip.text
    hrefs = {
        a.text: urllib.parse.urlsplit(a.get_attribute("href"))
        for a in tip.find_elements(By.CSS_SELECTOR, "a")
    }
    row = next(r for r in conflict_story["timeline"] if r["conflict"])
    expected = {c["outlet"]: f"/articles/{c['article_id']}#c{c['start']}" for c in row["citations"]}
    assert {outlet: f"{url.path}#{url.fragment}" for outlet, url in hrefs.items()} == expected
    ui.screenshot("story-timeline-hover")
    ActionChains(ui.driver).move_to_element(ui.find("h1")).perform()
    ui.wait(lambda _: not tip.is_displayed())


def test_a_source_in_the_tooltip_leads_to_the_cited_sentence(ui: UI, conflict_story: dict[str, Any]) -> None:
    ui.open(f"/stories/{conflict_story['id']}")
    point = _conflict_point(ui)
    tip = _tip_of(ui, point)
    point.find_element(By.CSS_SELECTOR, ".tl-dot").click()  # a click (a tap) pins the tooltip
    ActionChains(ui.driver).move_to_element(ui.find("h1")).perform()
    time.sleep(0.4)
    assert tip.is_displayed()
    link = tip.find_element(By.CSS_SELECTOR, "a")
    link.click()
    ui.wait(lambda d: "/articles/" in d.current_url)
    anchor = urllib.parse.urlsplit(ui.driver.current_url).fragment
    row = next(r for r in conflict_story["timeline"] if r["conflict"])
    (cited,) = (c for c in row["citations"] if f"c{c['start']}" == anchor)
    from_anchor = ui.js(
        "const r = document.createRange(); r.setStartBefore(document.getElementById(arguments[0]));"
        "r.setEndAfter(document.querySelector('article.text')); return r.toString();",
        anchor,
    )
    assert from_anchor.startswith(cited["text"][:40])
    top = ui.js("return document.getElementById(arguments[0]).getBoundingClientRect().top", anchor)
    assert 0 <= top < DESKTOP[1]


def test_keyboard_focus_shows_the_tooltip_and_escape_hides_it(ui: UI, conflict_story: dict[str, Any]) -> None:
    ui.open(f"/stories/{conflict_story['id']}")
    point = _conflict_point(ui)
    tip = _tip_of(ui, point)
    label = point.get_attribute("aria-label") or ""
    assert "2022-01-26" in label
    assert "تعارض" in label
    assert point.get_attribute("aria-describedby") == tip.get_attribute("id")
    ui.js("arguments[0].focus()", point)
    ui.wait(lambda _: tip.is_displayed())
    ActionChains(ui.driver).send_keys(Keys.ESCAPE).perform()  # to the focused point, which keeps focus
    ui.wait(lambda _: not tip.is_displayed())
    assert ui.driver.switch_to.active_element == point


def test_the_article_page_highlights_findings_and_greys_out_boilerplate(
    ui: UI, conflict_story: dict[str, Any]
) -> None:
    ui.open(f"/stories/{conflict_story['id']}")
    ui.find("#articles").find_element(By.PARTIAL_LINK_TEXT, "الخارجية الروسية").click()
    ui.wait(lambda d: "/articles/" in d.current_url)
    text = ui.find("article.text")
    entities = " ".join(e.text for e in text.find_elements(By.CSS_SELECTOR, ".entities"))
    assert "لافروف" in entities
    assert "غروشكو" in entities
    dates = " ".join(e.text for e in text.find_elements(By.CSS_SELECTOR, ".timex"))
    assert "26 يناير 2022" in dates
    assert text.find_elements(By.CSS_SELECTOR, ".quotes")
    excluded = text.find_elements(By.CSS_SELECTOR, ".excluded")
    assert any("إقرأ أيضاً" in e.text for e in excluded)
    grey, ink = (ui.js("return getComputedStyle(arguments[0]).color", el) for el in (excluded[0], text))
    assert grey != ink
    assert "line-through" in ui.js("return getComputedStyle(arguments[0]).textDecorationLine", excluded[0])
    for section, expected in (("#entities", "سيرغي لافروف"), ("#quotes", "غروشكو"), ("#dates", "2022-01-26")):
        assert expected in ui.find(section).text, section
    ui.screenshot("article")


@pytest.mark.parametrize(
    ("name", "query"), [("plain", "لافروف"), ("persian-letter", "لافروڤ"), ("diacritised", "لافْرُوف")]
)
def test_search_finds_every_article_that_names_lavrov(ui: UI, name: str, query: str) -> None:
    ui.open("/")
    box = ui.find("form.search input[name=q]")
    box.send_keys(query)
    box.submit()
    ui.wait(lambda d: "/search" in d.current_url)
    found = {
        urllib.parse.urlsplit(a.get_attribute("href") or "").path.rsplit("/", 1)[-1]
        for a in ui.find_all("ol.hits > li > a")
    }
    articles = ui.api("/api/articles")["items"]
    naming = {a["id"] for a in articles if "لافروف" in ui.api(f"/api/articles/{a['id']}")["text"]}
    assert len(naming) == 5
    assert found == naming
    assert all(m.text == "لافروف" for m in ui.find_all("p.snippet mark"))
    ui.screenshot(f"search-{name}")


def test_script_in_article_text_is_shown_as_text(ui: UI) -> None:
    ui.open("/search?q=" + urllib.parse.quote("حديقة الدمام"))
    ui.find("ol.hits > li > a").click()
    ui.wait(lambda d: "/articles/" in d.current_url)
    with pytest.raises(NoAlertPresentException):
        ui.driver.switch_to.alert.text  # noqa: B018
    text = ui.find("article.text")
    assert SCRIPT_TEXT in text.text
    assert text.find_elements(By.TAG_NAME, "script") == []
    ui.screenshot("article-with-script")


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("sql", "' OR 1=1 --"),
        ("quote", '"'),
        ("star", "*"),
        ("near", "NEAR("),
        ("paren", "("),
        ("mixed", 'لافروف" NEAR(*'),
    ],
)
def test_hostile_search_queries_get_an_answer_not_an_error(ui: UI, name: str, query: str) -> None:
    ui.open("/")
    box = ui.find("form.search input[name=q]")
    box.send_keys(query)
    box.submit()
    ui.wait(lambda d: "/search" in d.current_url)
    heading = ui.find("h1").text
    assert "نتائج البحث" in heading
    assert query in heading
    hits = ui.find_all("ol.hits > li")
    assert hits or "لا نتائج" in ui.find(".no-hits").text
    assert "خطأ" not in ui.driver.title
    status = urllib.request.urlopen(ui.base + "/search?q=" + urllib.parse.quote(query), timeout=10).status
    assert status == 200
    if name == "sql":
        ui.screenshot("search-hostile")


def test_pages_fit_a_phone_screen(ui: UI, conflict_story: dict[str, Any]) -> None:
    # every article: long file names and Latin runs differ between them
    pages = {
        "stories": "/",
        "story": f"/stories/{conflict_story['id']}",
        **{f"article-{i}": f"/articles/{a}" for i, a in enumerate(conflict_story["article_ids"])},
        "search": "/search?q=لافروف",
    }
    ui.driver.set_window_size(*PHONE)
    for name, path in pages.items():
        ui.open(path)
        scroll, inner = ui.js("return [document.documentElement.scrollWidth, window.innerWidth]")
        assert scroll <= inner, f"{name}: the page scrolls sideways ({scroll} > {inner})"
        if name in {"stories", "story", "article-0", "search"}:
            ui.screenshot(f"{name.removesuffix('-0')}-phone")


def test_tapping_a_timeline_point_on_a_phone_shows_its_sources_on_screen(
    ui: UI, conflict_story: dict[str, Any]
) -> None:
    ui.driver.set_window_size(*PHONE)
    ui.open(f"/stories/{conflict_story['id']}")
    point = _conflict_point(ui)
    tip = _tip_of(ui, point)
    point.find_element(By.CSS_SELECTOR, ".tl-dot").click()
    ui.wait(lambda _: tip.is_displayed())
    left, right, inner = ui.js(
        "const r = arguments[0].getBoundingClientRect(); return [r.left, r.right, window.innerWidth]", tip
    )
    assert left >= 0
    assert right <= inner
    assert tip.find_elements(By.CSS_SELECTOR, "a[href*='#c']")
    assert ui.js("return document.documentElement.scrollWidth <= window.innerWidth")
    ui.screenshot("story-timeline-tap-phone")
