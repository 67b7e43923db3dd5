"""Sources files and fetching: validation messages, HTTP limits and manners, feed reading.

HTTP tests talk to a real server on 127.0.0.1 started here in a thread (``LocalSite``); nothing
else is ever contacted. ``test_schedule.py`` reuses ``LocalSite``.
"""
from __future__ import annotations

import html
import http.server
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from geokg import __version__
from geokg.errors import ConfigError, SourceError
from ingest.fetch import Fetcher, FetchOptions, parse_feed
from ingest.records import RawDocument
from ingest.sources import Source, iter_documents, load_sources

PROJECT = Path(__file__).resolve().parent.parent


# -- a local web site ------------------------------------------------------------------------


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0                 # seconds before answering
    headers: dict[str, str] = field(default_factory=dict)
    declare_length: bool = True


class LocalSite:
    """A real HTTP server on 127.0.0.1 (free port) serving ``pages``; records every request."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's naming)
                site.requests.append((self.path, dict(self.headers)))
                page = site.pages.get(self.path)
                if page is None:
                    page = Page(b"<html><body>not found</body></html>", status=404)
                if page.delay:
                    time.sleep(page.delay)
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                for name, value in page.headers.items():
                    self.send_header(name, value)
                if page.declare_length:
                    self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                try:
                    self.wfile.write(page.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "LocalSite":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: str | bytes, **kw) -> str:
        self.pages[path] = Page(body.encode("utf-8") if isinstance(body, str) else body, **kw)
        return self.url(path)

    def add_article(self, path: str, title: str, text: str, **kw) -> str:
        return self.add(path, article_html(title, text), **kw)

    def add_feed(self, path: str, links: list[str], **kw) -> str:
        kw.setdefault("content_type", "application/rss+xml")
        return self.add(path, rss(links), **kw)

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


def article_html(title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.splitlines() if p.strip())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><nav>Home | World | Opinion</nav><article><h1>{title}</h1>{paragraphs}"
            f"</article><footer>Copyright</footer></body></html>")


def rss(links: list[str]) -> str:
    items = "".join(f"<item><title>Item {i}</title><link>{link}</link><guid>{link}</guid></item>"
                    for i, link in enumerate(links))
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Test feed"
            f"</title><link>http://127.0.0.1/</link><description>d</description>{items}"
            f"</channel></rss>")


FAST = FetchOptions(timeout=5.0, deadline=10.0, delay=0.0)


@pytest.fixture
def site():
    with LocalSite() as s:
        yield s


# -- sources files ---------------------------------------------------------------------------


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_sources_file_is_valid_and_reads_the_samples():
    sources = load_sources(PROJECT / "examples" / "sources.toml")
    assert [(s.name, s.kind) for s in sources] == [("samples", "folder")]  # the others are disabled
    assert sources[0].location == str(PROJECT / "samples")


def test_all_three_kinds_with_metadata_and_fetch_options(tmp_path):
    (tmp_path / "articles").mkdir()
    path = write(tmp_path, """
        [fetch]
        timeout = 3
        delay = 0
        contact = "mailto:desk@example.org"

        [[source]]
        name = "archive"
        folder = "articles"
        patterns = ["**/*.html"]

        [[source]]
        name = "wire"
        feed = "https://news.example.org/rss.xml"
        publisher = "Example Wire"
        language = "en"
        max_items = 10

        [[source]]
        name = "picks"
        urls = ["https://a.example.org/x.html#comments", "https://a.example.org/x.html"]
    """)
    archive, wire, picks = load_sources(path)
    assert archive == Source(name="archive", kind="folder", location=str(tmp_path / "articles"),
                             patterns=("**/*.html",), fetch=archive.fetch)
    assert (wire.kind, wire.location, wire.publisher, wire.language, wire.max_items) == \
        ("feed", "https://news.example.org/rss.xml", "Example Wire", "en", 10)
    assert picks.urls == ("https://a.example.org/x.html",)  # fragment dropped, duplicate merged
    assert wire.fetch.timeout == 3.0 and wire.fetch.delay == 0.0
    assert wire.fetch.user_agent == f"geokg/{__version__} (+mailto:desk@example.org)"


@pytest.mark.parametrize("body, expected", [
    ('[[source]]\nname = "a"\nfed = "https://x.org/rss"\n',
     "[[source]] #1 ('a'): unknown key 'fed' (did you mean 'feed'?)"),
    ('[[source]]\nfeed = "https://x.org/rss"\n',
     "[[source]] #1: missing 'name'"),
    ('[[source]]\nname = "a"\nfeed = "ftp://x.org/rss"\n',
     "[[source]] #1 ('a'): bad URL: only http and https URLs can be fetched, not 'ftp://x.org/rss'"),
    ('[[source]]\nname = "a"\nurls = ["https://x.org/1", "not a url"]\n',
     "[[source]] #1 ('a'): bad URL: not a URL: 'not a url'"),
    ('[[source]]\nname = "wire"\nfeed = "https://x.org/rss"\n'
     '[[source]]\nname = "Wire"\nurls = ["https://x.org/1"]\n',
     "[[source]] #2 ('Wire'): duplicate name 'Wire' (also [[source]] #1)"),
    ('[[source]]\nname = "a"\nfeed = "https://x.org/rss"\nfolder = "x"\n',
     "[[source]] #1 ('a'): has both 'folder' and 'feed'"),
    ('[[source]]\nname = "a"\npublisher = "P"\n',
     "[[source]] #1 ('a'): needs one of 'folder', 'feed' or 'urls'"),
    ('[[source]]\nname = "a"\nfeed = "https://x.org/rss"\nmax_items = "ten"\n',
     "[[source]] #1 ('a'): 'max_items' must be an integer, not 'ten'"),
    ('[[source]]\nname = "a"\nfeed = "https://x.org/rss"\nlanguage = "English"\n',
     "[[source]] #1 ('a'): 'language' must be an ISO 639 code"),
    ('[fetch]\ntimeout = true\n[[source]]\nname = "a"\nfeed = "https://x.org/rss"\n',
     "[fetch]: 'timeout' must be a number, not True"),
    ('[fetch]\nmax_bytes = 0\n[[source]]\nname = "a"\nfeed = "https://x.org/rss"\n',
     "[fetch]: 'max_bytes' must be positive"),
    ('[[sources]]\nname = "a"\n', "top level: unknown key 'sources' (did you mean 'source'?)"),
    ('', "top level: no [[source]] entries"),
    ('[[source]]\nname = "a"\nfolder = "x"\npatterns = ["../*.txt"]\n',
     "[[source]] #1 ('a'): pattern '../*.txt' must stay inside the folder"),
    ('[[source]]\nname = "a"\nfeed = "https://x.org/rss"\nenabled = "no"\n',
     "[[source]] #1 ('a'): 'enabled' must be true or false"),
])
def test_invalid_sources_file_names_file_entry_and_problem(tmp_path, body, expected):
    path = write(tmp_path, body)
    with pytest.raises(ConfigError) as err:
        load_sources(path)
    assert str(err.value).startswith(f"{path}: {expected}")


def test_unreadable_sources_file(tmp_path):
    with pytest.raises(ConfigError, match="sources file not found"):
        load_sources(tmp_path / "missing.toml")
    path = write(tmp_path, '[[source]\nname = "a"\n')
    with pytest.raises(ConfigError, match=r"sources\.toml: not valid TOML: .*line 1"):
        load_sources(path)


def test_disabled_sources_are_validated_but_not_returned(tmp_path):
    path = write(tmp_path, '[[source]]\nname = "a"\nfeed = "https://x.org/rss"\nenabled = false\n'
                           '[[source]]\nname = "b"\nurls = ["https://x.org/1"]\n')
    assert [s.name for s in load_sources(path)] == ["b"]


# -- fetching --------------------------------------------------------------------------------


def test_page_is_fetched_with_a_polite_user_agent(site):
    url = site.add_article("/a.html", "Title", "Body text.")
    with Fetcher(FetchOptions(delay=0.0, contact="mailto:desk@example.org")) as fetcher:
        page = fetcher.fetch_page(url)
    assert page.media_type == "text/html" and "Body text." in page.text
    headers = dict(site.requests[-1][1])
    assert headers["User-Agent"] == f"geokg/{__version__} (+mailto:desk@example.org)"
    assert [p for p, _ in site.requests] == ["/robots.txt", "/a.html"]


def test_robots_txt_is_respected(site):
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    allowed = site.add_article("/public/a.html", "T", "Fine.")
    forbidden = site.add_article("/private/b.html", "T", "Secret.")
    with Fetcher(FAST) as fetcher:
        assert "Fine." in fetcher.fetch_page(allowed).text
        with pytest.raises(SourceError, match="robots.txt of 127.0.0.1:[0-9]+ disallows"):
            fetcher.fetch_page(forbidden)
    assert site.hits("/private/b.html") == 0 and site.hits("/robots.txt") == 1


@pytest.mark.parametrize("page, problem", [
    (dict(body=b"gone", status=404), "HTTP 404 Not Found"),
    (dict(body=b"oops", status=500), "HTTP 500 Internal Server Error"),
    (dict(body=b"\x89PNG....", content_type="image/png"), "unexpected content type 'image/png'"),
    (dict(body=b"x" * 2000), "response of 2,000 bytes is larger than the limit of 1,000"),
    (dict(body=b"x" * 5000, declare_length=False), "response is larger than the limit of 1,000 bytes"),
])
def test_bad_responses_are_source_errors_naming_the_url(site, page, problem):
    url = site.add("/p", **page)
    with Fetcher(FetchOptions(delay=0.0, max_bytes=1000)) as fetcher:
        with pytest.raises(SourceError) as err:
            fetcher.fetch_page(url)
    assert err.value.source == url and err.value.problem.startswith(problem)


def test_redirects_are_followed_but_limited_and_http_only(site):
    site.add_article("/final.html", "T", "Arrived.")
    site.add("/moved", b"", status=301, headers={"Location": "/final.html"})
    site.add("/loop", b"", status=302, headers={"Location": "/loop"})
    site.add("/ftp", b"", status=302, headers={"Location": "ftp://127.0.0.1/file"})
    with Fetcher(FetchOptions(delay=0.0, max_redirects=3)) as fetcher:
        page = fetcher.fetch_page(site.url("/moved"))
        assert page.final_url == site.url("/final.html") and "Arrived." in page.text
        with pytest.raises(SourceError, match="more than 3 redirects"):
            fetcher.fetch_page(site.url("/loop"))
        with pytest.raises(SourceError, match="not http"):
            fetcher.fetch_page(site.url("/ftp"))
        with pytest.raises(SourceError, match="only http and https"):
            fetcher.fetch_page("file:///etc/passwd")
    assert site.hits("/loop") == 4  # the first request and three redirects, then it stops


def test_slow_server_times_out(site):
    url = site.add("/slow", b"late", delay=3.0)
    started = time.monotonic()
    with Fetcher(FetchOptions(delay=0.0, timeout=0.5)) as fetcher:
        with pytest.raises(SourceError, match="timed out after 0.5s"):
            fetcher.fetch_page(url)
    assert time.monotonic() - started < 2.5


def test_requests_to_one_host_are_spaced_out(site):
    urls = [site.add_article(f"/{i}.html", "T", "x") for i in range(3)]
    with Fetcher(FetchOptions(delay=0.3, respect_robots=False)) as fetcher:
        started = time.monotonic()
        for url in urls:
            fetcher.fetch_page(url)
    assert time.monotonic() - started >= 0.6


def test_charset_from_meta_when_the_header_has_none(site):
    body = "<html><head><meta charset='iso-8859-1'></head><body>Zürich café</body></html>"
    url = site.add("/latin", body.encode("iso-8859-1"), content_type="text/html")
    with Fetcher(FAST) as fetcher:
        assert "Zürich café" in fetcher.fetch_page(url).text


# -- feeds -----------------------------------------------------------------------------------


def test_rss_links_are_resolved_deduplicated_and_capped():
    body = rss(["/a.html", "http://127.0.0.1:9/b.html", "/a.html", "/c.html#x", "/d.html"]).encode()
    items = parse_feed(body, base_url="http://127.0.0.1:9/feed.xml", source="feed", max_items=3)
    assert [i.link for i in items] == ["http://127.0.0.1:9/a.html", "http://127.0.0.1:9/b.html",
                                       "http://127.0.0.1:9/c.html"]


def test_atom_feed_links():
    body = b"""<?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated>
    <entry><title>One</title><id>urn:1</id><updated>2026-01-01T00:00:00Z</updated>
      <link rel="alternate" href="http://127.0.0.1:9/one.html"/></entry>
    <entry><title>No link</title><id>urn:2</id><updated>2026-01-01T00:00:00Z</updated></entry>
    </feed>"""
    items = parse_feed(body, base_url="http://127.0.0.1:9/atom", source="feed")
    assert [(i.link, i.title) for i in items] == [("http://127.0.0.1:9/one.html", "One")]


def test_broken_and_non_feeds_are_errors(site):
    broken = site.add("/broken.xml", "<?xml version='1.0'?><rss><channel><item><link>",
                      content_type="application/rss+xml")
    page = site.add_article("/page.html", "Not a feed", "Just a page.")
    with Fetcher(FAST) as fetcher:
        with pytest.raises(SourceError, match="not a valid RSS/Atom feed"):
            fetcher.fetch_feed(broken)
        with pytest.raises(SourceError, match="not an RSS/Atom feed"):
            fetcher.fetch_feed(page)


# -- reading sources -------------------------------------------------------------------------


def test_feed_source_yields_pages_and_reports_failed_items_and_listed_keys(site):
    a = site.add_article("/a.html", "Alpha", "Alpha text.")
    b = site.add_article("/b.html", "Beta", "Beta text.")
    missing = site.url("/missing.html")
    feed = site.add_feed("/feed.xml", [a, missing, b])
    broken = site.add("/broken.xml", "<html>not a feed</html>", content_type="text/html")
    sources = [
        Source(name="bad", kind="feed", location=broken, fetch=FAST),
        Source(name="wire", kind="feed", location=feed, publisher="Wire", fetch=FAST),
        Source(name="picks", kind="urls", urls=(b,), fetch=FAST),
    ]
    read: list[tuple[str, frozenset[str]]] = []
    items = list(iter_documents(sources, on_source_read=lambda s, keys: read.append((s.name, keys))))

    errors = [str(i) for i in items if isinstance(i, SourceError)]
    assert errors == [f"source 'bad': {broken}: not an RSS/Atom feed (got text/html)",
                      f"source 'wire': {missing}: HTTP 404 Not Found"]
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [(d.source_key, d.source_name, d.publisher, d.content_type, d.url) for d in docs] == [
        (a, "wire", "Wire", "html", a), (b, "wire", "Wire", "html", b), (b, "picks", None, "html", b)]
    assert "Alpha text." in docs[0].raw
    # the broken feed reports nothing; the 404 item is still listed by its feed
    assert read == [("wire", frozenset({a, missing, b})), ("picks", frozenset({b}))]


def test_unreachable_feed_is_an_error_and_the_next_source_is_read(site):
    page = site.add_article("/a.html", "A", "Text.")
    closed = LocalSite()  # bound, never started: connections are refused once it is closed
    dead = closed.url("/feed.xml")
    closed.server.server_close()
    items = list(iter_documents([Source(name="dead", kind="feed", location=dead, fetch=FAST),
                                 Source(name="ok", kind="urls", urls=(page,), fetch=FAST)]))
    assert isinstance(items[0], SourceError) and str(items[0]).startswith(f"source 'dead': {dead}: ")
    assert [i.source_key for i in items[1:]] == [page]


def test_stopping_leaves_the_source_unfinished(site):
    urls = tuple(site.add_article(f"/{i}.html", "T", f"Text {i}.") for i in range(5))
    read = []
    docs = []
    for item in iter_documents([Source(name="s", kind="urls", urls=urls, fetch=FAST)],
                               on_source_read=lambda s, k: read.append(s),
                               should_stop=lambda: len(docs) >= 2):
        docs.append(item)
    assert len(docs) == 2 and read == []
    assert sum(site.hits(f"/{i}.html") for i in range(5)) == 2
