"""Cleaning: RawDocument -> Article (body without site boilerplate, plus title/byline/date).

Plain text and Markdown are classified block by block, jusText-style: every block (a line, or a
blank-line separated paragraph when the text is hard-wrapped) gets a class from its length,
English stopword density, sentence punctuation, whether it looks like a title, and the widget
vocabulary of web pages (newsletters, donations, comments, sharing, photo credits, bank
details); then short and near-good blocks take the class of their context, runs of title-like
lines (headline lists) are dropped, a title-like line is kept as a section heading only when a
good paragraph follows it, and repeated paragraphs are kept once. Nothing here knows any site.

Each kept paragraph is copied verbatim from the input, so ``Article.segments`` map every
character of ``Article.text`` back to it (paragraphs are separated by a blank line; lines of a
hard-wrapped paragraph are joined with one space, which is the only synthesised text).

HTML goes through trafilatura (never fetching anything); its text output is then cleaned as
plain text, so for ``content_type == "html"`` the ``segments`` refer to trafilatura's text, not
to the HTML source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from geokg.errors import SourceError
from ingest.records import Article, RawDocument

# --- thresholds (jusText's defaults, tuned for news paragraphs) --------------------------------
LENGTH_LOW = 70         # shorter blocks are "short": their context decides
LENGTH_HIGH = 200       # longer blocks with enough stopwords are "good"
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
TITLE_MAX = 160         # a title-like line is at most this long

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CLOSERS = "\"'”’»)]"


def _ends_sentence(text: str) -> bool:
    """Ends with . ! ? … (maybe inside closing quotes/brackets) or with a closing quote."""
    text = text.rstrip()
    if not text:
        return False
    if text[-1] in "\"”»":
        return True
    return text.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")

_WORD_CHARS = re.compile(r"\w+")
_NON_LATIN = re.compile(r"[^\x00-\u024F\W\d_]+")
_DIGIT_RUN = re.compile(r"\d[\d ]{4,}")

# Vocabulary of page furniture. One hit marks a short or medium block as boilerplate; long
# blocks need two (a news paragraph may well mention a newsletter or a donation once).
_WIDGET = re.compile(
    r"©|\[email|\b(?=[a-z])(?:newsletters?|subscribe|subscription|sign(?:ing)? ?(?:up|in)\b|log ?in\b"
    r"|donat(?:e|es|ing|ion|ions)\b|(?:every|your|a) contribution|our (?:journalism|reporting)"
    r"|support (?:us|our)\b|join us\b|click (?:here|to)\b|read more\b|continue reading"
    r"|related (?:articles?|posts?|stories|content)|latest (?:news|stories|articles|posts|videos)"
    r"|more (?:stories|from)\b|most (?:read|popular|viewed|shared)\b|you (?:may|might) also like"
    r"|comments? (?:are|is) closed|leave a (?:comment|reply)|(?:one|\d+) (?:thoughts?|comments?|"
    r"responses?|replies) (?:on|to)\b|share (?:this|on)\b|follow us|photo(?:graph)? ?(?:credit|by)"
    r"\b|image (?:credit|source)|getty images|all rights reserved|privacy policy"
    r"|terms (?:of|and) (?:use|service|conditions)|back to top|skip to|e-?mail (?:address|protected)"
    r"|authentication link|your inbox|already registered|thank you for (?:registering|"
    r"reading|subscribing)|download (?:the|our) app|listen to (?:this|the) article|cookie policy"
    r"|accept (?:all )?cookies|this (?:article|story) (?:was|is) (?:produced|published|syndicated)"
    r"|republish|your (?:support|subscription|account)|an account\b|create (?:an )?account)")
# (matched against the lower-cased block: much faster than IGNORECASE)
# Single words that make a short line (a menu item or a widget label) boilerplate.
_WIDGET_LABEL = re.compile(
    r"\b(?:trending|recommended|advertisement|advertising|sponsored|podcasts?|cookies?|copyright"
    r"|tags?|categor(?:y|ies)|register|menu|home|search|share|print|e-?mail|tweet|facebook"
    r"|twitter|linkedin|whatsapp|telegram|instagram|youtube|tiktok|rss|login|logout|close|open"
    r"|previous|next|comments?|reply|loading|video|watch|listen|audio|play|pause|more)\b",
    re.IGNORECASE)
# Bank details of donation blocks: an account-ish word with a long number, or an IBAN.
_BANK = re.compile(
    r"\b(?:bank|iban|swift|bic|a/?c|acc(?:oun)?t|account number|sort code|routing|vipps|paypal"
    r"|venmo|upi|mobilepay|bitcoin|btc|eth)\b[^\n]{0,40}?[#:]?\s*[\dA-Z]{0,4}[\d ]{5,}"
    r"|\b[A-Z]{2}\d{2}(?: ?[\dA-Z]{4}){2,7}(?: ?[\dA-Z]{1,4})?\b",
    re.IGNORECASE)
_BYLINE = re.compile(
    r"^\s*(?i:by|written by|words by|author:|reporting by)\s+"
    r"((?:[A-Z][\w.'’-]*|de|da|van|von|al|bin|ibn|la|le|del)"
    r"(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|al|bin|ibn|la|le|del|and|&)){0,5})"
    r"\s*(?:[,|•·–—-].*)?$")
_BIO = re.compile(
    r"^((?:[A-Z][\w.'’-]+\s+){1,5})(?:is|was|serves as|works as)\s+(?:a|an|the)\b[^.]{0,200}?\b"
    r"(?:lawyer|advocate|professor|journalist|analyst|writer|researcher|fellow|author|editor"
    r"|correspondent|director|scholar|student|lecturer|reporter|columnist|commentator|expert"
    r"|officer|diplomat|ambassador|consultant|founder|economist|historian|contributor|chair"
    r"|president|scientist|practitioner|specialist|adviser|advisor|candidate|associate)\b")
_HONORIFIC = re.compile(r"^(?:Advocate|Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|"
                        r"Col\.?|Gen\.?|Lt\.?|Maj\.?|Ambassador|Barrister|Engr\.?)\s+")
_PUNCT_ONLY = re.compile(r"^[\W\d_]*$")
_LIST_MARK = re.compile(r"^\s*(?:[-*•·▪►]|\d{1,2}[.)])\s+")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_NOISE = re.compile(r"^\s*(?:!\[|\[!\[|<[a-z!/]|```|\|[-: |]+\||---+\s*$|\*\*\*+\s*$)")
# "Support the X", "X's top stories", "comment on X stories", "© 2024 X": the site's name.
_PUBLISHER_HINTS = (
    re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*\d{0,4}\s*)?(?:by\s+)?"
               r"((?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})", re.IGNORECASE),
    re.compile(r"\b(?i:support) (?:the\s+)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})(?=\s+from|\s*$)"),
    re.compile(r"\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})['’]s? (?:top|most-read|latest) stories"),
    re.compile(r"\bcomment on ([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}) (?:stories|articles)"),
)

_MONTHS = {m: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for m in names}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" \
         r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATES = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "ymd"),
    (re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.IGNORECASE), "mdy"),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(\d{4})\b",
                re.IGNORECASE), "dmy"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), "slash"),
)
_DATELINE = re.compile(
    r"^\s*(?:(?:published|posted|updated|last updated|date)\s*:?\s*(?:on\s+)?)?"
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
    r"[\w ,./:|-]{0,40}\d{4}[\w ,.:+|-]{0,30}$", re.IGNORECASE)   # ("Name | 9 May 2026" too)


@dataclass
class Block:
    """A candidate paragraph: raw spans (verbatim pieces) and its classification."""

    spans: list[tuple[int, int]]
    text: str
    cls: str = ""          # good | neargood | short | heading | bad (| header: before the body)
    reason: str = ""
    density: float = 0.0   # share of English stopwords among the words

    @property
    def start(self) -> int:
        return self.spans[0][0]


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    # Read justext's English stoplist file without importing justext: its package __init__ pulls
    # in lxml.html.clean, which recent lxml ships separately, and costs import time.
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("justext")
    folder = Path(next(iter(spec.submodule_search_locations or ()))) if spec else None
    path = folder / "stoplists" / "English.txt" if folder else None
    if path is None or not path.exists():
        raise RuntimeError("justext's English stoplist is missing: pip install justext")
    return frozenset(w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip())


# --- public entry point ---------------------------------------------------------------------

def clean(doc: RawDocument) -> Article:
    """Strip boilerplate and find title, byline, publisher and date of one document."""
    if not doc.raw or not doc.raw.strip():
        raise SourceError(doc.source_key, "no article text found (empty input)")
    meta: dict[str, str | None] = {}
    raw = doc.raw
    content_type = doc.content_type or "text"
    if content_type == "html" or (content_type != "markdown" and _looks_like_html(raw)):
        raw, meta = _html_to_text(doc)
        content_type = "html"
    result = clean_text(raw, markdown=content_type == "markdown")
    if not result.paragraphs:
        raise SourceError(doc.source_key, "no article text found")
    text, segments = result.render()
    return Article(
        id=doc.content_hash, source_key=doc.source_key, text=text,
        title=meta.get("title") or result.title,
        byline=meta.get("byline") or result.byline,
        publisher=doc.publisher or meta.get("publisher") or result.publisher,
        published=meta.get("published") or result.published,
        url=doc.url or meta.get("url"), content_type=content_type, segments=segments,
        source_name=doc.source_name)


@dataclass
class CleanResult:
    raw: str
    paragraphs: list[Block]
    title: str | None = None
    byline: str | None = None
    publisher: str | None = None
    published: str | None = None
    blocks: list[Block] | None = None    # every block with its class, for debugging

    def render(self) -> tuple[str, tuple[tuple[int, int, int], ...]]:
        parts: list[str] = []
        segments: list[tuple[int, int, int]] = []
        pos = 0
        for i, block in enumerate(self.paragraphs):
            if i:
                parts.append("\n\n")
                pos += 2
            for j, (start, end) in enumerate(block.spans):
                if j:
                    parts.append(" ")
                    pos += 1
                parts.append(self.raw[start:end])
                segments.append((pos, start, end - start))
                pos += end - start
        return "".join(parts), tuple(segments)


def clean_text(raw: str, *, markdown: bool = False) -> CleanResult:
    """Classify the blocks of a plain-text (or Markdown) page and keep the article's body."""
    blocks = _blocks(raw, markdown=markdown)
    for block in blocks:
        _classify(block, markdown=markdown)
    _drop_headline_runs(blocks)
    _smooth(blocks)
    title, title_index = _find_title(blocks)
    first_good = next((i for i, b in enumerate(blocks) if b.cls == "good"), None)
    kept: list[Block] = []
    seen: set[str] = set()
    title_key = _dedupe_key(title) if title else None
    for i, block in enumerate(blocks):
        if block.cls not in ("good", "heading") or first_good is None or i < first_good:
            continue
        if title_index is not None and i <= title_index:
            continue
        key = _dedupe_key(block.text)
        if key in seen or (title and key == title_key):
            continue
        seen.add(key)
        kept.append(block)
    while kept and kept[-1].cls == "heading":
        kept.pop()
    header = blocks[:first_good] if first_good is not None else blocks
    byline = _find_byline(header, kept)
    return CleanResult(raw=raw, paragraphs=kept, title=title, byline=byline,
                       publisher=_find_publisher(blocks, title_index),
                       published=_find_date(header + [b for b in blocks if b.cls == "bad"]),
                       blocks=blocks)


# --- blocks -----------------------------------------------------------------------------------

def _lines(raw: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the line break."""
    out = []
    pos = 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        out.append((pos, pos + len(body)))
        pos += len(line)
    return out


def _trim(raw: str, start: int, end: int) -> tuple[int, int]:
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def _hard_wrapped(raw: str, lines: list[tuple[int, int]]) -> bool:
    """True when paragraphs are wrapped at a fixed width (e-mail, plain-text exports)."""
    lengths = sorted(e - s for s, e in lines if e - s > 30)
    if len(lengths) < 8:
        return False
    p90 = lengths[int(len(lengths) * 0.9) - 1]
    near_width = sum(1 for n in lengths if n >= p90 - 25)
    return p90 <= 100 and near_width >= 0.6 * len(lengths)


def _blocks(raw: str, *, markdown: bool) -> list[Block]:
    lines = _lines(raw)
    wrapped = _hard_wrapped(raw, lines)
    blocks: list[Block] = []
    current: list[tuple[int, int]] = []

    def flush() -> None:
        if current:
            spans: list[tuple[int, int]] = []
            for a, b in current:
                spans.extend(_md_spans(raw, a, b) if markdown else [(a, b)])
            spans = [s for s in spans if s[1] > s[0]]
            if spans:
                text = " ".join(raw[a:b] for a, b in spans)
                blocks.append(Block(spans=spans, text=text))
            current.clear()

    for start, end in lines:
        start, end = _trim(raw, start, end)
        if start == end:
            flush()
            continue
        if current and not wrapped:
            prev_text = raw[current[-1][0]:current[-1][1]]
            line_text = raw[start:end]
            # a line continuing a sentence (soft wrap): previous line has no final punctuation,
            # is long, and this one starts in lower case
            if not (len(prev_text) > 50 and not _ends_sentence(prev_text)
                    and line_text[:1].islower()):
                flush()
        current.append((start, end))
    flush()
    return blocks


def _md_spans(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """Verbatim pieces of a Markdown line without its markup (#, >, emphasis, link targets)."""
    line = raw[start:end]
    if _MD_NOISE.match(line):
        return []
    m = _MD_HEADING.match(line) or re.match(r"^\s*>\s*", line)
    offset = m.end() if m else 0
    pieces: list[tuple[int, int]] = []
    pos = offset
    for mark in re.finditer(r"\]\([^)]*\)|\*\*|__|`|(?<!\w)\[|(?<![\w*])\*(?=\S)|(?<=\S)\*(?!\w)",
                            line[offset:]):
        a, b = offset + mark.start(), offset + mark.end()
        if a > pos:
            pieces.append((start + pos, start + a))
        pos = b
    if pos < len(line):
        pieces.append((start + pos, start + len(line)))
    # merge pieces that abut, trim white space at the ends
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        if merged and merged[-1][1] == a:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return [_trim(raw, a, b) for a, b in merged if raw[a:b].strip()]


# --- classification ---------------------------------------------------------------------------

def _classify(block: Block, *, markdown: bool) -> None:
    text = block.text
    length = len(text)
    lower = text.lower()
    words = _WORD.findall(lower)
    letters = sum(map(len, words))
    if letters < 2 or _PUNCT_ONLY.match(text):
        block.cls, block.reason = "bad", "no words"
        return
    if length < 120 and _BYLINE.match(text):
        block.cls, block.reason = "bad", "byline"
        return
    if length < 80 and _DATELINE.match(text) and _parse_date(text):
        block.cls, block.reason = "bad", "dateline"
        return
    sentence = _ends_sentence(text)
    if not text.isascii():
        non_latin = sum(map(len, _NON_LATIN.findall(text)))
        if non_latin > 0.5 * letters:   # another script: no English stopwords to count
            block.cls = "neargood" if length >= LENGTH_HIGH else "short"
            block.reason = "non-latin"
            return
    if length < 500 and _BIO.match(text):
        block.cls, block.reason = "neargood", "author bio"
        return
    widget_hits = len(_WIDGET.findall(lower))
    if _DIGIT_RUN.search(text):
        widget_hits += len(_BANK.findall(text))
    if length <= 40 and len(words) <= 4 and _WIDGET_LABEL.search(text):
        widget_hits += 1
    stop = _stopwords()
    # (the stopwords counted in C: a generator over every word of every block is slow)
    density = sum(map(stop.__contains__, words)) / len(words) if words else 0.0
    block.density = density
    if widget_hits and (length < LENGTH_HIGH or widget_hits >= 2):
        block.cls, block.reason = "bad", "widget vocabulary"
        return
    title_like = (not sentence and length <= TITLE_MAX and len(words) <= 25) or (
        markdown and _MD_HEADING.match(text) is not None)
    if title_like:
        block.cls, block.reason = "heading", "title-like"
        return
    if length >= LENGTH_HIGH and density >= STOPWORDS_HIGH:
        block.cls = "good"
    elif length >= LENGTH_LOW and density >= STOPWORDS_LOW:
        block.cls = "neargood" if sentence or length >= LENGTH_HIGH else "short"
    elif length >= LENGTH_LOW and density >= 0.2 and sentence:
        block.cls = "neargood"
    elif sentence and len(words) >= 6 and density >= STOPWORDS_LOW:
        block.cls = "short"
    elif length >= LENGTH_HIGH:
        block.cls = "neargood" if sentence else "bad"
    else:
        block.cls = "short" if sentence else "bad"
    block.reason = f"len={length} stop={density:.2f}"


def _drop_headline_runs(blocks: list[Block]) -> None:
    """Two or more title-like lines in a row are a list of headlines or menu items."""
    i = 0
    while i < len(blocks):
        if blocks[i].cls != "heading":
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].cls == "heading":
            j += 1
        # lines with list markers after a bad block are menu/newsletter items too
        if j - i >= 2:
            for k in range(i, j):
                blocks[k].cls, blocks[k].reason = "bad", "headline run"
        i = j
    for i in range(1, len(blocks)):
        prev, block = blocks[i - 1], blocks[i]
        if (prev.cls == "bad" and prev.reason in ("widget vocabulary", "headline run")
                and block.cls in ("short", "heading", "neargood") and _LIST_MARK.match(block.text)
                and not _standfirst(block)):
            block.cls, block.reason = "bad", "list after widget"


def _standfirst(block: Block) -> bool:
    """A full sentence of body length in the header zone: the summary under the headline or
    a "key points" bullet, not a menu item or a related headline (those are no sentences)."""
    return block.cls == "neargood" and len(block.text) >= 100 and \
        _ends_sentence(block.text) and block.density >= STOPWORDS_HIGH


def _smooth(blocks: list[Block]) -> None:
    """Near-good and short blocks take the class of their context (jusText's second pass)."""
    def neighbour(i: int, step: int) -> str:
        j = i + step
        while 0 <= j < len(blocks):
            if blocks[j].cls in ("good", "bad"):
                return blocks[j].cls
            if blocks[j].cls == "neargood" and blocks[j].reason != "short-pending":
                return "neargood"
            j += step
        return "edge"

    # near-good: good next to a good block; a standfirst before the first good block too
    first_good = next((i for i, b in enumerate(blocks) if b.cls == "good"), len(blocks))
    resolved = []
    for i, block in enumerate(blocks):
        if block.cls == "neargood" and i < first_good and _standfirst(block):
            resolved.append((block, "good"))
        elif block.cls == "neargood":
            prev, nxt = neighbour(i, -1), neighbour(i, 1)
            # Wire copy is often all short paragraphs with no long "good" one: a near-good
            # sentence next to another near-good block is body text too.
            # An author bio closing the article ("X is a senior fellow at Y") belongs to it
            # when it follows body text, short wire paragraphs included.
            bio_after_body = block.reason == "author bio" and prev in ("good", "neargood")
            resolved.append((block, "good" if "good" in (prev, nxt) or bio_after_body or (
                "neargood" in (prev, nxt) and block.reason != "author bio"
                and block.text.rstrip(_CLOSERS).endswith(".")) or (
                prev in ("neargood", "edge") and nxt in ("neargood", "edge")
                and len(block.text) >= LENGTH_HIGH) else "bad"))
    for block, cls in resolved:
        block.cls = cls
    # short: good between good blocks, or a full sentence next to one
    resolved = []
    for i, block in enumerate(blocks):
        if block.cls == "short":
            prev, nxt = neighbour(i, -1), neighbour(i, 1)
            good = prev == "good" and nxt in ("good", "edge")
            if not good and "good" in (prev, nxt) and _ends_sentence(block.text):
                good = len(block.text) >= 40 and block.density >= STOPWORDS_LOW
            resolved.append((block, "good" if good else "bad"))
    for block, cls in resolved:
        block.cls = cls
    # headings: kept only between good paragraphs (a section heading of the body)
    seen_good = False
    for i, block in enumerate(blocks):
        if block.cls == "good":
            seen_good = True
        elif block.cls == "heading":
            prv = blocks[i - 1].cls if i else "edge"
            nxt = blocks[i + 1].cls if i + 1 < len(blocks) else "edge"
            if not (seen_good and prv == "good" and nxt == "good"):
                block.cls = "bad" if seen_good else "header"


def _dedupe_key(text: str) -> str:
    """The words of ``text``, case-folded, one space between (punctuation and spacing aside)."""
    return " ".join(_WORD_CHARS.findall(text.casefold()))


# --- metadata ---------------------------------------------------------------------------------

def _find_title(blocks: list[Block]) -> tuple[str | None, int | None]:
    """The article's headline: a title-like line before the body (a repeated one counts once)."""
    def question(block: Block) -> bool:     # a headline may ask: "Is Beijing testing ...?"
        return block.text.rstrip().endswith("?") and len(block.text) <= TITLE_MAX and \
            not re.match(r"\s*\w{1,12}\s*:", block.text)     # (not "Q: ...?")

    first_good = next((i for i, b in enumerate(blocks) if b.cls == "good" and not question(b)),
                      len(blocks))
    candidates = []
    for i, block in enumerate(blocks[:first_good]):
        if block.cls in ("header", "heading", "bad") and block.reason in ("title-like",
                                                                          "headline run") \
                or question(block):
            text = re.sub(r"^#+\s*", "", block.text).strip()
            if _WIDGET.search(text.lower()) or not re.search(r"[A-Za-z]", text) or _menu(text) \
                    or len(text) < 80 and _parse_date(text):
                continue        # (a "Name | 9 February 2026" line is a byline)
            candidates.append((i, text))
    if not candidates:
        return None, None
    keys = [_dedupe_key(t) for _, t in candidates]
    for (i, text), key in zip(candidates, keys):
        if keys.count(key) > 1:
            last = max(j for (j, _), k in zip(candidates, keys) if k == key)
            return text, last
    for i, text in candidates:
        if len(text.split()) >= 4:
            return text, i
    return candidates[0][1], candidates[0][0]


def _menu(text: str) -> bool:
    """A navigation line ("Home | World | Africa | Opinion"): three or more items of at most
    three words between separators. A headline with a site suffix ("X | The Observer") is none."""
    items = [p.split() for p in re.split(r"\s[|•·»›/]\s", text)]
    return len(items) >= 3 and all(0 < len(p) <= 3 for p in items)


def _clean_name(name: str) -> str:
    name = _HONORIFIC.sub("", name.strip())
    return re.sub(r"\s+", " ", name).strip(" ,.")


def _find_byline(header: list[Block], body: list[Block]) -> str | None:
    for block in header:
        m = _BYLINE.match(block.text)
        if m:
            return _clean_name(m.group(1))
    for block in body[-3:][::-1]:
        m = _BIO.match(block.text)
        if m and len(block.text) < 400:
            return _clean_name(m.group(1))
    return None


_PUBLISHER_CUES = ("©", "(c)", "copyright", "support", "stories", "articles")


def _find_publisher(blocks: list[Block], title_index: int | None) -> str | None:
    for block in blocks:
        if block.cls == "good" or len(block.text) > 400:
            continue
        lower = block.text.lower()
        if not any(cue in lower for cue in _PUBLISHER_CUES):
            continue
        for pattern in _PUBLISHER_HINTS:
            m = pattern.search(block.text)
            if m:
                name = re.sub(r"^the\s+", "", m.group(1).strip(" .,'’"), flags=re.IGNORECASE)
                if 2 <= len(name) <= 60 and not _WIDGET.fullmatch(name.lower()):
                    return name
    # a short name-like line before the headline that the page repeats further down
    if title_index:
        for block in blocks[:title_index]:
            words = block.text.split()
            if (1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
                    and not re.search(r"\d", block.text)
                    and sum(1 for b in blocks if b.text == block.text) > 1):
                return block.text.strip()
    return None


def _parse_date(text: str) -> str | None:
    for pattern, order in _DATES:
        for m in pattern.finditer(text):
            try:
                if order == "ymd":
                    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
                elif order == "mdy":
                    mo, d, y = _MONTHS[m.group(1).lower().rstrip(".")[:4].rstrip("t")
                                       if m.group(1).lower().startswith("sept")
                                       else m.group(1).lower().rstrip(".")[:3]], \
                        int(m.group(2)), int(m.group(3))
                elif order == "dmy":
                    d, mo, y = int(m.group(1)), _MONTHS[m.group(2).lower().rstrip(".")[:3]], \
                        int(m.group(3))
                else:
                    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
                    mo, d = (a, b) if a <= 12 else (b, a)
                if 1990 <= y <= 2100:
                    return date(y, mo, d).isoformat()
            except (ValueError, KeyError):
                continue
    return None


def _find_date(blocks: list[Block]) -> str | None:
    for block in blocks:
        if len(block.text) <= 120:
            found = _parse_date(block.text)
            if found:
                return found
    return None


# --- HTML -------------------------------------------------------------------------------------

def _looks_like_html(raw: str) -> bool:
    head = raw[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in raw)


def _html_to_text(doc: RawDocument) -> tuple[str, dict[str, str | None]]:
    """Main text and metadata of an HTML page via trafilatura (no network: input is the page)."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            doc.raw, url=doc.url, with_metadata=True, favor_precision=True,
            include_comments=False, include_tables=False, include_images=False,
            include_links=False,
            # trafilatura's dedup cache lives for the whole process: with it on, a page seen
            # before (an updated article, a rerun) loses paragraphs. Our own cleaner drops
            # repeats within one article.
            deduplicate=False)
    except Exception as exc:   # trafilatura raises assorted lxml/parse errors on broken pages
        raise SourceError(doc.source_key, f"cannot parse HTML ({exc.__class__.__name__}: {exc})")
    if result is None:
        raise SourceError(doc.source_key, "no article text found in the HTML")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    if not text.strip():
        raise SourceError(doc.source_key, "no article text found in the HTML")
    published = data.get("date")
    if published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        published = _parse_date(published)
    meta = {"title": data.get("title"), "byline": data.get("author"),
            "publisher": data.get("sitename"), "published": published, "url": data.get("url")}
    return text, meta
