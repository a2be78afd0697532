"""The report page in a real headless browser (Debian's chromium, installed by `make browser`,
which `make test` runs): no console error, every chart drawn, without any network; a
screenshot of the first screen and a printed PDF come out."""
from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest

from bench.report import fill, find_chromium, headless, screenshot, templates
from callqa.pipelines.report import build_report, period, render

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(find_chromium() is None,
                                 reason="chromium not installed: `make browser` installs Debian's chromium "
                                        "(apt-get, as root); `make test` runs it first")]


class Drawn(HTMLParser):
    """Per Plotly chart div of the rendered DOM: whether it holds an SVG with drawn traces."""

    def __init__(self, dom: str):
        super().__init__()
        self.charts: dict[str, dict] = {}
        self._stack: list[str | None] = []
        self.feed(dom)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class") or ""
        if tag == "div" and "plotly-graph-div" in cls:
            self.charts[a["id"]] = {"svg": False, "traces": 0}
            self._stack.append(a["id"])
        elif tag == "div":
            self._stack.append(None)
        chart = next((c for c in reversed(self._stack) if c), None)
        if chart and tag == "svg" and "main-svg" in cls:
            self.charts[chart]["svg"] = True
        if chart and tag == "g" and "trace" in cls.split():
            self.charts[chart]["traces"] += 1

    def handle_endtag(self, tag):
        if tag == "div" and self._stack:
            self._stack.pop()


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser")
    fill(root / "out", 900, date(2026, 10, 1), 61, n_agents=24, temps=templates(n_calls=80))
    html = root / "report.html"
    html.write_text(render(build_report(root / "out", period.month("2026-11"))), encoding="utf-8")
    return html


def test_page_renders_every_chart_without_console_errors(page):
    dom, console = headless(page, "--dump-dom")
    assert console == []
    charts = Drawn(dom).charts
    expected = page.read_text(encoding="utf-8").count('data-chart="1"')
    assert expected >= 9 and len(charts) == expected
    for chart_id, state in charts.items():
        assert state["svg"] and state["traces"] >= 1, chart_id


def test_console_errors_are_caught(page, tmp_path):
    """The check above can fail: a page with a script error reports it."""
    broken = tmp_path / "broken.html"
    broken.write_text(page.read_text(encoding="utf-8").replace("</body>", "<script>undefinedCall();</script></body>"),
                      encoding="utf-8")
    _, console = headless(broken, "--dump-dom")
    assert any("undefinedCall" in line for line in console)


def test_screenshot_and_print(page, tmp_path):
    from PIL import Image

    png = tmp_path / "first-screen.png"
    assert screenshot(page, png) == []
    with Image.open(png) as im:
        assert im.size == (1280, 900)
        assert len(im.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 50     # drawn, not a blank page
    pdf = tmp_path / "report.pdf"
    _, console = headless(page, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    assert console == []
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) >= 3   # A4 pages
