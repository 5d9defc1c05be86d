"""Subcommands that live in their own module (set-up, configuration, backup).

Each module here has `add_parser(commands)` (adds its subparser to the `fondue-desk` parser)
and `run(args) -> int`; `cli.COMMAND_MODULES` lists them. No module here imports Qt.
"""
