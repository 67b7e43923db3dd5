"""A small hand-built corpus for the dashboard's tests: five articles from four publishers over
three years, loaded through the real loader (``ingest.load.load_extraction``).

It holds cooperative, hostile and structural claims; asserted, alleged and hypothetical ones;
attributed and unattributed ones; one claim the learned pair model read, the rest the rules; a pair (United States / Taliban) that publishers portray both
ways; and one article that repeats a relation in two sentences (so edge widths must count
distinct articles, not sentences). Offsets are computed from the texts, never typed in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.claims import EXTRACTOR
from ingest.extract.learned import EXTRACTOR as LEARNED_EXTRACTOR
from ingest.load import load_extraction
from ingest.records import Article, Claim, Entity, Extraction, Mention, content_hash

ENTITIES = {
    "us": Entity("us", "United States", "Country", ("United States", "US", "Washington"), "Q30", True),
    "taliban": Entity("taliban", "Taliban", "Group", ("Taliban", "Islamic Emirate"), "Q42418", True),
    "afghanistan": Entity("afghanistan", "Afghanistan", "Country", ("Afghanistan", "Afghan"), "Q889", True),
    "pakistan": Entity("pakistan", "Pakistan", "Country", ("Pakistan", "Islamabad"), "Q843", True),
    "qatar": Entity("qatar", "Qatar", "Country", ("Qatar",), "Q846", True),
    "china": Entity("china", "China", "Country", ("China",), "Q148", True),
    "isisk": Entity("isisk", "ISIS-K", "Group", ("ISIS-K", "Islamic State Khorasan"), "Q19911771", True),
    "alqaeda": Entity("alqaeda", "al-Qaeda", "Group", ("al-Qaeda",), "Q34490", True),
    "nato": Entity("nato", "NATO", "Organization", ("NATO",), "Q7184", True),
    "biden": Entity("biden", "Joe Biden", "Person", ("Joe Biden", "Biden"), "Q6279", True),
    "khalilzad": Entity("khalilzad", "Zalmay Khalilzad", "Person", ("Zalmay Khalilzad", "Khalilzad"), "Q380891", True),
    "zawahiri": Entity("zawahiri", "Ayman al-Zawahiri", "Person", ("Ayman al-Zawahiri", "al-Zawahiri"), "Q1253", True),
    "kabul": Entity("kabul", "Kabul", "Location", ("Kabul",), "Q5838", True),
    "nangarhar": Entity("nangarhar", "Nangarhar", "Location", ("Nangarhar",), "Q183151", True),
}


@dataclass(frozen=True)
class Spec:
    key: str
    title: str
    publisher: str
    published: str
    sentences: tuple[str, ...]
    # (quote sentence index, subject, relation, object, certainty, attributed_to)
    claims: tuple[tuple[int, str, str, str, str, str | None], ...]
    learned: tuple[int, ...] = ()        # positions in ``claims`` of those the learned model read


ARTICLES = (
    Spec("kabul-falls", "Taliban seize Kabul as the government collapses", "Reuters", "2021-08-16", (
        "Taliban fighters attacked the last government positions in Afghanistan on Sunday.",
        "The United States has negotiated with the Taliban in Doha since 2020, envoy Zalmay Khalilzad said.",
        "Pakistan has long supported the Taliban, according to Afghan officials.",
        "The Taliban now controls Kabul.",
    ), (
        (0, "taliban", "ATTACKS", "afghanistan", "asserted", None),
        (1, "us", "NEGOTIATES_WITH", "taliban", "asserted", "khalilzad"),
        (2, "pakistan", "SUPPORTS", "taliban", "alleged", "afghanistan"),
        (3, "taliban", "OPERATES_IN", "kabul", "asserted", None),
    )),
    Spec("airport-attack", "Kabul airport attack: ISIS-K claims responsibility", "Al Jazeera", "2021-08-27", (
        "ISIS-K attacked US troops at Kabul airport on Thursday.",
        "Joe Biden threatened to hunt down those responsible.",
        "The Taliban opposes ISIS-K and has fought the group for years.",
        "ISIS-K operates mainly in Nangarhar.",
        "The United States and the Taliban could cooperate against ISIS-K, analysts said.",
    ), (
        (0, "isisk", "ATTACKS", "us", "asserted", None),
        (1, "biden", "THREATENS", "isisk", "asserted", None),
        (2, "taliban", "OPPOSES", "isisk", "asserted", None),
        (3, "isisk", "OPERATES_IN", "nangarhar", "asserted", None),
        (4, "us", "SUPPORTS", "taliban", "hypothetical", None),
    ), learned=(4,)),
    Spec("drone-strike", "US drone strike kills al-Qaeda leader in Kabul", "The Guardian", "2022-08-01", (
        "A US drone attacked a house in Kabul where Ayman al-Zawahiri was staying.",
        "Al-Zawahiri had long been a member of al-Qaeda.",
        "The United States opposes the Taliban's decision to shelter him, Joe Biden said.",
        "The Taliban has allegedly sheltered al-Qaeda leaders since 2021.",
    ), (
        (0, "us", "ATTACKS", "zawahiri", "asserted", None),
        (1, "zawahiri", "MEMBER_OF", "alqaeda", "asserted", None),
        (2, "us", "OPPOSES", "taliban", "asserted", "biden"),
        (3, "taliban", "SUPPORTS", "alqaeda", "alleged", None),
    )),
    Spec("doha-talks", "Islamic Emirate and Washington hold talks in Doha", "TOLOnews", "2023-02-10", (
        "Taliban officials negotiated with US envoys in Doha about the economy.",
        "Qatar has hosted and supported the Taliban's political office for years.",
        "The United States negotiated with Taliban representatives again in March.",
        "The United States is a member of NATO.",
    ), (
        (0, "taliban", "NEGOTIATES_WITH", "us", "asserted", None),
        (1, "qatar", "SUPPORTS", "taliban", "asserted", None),
        (2, "us", "NEGOTIATES_WITH", "taliban", "asserted", None),
        (3, "us", "MEMBER_OF", "nato", "asserted", None),
    )),
    Spec("border-clashes", "Pakistan warns Taliban over border attacks", "Reuters", "2023-05-12", (
        "Pakistan threatened the Taliban with military action over cross-border attacks.",
        "China supports Pakistan, officials in Islamabad said.",
        "NATO forces left Afghanistan in 2021.",
    ), (
        (0, "pakistan", "THREATENS", "taliban", "asserted", None),
        (1, "china", "SUPPORTS", "pakistan", "asserted", "pakistan"),
    )),
)

# What the corpus implies, for assertions.
US_TALIBAN_COOPERATIVE_ARTICLES = 3     # kabul-falls, airport-attack (hypothetical), doha-talks (x3 claims)
US_TALIBAN_COOPERATIVE_CLAIMS = 4
KNOWN_QUOTE = "The United States has negotiated with the Taliban in Doha since 2020"
MODEL_QUOTE = "The United States and the Taliban could cooperate against ISIS-K, analysts said."


def extraction(spec: Spec) -> Extraction:
    text = "\n\n".join(spec.sentences)
    raw = f"{spec.title}\n\n{text}"
    article = Article(id=content_hash(raw), source_key=f"/corpus/{spec.key}.txt", text=text,
                      title=spec.title, publisher=spec.publisher, published=spec.published,
                      url=f"https://example.org/{spec.key}", byline="Staff reporter")
    mentions = []
    for entity in ENTITIES.values():
        for alias in sorted(entity.aliases, key=len, reverse=True):
            for m in re.finditer(rf"\b{re.escape(alias)}\b", text, flags=re.IGNORECASE):
                if not any(x.start <= m.start() < x.end for x in mentions):
                    mentions.append(Mention(entity.id, m.group(0), m.start(), m.end()))
    claims = []
    for n, (index, subject, relation, obj, certainty, source) in enumerate(spec.claims):
        quote = spec.sentences[index]
        start = text.index(quote)
        claims.append(Claim(subject, relation, obj, certainty, source, quote, start, start + len(quote),
                            spec.published, LEARNED_EXTRACTOR if n in spec.learned else EXTRACTOR))
    used = {m.entity_id for m in mentions} | {c.subject for c in claims} | {c.object for c in claims} \
        | {c.attributed_to for c in claims if c.attributed_to}
    return Extraction(article, tuple(e for k, e in ENTITIES.items() if k in used), tuple(mentions),
                      tuple(claims), EXTRACTOR)


def load_corpus(graph) -> None:
    """Load the five articles and record one finished ingest run with a per-file error."""
    for spec in ARTICLES:
        load_extraction(graph, extraction(spec))
    graph.write_named("write/start_run", id="run-test-1", now="2024-01-05T10:00:00.000Z",
                      trigger="cli", sources=["/corpus"])
    graph.write_named("write/finish_run", id="run-test-1", now="2024-01-05T10:00:07.250Z",
                      status="finished", counts={"new": 5, "updated": 0, "unchanged": 0, "failed": 1},
                      errors=["/corpus/broken.html: not UTF-8 text and no charset declared"])
