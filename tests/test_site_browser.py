"""The HTML agenda in a real browser: filters, navigation, month grid, accessibility and validity.

Runs headless Chromium through Playwright, both from disk (file://) and through a local HTTP server,
since people open the agenda both ways. axe-core and the Nu HTML Checker come from tests/browser
(``npm ci`` is run there when node_modules is missing). Screenshots go to tests/_screenshots/.

Skipped, with the reason, only when Chromium, Java or npm is missing.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright
from test_site import PUBLISHED, sample_events

from calendarize.config import Config
from calendarize.feeds import plan_feeds, render_feed
from calendarize.site import render_site

HERE = Path(__file__).resolve().parent
BROWSER_TOOLS = HERE / "browser"
NODE_MODULES = BROWSER_TOOLS / "node_modules"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
SCREENSHOTS = HERE / "_screenshots"
CHROMIUM = os.environ.get("CALENDARIZE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WIDTHS = (390, 1280)



# ---------------------------------------------------------------------------- fixtures


def _require_tools() -> None:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"Chromium not found at {CHROMIUM} (set CALENDARIZE_CHROMIUM)")
    if not (AXE.exists() and VNU.exists()):
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm is not installed: cannot fetch axe-core and vnu-jar into tests/browser")
        done = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=BROWSER_TOOLS,
                              check=False, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"npm ci in {BROWSER_TOOLS} failed:\n{done.stdout}{done.stderr}"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample agenda written to disk, with its feeds next to it as a build writes them."""
    _require_tools()
    out = tmp_path_factory.mktemp("site")
    events = sample_events()
    feeds = plan_feeds(events)
    for path, content in render_site(events, feeds, today=PUBLISHED).items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    for feed in feeds:
        (out / feed.file).write_bytes(render_feed(feed, Config()))
    return out


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    """A local static server: the agenda as a web host would serve it."""

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser(site: Path) -> Iterator[object]:
    with sync_playwright() as p:
        executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(params=["file", "http"])
def base(request: pytest.FixtureRequest, site: Path) -> str:
    """Where the agenda is opened from: disk or a web server."""
    if request.param == "file":
        return site.as_uri() + "/"
    return request.getfixturevalue("server")


class Watched:
    """A page plus what went wrong on it: console errors, uncaught exceptions, outside requests."""

    def __init__(self, page: object, base: str) -> None:
        self.page = page
        self.errors: list[str] = []
        self.outside: list[str] = []
        page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}") if m.type == "error"
                else None)
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        page.on("request", lambda r: None if r.url.startswith((base, "data:")) else self.outside.append(r.url))


@pytest.fixture
def watched(browser: object, base: str) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    w = Watched(page, base)
    yield w
    context.close()
    assert w.errors == [], w.errors
    assert w.outside == [], f"requests outside the site: {w.outside}"


def visible_titles(page: object) -> list[str]:
    return page.locator("li.event:visible .event-title").all_inner_texts()


# ---------------------------------------------------------------------------- behaviour


def test_filter_by_organizer_and_search(watched: Watched, base: str):
    page = watched.page
    page.goto(base + "index.html")
    form = page.locator("#filters")
    form.wait_for(state="visible")
    everything = visible_titles(page)
    assert len(everything) == 10
    assert page.locator("#filter-status").inner_text() == "10 events"

    page.select_option("#filter-organizer", "lakeside-gu")
    lakeside = visible_titles(page)
    assert sorted(lakeside) == ["Parent Education Class", "Photo Contest Deadline", "Science Festival"]
    assert page.locator("#filter-status").inner_text() == "3 of 10 events shown"
    assert page.locator("section.day:visible").count() == 3  # days left without events are hidden

    page.select_option("#filter-organizer", "")
    page.fill("#filter-q", "festival")
    assert sorted(visible_titles(page)) == ["Science Festival", "Youth Festival"]
    page.fill("#filter-q", "festival science cube")  # every word must match
    assert visible_titles(page) == ["Science Festival"]

    page.select_option("#filter-category", "culture")
    assert visible_titles(page) == []
    assert page.locator("#filter-empty").is_visible()

    page.click("#filters button[type=reset]")
    page.wait_for_function("document.querySelectorAll('li.event:not([hidden])').length === 10")
    assert visible_titles(page) == everything


def test_event_page_opens_from_the_agenda(watched: Watched, base: str):
    page = watched.page
    page.goto(base + "index.html")
    page.get_by_role("link", name="Opening Ceremony").click()
    page.wait_for_load_state()
    assert page.url.endswith("/events/e03-test.html")
    assert page.locator("h1").inner_text() == "Opening Ceremony"
    assert page.locator(".source mark").first.inner_text() == "on the 28th from 7 p.m. to 9 p.m."
    download = page.get_by_role("link", name="Download .ics")
    assert download.get_attribute("href") == "../events/e03-test.ics"
    page.get_by_role("link", name="Riverside-gu").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/organizers/riverside-gu.html")
    assert "Opening Ceremony" in visible_titles(page)


def test_month_view_shows_a_multi_day_event_on_each_of_its_days(watched: Watched, base: str):
    page = watched.page
    page.goto(base + "index.html")
    page.get_by_role("link", name="Month view").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "October 2021"
    page.get_by_role("link", name="November 2021").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "November 2021"
    days = page.locator("td.day-cell:has(a:text('Science Festival')) .cell-num").all_inner_texts()
    assert days == ["1", "2", "3", "4", "5", "6"]
    page.locator("td.day-cell a:text('Science Festival')").nth(3).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Science Festival"


def test_every_page_loads_without_errors(watched: Watched, base: str, site: Path):
    for path in sorted(site.rglob("*.html")):
        watched.page.goto(base + path.relative_to(site).as_posix())
        watched.page.wait_for_load_state()
    # the watched fixture asserts: no console errors, no page errors, no request outside the site


def test_without_javascript_every_event_is_listed(browser: object, base: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "index.html")
    assert len(visible_titles(page)) == 10
    assert not page.locator("#filters").is_visible()
    assert not page.locator("button.copy").first.is_visible()
    page.get_by_role("link", name="Lakeside-gu").first.click()
    page.wait_for_load_state()
    assert sorted(visible_titles(page)) == ["Parent Education Class", "Photo Contest Deadline", "Science Festival"]
    context.close()


def test_copy_button_copies_the_feed_address(browser: object, server: str):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
    page = context.new_page()
    page.goto(server + "subscribe.html")
    field = page.locator(".feeds-all input")
    assert field.input_value() == server + "calendar.ics"  # made absolute where the page is served
    page.locator(".feeds-all button.copy").click()
    page.locator(".feeds-all .copy-status").filter(has_text="Copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == server + "calendar.ics"
    context.close()


def test_keyboard_skip_link_and_visible_focus(watched: Watched, base: str):
    page = watched.page
    page.goto(base + "index.html")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").is_visible()
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    for _ in range(8):  # the next controls: header links, buttons, filters
        page.keyboard.press("Tab")
        style = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert style != "none", page.evaluate("document.activeElement.outerHTML")


def test_print_hides_controls(watched: Watched, base: str):
    page = watched.page
    page.goto(base + "index.html")
    page.emulate_media(media="print")
    assert not page.locator("#filters").is_visible()
    assert not page.locator(".site-nav").is_visible()
    assert len(visible_titles(page)) == 10


@pytest.mark.parametrize("path", ["index.html", "months/2021-11.html", "events/e05-test.html", "subscribe.html"])
def test_no_horizontal_scrolling_at_360px(browser: object, base: str, path: str):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(base + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()


# ---------------------------------------------------------------------------- screenshots


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots(browser: object, site: Path, scheme: str):
    """Pictures of the main pages at phone and desktop widths, to look at (not compared)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
        page = context.new_page()
        for path in ("index.html", "months/2021-11.html", "events/e03-test.html", "subscribe.html"):
            page.goto((site / path).as_uri())
            name = f"{path.replace('/', '_').removesuffix('.html')}-{width}-{scheme}.png"
            page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
            assert (SCREENSHOTS / name).stat().st_size > 0
        context.close()


# ---------------------------------------------------------------------------- accessibility, validity


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["index.html", "months/2021-11.html", "events/e03-test.html",
                                  "events/e05-test.html", "subscribe.html", "past.html",
                                  "organizers/lakeside-gu.html"])
def test_axe_finds_no_serious_violations(browser: object, server: str, path: str, scheme: str):
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
        page = context.new_page()
        page.goto(server + path)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        serious = [
            f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        context.close()
        assert serious == [], f"{path} at {width}px, {scheme}: {serious}"


def test_nu_html_checker_finds_no_errors(site: Path):
    java = shutil.which("java")
    if java is None:
        pytest.skip("java is not installed: cannot run the Nu HTML Checker")
    pages = sorted(str(p) for p in site.rglob("*.html"))
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--also-check-css", "--also-check-svg",
         *pages, str(site / "assets" / "style.css"), str(site / "favicon.svg")],
        check=False, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr + result.stdout
