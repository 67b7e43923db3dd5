"""Fetching feeds and article pages over HTTP, politely and within bounds.

Everything a remote server controls is capped: the time a request may take (connect/read
timeouts and an overall deadline, so a server dripping one byte a second cannot hold a run), the
size of a response (streamed, and abandoned as soon as it passes the limit), the number of
redirects, the schemes (http and https only, redirects included) and the content type. Requests
carry a User-Agent naming geokg and a contact, respect ``robots.txt``, and are spaced out per
host. Every failure is a :class:`~geokg.errors.SourceError` naming the URL and the problem.

Feeds are parsed with feedparser from the bytes fetched here: feedparser is never given a URL,
so it never opens a connection of its own.
"""
from __future__ import annotations

import codecs
import io
import re
import threading
import time
import urllib.robotparser
from dataclasses import dataclass
from email.message import Message
from typing import Callable
from urllib.parse import urljoin, urlsplit, urlunsplit

import feedparser
import httpx

from geokg import __version__
from geokg.errors import SourceError

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
PAGE_TYPES = HTML_TYPES | TEXT_TYPES
FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
    "text/xml", "application/feed+json",
})
# Feeds served with a generic type are accepted when the body itself looks like a feed.
_LOOSE_FEED_TYPES = frozenset({"text/plain", "text/html", "application/octet-stream", ""})
_FEED_START = re.compile(rb"^\s*(?:\xef\xbb\xbf)?\s*<(?:\?xml|rss|feed|rdf:RDF)\b", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass(frozen=True)
class FetchOptions:
    """Limits and manners of fetching; the ``[fetch]`` table of a sources file sets them."""

    timeout: float = 20.0            # seconds to connect, and between two bytes received
    deadline: float = 60.0           # seconds a whole response may take
    max_bytes: int = 5_000_000       # a larger response is abandoned
    max_redirects: int = 5
    delay: float = 1.0               # seconds between two requests to the same host
    contact: str | None = None       # e.g. "mailto:desk@example.org", shown in the User-Agent
    respect_robots: bool = True

    @property
    def user_agent(self) -> str:
        return f"geokg/{__version__} (+{self.contact})" if self.contact else f"geokg/{__version__}"


@dataclass(frozen=True)
class Fetched:
    """A response body that passed every check."""

    url: str                 # the URL asked for
    final_url: str           # after redirects
    media_type: str          # e.g. "text/html"
    body: bytes
    charset: str | None      # from the Content-Type header, if it gave one

    @property
    def text(self) -> str:
        return decode(self.body, self.charset)


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str | None = None


def check_url(url: str) -> str:
    """``url`` without its fragment if it is an absolute http(s) URL, else a ValueError."""
    if not isinstance(url, str) or not url.strip() or any(c.isspace() for c in url.strip()):
        raise ValueError(f"not a URL: {url!r}")
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(f"only http and https URLs can be fetched, not {url!r}")
    if not parts.hostname:
        raise ValueError(f"URL without a host: {url!r}")
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path or "/", parts.query, ""))


def decode(body: bytes, charset: str | None) -> str:
    """Text of a response: the header's charset, else a BOM, else a <meta charset>, else UTF-8."""
    candidates = [charset]
    if body.startswith(codecs.BOM_UTF8):
        candidates.insert(0, "utf-8-sig")
    elif body[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        candidates.insert(0, "utf-16")
    m = _META_CHARSET.search(body[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "replace"))
    for name in candidates:
        if not name:
            continue
        try:
            codecs.lookup(name)
        except LookupError:
            continue
        try:
            return body.decode(name)
        except UnicodeDecodeError:
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        # Mislabelled pages are common; cp1252 is what browsers assume for "latin-1".
        return body.decode("cp1252", errors="replace")


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    msg = Message()
    msg["content-type"] = header
    return msg.get_content_type().lower() if "/" in header else "", msg.get_param("charset")


class Fetcher:
    """One HTTP client for a run: connection reuse, per-host spacing and robots.txt rules.

    ``should_stop`` is checked between requests and while waiting, so a stop request is not
    held up by the politeness delay.
    """

    def __init__(self, options: FetchOptions | None = None, *,
                 should_stop: Callable[[], bool] = lambda: False):
        self.options = options or FetchOptions()
        self.should_stop = should_stop
        self._client = httpx.Client(
            headers={"User-Agent": self.options.user_agent,
                     "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(self.options.timeout),
            follow_redirects=True,
            max_redirects=self.options.max_redirects,
        )
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # -- public -------------------------------------------------------------------------------

    def fetch_page(self, url: str) -> Fetched:
        """An article page (HTML or plain text)."""
        return self.fetch(url, accept=PAGE_TYPES,
                          accept_header="text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5")

    def fetch_feed(self, url: str, *, max_items: int = 50) -> list[FeedItem]:
        """The article links of an RSS/Atom feed, in feed order, without duplicates."""
        fetched = self.fetch(url, accept=FEED_TYPES | _LOOSE_FEED_TYPES,
                             accept_header="application/rss+xml,application/atom+xml,"
                                           "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1")
        if fetched.media_type in _LOOSE_FEED_TYPES and not _FEED_START.match(fetched.body[:512]):
            raise SourceError(url, f"not an RSS/Atom feed (got {fetched.media_type or 'no content type'})")
        return parse_feed(fetched.body, base_url=fetched.final_url, source=url,
                          content_type=fetched.media_type, max_items=max_items)

    def fetch(self, url: str, *, accept: frozenset[str], accept_header: str = "*/*") -> Fetched:
        try:
            url = check_url(url)
        except ValueError as exc:
            raise SourceError(url, str(exc)) from None
        if self.options.respect_robots and not self._allowed(url):
            raise SourceError(url, f"robots.txt of {urlsplit(url).netloc} disallows fetching it")
        return self._get(url, accept=accept, accept_header=accept_header,
                         max_bytes=self.options.max_bytes)

    # -- internals ----------------------------------------------------------------------------

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            last = self._last_request.get(host)
        if last is not None:
            wait_until = last + self.options.delay
            while not self.should_stop():
                left = wait_until - time.monotonic()
                if left <= 0:
                    break
                time.sleep(min(left, 0.1))
        with self._lock:
            self._last_request[host] = time.monotonic()

    def _get(self, url: str, *, accept: frozenset[str], accept_header: str,
             max_bytes: int) -> Fetched:
        self._wait_turn(urlsplit(url).netloc.lower())
        started = time.monotonic()
        try:
            with self._client.stream("GET", url, headers={"Accept": accept_header}) as response:
                final_url = str(response.url)
                if response.status_code >= 400:
                    raise SourceError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
                media_type, charset = _media_type(response.headers.get("content-type"))
                if media_type not in accept:
                    raise SourceError(url, f"unexpected content type {media_type or '(none)'!r}"
                                           f" (expected one of {', '.join(sorted(t for t in accept if t))})")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise SourceError(url, f"response of {int(declared):,} bytes is larger than"
                                           f" the limit of {max_bytes:,}")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise SourceError(url, f"response is larger than the limit of {max_bytes:,} bytes")
                    if time.monotonic() - started > self.options.deadline:
                        raise SourceError(url, f"response took longer than {self.options.deadline:g}s")
                    chunks.append(chunk)
        except SourceError:
            raise
        except httpx.TooManyRedirects:
            raise SourceError(url, f"more than {self.options.max_redirects} redirects") from None
        except httpx.UnsupportedProtocol as exc:
            raise SourceError(url, f"redirected to a URL that is not http(s): {exc}") from None
        except httpx.TimeoutException:
            raise SourceError(url, f"timed out after {self.options.timeout:g}s") from None
        except httpx.HTTPError as exc:
            raise SourceError(url, f"cannot fetch: {exc or type(exc).__name__}") from None
        return Fetched(url=url, final_url=final_url, media_type=media_type, body=b"".join(chunks),
                       charset=charset)

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        return rules is None or rules.can_fetch(self.options.user_agent, url)

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        """The robots.txt rules of a site; None (everything allowed) if it has none or fails."""
        try:
            fetched = self._get(origin + "/robots.txt", accept=TEXT_TYPES | {""},
                                accept_header="text/plain", max_bytes=512_000)
        except SourceError:
            return None
        rules = urllib.robotparser.RobotFileParser()
        rules.parse(fetched.text.splitlines())
        return rules


def parse_feed(body: bytes, *, base_url: str, source: str, content_type: str = "",
               max_items: int = 50) -> list[FeedItem]:
    """Links of a feed's entries, resolved against ``base_url`` and de-duplicated."""
    parsed = feedparser.parse(io.BytesIO(body), response_headers={
        "content-type": content_type or "application/xml", "content-location": base_url})
    entries = parsed.get("entries") or []
    if not parsed.get("version") and not entries and not parsed.get("bozo"):
        raise SourceError(source, "not an RSS/Atom feed (no channel or feed element)")
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in entries:
        link = entry.get("link") or ""
        if not link:
            guid = entry.get("id") or ""
            link = guid if guid.startswith(("http://", "https://")) else ""
        if not link:
            continue
        try:
            link = check_url(urljoin(base_url, link))
        except ValueError:
            continue
        if link in seen:
            continue
        seen.add(link)
        items.append(FeedItem(link=link, title=entry.get("title")))
        if len(items) >= max_items:
            break
    if parsed.get("bozo") and not items:
        # feedparser recovers what it can from malformed XML; with nothing usable it is an error.
        problem = parsed.get("bozo_exception")
        raise SourceError(source, f"not a valid RSS/Atom feed: {problem or 'unreadable'}")
    return items
