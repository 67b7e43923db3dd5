"""Resolution across articles: re-keying discovered entities onto ones already in the graph."""
from ingest.records import Article, Claim, Entity, Extraction, Mention
from ingest.resolve import KnownEntities, resolve

ARTICLE = Article(id="a2", source_key="a2", text="x" * 200)

KNOWN = [
    Entity(id="p-wechsel", name="Marta Wechsel", type="Person", aliases=("Marta Wechsel",)),
    Entity(id="p-amir-noor", name="Amir Hassan Noor", type="Person"),
    Entity(id="o-ocmr", name="Office for Coastal Monitoring", type="Organization",
           aliases=("OCMR",)),
    Entity(id="g-front", name="Red Dawn Front", type="Group"),
    Entity(id="l-dolm", name="Dolm", type="Location"),
    Entity(id="p-brandt-k", name="Karl Brandt", type="Person"),
    Entity(id="p-brandt-e", name="Eva Brandt", type="Person"),
]


def extraction(*entities, claims=()):
    mentions = tuple(Mention(e.id, e.name, i * 10, i * 10 + 5) for i, e in enumerate(entities))
    return Extraction(article=ARTICLE, entities=tuple(entities), mentions=mentions,
                      claims=tuple(claims))


def ids(x):
    return {e.id for e in x.entities}


def test_surname_joins_the_one_known_full_name_and_claims_follow():
    new = Entity(id="n1", name="Wechsel", type="Person", aliases=("Wechsel",))
    front = Entity(id="g-front", name="Red Dawn Front", type="Group")
    claim = Claim(subject="n1", relation="OPPOSES", object="g-front", attributed_to="n1",
                  quote="Wechsel condemned the Front")
    out = resolve(extraction(new, front, claims=[claim]), KNOWN)
    assert ids(out) == {"p-wechsel", "g-front"}
    person = next(e for e in out.entities if e.id == "p-wechsel")
    assert person.name == "Marta Wechsel" and "Wechsel" in person.aliases
    assert out.mentions[0].entity_id == "p-wechsel"
    assert out.claims[0].subject == "p-wechsel" and out.claims[0].attributed_to == "p-wechsel"


def test_ambiguous_surname_stays_apart():
    new = Entity(id="n2", name="Brandt", type="Person")
    assert ids(resolve(extraction(new), KNOWN)) == {"n2"}


def test_shorter_name_with_same_first_and_last_name():
    new = Entity(id="n3", name="Amir Noor", type="Person")
    assert ids(resolve(extraction(new), KNOWN)) == {"p-amir-noor"}


def test_acronym_alias_matches_case_sensitively_and_only_same_type():
    org = Entity(id="n4", name="OCMR", type="Organization", aliases=("OCMR",))
    assert ids(resolve(extraction(org), KNOWN)) == {"o-ocmr"}
    place = Entity(id="n5", name="Red Dawn Front", type="Location")
    assert ids(resolve(extraction(place), KNOWN)) == {"n5"}


def test_exact_name_ignoring_case_and_leading_the():
    new = Entity(id="n6", name="the Red Dawn front", type="Group")
    assert ids(resolve(extraction(new), KNOWN)) == {"g-front"}


def test_similar_but_different_names_stay_apart():
    new = Entity(id="n7", name="Red Dawn Front Youth Wing", type="Group")
    other = Entity(id="n8", name="Marta Wechsler", type="Person")
    assert ids(resolve(extraction(new, other), KNOWN)) == {"n7", "n8"}


def test_catalog_entities_are_never_rekeyed():
    cat = Entity(id="Q843", name="Dolm", type="Location", catalog=True)
    assert ids(resolve(extraction(cat), KNOWN)) == {"Q843"}


def test_two_entities_landing_on_one_known_merge_and_self_claims_drop():
    a = Entity(id="n9", name="Marta Wechsel", type="Person")
    b = Entity(id="n10", name="Wechsel", type="Person")
    claim = Claim(subject="n9", relation="SUPPORTS", object="n10")
    out = resolve(extraction(a, b, claims=[claim]), KNOWN)
    assert ids(out) == {"p-wechsel"}
    assert {m.entity_id for m in out.mentions} == {"p-wechsel"}
    assert out.claims == ()


def test_known_index_reused_across_articles():
    known = KnownEntities()
    first = resolve(extraction(Entity(id="x1", name="Lena Ostrova", type="Person")), known)
    known.add(first.entities)
    second = resolve(extraction(Entity(id="x2", name="Ostrova", type="Person")), known)
    assert ids(second) == {"x1"}


def test_nothing_known_returns_the_extraction_unchanged():
    x = extraction(Entity(id="n11", name="Someone Else", type="Person"))
    assert resolve(x, []) is x


def test_person_names_compare_without_particles_and_honorifics():
    known = [Entity(id="p-kikli", name="Abdulghani al-Kikli", type="Person"),
             Entity(id="p-myo", name="Ko Aung Myo", type="Person")]
    out = resolve(extraction(Entity(id="n1", name="Kikli", type="Person"),
                             Entity(id="n2", name="Aung Myo", type="Person")), known)
    assert ids(out) == {"p-kikli", "p-myo"}
