"""The `breachkb` command: a thin click layer over kb/ and extract/ functions.

Whatever goes wrong reaches the user as one line on stderr and a non-zero exit code:
typed errors and failed I/O with their reason (exit 1), bad usage with a pointer to
`--help` (exit 2); anything unexpected as "internal error", with the traceback at `-vv`.
"""

from __future__ import annotations

import logging
import re
import sys
from typing import IO, Any

import click

from breachkb.errors import BreachKBError

log = logging.getLogger("breachkb")

# Libraries that log routine complaints about odd pages at WARNING; breachkb reports what it
# skipped itself, so their notes only show with -v.
_CHATTY_LIBRARIES = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def one_line(message: object, limit: int = 500) -> str:
    """A message as one printable line, however long or multi-line its source."""
    text = _CONTROL_RE.sub(" ", " ".join(str(message).split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


class OneLineUsageError(click.UsageError):
    """Click's usage error, printed as one line that points at the command's --help."""

    def show(self, file: IO[Any] | None = None) -> None:
        hint = f" (see '{self.ctx.command_path} --help')" if self.ctx else ""
        click.echo(f"Error: {one_line(self.format_message())}{hint}", err=True)


# `breachkb` alone prints its help through this error (click 8.2+); it stays as it is.
_HELP_ERRORS: tuple[type[Exception], ...] = tuple(
    getattr(click.exceptions, name)
    for name in ("NoArgsIsHelpError",)
    if hasattr(click.exceptions, name)
)


def _usage_error(exc: click.UsageError) -> click.UsageError:
    if isinstance(exc, (OneLineUsageError, *_HELP_ERRORS)):
        return exc
    return OneLineUsageError(exc.format_message(), exc.ctx)


def _os_message(exc: OSError) -> str:
    where = exc.filename if exc.filename is not None else ""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return f"{where}: {reason}" if where else reason


# Each command's module, imported only when the command runs (or when help lists them all):
# `breachkb load` does not import the web server, the crawler, the queries or the scoring,
# and their imports (asyncio, http, ssl, the query layer) are not part of its start-up.
# tests/test_load_startup.py checks this table against what the modules register.
COMMAND_MODULES = {
    "init": "load",
    "load": "load",
    "extract": "load",
    "reextract": "load",
    "incidents": "query",
    "show": "query",
    "stats": "query",
    "counts": "counts",
    "eval": "eval",
    "search": "web",
    "export": "web",
    "serve": "web",
    "crawl": "crawl",
    "backfill": "crawl",
    "schedule": "crawl",
    "runs": "crawl",
}


class BreachKBGroup(click.Group):
    """Turns every failure into a one-line message: exit 1 for errors, 2 for bad usage.
    Commands are added from their modules when first asked for (`COMMAND_MODULES`)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMAND_MODULES})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            if cmd_name in COMMAND_MODULES:
                _register(COMMAND_MODULES[cmd_name])
            else:  # a typo: every command known, for click's "Did you mean 'load'?"
                _register_all()
        return super().get_command(ctx, cmd_name)

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except click.UsageError as exc:
            raise _usage_error(exc) from exc

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            raise _usage_error(exc) from exc
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BreachKBError as exc:
            raise click.ClickException(one_line(exc)) from exc
        except OSError as exc:  # a path that cannot be read or written, a port in use
            log.debug("OS error", exc_info=True)
            raise click.ClickException(one_line(_os_message(exc))) from exc
        except Exception as exc:  # the last line of defence: no traceback for users
            from sqlalchemy.exc import DBAPIError

            log.debug("unexpected error", exc_info=True)
            if isinstance(exc, DBAPIError):
                raise click.ClickException(one_line(f"database error: {exc.orig}")) from exc
            raise click.ClickException(
                one_line(f"internal error: {type(exc).__name__}: {exc} (-vv shows the traceback)")
            ) from exc


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
    # On the handler too: libraries that set their own loggers' levels (Scrapy sets DEBUG)
    # would otherwise reach the terminal below the chosen level.
    for handler in logging.getLogger().handlers:
        handler.setLevel(level)
    for name in _CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(logging.ERROR if verbose == 0 else level)


def _register(module_name: str) -> None:
    """Import one module of commands (kb.cli.<module_name>) and add its commands."""
    from importlib import import_module

    import_module(f"kb.cli.{module_name}").register(cli)


def _register_all() -> None:
    for module_name in dict.fromkeys(COMMAND_MODULES.values()):
        _register(module_name)


def main() -> None:
    cli(prog_name="breachkb")
