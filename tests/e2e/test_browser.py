"""The dashboard in a real Chromium: `geokg dashboard` serving the test corpus from the test Neo4j.

Checks what a person sees: the network canvas draws the expected actors, a sidebar filter
changes it, clicking a relation shows its quote without a reload, every page renders, and the
browser never asks any host but this machine for anything (the dashboard works air-gapped).
Screenshots of every page go to artifacts/screenshots/ for a human to look at.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Error as PlaywrightError

from e2e.corpus import KNOWN_QUOTE, MODEL_QUOTE, load_corpus
from geokg.graph import Graph
from geokg.server import free_port

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
ALL_NODES = 13          # entities of the corpus that take part in a claim
NON_STRUCTURAL_NODES = 10


@pytest.fixture(scope="module")
def corpus_graph(neo4j_server):
    graph = Graph.connect()
    graph.write("MATCH (n) DETACH DELETE n")
    load_corpus(graph)
    yield graph
    graph.close()


@pytest.fixture(scope="module")
def app_url(corpus_graph):
    port = free_port()
    geokg = Path(sys.executable).parent / "geokg"
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([str(geokg), "dashboard", "--port", str(port)], stdout=log,
                            stderr=subprocess.STDOUT, env=dict(os.environ), start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                pytest.fail(f"geokg dashboard did not start: {log.read().decode(errors='replace')[-2000:]}")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def browser_page(app_url):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    requests: list[str] = []
    with tempfile.TemporaryDirectory(prefix="geokg-chromium-") as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport={"width": 1440, "height": 1000})
        context.on("request", lambda req: requests.append(req.url))
        page = context.pages[0] if context.pages else context.new_page()
        page.requests = requests
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        yield page
        context.close()


def _network_frame(page, timeout: float = 30.0):
    """The iframe holding the vis network, once its layout has settled."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for frame in page.frames:
            try:
                if frame.evaluate("() => !!(window.geokg && window.geokg.stabilized)"):
                    return frame
            except Exception:
                pass
        page.wait_for_timeout(250)
    raise AssertionError("the network canvas never finished drawing")


def _wait_for_app(page) -> None:
    page.wait_for_selector('[data-testid="stApp"]', timeout=30000)
    page.wait_for_function("""() => !document.querySelector('[data-testid="stStatusWidget"]')""",
                           timeout=30000)
    page.wait_for_timeout(600)


def _node_count(frame) -> int:
    return frame.evaluate("() => window.geokg.nodes.length")


def test_network_draws_filters_and_shows_evidence(browser_page, app_url):
    page = browser_page
    page.goto(app_url + "/")
    _wait_for_app(page)
    frame = _network_frame(page)
    assert _node_count(frame) == ALL_NODES
    labels = frame.evaluate("() => window.geokg.nodes.get().map(n => n.label)")
    assert {"United States", "Taliban", "ISIS-K", "Kabul"} <= set(labels)
    # The canvas really drew: the vis canvas element exists with a non-zero size.
    size = frame.evaluate("() => { const c = document.querySelector('#mynetwork canvas'); "
                          "return c ? [c.width, c.height] : [0, 0]; }")
    assert size[0] > 200 and size[1] > 200
    page.wait_for_timeout(500)  # the layout overlay fades out
    page.screenshot(path=str(SCREENSHOTS / "1-network.png"), full_page=True)

    # Click the United States - Taliban cooperative line: its quote appears beside the canvas.
    edge_id = "taliban|us|cooperative"
    point = frame.evaluate("""(id) => {
        const net = window.geokg.network;
        const p = net.body.edges[id].edgeType.getPoint(0.5);
        return net.canvasToDOM(p);
    }""", edge_id)
    box = page.locator("iframe").first.bounding_box()
    canvas_box = frame.locator("#mynetwork").bounding_box()
    url_before = page.url
    page.mouse.click(canvas_box["x"] + point["x"], canvas_box["y"] + point["y"])
    frame.wait_for_selector('#panel .claim', timeout=10000)
    panel = frame.locator("#panel").inner_text()
    assert KNOWN_QUOTE in panel
    assert "United States" in panel and "Taliban" in panel
    assert "3 articles" in panel          # distinct articles, not the 4 sentences
    # The one claim the learned model read (not a rule) carries its mark, the others none.
    marked = frame.locator("#panel .claim:has(.reader.model) blockquote").all_inner_texts()
    assert [q.strip("“”") for q in marked] == [MODEL_QUOTE]
    assert page.url == url_before and box is not None
    page.screenshot(path=str(SCREENSHOTS / "1-network-evidence.png"), full_page=True)

    # A filter in the sidebar changes what is drawn: without structural relations, places go.
    page.locator('[data-testid="stSidebar"]').get_by_role("button", name="structural").click()
    deadline = time.monotonic() + 30
    while True:
        page.wait_for_timeout(500)
        try:
            frame = _network_frame(page, timeout=5)
            labels = frame.evaluate("() => window.geokg.nodes.get().map(n => n.label)")
            if len(labels) == NON_STRUCTURAL_NODES:
                break
        except (AssertionError, PlaywrightError):
            # Streamlit may replace the component's iframe between finding it and reading it
            # ("Execution context was destroyed"): look for the new one on the next turn.
            pass
        assert time.monotonic() < deadline, "the polarity filter did not change the network"
    assert "Kabul" not in labels and "NATO" not in labels


@pytest.mark.parametrize("path, expected, shot", [
    ("/evidence?actor=us&other=taliban", KNOWN_QUOTE, "2-evidence"),
    ("/actor?actor=taliban", "Adversaries", "3-actor"),
    ("/contested", "Side by side", "4-contested"),
    ("/articles", "Taliban seize Kabul", "5-articles"),
    ("/ingest", "not UTF-8", "7-ingest"),
])
def test_pages_render(browser_page, app_url, path, expected, shot):
    page = browser_page
    page.goto(app_url + path)
    _wait_for_app(page)
    page.get_by_text(expected).first.wait_for(state="attached", timeout=20000)  # table cells are hidden DOM
    page.wait_for_timeout(800)
    assert not page.locator('[data-testid="stException"]').count()
    page.screenshot(path=str(SCREENSHOTS / f"{shot}.png"), full_page=True)


def test_article_view_highlights_mentions(browser_page, app_url):
    page = browser_page
    page.goto(app_url + "/articles")
    _wait_for_app(page)
    from e2e.corpus import ARTICLES, extraction
    doc_id = extraction(ARTICLES[0]).article.id
    page.goto(app_url + f"/articles?article={doc_id}")
    _wait_for_app(page)
    page.locator("mark.mention").first.wait_for(timeout=20000)
    assert page.locator('mark.mention[data-entity="taliban"]').count() >= 3
    page.screenshot(path=str(SCREENSHOTS / "5-article.png"), full_page=True)


def test_console_refuses_writes_and_draws_results(browser_page, app_url):
    page = browser_page
    page.goto(app_url + "/console")
    _wait_for_app(page)
    editor = page.locator("textarea").first
    editor.fill("MATCH (a:Actor {name: 'Taliban'})<-[r:SUBJECT]-(c:Claim) RETURN a, r, c LIMIT 5")
    page.get_by_role("button", name="Run query").click()
    page.get_by_text("rows in").first.wait_for(timeout=20000)
    page.screenshot(path=str(SCREENSHOTS / "6-console.png"), full_page=True)
    editor.fill("CREATE (:Actor {name: 'Intruder'})")
    page.get_by_role("button", name="Run query").click()
    refusal = page.locator('[data-testid="stAlertContentError"]')
    refusal.wait_for(timeout=20000)
    assert "read-only" in refusal.inner_text() and "Refused" in refusal.inner_text()
    page.screenshot(path=str(SCREENSHOTS / "6-console-refused.png"), full_page=True)


def test_no_request_leaves_the_machine(browser_page):
    # Runs last in this module: everything the pages above loaded has been recorded.
    requests = browser_page.requests
    assert requests, "no request recorded"
    remote = [u for u in requests
              if urlparse(u).scheme in ("http", "https", "ws", "wss")
              and urlparse(u).hostname not in LOCAL_HOSTS]
    assert not remote, f"requests left the machine: {sorted(set(remote))[:10]}"
