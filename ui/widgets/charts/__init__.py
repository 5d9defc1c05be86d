"""Charts drawn with pyqtgraph: Qt text (shaped Thai), clickable and keyboard-operable bars."""
from __future__ import annotations

from .bar_chart import WHOLE_ROW, BarChartWidget
from .chart_rows import ChartRow, ChartSeries

__all__ = ["WHOLE_ROW", "BarChartWidget", "ChartRow", "ChartSeries"]
