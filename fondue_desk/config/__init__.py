"""An office's configuration as one file: presets, reading (with line-numbered problems),
writing, and importing into a live office. Core only: no Qt."""
from __future__ import annotations

from .export import dump_config, export_config
from .parse import parse_config
from .presets import Preset, list_presets, load_preset
from .problems import ConfigFileError, ConfigProblem, describe

__all__ = ["ConfigFileError", "ConfigProblem", "Preset", "describe", "dump_config",
           "export_config", "list_presets", "load_preset", "parse_config"]
