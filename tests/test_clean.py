"""Cleaning: boilerplate goes, the article body survives, offsets map back to the raw text."""
from __future__ import annotations

from pathlib import Path

import pytest

from geokg.errors import SourceError
from ingest.clean import clean
from ingest.records import RawDocument

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

BODY = [
    "Officials in Kabul said on Tuesday that the talks with the delegation from Islamabad had "
    "produced a framework for border cooperation, although several questions about refugees and "
    "trade remained open and would be discussed again next month in Doha.",
    "The agreement follows months of tension along the frontier, where troops from both sides "
    "exchanged fire in October. Analysts said the deal was fragile but that it gave both "
    "governments a way to step back from a confrontation neither of them could afford.",
    "“We are ready to work with anyone who respects our sovereignty,” a spokesman said.",
    "Diplomats from China and Qatar, who hosted earlier rounds of the negotiations, welcomed the "
    "framework and urged both sides to implement it quickly, adding that they were prepared to "
    "send observers to the crossings if they were asked to do so by the two governments.",
]

FAKE_PAGE = "\n".join([
    "Home | World | Politics | Business | Opinion",
    "The Daily Observer",
    "صوت الحقيقة",
    "Tuesday, March 4, 2025",
    "",
    "Neighbours Agree Border Framework After Months of Tension",
    "",
    "Neighbours Agree Border Framework After Months of Tension",
    "",
    "By Maria Okonkwo",
    "Photo credit: Staff photographer",
    "",
    BODY[0],
    "",
    "A Fragile Calm",
    "",
    BODY[1],
    "",
    "Related Articles",
    "Oil Prices Climb as Supply Concerns Mount",
    "Election Commission Announces Final Results",
    "Ten Things to Know Before You Travel This Summer",
    "",
    BODY[2],
    BODY[3],
    "",
    BODY[1],
    "",
    "Support The Daily Observer",
    "If you value independent journalism, please consider a donation. Every contribution, however "
    "small, keeps our journalism free for everyone who needs it. It only takes a minute.",
    "Bank: First National Bank, Account No. 0012 3456 7890",
    "IBAN: GB29 NWBK 6016 1331 9268 19",
    "0:00",
    "Close",
    "×",
    "3 thoughts on “Neighbours Agree Border Framework After Months of Tension”",
    "Comments are closed.",
    "Sign in with Google or Sign up to comment",
])


def _clean(raw: str, **kw) -> "Article":  # noqa: F821
    return clean(RawDocument(source_key="test.txt", raw=raw, **kw))


def _assert_offsets(article, raw: str) -> None:
    assert article.segments, "no segments"
    covered = [False] * len(article.text)
    last_end = 0
    for text_start, raw_start, length in article.segments:
        assert article.text[text_start:text_start + length] == raw[raw_start:raw_start + length]
        assert text_start >= last_end
        last_end = text_start + length
        covered[text_start:last_end] = [True] * length
    # only the separators between paragraphs (and wrapped lines) are synthesised
    assert all(c.isspace() for c, cov in zip(article.text, covered) if not cov)
    assert article.raw_offset(article.segments[-1][0]) == article.segments[-1][1]


def test_fake_page_keeps_the_body_and_drops_the_furniture():
    article = _clean(FAKE_PAGE)
    for paragraph in BODY:
        assert paragraph in article.text
    assert article.text.count(BODY[1]) == 1, "a repeated paragraph is kept once"
    for junk in ("Home |", "Related Articles", "Oil Prices Climb", "Election Commission",
                 "Support The Daily Observer", "donation", "IBAN", "0012 3456", "0:00", "Close",
                 "×", "thoughts on", "Comments are closed", "Sign in", "Photo credit",
                 "صوت", "By Maria", "Tuesday, March"):
        assert junk not in article.text, junk
    assert article.title == "Neighbours Agree Border Framework After Months of Tension"
    assert "Neighbours Agree" not in article.text
    assert article.byline == "Maria Okonkwo"
    assert article.published == "2025-03-04"
    assert article.publisher == "Daily Observer"
    _assert_offsets(article, FAKE_PAGE)


def test_section_heading_is_its_own_paragraph():
    article = _clean(FAKE_PAGE)
    assert f"{BODY[0]}\n\nA Fragile Calm\n\n{BODY[1]}" in article.text


def test_source_publisher_overrides_what_the_page_says():
    article = _clean(FAKE_PAGE, publisher="Observer Media Group")
    assert article.publisher == "Observer Media Group"


def test_arabic_paragraph_inside_the_body_is_kept():
    arabic = ("وقال المتحدث باسم الحكومة إن المحادثات كانت بناءة وإن الجانبين اتفقا على مواصلة "
              "الحوار في الأسابيع المقبلة من أجل التوصل إلى اتفاق نهائي بشأن الحدود والتجارة "
              "واللاجئين، مضيفا أن الوفود ستلتقي مرة أخرى في الدوحة")
    raw = "\n\n".join([BODY[0], arabic, BODY[1]])
    article = _clean(raw)
    assert arabic in article.text
    _assert_offsets(article, raw)


def test_hard_wrapped_text_is_joined_into_paragraphs():
    import textwrap

    raw = "\n\n".join(textwrap.fill(p, 72) for p in BODY[:2] + BODY[3:])
    article = _clean(raw)
    assert BODY[0] in article.text
    assert article.text.count("\n\n") == 2
    _assert_offsets(article, raw)


def test_markdown_markup_is_left_out_but_offsets_stay_exact():
    raw = ("# Border Deal Reached\n\n![map](map.png)\n\n"
           "Officials from **Afghanistan** and [Pakistan](https://example.org/pk) agreed on a "
           "framework for border cooperation on Tuesday, officials said, after talks that "
           "lasted three days and ended late at night in the Qatari capital.\n\n" + BODY[1])
    article = clean(RawDocument(source_key="t.md", raw=raw, content_type="markdown"))
    assert article.title == "Border Deal Reached"
    assert "Officials from Afghanistan and Pakistan agreed" in article.text
    assert "https://" not in article.text and "**" not in article.text
    _assert_offsets(article, raw)


@pytest.mark.parametrize("raw", ["", "   \n\t\n ", "0:00\nClose\n×"])
def test_empty_input_is_a_source_error(raw):
    with pytest.raises(SourceError) as info:
        _clean(raw)
    assert "test.txt" in str(info.value)


def test_html_goes_through_trafilatura():
    html = ("<html><head><title>Border Deal Reached | The Daily Observer</title>"
            "<meta property='og:site_name' content='The Daily Observer'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
            "<h1>Border Deal Reached</h1>" + "".join(f"<p>{p}</p>" for p in BODY) +
            "</article><footer>© 2025 The Daily Observer. All rights reserved.</footer>"
            "</body></html>")
    article = clean(RawDocument(source_key="t.html", raw=html, content_type="html"))
    assert article.content_type == "html"
    assert BODY[0] in article.text and "All rights reserved" not in article.text
    assert article.title and "Border Deal Reached" in article.title


def test_html_page_seen_again_in_the_same_process_keeps_every_paragraph():
    """An updated page (or a rerun) must not lose paragraphs to a process-wide dedup cache."""
    def page(extra: str) -> str:
        return ("<html><head><title>Talks Resume</title></head><body><article><h1>Talks Resume</h1>"
                + "".join(f"<p>{p}</p>" for p in BODY) + extra + "</article></body></html>")

    first = clean(RawDocument(source_key="u.html", raw=page(""), content_type="html"))
    again = clean(RawDocument(source_key="u.html", raw=page(""), content_type="html"))
    updated = clean(RawDocument(source_key="u.html", content_type="html",
                                raw=page("<p>The envoys will meet again in Geneva next week.</p>")))
    assert again.text == first.text
    assert all(p in updated.text for p in BODY) and "Geneva next week" in updated.text


def test_wire_copy_made_only_of_short_paragraphs_is_kept():
    """Agency copy often has no paragraph longer than two lines; none of it is boilerplate."""
    paras = ["Colombian troops killed six ELN fighters in a clash near the Venezuelan border on "
             "Monday, the defence ministry said.",
             "The army said the guerrillas had crossed from Venezuela, where commanders of the "
             "group have sheltered for years.",
             "Bogota accused Caracas of tolerating the camps, a charge the Venezuelan government "
             "rejected as an insult.",
             "Talks between the government and the ELN were suspended in January after a wave of "
             "attacks in Catatumbo."]
    article = _clean("Home | World | Americas\n\n" + "\n\n".join(paras) + "\n\nShare this story")
    assert all(p in article.text for p in paras)
    assert "Home |" not in article.text and "Share this story" not in article.text


def test_author_bio_after_a_short_closing_paragraph_is_kept():
    """Annotators count the author of an op-ed named in its closing bio as an actor."""
    body = ("The sanctions will not end the war on their own. " * 6).strip()
    raw = (body + "\n\nNobody in Geneva expects a deal this year, and nobody in Moscow or Kyiv is "
           "preparing their public for one either.\n\n"
           "Lena Ortiz is a senior fellow at the Lisbon Institute for Security Studies.\n\n"
           "Sign up for our newsletter")
    article = _clean(raw)
    assert "Lena Ortiz is a senior fellow" in article.text
    assert "newsletter" not in article.text


# --- the shipped samples -----------------------------------------------------------------------

def _sample(name: str):
    path = next(SAMPLES.glob(f"{name}*.txt"))
    raw = path.read_text(encoding="utf-8")
    return clean(RawDocument(source_key=str(path), raw=raw)), raw


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_samples_offsets_are_exact(name):
    article, raw = _sample(name)
    _assert_offsets(article, raw)
    assert len(article.text) > 2000


def test_sample_headline_list_and_audio_player_are_gone():
    article, _ = _sample("000")
    assert "Related Articles" not in article.text
    assert "Saudi Arabia Quietly Allows" not in article.text
    assert "0:00" not in article.text and "×" not in article.text
    assert article.text.count("The situation is awkward for both") == 1
    assert "there's nothing the Americans can do" in article.text
    assert article.title.startswith("Once Enemies, US And Taliban")
    assert article.published == "2026-02-06"
    assert "'Routed and Dispersed'\n\nBiden on Thursday" in article.text


def test_sample_donation_and_comments_are_gone():
    article, _ = _sample("001")
    assert "donating" not in article.text and "Comments are closed" not in article.text
    assert "One thought on" not in article.text and "Photo credit" not in article.text
    assert article.byline == "Jakob Stein"
    assert article.text.startswith("On Thursday, outside the Kabul airport")


def test_sample_mid_article_headlines_and_signup_are_gone_author_bio_stays():
    article, _ = _sample("002")
    assert "Latest stories" not in article.text and "Hong Kong is China" not in article.text
    assert "newsletters" not in article.text and "Sign in with Google" not in article.text
    assert "Mazhar Siddique Khan is a Lahore-based" in article.text
    assert article.byline == "Mazhar Siddique Khan"
    assert "According to recent UN estimates" in article.text


def test_sample_bank_details_are_gone():
    article, _ = _sample("004")
    assert "DNB Bank" not in article.text and "Vipps" not in article.text
    assert "contribution" not in article.text
    assert "Thus, the impasse is complete" in article.text


LIVE_PAGE = """GULF HERALD  |  Home  |  World  |  Gulf  |  Opinion  |  Subscribe  |  Log in

LIVE UPDATES

Strikes resume on the coast as truce talks open in Muscat

Houthi drones hit two tankers off Hodeidah overnight; the group says it targeted ships linked to Israel, and Oman says the talks will go on.

By Sara Haddad and Gulf Herald staff
Published 3 March 2026, 09:10 | Last updated 3 March 2026, 18:40

Share:  X  |  Facebook  |  WhatsApp  |  Copy link

KEY POINTS
- Two tankers were struck by drones off Hodeidah overnight, the British maritime agency UKMTO said, and one crew member was hurt.
- Omani mediators met both delegations in Muscat for a second day.

18:40

The Houthi movement said in a statement that it had fired drones at two vessels it described as Israeli-linked, and warned shipping companies to keep clear of the Red Sea. The statement did not name the ships. Shipping data showed both tankers heading north.

17:05

Omani officials said talks between the Houthis and Saudi Arabia would continue on Wednesday despite the overnight strikes, according to two people briefed on the meeting who asked not to be named.

RELATED
- Why the Red Sea route matters
- Tanker rates jump again

NEWSLETTER
Get the Gulf Herald briefing in your inbox. Sign up free  >
"""


def test_a_standfirst_and_key_points_in_the_header_zone_are_kept():
    article = _clean(LIVE_PAGE)
    assert "Houthi drones hit two tankers off Hodeidah overnight" in article.text
    assert "Two tankers were struck by drones off Hodeidah overnight" in article.text
    assert "Omani mediators met both delegations" in article.text
    for junk in ("Home |", "By Sara", "Share:", "Why the Red Sea route", "Tanker rates",
                 "Sign up free", "LIVE UPDATES"):
        assert junk not in article.text, junk
    assert article.title == "Strikes resume on the coast as truce talks open in Muscat"


def test_a_navigation_line_is_no_title():
    raw = ("Home | World | Africa | Opinion | Podcasts\n\n"
           "INTERVIEW\n"
           "\"The junta has bet on Moscow\": a conversation with a Sahel researcher\n\n"
           "By Claire Martin\n12 March 2026\n\n"
           "The researcher has followed the war in central Mali for a decade, and she spoke to us "
           "about the blockade of the capital, the militias and the new foreign partners of the "
           "government in Bamako.\n")
    article = _clean(raw)
    assert article.title == "\"The junta has bet on Moscow\": a conversation with a Sahel researcher"
    assert "Podcasts" not in article.text


def test_a_headline_may_ask_and_a_name_and_date_line_is_no_headline():
    raw = ("Strategy Review\nResearch | Commentary | Events | About\n\nCOMMENTARY\n\n"
           "Is Ankara testing the alliance rather than Athens?\n\n"
           "Ayla Demir | 9 February 2026\n\n"
           "Last week's confrontation in the Aegean, where coast guard vessels reportedly shadowed "
           "a survey ship for two days, has revived a question that diplomats in the region had "
           "hoped was settled by the talks of last spring.\n")
    article = _clean(raw)
    assert article.title == "Is Ankara testing the alliance rather than Athens?"
    assert article.text.startswith("Last week's confrontation")
