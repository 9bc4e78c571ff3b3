"""The sources file: the shipped default is valid, and bad files fail with a clear reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.sources import KINDS, SourcesError, load_sources, select_sources

GOOD = """
[[source]]
name = "express-and-star"
kind = "feed"
start_urls = ["https://www.expressandstar.com/news/crime/feed/"]
allowed_domains = ["expressandstar.com"]
article_pattern = "/news/"
schedule = "0 */6 * * *"
enabled = true
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text)
    return path


def test_shipped_sources_are_valid_and_cover_press_and_regulator() -> None:
    sources = load_sources()
    assert len(sources) >= 10
    assert {s.kind for s in sources.values()} == set(KINDS)
    hosts = {d for s in sources.values() for d in s.allowed_domains}
    assert "ico.org.uk" in hosts
    assert any(s.enabled for s in sources.values())
    for source in sources.values():
        assert source.seed_urls(), source.name
        assert all(u.startswith("https://") for u in source.seed_urls())


def test_issue_example_loads_with_defaults(tmp_path: Path) -> None:
    [source] = load_sources(write(tmp_path, GOOD)).values()
    assert source.kind == "feed" and source.enabled and source.prefilter == "lenient"
    assert source.matches_article("https://www.expressandstar.com/news/crime/2024/01/01/x/")
    assert not source.matches_article("https://www.expressandstar.com/sport/x/")


def test_env_var_names_the_default_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BREACHKB_SOURCES", str(write(tmp_path, GOOD)))
    assert list(load_sources()) == ["express-and-star"]


def test_allowed_domains_default_to_start_url_hosts(tmp_path: Path) -> None:
    text = GOOD.replace('allowed_domains = ["expressandstar.com"]\n', "")
    [source] = load_sources(write(tmp_path, text)).values()
    assert source.allowed_domains == ("expressandstar.com",)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('kind = "feed"', 'kind = "rss"', "unknown kind 'rss'"),
        ('schedule = "0 */6 * * *"', 'schedule = "61 * * * *"', "bad cron schedule"),
        ('schedule = "0 */6 * * *"', 'schedule = "daily"', "bad cron schedule"),
        (
            'start_urls = ["https://www.expressandstar.com/news/crime/feed/"]',
            "start_urls = []",
            "no start URL",
        ),
        ('kind = "feed"', 'kind = "feed"\nstart_url = "x"', "unknown key 'start_url'"),
        ('article_pattern = "/news/"', 'article_pattern = "(news"', "not a valid regex"),
        ('name = "express-and-star"', 'name = "Express & Star"', "name must be"),
        ("enabled = true", 'enabled = "yes"', "enabled must be true or false"),
        ("https://www.expressandstar", "ftp://www.expressandstar", r"not an http\(s\) URL"),
        ('kind = "feed"', 'kind = "feed"\nsearch_terms = ["police"]', "need a search_url"),
        ('name = "express-and-star"\n', "", "missing key 'name'"),
    ],
)
def test_bad_source_is_named_with_the_reason(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert old in GOOD
    with pytest.raises(SourcesError, match=message) as info:
        load_sources(write(tmp_path, GOOD.replace(old, new)))
    assert "\n" not in str(info.value)


def test_duplicate_names_and_broken_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SourcesError, match="name used twice"):
        load_sources(write(tmp_path, GOOD + GOOD))
    with pytest.raises(SourcesError, match="not valid TOML"):
        load_sources(write(tmp_path, "[[source]\nname="))
    with pytest.raises(SourcesError, match="sources file not found"):
        load_sources(tmp_path / "missing.toml")
    with pytest.raises(SourcesError, match="no \\[\\[source\\]\\] tables"):
        load_sources(write(tmp_path, "title = 'nothing'\n"))


def test_listing_search_terms_become_search_urls(tmp_path: Path) -> None:
    text = """
[[source]]
name = "ico-search"
kind = "listing"
search_url = "https://ico.org.uk/search/?q={query}"
search_terms = ["police reprimand", "constabulary fine"]
schedule = "0 7 * * 1"
"""
    [source] = load_sources(write(tmp_path, text)).values()
    assert source.seed_urls() == [
        "https://ico.org.uk/search/?q=police+reprimand",
        "https://ico.org.uk/search/?q=constabulary+fine",
    ]
    assert source.allowed_domains == ("ico.org.uk",)


def test_select_sources(tmp_path: Path) -> None:
    text = GOOD + GOOD.replace("express-and-star", "off").replace(
        "enabled = true", "enabled = false"
    )
    sources = load_sources(write(tmp_path, text))
    assert [s.name for s in select_sources(sources, [])] == ["express-and-star"]
    assert [s.name for s in select_sources(sources, ["off"])] == ["off"]
    with pytest.raises(SourcesError, match="unknown source 'nope'"):
        select_sources(sources, ["nope"])
