"""The optional LLM extractor against a real OpenAI-compatible HTTP server on 127.0.0.1.

The server (http.server in a thread) speaks the chat-completions shape and answers with canned
JSON for articles composed for the test (Colombia/Venezuela, Sahel). Proxy variables point at the
same server with only 127.0.0.1 exempt, so a request to any other address would be recorded too:
every test checks that nothing but ``/v1/chat/completions`` on 127.0.0.1 was asked.
"""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from geokg.cli import main
from geokg.errors import ConfigError
from ingest.catalog import load_catalog, normalize
from ingest.extract import extract
from ingest.extract import llm
from ingest.extract.claims import EXTRACTOR as RULES
from ingest.extract.claims import find_claims
from ingest.extract.entities import find_entities
from ingest.extract.text import split_sentences
from ingest.records import Article, Extraction, stable_id

COLOMBIA = (
    "Colombia's government accused Venezuela on Monday of sheltering commanders of the National "
    "Liberation Army (ELN), the guerrilla group that has fought Bogotá for six decades.\n"
    "The ELN launched a wave of attacks on the Clan del Golfo in the Catatumbo region last month, "
    "displacing tens of thousands of people, according to the United Nations.\n"
    "President Gustavo Petro suspended peace talks with the ELN after the offensive. Caracas has "
    "long quietly tolerated the rebels on its side of the border, analysts say.\n"
    "Washington, which has offered rewards for ELN commanders, has put its surveillance "
    "satellites at Bogotá's disposal.")

ENTITIES = [
    {"id": "e1", "name": "Colombia", "type": "Country", "aliases": ["Colombia", "Bogotá"]},
    {"id": "e2", "name": "Venezuela", "type": "Country", "aliases": ["Venezuela", "Caracas"]},
    {"id": "e3", "name": "National Liberation Army", "type": "Group",
     "aliases": ["National Liberation Army", "ELN", "the rebels"]},
    {"id": "e4", "name": "United States", "type": "Country", "aliases": ["Washington"]},
    {"id": "e5", "name": "Gustavo Petro", "type": "Person", "aliases": ["Gustavo Petro"]},
]
GOOD_CLAIMS = [
    # missed by the rules: toleration is shelter, a bounty is opposition
    {"subject": "e2", "relation": "SUPPORTS", "object": "e3", "certainty": "alleged",
     "attributed_to": None, "quote": "Caracas has long quietly tolerated the rebels on its side of the border"},
    {"subject": "e4", "relation": "OPPOSES", "object": "e3", "certainty": "asserted",
     "attributed_to": None, "quote": "Washington, which has offered rewards for ELN commanders"},
    # the model re-spaced the quote: offsets are recovered from the article's own text
    {"subject": "e4", "relation": "SUPPORTS", "object": "e1", "certainty": "asserted",
     "attributed_to": None, "quote": "has put its  surveillance\nsatellites at Bogotá's disposal"},
    # the rules found this one from the same sentence: kept once, the rules' claim
    {"subject": "e5", "relation": "OPPOSES", "object": "e3", "certainty": "asserted",
     "attributed_to": None, "quote": "President Gustavo Petro suspended peace talks with the ELN"},
]


def reply(payload) -> dict:
    content = payload if isinstance(payload, str) else json.dumps(payload)
    return {"id": "chatcmpl-1", "object": "chat.completion", "model": "test-model",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}]}


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 - http.server's naming
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        server = self.server
        try:
            request = json.loads(body)
        except ValueError:
            request = None
        server.requests.append({"path": self.path, "headers": dict(self.headers), "json": request})
        status, payload, delay = server.answer(request)
        if delay:
            server.release.wait(delay)
        data = payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass              # the client gave up (timeout test)

    do_GET = do_POST

    def log_message(self, *args):
        pass


@pytest.fixture
def llm_server(monkeypatch):
    """A chat-completions server on 127.0.0.1 and the GEOKG_LLM_* variables pointing at it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.requests = []
    server.release = threading.Event()
    server.answer = lambda request: (200, reply({"entities": ENTITIES, "claims": GOOD_CLAIMS}), 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    port = server.server_address[1]
    server.url = f"http://127.0.0.1:{port}/v1"
    for name in ("GEOKG_LLM_API_KEY", "GEOKG_LLM_MODE", "GEOKG_LLM_CHUNK_CHARS", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GEOKG_LLM_URL", server.url)
    monkeypatch.setenv("GEOKG_LLM_MODEL", "test-model")
    monkeypatch.setenv("GEOKG_LLM_TIMEOUT", "5")
    # anything sent anywhere else would come here too (as a proxy request) and be recorded
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{port}")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
    assert all(r["path"] == "/v1/chat/completions" for r in server.requests), \
        [r["path"] for r in server.requests]


def article(text=COLOMBIA, key="colombia.txt") -> Article:
    return Article(id=stable_id(text), source_key=key, text=text, title="Colombia accuses Venezuela")


def rules_only(a: Article) -> Extraction:
    """What extract() did before the LLM existed: sentences -> entities -> claims."""
    sentences = split_sentences(a.text)
    entities, mentions = find_entities(a, sentences)
    claims = find_claims(a, sentences, entities, mentions, catalog=load_catalog())
    return Extraction(article=a, entities=tuple(entities), mentions=tuple(mentions),
                      claims=tuple(claims), extractor=RULES)


def named(x: Extraction):
    names = {e.id: e.name for e in x.entities}
    return {(names[c.subject], c.relation, names[c.object]) for c in x.claims}


def claim(x: Extraction, subject: str, relation: str, obj: str):
    names = {e.id: e.name for e in x.entities}
    found = [c for c in x.claims
             if (names[c.subject], c.relation, names[c.object]) == (subject, relation, obj)]
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------------------------
# off by default

def test_unconfigured_extract_makes_no_request_and_gives_the_rules_output(llm_server, monkeypatch):
    monkeypatch.delenv("GEOKG_LLM_URL")
    a = article()
    assert extract(a) == rules_only(a)
    assert llm_server.requests == []
    import ingest.extract as package
    assert package.EXTRACTOR == RULES


# --------------------------------------------------------------------------------------------
# valid output: merged with the rules and resolved onto the same entities

def test_llm_claims_are_merged_with_the_rules_claims_on_the_same_entities(llm_server):
    a = article()
    rules, merged = rules_only(a), extract(a)
    assert set(rules.claims) <= set(merged.claims)                  # nothing of the rules is lost
    added = named(merged) - named(rules)
    assert added == {("Venezuela", "SUPPORTS", "National Liberation Army"),
                     ("United States", "OPPOSES", "National Liberation Army"),
                     ("United States", "SUPPORTS", "Colombia")}
    # the LLM's entities are the rules' (catalog) ones: no second ELN, Washington is the US
    assert {e.id for e in merged.entities} == {e.id for e in rules.entities}
    ids = {e.name: e.id for e in merged.entities}
    assert ids["United States"] == "Q30" and ids["Colombia"] == "Q739"
    shelter = claim(merged, "Venezuela", "SUPPORTS", "National Liberation Army")
    assert shelter.extractor == "geokg.llm.v1:test-model"
    assert shelter.certainty == "alleged" and shelter.attributed_to is None
    assert a.text[shelter.start:shelter.end] == shelter.quote
    assert merged.extractor == f"{RULES}+geokg.llm.v1:test-model"
    assert merged.warnings == ()


def test_a_re_spaced_quote_gets_the_offsets_and_exact_text_of_the_article(llm_server):
    a = article()
    support = claim(extract(a), "United States", "SUPPORTS", "Colombia")
    assert support.quote == "has put its surveillance satellites at Bogotá's disposal"
    assert a.text[support.start:support.end] == support.quote


def test_a_claim_both_extractors_read_from_the_same_words_is_kept_once_as_the_rules_claim(llm_server):
    merged = extract(article())
    talks = claim(merged, "Gustavo Petro", "OPPOSES", "National Liberation Army")
    assert talks.extractor == RULES


def test_the_request_is_a_deterministic_chat_completion_for_the_configured_model(llm_server, monkeypatch):
    monkeypatch.setenv("GEOKG_LLM_API_KEY", "sk-local-123")
    extract(article())
    [request] = llm_server.requests
    body = request["json"]
    assert body["model"] == "test-model" and body["temperature"] == 0
    assert isinstance(body["seed"], int)
    assert body["response_format"] == {"type": "json_object"}
    assert request["headers"]["Authorization"] == "Bearer sk-local-123"
    system, user = body["messages"]
    assert system["role"] == "system" and "OPERATES_IN" in system["content"]
    assert "hypothetical" in system["content"] and "negated" in system["content"]
    assert COLOMBIA in user["content"]


def test_no_authorization_header_without_a_key(llm_server):
    extract(article())
    assert "Authorization" not in llm_server.requests[0]["headers"]


def test_a_long_article_is_sent_in_paragraph_chunks_one_request_each(llm_server, monkeypatch):
    monkeypatch.setenv("GEOKG_LLM_CHUNK_CHARS", "300")
    x = extract(article())
    sent = [r["json"]["messages"][1]["content"].split("<<<TEXT\n")[1].split("\nTEXT>>>")[0]
            for r in llm_server.requests]
    assert len(sent) == 3 and all(len(chunk) <= 300 for chunk in sent)
    assert "\n".join(sent) == COLOMBIA                  # every paragraph whole, once, in order
    # each chunk's reply is resolved on its own: the same claims as from one request
    assert ("Venezuela", "SUPPORTS", "National Liberation Army") in named(x)
    assert len([c for c in x.claims if c.extractor.startswith("geokg.llm")]) == 3


def test_only_mode_keeps_the_llm_claims_and_the_entities_they_need(llm_server, monkeypatch):
    monkeypatch.setenv("GEOKG_LLM_MODE", "only")
    x = extract(article())
    assert {c.extractor for c in x.claims} == {"geokg.llm.v1:test-model"}
    assert ("Gustavo Petro", "OPPOSES", "National Liberation Army") in named(x)
    assert "Clan del Golfo" not in {e.name for e in x.entities}      # the LLM did not name it
    assert {m.entity_id for m in x.mentions} == {e.id for e in x.entities}
    assert x.extractor == "geokg.llm.v1:test-model"


def test_an_entity_the_rules_missed_is_mapped_onto_the_catalog_or_a_new_stable_id(llm_server):
    text = ("Officials in Washington said the Frente Sur Unido had attacked a pipeline near the "
            "border. The Frente Sur Unido denied it.")
    llm_server.answer = lambda request: (200, reply({
        "entities": [{"id": "us", "name": "United States", "type": "Country", "aliases": ["Washington"]},
                     {"id": "fsu", "name": "Frente Sur Unido", "type": "Group",
                      "aliases": ["Frente Sur Unido"]}],
        "claims": [{"subject": "us", "relation": "OPPOSES", "object": "fsu", "certainty": "asserted",
                    "attributed_to": None,
                    "quote": "Officials in Washington said the Frente Sur Unido had attacked a pipeline"}],
    }), 0)
    rules = Extraction(article=article(text), extractor=RULES)     # as if the rules saw nothing
    x = llm.augment(rules, load_catalog(), llm.LLMConfig.from_env())
    ids = {e.name: e for e in x.entities}
    assert ids["United States"].id == "Q30" and ids["United States"].catalog
    group = ids["Frente Sur Unido"]
    assert group.id == stable_id("Group", normalize("Frente Sur Unido")) and not group.catalog
    assert [(m.surface, m.start) for m in x.mentions if m.entity_id == group.id] == [
        ("Frente Sur Unido", text.index("Frente")), ("Frente Sur Unido", text.rindex("Frente"))]
    assert named(x) == {("United States", "OPPOSES", "Frente Sur Unido")}


# --------------------------------------------------------------------------------------------
# invalid output: dropped item by item, with warnings, never a crash

def test_invalid_items_are_dropped_with_a_warning_and_the_valid_ones_kept(llm_server):
    bad = [
        {"subject": "e2", "relation": "LOVES", "object": "e3", "quote": "Caracas has long quietly tolerated"},
        {"subject": "e2", "relation": "SUPPORTS", "object": "e3", "certainty": "certain",
         "quote": "Caracas has long quietly tolerated the rebels"},
        {"subject": "e2", "relation": "SUPPORTS", "object": "e3",
         "quote": "Caracas has openly armed the rebels"},                       # not in the text
        {"subject": "e2", "relation": "OPPOSES", "object": "e2", "quote": "Colombia's government accused Venezuela"},
        {"subject": "e2", "relation": "ATTACKS", "object": "e9", "quote": "Colombia's government accused Venezuela"},
        {"subject": "e1", "relation": "OPPOSES", "object": "e2", "attributed_to": "e8",
         "quote": "Colombia's government accused Venezuela"},
        {"subject": "e6", "relation": "ATTACKS", "object": "e3", "quote": "The ELN launched a wave of attacks"},
        "not an object",
        {"subject": "e4", "relation": "ATTACKS", "object": "e3", "negated": True,
         "quote": "Washington, which has offered rewards for ELN commanders"},
    ]
    entities = ENTITIES + [{"id": "e6", "name": "Maracaibo Brigade", "type": "Group", "aliases": []},
                           {"id": "e7", "name": "Somewhere", "type": "Planet", "aliases": []}]
    llm_server.answer = lambda request: (200, reply({"entities": entities,
                                                     "claims": GOOD_CLAIMS[:2] + bad}), 0)
    a = article()
    x = extract(a)
    assert ("Venezuela", "SUPPORTS", "National Liberation Army") in named(x)      # valid kept
    assert ("United States", "OPPOSES", "National Liberation Army") in named(x)
    assert ("United States", "ATTACKS", "National Liberation Army") not in named(x)  # negated
    assert "Maracaibo Brigade" not in {e.name for e in x.entities}
    assert len([c for c in x.claims if c.extractor.startswith("geokg.llm")]) == 2
    text = "\n".join(x.warnings)
    for problem in ("unknown relation 'LOVES'", "unknown certainty 'certain'", "quote not found",
                    "subject and object are the same", "does not define", "'e8'",
                    "'Planet'", "'Maracaibo Brigade': no name of it occurs in the text",
                    "refers to a dropped entity", "claim #10 is not an object"):
        assert problem in text, problem
    assert all(w.startswith("colombia.txt: LLM ") for w in x.warnings)
    assert len(x.warnings) == 10


def test_a_reply_that_is_not_json_leaves_the_rules_output_with_a_warning(llm_server):
    llm_server.answer = lambda request: (200, reply("Sure! Here are the entities: Colombia, ELN."), 0)
    a = article()
    x = extract(a)
    rules = rules_only(a)
    assert (x.entities, x.mentions, x.claims, x.extractor) == (
        rules.entities, rules.mentions, rules.claims, RULES)
    [warning] = x.warnings
    assert warning.startswith("colombia.txt: LLM extraction failed") and "not JSON" in warning


@pytest.mark.parametrize("wrap", [
    "```json\n{}\n```",
    "<think>The user wants JSON {not this}.</think>\n{}",
    "Here is the JSON you asked for:\n{}\nHope this helps.",
])
def test_a_json_object_wrapped_in_a_fence_thinking_or_prose_is_accepted(llm_server, wrap):
    payload = json.dumps({"entities": ENTITIES, "claims": GOOD_CLAIMS})
    llm_server.answer = lambda request: (200, reply(wrap.replace("{}", payload)), 0)
    x = extract(article())
    assert ("Venezuela", "SUPPORTS", "National Liberation Army") in named(x) and x.warnings == ()


def test_a_json_reply_that_is_not_an_object_leaves_the_rules_output(llm_server):
    llm_server.answer = lambda request: (200, reply(json.dumps(GOOD_CLAIMS)), 0)
    x = extract(article())
    assert x.extractor == RULES and "not an object" in x.warnings[0]


# --------------------------------------------------------------------------------------------
# the endpoint fails: rules output, a warning, the ingest goes on

def test_http_500_falls_back_to_the_rules_output_with_a_warning(llm_server):
    llm_server.answer = lambda request: (500, {"error": {"message": "model not loaded"}}, 0)
    a = article()
    x = extract(a)
    assert x.claims == rules_only(a).claims and x.extractor == RULES
    [warning] = x.warnings
    assert "colombia.txt" in warning and "HTTP 500" in warning and "model not loaded" in warning


def test_a_timeout_falls_back_to_the_rules_output_and_a_dead_endpoint_is_left_alone(llm_server, monkeypatch):
    monkeypatch.setenv("GEOKG_LLM_TIMEOUT", "0.3")
    llm_server.answer = lambda request: (200, reply({"entities": [], "claims": []}), 30)
    a = article()
    for n in range(3):
        x = extract(a)
        assert x.claims == rules_only(a).claims and x.extractor == RULES
        assert "within 0.3 s" in x.warnings[0]
    assert len(llm_server.requests) == 3
    x = extract(a)                            # three timeouts in a row: not asked for a while
    assert len(llm_server.requests) == 3
    assert "not retried" in x.warnings[0] and x.claims == rules_only(a).claims


def test_connection_refused_falls_back_with_a_warning(llm_server, monkeypatch):
    probe = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    dead = probe.server_address[1]
    probe.server_close()                      # a port nobody listens on
    monkeypatch.setenv("GEOKG_LLM_URL", f"http://127.0.0.1:{dead}/v1")
    x = extract(article())
    assert "cannot reach" in x.warnings[0] and x.extractor == RULES


def test_a_chat_envelope_without_a_message_falls_back(llm_server):
    llm_server.answer = lambda request: (200, {"choices": []}, 0)
    x = extract(article())
    assert "chat-completions format" in x.warnings[0] and x.extractor == RULES


# --------------------------------------------------------------------------------------------
# configuration

@pytest.mark.parametrize("env, problem", [
    ({"GEOKG_LLM_URL": "http://127.0.0.1:1/v1"}, "GEOKG_LLM_MODEL"),
    ({"GEOKG_LLM_URL": "127.0.0.1:11434", "GEOKG_LLM_MODEL": "m"}, "http(s) URL"),
    ({"GEOKG_LLM_URL": "http://h/v1", "GEOKG_LLM_MODEL": "m", "GEOKG_LLM_MODE": "both"}, "GEOKG_LLM_MODE"),
    ({"GEOKG_LLM_URL": "http://h/v1", "GEOKG_LLM_MODEL": "m", "GEOKG_LLM_TIMEOUT": "soon"}, "GEOKG_LLM_TIMEOUT"),
    ({"GEOKG_LLM_URL": "http://h/v1", "GEOKG_LLM_MODEL": "m", "GEOKG_LLM_TIMEOUT": "-1"}, "GEOKG_LLM_TIMEOUT"),
])
def test_a_bad_configuration_is_a_clear_error(env, problem):
    with pytest.raises(ConfigError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        llm.LLMConfig.from_env(env)


def test_extractor_version_follows_the_environment():
    assert llm.extractor_name("geokg.rules.v14", {}) == "geokg.rules.v14"
    env = {"GEOKG_LLM_URL": "http://127.0.0.1:11434/v1/", "GEOKG_LLM_MODEL": "qwen2.5:7b"}
    assert llm.extractor_name("geokg.rules.v14", env) == "geokg.rules.v14+geokg.llm.v1:qwen2.5:7b"
    assert llm.LLMConfig.from_env(env).url == "http://127.0.0.1:11434/v1"
    env["GEOKG_LLM_MODE"] = "only"
    assert llm.extractor_name("geokg.rules.v14", env) == "geokg.llm.v1:qwen2.5:7b"


def test_the_pipeline_sees_the_llm_extractor_version(llm_server, monkeypatch):
    from ingest.pipeline import current_extractor
    assert current_extractor() == f"{RULES}+geokg.llm.v1:test-model"
    monkeypatch.delenv("GEOKG_LLM_URL")
    assert current_extractor() == RULES


# --------------------------------------------------------------------------------------------
# pure helpers

def test_quotes_are_located_exactly_or_with_white_space_and_typography_folded():
    text = "He said: “We will strike   back,” and the army’s  chief agreed."
    assert llm.locate_quote(text, "the army’s  chief") == (text.index("the army"), text.index(" agreed"))
    start, end = llm.locate_quote(text, '"We will strike back," and the army\'s chief')
    assert text[start:end] == "“We will strike   back,” and the army’s  chief"
    assert llm.locate_quote(text, "We will strike forward") is None
    assert llm.locate_quote(text, "   ") is None


def test_chunks_keep_paragraphs_whole_and_split_only_an_over_long_one():
    paragraphs = ["A" * 50 + ".", "B b b b. " * 30, "C" * 40 + "."]
    text = "\n".join(paragraphs)
    spans = llm.chunk_spans(text, 120)
    assert all(e - s <= 120 for s, e in spans)
    assert text[spans[0][0]:spans[0][1]] == paragraphs[0]
    covered = "".join(text[s:e] for s, e in spans)
    assert covered.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
    assert all(text[s:e].strip() == text[s:e].rstrip() for s, e in spans)   # no leading blanks
    assert llm.chunk_spans("", 100) == []


# --------------------------------------------------------------------------------------------
# the CLI

def test_geokg_extract_uses_the_llm_when_configured(llm_server, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    first, second, third, fourth = COLOMBIA.split("\n")    # the cleaner wants full paragraphs
    body = f"Colombia accuses Venezuela\n\n{first} {second}\n\n{third} {fourth}\n"
    (src / "colombia.txt").write_text(body, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    gold = json.loads((out / "colombia.json").read_text(encoding="utf-8"))
    quotes = {c["quote"] for c in gold["claims"]}
    assert "Caracas has long quietly tolerated the rebels on its side of the border" in quotes
    assert len(llm_server.requests) == 1


# --------------------------------------------------------------------------------------------
# ingest into the real Neo4j

def test_ingest_stores_llm_claims_and_retries_an_article_whose_llm_request_failed(
        empty_graph, llm_server, tmp_path):
    from ingest.pipeline import run_ingest
    from ingest.read import read_paths

    first, second, third, fourth = COLOMBIA.split("\n")
    (tmp_path / "colombia.txt").write_text(
        f"Colombia accuses Venezuela\n\n{first} {second}\n\n{third} {fourth}\n", encoding="utf-8")

    def ingest():
        return run_ingest(read_paths([tmp_path]), empty_graph, progress=False)

    def stored():
        return empty_graph.read("MATCH (c:Claim)-[:STATED_IN]->(d:Document) "
                                "RETURN d.extractor AS doc, c.extractor AS claim, c.quote AS quote")

    good = llm_server.answer
    llm_server.answer = lambda request: (500, {"error": "overloaded"}, 0)
    assert ingest().new == 1                                   # the ingest goes on: rules only
    assert {r["doc"] for r in stored()} == {RULES} and {r["claim"] for r in stored()} == {RULES}

    llm_server.answer = good
    assert ingest().updated == 1                               # the next run asks the LLM again
    rows = stored()
    assert {r["doc"] for r in rows} == {f"{RULES}+geokg.llm.v1:test-model"}
    assert {"geokg.llm.v1:test-model", RULES} == {r["claim"] for r in rows}
    assert "Caracas has long quietly tolerated the rebels on its side of the border" in {r["quote"] for r in rows}

    asked = len(llm_server.requests)
    assert ingest().unchanged == 1 and len(llm_server.requests) == asked   # stored: not asked again
