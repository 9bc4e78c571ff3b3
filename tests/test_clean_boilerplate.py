"""Each rule of the boilerplate filter, with a line it must drop and a look-alike it must keep."""

from __future__ import annotations

import pytest

from extract.boilerplate import filter_lines, is_headline, is_sentence, is_title_case
from extract.clean import clean_text

# A neutral article body the rules are exercised around: a police data-breach report.
BODY = [
    "A police force has been reprimanded after an officer sent a victim's statement to the "
    "wrong email address.",
    "The Information Commissioner's Office said the force had not trained staff to check "
    "recipients before sending sensitive files.",
    "The force said it had apologised to the victim and changed its procedures for sharing "
    "case files with partner agencies.",
    "Officers now have to confirm every external address with a supervisor before any file "
    "leaves the force's systems.",
    "The regulator said it would check next year whether the changes had been made.",
]


def verdicts(lines: list[str], **kwargs) -> dict[str, str | None]:
    """Map each input line to the reason it was dropped, or None when kept."""
    kept, dropped = filter_lines(lines, **kwargs)
    reasons = {line: reason for line, reason in dropped}
    return {line: (None if line in kept else reasons.get(line, "?")) for line in lines}


def around(line: str, where: str = "end") -> list[str]:
    """The article body with `line` at its start, middle or end."""
    if where == "start":
        return [line, *BODY]
    if where == "middle":
        return [*BODY[:2], line, *BODY[2:]]
    return [*BODY, line]


def test_body_alone_is_kept_whole() -> None:
    kept, dropped = filter_lines(BODY)
    assert kept == BODY and dropped == []


# ------------------------------------------------------------------ navigation headings


@pytest.mark.parametrize(
    "heading",
    [
        "Top Stories",
        "More from the Express & Star",
        "Related",
        "Related articles",
        "Most read",
        "UK & International News",
        "Recent Articles",
        "You may also like",
        "Read more about the ICO",
        "More on this story and others in North Yorkshire",
    ],
)
def test_link_list_headings_are_dropped(heading: str) -> None:
    assert verdicts(around(heading))[heading] == "nav_heading"


@pytest.mark.parametrize(
    "line",
    [
        "Related incidents had been reported to the regulator in 2015 and 2016 as well.",
        "More from the report showed that seven breaches involved emails sent in error.",
        "Most read the guidance, but few officers had completed the course on disclosure.",
    ],
)
def test_sentences_starting_like_headings_are_kept(line: str) -> None:
    assert verdicts(around(line, "middle"))[line] is None


def test_teasers_after_a_link_heading_go_until_the_article_resumes() -> None:
    lines = [*BODY[:3], "Read more", "• Council fined over lost laptop", BODY[3], BODY[4]]
    v = verdicts(lines)
    assert v["• Council fined over lost laptop"] == "link_list"
    assert v[BODY[3]] is None and v[BODY[4]] is None


# ------------------------------------------------------------------ share buttons


@pytest.mark.parametrize(
    "line", ["Share on facebook", "Share this article", "Tweet", "Send an email", "Copy link"]
)
def test_share_buttons_are_dropped(line: str) -> None:
    assert verdicts(around(line))[line] in ("share_button", "nav_heading")


def test_sentence_about_sharing_is_kept() -> None:
    line = "Officers shared the file on Facebook with a community group by mistake."
    assert verdicts(around(line, "middle"))[line] is None


# ------------------------------------------------------------------ bylines and authors


@pytest.mark.parametrize(
    "line",
    [
        "By Anna Price | Crime | Published:",
        "By Jo Bloggs",
        "By Anna de Vries, Reporter",
        "By JOHN SMITH",
        "By John Smith and Jane Doe",
        "Author: Jane Doe",
    ],
)
def test_bylines_are_dropped(line: str) -> None:
    assert verdicts(around(line, "start"))[line] == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "By March 2017 the force had reported 24 breaches to the regulator.",
        "By the end of the year every officer had been retrained.",
        "By the way",
        "By email",
    ],
)
def test_sentences_starting_with_by_are_kept(line: str) -> None:
    assert verdicts(around(line, "middle"))[line] is None


def test_lone_author_name_after_byline_is_dropped() -> None:
    lines = ["By Anna Price", *BODY, "Anna Price"]
    assert verdicts(lines)["Anna Price"] in ("author_name", "edge_heading")


def test_person_named_in_the_article_is_kept() -> None:
    line = "Anna Price, a former officer, said the breach was avoidable."
    assert verdicts(["By Anna Price", *BODY[:2], line, *BODY[2:]])[line] is None


@pytest.mark.parametrize(
    "line",
    [
        "Local Democracy Reporter covering Birmingham City Council.",
        "Crime Correspondent for the Northern Echo",
    ],
)
def test_author_bios_are_dropped(line: str) -> None:
    assert verdicts(around(line))[line] == "author_bio"


def test_reporter_in_a_sentence_is_kept() -> None:
    line = "A reporter covering the court case said the files were shown to the jury."
    assert verdicts(around(line, "middle"))[line] is None


# ------------------------------------------------------------------ credits and captions


@pytest.mark.parametrize(
    "line",
    [
        "Credit: PA",
        "Picture: Getty Images",
        "Image caption The force's headquarters in Leeds",
        "Photo: John Smith",
        "Getty Images",
        "Photo: Jan Novak - stock.example",
    ],
)
def test_photo_credits_and_captions_are_dropped(line: str) -> None:
    assert verdicts(around(line, "middle"))[line] in ("photo_credit", "image_caption")


@pytest.mark.parametrize(
    "line",
    [
        "Credit card details of 300 people were also on the stolen laptop.",
        "Pictures of victims were shared on a messaging group, the report said.",
        "The PA news agency was told the force would not appeal.",
    ],
)
def test_sentences_mentioning_credits_are_kept(line: str) -> None:
    assert verdicts(around(line, "middle"))[line] is None


def test_trailing_credit_is_cut_from_a_caption() -> None:
    line = "The force received a similar fine in 2012 over a stolen USB stick. Credit: PA"
    kept, dropped = filter_lines(around(line, "middle"))
    assert "The force received a similar fine in 2012 over a stolen USB stick." in kept
    assert ("Credit: PA", "photo_credit") in dropped


def test_sentence_ending_with_a_credit_word_is_not_cut() -> None:
    line = "The officer was given credit for reporting the loss quickly."
    assert line in filter_lines(around(line, "middle"))[0]


def test_repeated_name_in_the_body_is_a_caption() -> None:
    lines = [
        BODY[0],
        "West Midlands Police",
        "West Midlands Police said it had acted quickly.",
        *BODY[1:],
    ]
    assert verdicts(lines)["West Midlands Police"] == "caption_name"


def test_short_name_line_inside_body_not_used_elsewhere_is_kept() -> None:
    lines = [*BODY[:2], "Regulator ICO", *BODY[2:]]
    assert verdicts(lines)["Regulator ICO"] is None


# ------------------------------------------------------------------ datelines and breadcrumbs


@pytest.mark.parametrize(
    "line",
    [
        "- Published",
        "June 10, 2016 |",
        "08Jun, 2018",
        "Updated: 14:32 BST, 3 March 2021",
        "2021-03-14",
    ],
)
def test_datelines_are_dropped(line: str) -> None:
    assert verdicts(around(line, "start"))[line] == "dateline"


@pytest.mark.parametrize("line", ["Inquiries 02-751-1500", "Published in 2016, the report found"])
def test_phone_numbers_and_sentences_are_not_datelines(line: str) -> None:
    assert verdicts(around(line, "middle"))[line] != "dateline"


def test_breadcrumbs_are_dropped() -> None:
    line = "Home > News > Crime"
    assert verdicts(around(line, "start"))[line] == "breadcrumb"


def test_comparison_is_not_a_breadcrumb() -> None:
    line = "Fines rose in 2016 > 2015 > 2014, the figures showed over three years."
    assert verdicts(around(line, "middle"))[line] is None


# ------------------------------------------------------------------ promotions


PROMO = [
    "Registration now OPEN for SecureCon Europe",
    "Taking place over three days in March, SecureCon Europe will be the largest privacy "
    "event of the year.",
    "Reserve your place today and gain access to every session free of charge.",
    "We have been awarded best security blog of 2020 by a blog directory.",
]


def test_promotional_block_at_the_end_is_dropped() -> None:
    v = verdicts([*BODY, *PROMO])
    assert all(v[line] == "promo" for line in PROMO), v
    assert all(v[line] is None for line in BODY)


@pytest.mark.parametrize(
    "line",
    [
        "Get the Courier daily newsletter",
        "Sign up today to receive the top stories in your inbox.",
        "Subscribe to our newsletter for weekly updates.",
    ],
)
def test_newsletter_promotions_are_dropped(line: str) -> None:
    assert verdicts(around(line))[line] in ("promo", "nav_heading")


@pytest.mark.parametrize(
    "line",
    [
        # Weak cues inside the article, on its topic: kept wherever they are.
        "The force was given an award for its handling of the event only a year earlier.",
        "Officers attended a training event on data protection after the breach.",
        # Quoted speech that happens to contain a call-to-action phrase.
        '"People should sign up for alerts from the force," the spokesperson said.',
    ],
)
def test_on_topic_lines_with_promo_words_are_kept(line: str) -> None:
    for where in ("middle", "end"):
        assert verdicts(around(line, where))[line] is None, where


def test_off_topic_line_next_to_an_advert_goes_but_on_topic_one_stays() -> None:
    advert = "Sign up today to receive our free guide."
    off_topic = "Thousands of readers already enjoy our weekly puzzle."
    v = verdicts([*BODY, advert, off_topic])
    assert v[advert] == "promo" and v[off_topic] == "promo"
    v = verdicts([*BODY[:4], advert, BODY[4]])
    assert v[BODY[4]] is None


# ------------------------------------------------------------------ position: edges of the body


@pytest.mark.parametrize("line", ["Cyber Security Training", "Trending Now In Policing", "W"])
def test_short_title_case_lines_after_the_body_are_dropped(line: str) -> None:
    assert verdicts(around(line))[line] in ("edge_heading", "nav_heading")


def test_short_title_case_line_inside_the_body_is_kept() -> None:
    line = "What Happened Next"
    assert verdicts(around(line, "middle"))[line] is None


def test_short_sentence_case_line_after_the_body_is_kept() -> None:
    line = "The ICO stepped"  # a truncated last sentence, not a heading
    assert verdicts(around(line))[line] is None


def test_list_introduced_by_a_colon_is_kept_at_the_end() -> None:
    items = ["June 10 – Tampa, FL", "June 17 – Nashville, TN", "Forces Affected Most"]
    lines = [*BODY, "The breaches were reported in these places:", *items]
    v = verdicts(lines)
    assert all(v[item] is None for item in items)


def test_data_lines_with_figures_after_the_body_are_kept() -> None:
    line = "Palm Bay 18 22 13 17 — 70"
    assert verdicts(around(line))[line] is None


def test_a_table_label_over_its_figure_after_the_body_is_kept() -> None:
    """A table flattened to one cell per line: the row label is data, not a heading."""
    lines = [
        *BODY,
        "Number of breaches by force",
        "Durham Constabulary",
        "84",
        "Gwent Police",
        "<5",
    ]
    v = verdicts(lines)
    assert v["Durham Constabulary"] is None and v["Gwent Police"] is None
    heading = [*BODY, "Durham Constabulary", "Read More Stories"]
    assert verdicts(heading)["Durham Constabulary"] in ("edge_heading", "nav_heading")


def test_title_repeated_in_the_text_is_dropped_once() -> None:
    title = "Force reprimanded over misdirected email"
    v = verdicts([title, *BODY, title], title=title, headline=0)
    kept, _ = filter_lines([title, *BODY, title], title=title, headline=0)
    assert kept.count(title) == 1 and v[title] is None


# ------------------------------------------------------------------ helpers and the title


def test_sentence_and_headline_helpers() -> None:
    assert is_sentence(BODY[0])
    assert not is_sentence("Top Stories")
    assert is_sentence("Kindle for PCをインストールすると自動でホットキーが設定されます。")
    assert is_headline("Kent Police fined £100,000 over lost tapes")
    assert not is_headline("The force was fined £100,000.")
    assert not is_headline('It was "a small breach with big potential harm."')
    assert is_title_case("More from the Express & Star")
    assert not is_title_case("the force was fined")


def test_plain_text_title_skips_a_leading_photo_credit() -> None:
    doc = clean_text(
        "Photo: Jan Novak - stock.example\n\nForce reprimanded over data\n\n" + BODY[0]
    )
    assert doc.title == "Force reprimanded over data"
    assert "stock.adobe" not in doc.text


# ------------------------------------------------------------------ teasers, copyright, embeds


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Force fined over lost laptop",
        "Related: Council reprimanded for data breach",
        "Watch: officers explain the new rules",
    ],
)
def test_link_teasers_are_dropped(line: str) -> None:
    assert verdicts(around(line, "middle"))[line] == "link_teaser"


@pytest.mark.parametrize(
    "line",
    [
        "Read more about the case in the regulator's notice, which was published on Monday.",
        "More than 400 people were affected by the error, the force said.",
    ],
)
def test_sentences_opening_like_teasers_are_kept(line: str) -> None:
    assert verdicts(around(line, "middle"))[line] is None


@pytest.mark.parametrize(
    "line",
    [
        "© 2021 Riverside Courier Ltd",
        "Copyright 2019 The Echo. All rights reserved.",
        "(c) 2020 Reach plc",
    ],
)
def test_copyright_notices_are_dropped(line: str) -> None:
    assert verdicts(around(line))[line] == "copyright"


def test_sentence_about_copyright_is_kept() -> None:
    line = "Copyright law was not breached by the release of the images, the court said."
    assert verdicts(around(line, "middle"))[line] is None


@pytest.mark.parametrize("line", ["https://t.co/abc123", "pic.twitter.com/xyz"])
def test_bare_links_are_dropped(line: str) -> None:
    assert verdicts(around(line, "middle"))[line] == "url_only"


def test_sentence_with_a_web_address_is_kept() -> None:
    line = "The force said www.example.org had been taken offline while the data was removed."
    assert verdicts(around(line, "middle"))[line] is None


def test_embedded_post_signature_is_dropped() -> None:
    line = "— Northvale Police (@northvalepolice) June 1, 2020"
    assert verdicts(around(line, "middle"))[line] == "social_embed"


def test_sentence_naming_a_handle_is_kept() -> None:
    line = "The force posted an apology on its account (@northvalepolice) later that day."
    assert verdicts(around(line, "middle"))[line] is None


@pytest.mark.parametrize(
    "line", ["Additional reporting by Joseph Hudak", "Reporting by Jo Bloggs; Editing by Sam Smith"]
)
def test_reporting_credits_are_dropped(line: str) -> None:
    assert verdicts(around(line))[line] == "author_bio"


def test_author_box_sentence_at_the_end_is_dropped_but_kept_in_the_body() -> None:
    bio = "Jane Marlowe is a freelance journalist based in Leeds."
    assert verdicts(around(bio, "end"))[bio] == "author_bio"
    assert verdicts(around(bio, "start"))[bio] is None


def test_menu_line_is_dropped() -> None:
    line = "Home | News | Crime | Courts"
    assert verdicts(around(line, "start"))[line] == "breadcrumb"


@pytest.mark.parametrize(
    "line", ["Fines | 2016 | 2017 | 2018", "The force | which had been warned | did nothing"]
)
def test_lines_with_bars_that_are_not_menus_are_kept(line: str) -> None:
    assert verdicts(around(line, "middle"))[line] is None


@pytest.mark.parametrize("line", ["Video Loading", "Click to play", "Play now"])
def test_video_player_labels_are_dropped(line: str) -> None:
    assert verdicts(around(line, "middle"))[line] == "nav_heading"


def test_plural_cue_counts_like_the_singular() -> None:
    line = "We have more newsletters for you"
    v = verdicts([*BODY, "Sign up to our daily newsletter", line])
    assert v[line] == "promo"
