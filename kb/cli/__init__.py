"""The `breachkb` command: a thin click layer over kb/ and extract/ functions."""

from __future__ import annotations

import logging
import sys
from typing import Any

import click

from breachkb.errors import BreachKBError


class BreachKBGroup(click.Group):
    """Turns the library's typed errors into a one-line message and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BreachKBError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=BreachKBGroup)
@click.version_option(package_name="breachkb")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) to stderr.")
def cli(verbose: int) -> None:
    """breachkb: a knowledge base of police data breaches built from news reports.

    \b
    Quick start:
        breachkb init
        breachkb load seeds/
        breachkb incidents
    """
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )


def _register_all() -> None:
    from kb.cli import crawl, load, query, web
    from kb.cli import eval as eval_cmd

    for module in (load, query, eval_cmd, web, crawl):
        module.register(cli)


_register_all()


def main() -> None:
    cli(prog_name="breachkb")
