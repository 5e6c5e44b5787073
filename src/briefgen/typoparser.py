"""An argparse parser that answers a typo with the command or option meant."""

from __future__ import annotations

import argparse
import re
import sys
from typing import TYPE_CHECKING, NoReturn, TextIO, cast

if TYPE_CHECKING:
    from collections.abc import Sequence

    from _typeshed import SupportsWrite


class TypoParser(argparse.ArgumentParser):
    """An ArgumentParser that suggests the closest command or option for a typo.

    Python 3.11's argparse has no `suggest_on_error`. A command's parser also rejects unknown
    arguments itself, so the error shows that command's usage rather than briefgen's.
    """

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """Parse like argparse; a command's parser fails on arguments it does not know."""
        parsed, extras = super().parse_known_args(args, namespace)
        if extras and self._subparsers is None:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        """Print like argparse, but help or a version that cannot reach stdout (a full disk, a
        reader gone) raises OutputClosedError, as a result line does: argparse drops the
        failure and exits 0. A usage error that cannot reach stderr is dropped: exit 2 says it."""
        if message and file is sys.stdout:  # print_help's and the version action's
            from briefgen.report import write_flushed  # not at start-up: only help is written

            write_flushed(cast("TextIO", file), message)
        else:
            super()._print_message(message, file)

    def error(self, message: str) -> NoReturn:
        """Print usage and the message, with a "did you mean" where one is close, and exit 2."""
        choice = re.search(r"invalid choice: '?([^' ]*)'? \(choose from", message)
        if choice:
            message += _did_you_mean(choice.group(1), self._command_names())
        elif message.startswith("unrecognized arguments: "):
            options = list(self._option_string_actions)
            for extra in message.removeprefix("unrecognized arguments: ").split():
                if extra.startswith("-"):
                    message += _did_you_mean(extra.split("=", 1)[0], options)
        super().error(message)

    def _command_names(self) -> list[str]:
        return [
            name
            for action in self._actions
            if isinstance(action, argparse._SubParsersAction)
            for name in action.choices
        ]


def _did_you_mean(typed: str, candidates: Sequence[str]) -> str:
    import difflib  # only a mistyped command or option needs it

    close = difflib.get_close_matches(typed, candidates, n=1)
    return f"\n  did you mean `{close[0]}` instead of `{typed}`?" if close else ""
