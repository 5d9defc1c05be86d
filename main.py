"""Fondue Desk composition root: `python main.py` and the `fondue-desk` command start here."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from fondue_desk import cli

    args = cli.build_parser().parse_args(argv)
    if args.command is not None:
        return cli.run(args)
    from ui.app import run_app  # Qt is only loaded when a window is wanted

    return run_app(db_url=args.db, username=args.user, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
