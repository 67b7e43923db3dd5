"""Optional LLM-backed extraction through an OpenAI-compatible chat-completions endpoint.

    augment(rules_extraction, catalog) -> Extraction     (only when GEOKG_LLM_URL is set)

Off by default: without ``GEOKG_LLM_URL`` nothing here runs, no request is made, and
``extract()`` returns exactly what the rules find (offline and deterministic). When it is set,
each article is sent, in paragraph chunks, to a local or remote model (Ollama, vLLM, llama.cpp
server, any OpenAI-compatible API); the reply is validated against the claim ontology of
``shared/eval/ANNOTATION.md`` and merged into the rules' output through the same resolution.

Environment (read on every call, so a long-running scheduler picks up changes):

``GEOKG_LLM_URL``          base URL of the API, e.g. ``http://127.0.0.1:11434/v1`` (Ollama) or
                           ``http://127.0.0.1:8000/v1`` (vLLM); requests go to ``<url>/chat/completions``
``GEOKG_LLM_MODEL``        model name as the server knows it (required with the URL)
``GEOKG_LLM_API_KEY``      sent as ``Authorization: Bearer <key>`` when set
``GEOKG_LLM_TIMEOUT``      seconds per request (default 60)
``GEOKG_LLM_MODE``         ``merge`` (default): rules + LLM entities and claims; ``only``: the
                           LLM's claims and the entities they need, rules output only as fallback
``GEOKG_LLM_CHUNK_CHARS``  characters of article text per request (default 4000; paragraphs are
                           never split unless one alone is longer). Ollama's default context is
                           small: serve with ``OLLAMA_CONTEXT_LENGTH=8192`` or more.

A bad value (mode, timeout, URL without model) raises :class:`geokg.errors.ConfigError`.

Requests: ``temperature`` 0, a fixed ``seed`` and ``response_format: {"type": "json_object"}``,
one request per chunk, in order. The system prompt states the ontology (entity types, relations
with direction and polarity, certainty, attribution, negation) and asks for
``{"entities": [{id, name, type, aliases}], "claims": [{subject, relation, object, certainty,
attributed_to, negated, quote}]}`` with quotes copied exactly from the text.

Validation, item by item (a bad item is dropped and named in ``Extraction.warnings``, never a
crash): unknown type, relation or certainty; subject or attribution that is not an actor;
OPERATES_IN whose object is not a place or country; a quote that is not in the article (exact,
else with white space and quote/dash variants folded, which recovers the true offsets: the stored
quote is always the article's own text); references to entities the reply does not define; an
entity none of whose names occurs in the text; subject equal to object once resolved. Relations
the model marks ``negated`` are dropped (the ontology has no negated claims).

Resolution: an LLM entity becomes the rules' entity of this article with the same normalised
name or alias (same type preferred: "Kabul" may be the Taliban there), else the catalog entry
(``Catalog.matches``: "Washington" as a Country is the United States), else the rules' entity
that :class:`ingest.resolve.KnownEntities` matches (surname, acronym), else a new entity with the
rules' id scheme ``stable_id(type, normalize(name))``. Its mentions are the occurrences of its
names in the text not already covered by another mention.

Claims made here carry ``extractor="geokg.llm.v1:<model>"``. A claim the rules already made
(same subject, relation and object, overlapping quote) is kept once, the rules' one. The whole
extraction is stamped ``geokg.rules.vN+geokg.llm.v1:<model>`` (merge) or
``geokg.llm.v1:<model>`` (only), so switching the LLM on re-extracts stored articles.

Failure of the endpoint (connection refused, timeout, HTTP error, an envelope without a message,
a reply that is not a JSON object) for any chunk: the article keeps its rules output, stamped as
the rules' alone so that the next run tries the LLM again, with a warning logged and put in
``Extraction.warnings``. After three connection failures or timeouts in a row the endpoint is not
tried again for five minutes, so that a server that is down costs one timeout, not one per article.
"""
from __future__ import annotations

import dataclasses
import functools
import json
import logging
import os
import re
import threading
import time
from dataclasses import dataclass

import httpx

from geokg.errors import ConfigError
from ingest.catalog import Catalog, normalize
from ingest.extract.entities import EntityMention
from ingest.records import (
    ACTOR_TYPES, CERTAINTIES, ENTITY_TYPES, RELATIONS, SYMMETRIC_RELATIONS, Claim,
    Entity, Extraction, stable_id,
)
from ingest.resolve import KnownEntities

log = logging.getLogger("geokg.llm")

LLM_EXTRACTOR = "geokg.llm.v1"   # bump when the prompt or the validation changes
MODES = ("merge", "only")
SEED = 7
DEFAULT_TIMEOUT = 60.0
DEFAULT_CHUNK_CHARS = 4000
_BREAKER_FAILURES = 3
_BREAKER_PAUSE = 300.0


# --------------------------------------------------------------------------------------------
# configuration

@dataclass(frozen=True)
class LLMConfig:
    url: str
    model: str
    api_key: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    mode: str = "merge"
    chunk_chars: int = DEFAULT_CHUNK_CHARS

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> "LLMConfig | None":
        """The configuration the environment gives, or None when ``GEOKG_LLM_URL`` is unset."""
        env = os.environ if env is None else env
        url = (env.get("GEOKG_LLM_URL") or "").strip()
        if not url:
            return None
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"GEOKG_LLM_URL must be an http(s) URL, not {url!r}")
        model = (env.get("GEOKG_LLM_MODEL") or "").strip()
        if not model:
            raise ConfigError("GEOKG_LLM_URL is set but GEOKG_LLM_MODEL is not: name the model to use")
        mode = (env.get("GEOKG_LLM_MODE") or "merge").strip().lower()
        if mode not in MODES:
            raise ConfigError(f"GEOKG_LLM_MODE must be one of {', '.join(MODES)}, not {mode!r}")
        return cls(url=url.rstrip("/"), model=model,
                   api_key=(env.get("GEOKG_LLM_API_KEY") or "").strip() or None,
                   timeout=_positive(env, "GEOKG_LLM_TIMEOUT", DEFAULT_TIMEOUT),
                   mode=mode,
                   chunk_chars=int(_positive(env, "GEOKG_LLM_CHUNK_CHARS", DEFAULT_CHUNK_CHARS)))

    @property
    def claim_extractor(self) -> str:
        return f"{LLM_EXTRACTOR}:{self.model}"

    def extraction_name(self, rules_extractor: str) -> str:
        if self.mode == "only":
            return self.claim_extractor
        return f"{rules_extractor}+{self.claim_extractor}"


def _positive(env, name: str, default: float) -> float:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, not {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{name} must be positive, not {raw!r}")
    return value


def extractor_name(rules_extractor: str, env: dict[str, str] | None = None) -> str:
    """The versioned name ``extract()`` stamps on an article under the current environment."""
    config = LLMConfig.from_env(env)
    return rules_extractor if config is None else config.extraction_name(rules_extractor)


# --------------------------------------------------------------------------------------------
# the request

SYSTEM_PROMPT = """\
You extract a geopolitical knowledge graph from news text. Read the article text and return ONE
JSON object, nothing else:

{"entities": [{"id": "e1", "name": "...", "type": "...", "aliases": ["..."]}],
 "claims": [{"subject": "e1", "relation": "...", "object": "e2", "certainty": "asserted",
             "attributed_to": null, "negated": false, "quote": "..."}]}

ENTITIES: every actor or place the text mentions by name.
- type is one of:
  Person: a named human being.
  Country: a sovereign state or its government, including metonyms used for it ("Washington",
    "Beijing", "the Kremlin" are the country, not places).
  Group: a non-state armed, militant, insurgent or political movement.
  Organization: any other named body: intergovernmental (UN, NATO), government agency, military
    unit, think tank, university, media outlet, company.
  Location: a named place not used as a country metonym: city, province, region, base, crossing.
- id: a short key of your choice, unique in your answer; claims refer to entities by this id.
- name: the canonical English name. aliases: every surface form the text uses for it, copied
  exactly as written in the text (including acronyms). Demonyms alone ("American-made") are not
  mentions, but "Pakistani officials" makes a claim attributable to or aimed at that country.

CLAIMS: each relation between two entities that the text asserts, reports or alleges.
relation is one of (polarity, direction):
  ALLIED_WITH (cooperative, symmetric): alliance, cooperation, partnership, working relationship.
  SUPPORTS (cooperative, subject gives to object): funds, arms, sells weapons to, shelters,
    hosts, trains, backs, protects, recognises.
  NEGOTIATES_WITH (cooperative, symmetric): talks, agreements, deals, diplomatic engagement.
  ATTACKS (hostile, subject on object): attacks, strikes, bombs, kills, targets, fights, wages war.
  THREATENS (hostile, subject to object): threat, vow or warning of future violence or coercion.
  OPPOSES (hostile, subject against object): condemns, criticises, accuses, sanctions, pressures,
    blocks, distrusts, rivalry, designates as terrorist.
  MEMBER_OF (structural): person is leader, official, spokesperson or member of the object; a group
    is a branch, faction, affiliate or splinter of the object.
  OPERATES_IN (structural): actor is present, based, active or sheltering in a place (the object is
    a Location or Country).
- subject and object are entity ids; the subject acts on the object.
- certainty: "asserted" (stated as fact by the author or a quoted source), "alleged" (hedged:
  believes, claims, reportedly, suspected), or "hypothetical" (conditional or possible future:
  would, could, if).
- attributed_to: the id of whoever the text says makes the claim ("X said", "according to X"),
  or null when the article's author asserts it.
- A negated relation ("did not attack", "refused to back") is not a claim: leave it out, or set
  "negated": true.
- quote: the sentence, or the shortest span that carries the claim, copied EXACTLY from the text,
  character for character.
Report each distinct (subject, relation, object) once, with its clearest quote. Do not infer
anything the text does not say. If there is nothing, return {"entities": [], "claims": []}.
"""


class LLMUnavailable(Exception):
    """The endpoint gave no usable answer for an article: the rules' output stands."""


class _Breaker:
    """Stop asking an endpoint that keeps failing to connect or time out, for a while."""

    def __init__(self):
        self._lock = threading.Lock()
        self._state: dict[str, tuple[int, float]] = {}

    def check(self, url: str) -> None:
        with self._lock:
            failures, until = self._state.get(url, (0, 0.0))
        if failures >= _BREAKER_FAILURES and time.monotonic() < until:
            raise LLMUnavailable(f"{url} failed {failures} times in a row; not retried for "
                                 f"{int(until - time.monotonic())} s")

    def failed(self, url: str) -> None:
        with self._lock:
            failures, _ = self._state.get(url, (0, 0.0))
            self._state[url] = (failures + 1, time.monotonic() + _BREAKER_PAUSE)

    def succeeded(self, url: str) -> None:
        with self._lock:
            self._state.pop(url, None)


_breaker = _Breaker()


@functools.lru_cache(maxsize=8)
def _client(url: str, timeout: float) -> httpx.Client:
    """One client per endpoint: its connections are reused (a new client per request costs
    ~25 ms of TLS set-up, more than a small local model's answer to a short chunk)."""
    return httpx.Client(timeout=timeout)


def chat(config: LLMConfig, messages: list[dict]) -> str:
    """POST one chat completion and return the message content; LLMUnavailable on any failure."""
    _breaker.check(config.url)
    headers = {"Content-Type": "application/json"}
    if config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    body = {"model": config.model, "messages": messages, "temperature": 0, "seed": SEED,
            "response_format": {"type": "json_object"}, "stream": False}
    endpoint = f"{config.url}/chat/completions"
    try:
        response = _client(config.url, config.timeout).post(endpoint, json=body, headers=headers)
    except httpx.TimeoutException:
        _breaker.failed(config.url)
        raise LLMUnavailable(f"no answer from {endpoint} within {config.timeout:g} s") from None
    except httpx.HTTPError as exc:
        _breaker.failed(config.url)
        raise LLMUnavailable(f"cannot reach {endpoint} ({type(exc).__name__}: {exc})") from None
    _breaker.succeeded(config.url)
    if response.status_code >= 400:
        detail = " ".join(response.text.split())[:200]
        raise LLMUnavailable(f"HTTP {response.status_code} from {endpoint}: {detail}")
    try:
        envelope = response.json()
        message = envelope["choices"][0]["message"]
        content = message.get("content")
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        raise LLMUnavailable(f"{endpoint} did not answer in the chat-completions format") from None
    if not isinstance(content, str):
        raise LLMUnavailable(f"{endpoint} returned a message without text content")
    return content


_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.S)
_THINKING = re.compile(r"^\s*<think>.*?</think>", re.S)


def parse_reply(content: str) -> dict:
    """The JSON object of a reply. Tolerated around it: a reasoning model's leading
    ``<think>...</think>`` block, a Markdown code fence, prose before the opening brace."""
    content = _THINKING.sub("", content, count=1)
    fenced = _FENCE.match(content)
    if fenced:
        content = fenced.group(1)
    try:
        payload = json.loads(content)
    except ValueError:
        brace = content.find("{")
        try:
            payload = json.JSONDecoder().raw_decode(content, brace)[0] if brace >= 0 else None
        except ValueError:
            payload = None
        if payload is None:
            snippet = " ".join(content.split())[:80]
            raise LLMUnavailable(f"the reply was not JSON ({snippet!r})") from None
    if not isinstance(payload, dict):
        raise LLMUnavailable(f"the reply was JSON but not an object ({type(payload).__name__})")
    return payload


def chunk_spans(text: str, budget: int) -> list[tuple[int, int]]:
    """Spans of ``text`` of at most ``budget`` characters, cut between paragraphs (lines), or
    inside an over-long paragraph after a sentence end or at white space."""
    spans: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    start = end = None
    for ps, pe in paragraphs:
        if start is not None and pe - start > budget:
            spans.append((start, end))
            start = None
        if start is None:
            start = ps
        end = pe
        while end - start > budget:          # one paragraph longer than the budget
            cut = _cut(text, start, start + budget)
            spans.append((start, cut))
            start = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
    if start is not None and end > start:
        spans.append((start, end))
    return spans


def _cut(text: str, start: int, limit: int) -> int:
    window = text[start:limit]
    for pattern in (r"[.!?][\"'”’)]*\s", r"\s"):
        hits = [m.end() for m in re.finditer(pattern, window)]
        if hits and hits[-1] > len(window) // 3:
            return start + hits[-1]
    return limit


def _messages(article, start: int, end: int) -> list[dict]:
    head = f"Title: {article.title}\n" if article.title else ""
    user = (f"{head}Extract entities and claims from this article text. Quotes must be copied "
            f"from the text between the markers.\n<<<TEXT\n{article.text[start:end]}\nTEXT>>>")
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


# --------------------------------------------------------------------------------------------
# validation

@dataclass(frozen=True)
class LLMEntity:
    key: str
    name: str
    type: str
    surfaces: tuple[str, ...]     # name and aliases that look like names


@dataclass(frozen=True)
class LLMClaim:
    subject: str                  # LLMEntity.key
    relation: str
    object: str
    certainty: str
    attributed_to: str | None
    start: int
    end: int


_TYPES = {t.lower(): t for t in ENTITY_TYPES}
_QUOTE_CLASSES = {**{c: "['‘’`´ʼ]" for c in "'‘’`´ʼ"}, **{c: "[\"“”„«»]" for c in "\"“”„«»"},
                  **{c: "[-‐‑‒–—−]" for c in "-‐‑‒–—−"}}


def locate_quote(text: str, quote: str, lo: int = 0, hi: int | None = None) -> tuple[int, int] | None:
    """Offsets of ``quote`` in ``text``: exact first, else with white space and quote/dash
    variants folded; the chunk ``[lo, hi)`` is searched before the whole text."""
    quote = quote.strip()
    if not quote:
        return None
    hi = len(text) if hi is None else hi
    for a, b in ((lo, hi), (0, len(text))):
        i = text.find(quote, a, b)
        if i >= 0:
            return i, i + len(quote)
    tokens = quote.split()
    pattern = re.compile(r"\s+".join("".join(_QUOTE_CLASSES.get(c, re.escape(c)) for c in tok)
                                     for tok in tokens))
    for a, b in ((lo, hi), (0, len(text))):
        m = pattern.search(text, a, b)
        if m:
            return m.start(), m.end()
    return None


def _label(value) -> str:
    return str(value).strip() if isinstance(value, (str, int)) else ""


def validate(payload: dict, text: str, span: tuple[int, int]) -> tuple[list[LLMEntity], list[LLMClaim], list[str]]:
    """The well-formed entities and claims of one chunk's reply, and a warning per dropped item."""
    warnings: list[str] = []
    raw_entities = payload.get("entities", [])
    raw_claims = payload.get("claims", [])
    if not isinstance(raw_entities, list):
        warnings.append("'entities' is not a list; ignored")
        raw_entities = []
    if not isinstance(raw_claims, list):
        warnings.append("'claims' is not a list; ignored")
        raw_claims = []
    entities: dict[str, LLMEntity] = {}
    for n, item in enumerate(raw_entities):
        if not isinstance(item, dict):
            warnings.append(f"entity #{n + 1} is not an object; dropped")
            continue
        name = _label(item.get("name"))
        key = _label(item.get("id")) or name
        typ = _TYPES.get(_label(item.get("type")).lower())
        if not name:
            warnings.append(f"entity #{n + 1} has no name; dropped")
            continue
        if typ is None:
            warnings.append(f"entity {name!r}: unknown type {item.get('type')!r}; dropped")
            continue
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list):
            aliases = [aliases]
        surfaces = tuple(dict.fromkeys(s for s in (name, *map(_label, aliases))
                                       if s and any(c.isupper() or c.isdigit() for c in s)))
        if key in entities:
            warnings.append(f"entity id {key!r} defined twice; the second ({name!r}) dropped")
            continue
        entities[key] = LLMEntity(key, name, typ, surfaces)
    by_name = {}
    for ent in entities.values():
        for s in (ent.name, *ent.surfaces):
            by_name.setdefault(normalize(s), ent.key)

    def ref(value) -> str | None:
        label = _label(value)
        if label in entities:
            return label
        return by_name.get(normalize(label)) if label else None   # a name instead of an id

    claims: list[LLMClaim] = []
    for n, item in enumerate(raw_claims):
        if not isinstance(item, dict):
            warnings.append(f"claim #{n + 1} is not an object; dropped")
            continue
        relation = _label(item.get("relation")).upper().replace(" ", "_").replace("-", "_")
        certainty = _label(item.get("certainty") or "asserted").lower()
        subject, obj = ref(item.get("subject")), ref(item.get("object"))
        attr_raw = item.get("attributed_to")
        attributed = ref(attr_raw) if attr_raw not in (None, "", "null", "author") else None
        what = f"claim {item.get('subject')!r} {item.get('relation')!r} {item.get('object')!r}"
        if item.get("negated") is True:
            continue                      # the ontology has no negated claims: nothing to warn
        problem = None
        if relation not in RELATIONS:
            problem = f"unknown relation {item.get('relation')!r}"
        elif certainty not in CERTAINTIES:
            problem = f"unknown certainty {item.get('certainty')!r}"
        elif subject is None or obj is None:
            problem = "refers to an entity the reply does not define"
        elif attr_raw not in (None, "", "null", "author") and attributed is None:
            problem = f"attributed to an entity the reply does not define ({attr_raw!r})"
        elif subject == obj:
            problem = "subject and object are the same entity"
        elif entities[subject].type not in ACTOR_TYPES:
            problem = f"subject is a {entities[subject].type}, not an actor"
        elif relation == "OPERATES_IN" and entities[obj].type not in ("Location", "Country"):
            problem = f"OPERATES_IN needs a place, not a {entities[obj].type}"
        elif attributed is not None and entities[attributed].type not in ACTOR_TYPES:
            problem = f"attributed to a {entities[attributed].type}, not an actor"
        quote = item.get("quote")
        offsets = None
        if problem is None:
            if not isinstance(quote, str) or len(quote.split()) < 2:
                problem = "quote missing or shorter than two words"
            else:
                offsets = locate_quote(text, quote, *span)
                if offsets is None:
                    problem = f"quote not found in the article ({quote[:60]!r})"
        if problem is not None:
            warnings.append(f"{what}: {problem}; dropped")
            continue
        claims.append(LLMClaim(subject, relation, obj, certainty, attributed, *offsets))
    return list(entities.values()), claims, warnings


# --------------------------------------------------------------------------------------------
# resolution and merge

_COMPATIBLE = {"Group": {"Organization"}, "Organization": {"Group"}}


class _Merger:
    """Maps LLM entities onto the article's rule entities, the catalog or new ids; adds mentions."""

    def __init__(self, rules: Extraction, catalog: Catalog):
        self.text = rules.article.text
        self.catalog = catalog
        self.entities: dict[str, Entity] = {e.id: e for e in rules.entities}
        self.rule_ids = set(self.entities)
        self.mentions = list(rules.mentions)
        self.taken = bytearray(len(self.text))
        for m in self.mentions:
            self.taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        self.mentioned = {m.entity_id for m in self.mentions}
        self.by_name: dict[str, set[str]] = {}
        for e in rules.entities:
            for s in (e.name, *e.aliases):
                self.by_name.setdefault(normalize(s), set()).add(e.id)
        self.known = KnownEntities(rules.entities)
        self.used: set[str] = set()        # entities the LLM's output refers to

    def resolve(self, ent: LLMEntity) -> str | None:
        """The id ``ent`` becomes, or None when none of its names occurs in the text."""
        target = self._rule_entity(ent) or self._catalog_entity(ent)
        if target is None:
            new = Entity(id=stable_id(ent.type, normalize(ent.name)), name=ent.name, type=ent.type)
            hit = self.known.match(dataclasses.replace(new, aliases=ent.surfaces))
            target = self.entities[hit] if hit in self.entities else new
        found = self._add_mentions(target.id, ent.surfaces)
        if target.id not in self.mentioned:
            return None
        old = self.entities.get(target.id, target)
        aliases = tuple(dict.fromkeys((*old.aliases, *found)))
        self.entities[target.id] = dataclasses.replace(old, aliases=aliases)
        self.known.add([self.entities[target.id]])   # a later "Smith" joins this "John Smith"
        self.used.add(target.id)
        return target.id

    def _rule_entity(self, ent: LLMEntity) -> Entity | None:
        hits: set[str] = set()
        for s in ent.surfaces or (ent.name,):
            hits |= self.by_name.get(normalize(s), set())
        same = [i for i in hits if self.entities[i].type == ent.type]
        if len(same) == 1:
            return self.entities[same[0]]
        if not same and ent.type in ACTOR_TYPES:
            actors = [i for i in hits if self.entities[i].type in ACTOR_TYPES]
            if len(actors) == 1:        # the rules read the context ("Kabul" for the Taliban)
                return self.entities[actors[0]]
        return None

    def _catalog_entity(self, ent: LLMEntity) -> Entity | None:
        for s in (ent.name, *ent.surfaces):
            matches = [e for e, _ in self.catalog.matches(s)]
            pick = next((e for e in matches if e.type == ent.type), None) or next(
                (e for e in matches if e.type in _COMPATIBLE.get(ent.type, ())), None)
            if pick is not None:
                return self.entities.get(pick.id) or Entity(
                    id=pick.id, name=pick.name, type=pick.type, wikidata=pick.wikidata, catalog=True)
        return None

    def _add_mentions(self, entity_id: str, surfaces: tuple[str, ...]) -> list[str]:
        """Mentions of ``surfaces`` where the text has no mention yet; the surfaces found."""
        found = []
        for surface in sorted(surfaces, key=len, reverse=True):
            pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
            for m in pattern.finditer(self.text):
                s, e = m.span()
                if any(self.taken[s:e]):
                    if self._covered_by(entity_id, s, e):
                        found.append(surface)
                    continue
                self.taken[s:e] = b"\x01" * (e - s)
                self.mentions.append(EntityMention(entity_id, surface, s, e, "name"))
                self.mentioned.add(entity_id)
                found.append(surface)
        return list(dict.fromkeys(found))

    def _covered_by(self, entity_id: str, s: int, e: int) -> bool:
        return any(m.entity_id == entity_id and m.start <= s and e <= m.end for m in self.mentions)


def _claim_key(subject: str, relation: str, obj: str) -> tuple:
    if relation in SYMMETRIC_RELATIONS:
        subject, obj = sorted((subject, obj))
    return subject, relation, obj


def augment(rules: Extraction, catalog: Catalog, config: LLMConfig | None = None) -> Extraction:
    """The rules' extraction of one article merged with the LLM's (or replaced, in ``only``
    mode); the rules' extraction with a warning when the endpoint fails."""
    config = config or LLMConfig.from_env()
    if config is None:
        return rules
    article = rules.article
    name = article.source_key or article.id
    spans = chunk_spans(article.text, config.chunk_chars)
    try:
        replies = [(span, parse_reply(chat(config, _messages(article, *span)))) for span in spans]
    except LLMUnavailable as exc:
        message = f"{name}: LLM extraction failed, rules output kept: {exc}"
        log.warning("%s", message)
        return dataclasses.replace(rules, warnings=rules.warnings + (message,))

    merger = _Merger(rules, catalog)
    warnings: list[str] = []
    new_claims: list[Claim] = []
    for span, payload in replies:
        entities, claims, problems = validate(payload, article.text, span)
        warnings += problems
        ids = {}
        for ent in entities:
            ids[ent.key] = merger.resolve(ent)
            if ids[ent.key] is None:
                warnings.append(f"entity {ent.name!r}: no name of it occurs in the text; dropped")
        for c in claims:
            subject, obj = ids.get(c.subject), ids.get(c.object)
            attributed = ids.get(c.attributed_to) if c.attributed_to else None
            what = f"claim {c.subject!r} {c.relation} {c.object!r}"
            if subject is None or obj is None or (c.attributed_to and attributed is None):
                warnings.append(f"{what}: refers to a dropped entity; dropped")
            elif subject == obj:
                warnings.append(f"{what}: subject and object resolve to one entity; dropped")
            else:
                new_claims.append(Claim(subject=subject, relation=c.relation, object=obj,
                                        certainty=c.certainty, attributed_to=attributed,
                                        quote=article.text[c.start:c.end], start=c.start, end=c.end,
                                        extractor=config.claim_extractor))

    kept: list[Claim] = [] if config.mode == "only" else list(rules.claims)
    spans_by_key: dict[tuple, list[tuple[int, int]]] = {}
    for c in kept:
        spans_by_key.setdefault(_claim_key(c.subject, c.relation, c.object), []).append((c.start, c.end))
    for c in sorted(new_claims, key=lambda c: (c.start, c.end)):
        seen = spans_by_key.setdefault(_claim_key(c.subject, c.relation, c.object), [])
        if any(s < c.end and c.start < e for s, e in seen):
            continue                              # the same claim from the same words: once
        seen.append((c.start, c.end))
        kept.append(c)

    entities = list(merger.entities.values())
    mentions = merger.mentions
    if config.mode == "only":
        needed = merger.used | {c.subject for c in kept} | {c.object for c in kept} | {
            c.attributed_to for c in kept if c.attributed_to}
        entities = [e for e in entities if e.id in needed]
        mentions = [m for m in mentions if m.entity_id in needed]
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    if warnings:
        log.warning("%s: %d LLM item(s) dropped (first: %s)", name, len(warnings), warnings[0])
    return dataclasses.replace(
        rules, entities=tuple(entities), mentions=tuple(mentions), claims=tuple(kept),
        extractor=config.extraction_name(rules.extractor),
        warnings=rules.warnings + tuple(f"{name}: LLM {w}" for w in warnings))
