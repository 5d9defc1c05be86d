"""An office's configuration as one file: presets, reading (with line-numbered problems),
writing, and importing into a live office. Core only: no Qt."""
from __future__ import annotations

from .export import dump_config, export_config
from .importer import Change, ImportPlan, apply_import, describe_change, plan_import
from .parse import config_file_error, parse_config
from .presets import Preset, list_presets, load_preset
from .problems import ConfigFileError, ConfigProblem, describe
from .rules import checked_config

__all__ = ["Change", "ConfigFileError", "ConfigProblem", "ImportPlan", "Preset",
           "apply_import", "checked_config", "config_file_error", "describe",
           "describe_change", "dump_config", "export_config", "list_presets", "load_preset",
           "parse_config", "plan_import"]
