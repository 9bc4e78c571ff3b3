"""Article text is never terminal markup: hostile titles, evidence sentences, URLs and file
names go through every command that prints them and come out literally, with no live link
and no terminal escape sequence of their own."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import cli
from kb.db import make_engine
from kb.loader import load_paths

LINK = "[link=https://evil.example]click[/link]"
TITLE = f"Kent Police fined [/] over [/bold] lost laptop {LINK}"
SENTENCE = (
    "Kent Police has been fined £100,000 [/bold] by the Information Commissioner's Office "
    "[link=https://evil.example]after[/link] a laptop holding victims' details was lost in 2019."
)
# ESC ] 8 ; ; URL BEL: a terminal hyperlink; ESC [ 31 m: red text.
URL = "https://news.example.co.uk/[/]kent?x=\x1b]8;;https://evil.example\x07y\x1b[31m"
# A file "]evil..." in a folder "[": its path reads "[/]evil...", markup that crashed rich.
NAME = "[/]evil\x1b[31m[link=javascript:alert(1)]x[red].txt"
# Rich's own colours and cursor moves (progress) when it thinks it writes to a terminal.
_CSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


@pytest.fixture
def hostile_kb(kb_path: Path, tmp_path: Path) -> tuple[str, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    record = {
        "url": URL,
        "title": TITLE,
        "text": f"{SENTENCE}\n\nThe force said [bold red]sorry[/] for the loss of the laptop.",
    }
    (corpus / "hostile.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (corpus / "[").mkdir()
    (corpus / NAME).write_text(
        "Essex Police fined over lost files\n\nEssex Police has been fined £20,000 by the "
        "Information Commissioner's Office after files were lost in 2018 [/].\n",
        encoding="utf-8",
    )
    url = f"sqlite:///{kb_path}"
    report = load_paths(make_engine(url), [corpus])
    assert report.loaded == 2 and not report.skipped, report.skipped
    return str(kb_path), corpus


def _incident_of(db: str, force: str) -> str:
    result = CliRunner().invoke(cli, ["incidents", "--db", db, "--format", "json"])
    [found] = [row["id"] for row in json.loads(result.stdout) if row["force"] == force]
    return str(found)


def _commands(db: str, corpus: Path, tmp_path: Path) -> dict[str, list[str]]:
    (corpus.parent / "bad" / "[").mkdir(parents=True, exist_ok=True)
    (corpus.parent / "bad" / NAME).write_bytes(b"")  # skipped, with its name printed
    return {
        "incidents": ["incidents", "--db", db],
        "incidents csv": ["incidents", "--db", db, "--format", "csv"],
        "show kent": ["show", _incident_of(db, "Kent Police"), "--db", db],
        "show essex": ["show", _incident_of(db, "Essex Police"), "--db", db],
        "stats": ["stats", "--db", db],
        "counts": ["counts", "--db", db],
        "search": ["search", "laptop OR files", "--db", db],
        "search nothing": ["search", "[/] [link=x]", "--db", db],
        "runs": ["runs", "--db", db],
        "export": ["export", "--db", db, "--out", str(tmp_path / "[" / "]out[link=x]y[red]")],
        "extract": ["extract", str(corpus)],
        "load skip": ["load", str(corpus.parent / "bad"), "--db", db],
        "reextract": ["reextract", "--all", "--db", db],
    }


def _run(args: list[str], **env: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, args, env={"COLUMNS": "500", **env})
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        args,
        result.exception,
    )
    return result.exit_code, result.stdout + result.stderr


def test_every_command_prints_document_text_literally(
    hostile_kb: tuple[str, Path], tmp_path: Path
) -> None:
    db, corpus = hostile_kb
    outputs = {}
    for name, args in _commands(db, corpus, tmp_path).items():
        code, output = _run(args)
        assert code in (0, 3), (name, output)
        assert "\x1b" not in output and "\x07" not in output, name
        outputs[name] = output
    # The markup a headline or sentence carried is shown as written.
    for name in ("incidents", "show kent", "search"):
        assert "[/]" in outputs[name] and "[/bold]" in outputs[name], name
    assert LINK in outputs["show kent"]
    assert "[link=https://evil.example]after[/link]" in outputs["show kent"]
    # Control characters in a URL or a file name are shown, escaped.
    assert "\\x1b]8;;https://evil.example\\x07" in outputs["show kent"]
    escaped_name = NAME.replace("\x1b", "\\x1b")
    assert escaped_name in outputs["show essex"]
    result = CliRunner().invoke(cli, ["extract", str(corpus), "--format", "json"])
    paths = [json.loads(line)["path"] for line in result.stdout.splitlines()]
    assert str(corpus / escaped_name) in paths
    assert f"skipped {corpus.parent / 'bad' / escaped_name}: " in outputs["load skip"]
    assert "[/]out[link=x]y[red]" in "".join(outputs["export"].split())  # a wrapped title


def test_no_live_link_or_foreign_escape_on_a_colour_terminal(
    hostile_kb: tuple[str, Path], tmp_path: Path
) -> None:
    db, corpus = hostile_kb
    for name, args in _commands(db, corpus, tmp_path).items():
        code, output = _run(args, FORCE_COLOR="1", TERM="xterm-256color")
        assert code in (0, 3), (name, output)
        assert "\x1b]" not in output, name  # no hyperlink (OSC 8) or title sequence
        assert "\x1b" not in _CSI.sub("", output), name  # only rich's colours and cursor
        assert "\x07" not in output, name


def test_plain_helpers_escape_controls_but_keep_text() -> None:
    from kb.cli.output import plain, safe

    assert plain("a\x1b[31mb\x07c\nd\te") == "a\\x1b[31mb\\x07c\nd\te"
    assert safe("[bold]x[/]").plain == "[bold]x[/]"
    assert os.linesep not in plain("x")
