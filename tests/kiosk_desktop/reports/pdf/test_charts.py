"""The value axis of the PDF charts: 1-2-5 steps and labels that never repeat, however short the
waits (the trial's 0 / 0,1 / 0,1 / 0,2 / 0,2 / 0,3)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kiosk_desktop.reports.pdf.charts import scale


@pytest.mark.parametrize(
    "largest",
    [0.01, 0.05, 0.12, 0.2583, 0.3, 0.31, 0.7, 1, 2.5, 7, 13, 40, 56, 99, 101, 1234, 98765],
)
def test_labels_are_distinct_and_reach_the_largest_value(largest: float) -> None:
    axis = scale(largest)
    labels = axis.labels()
    assert len(labels) == len(set(labels)), labels
    assert 3 <= len(labels) <= 9  # about five steps
    assert axis.top >= Decimal(str(largest)) > axis.top - axis.step
    significant = axis.step.normalize().as_tuple().digits
    assert significant in ((1,), (2,), (5,)), axis.step  # 1, 2 or 5 times a power of ten
    assert all("." not in label for label in labels if "," in label)  # decimal comma, no stray points


def test_short_waits_use_enough_decimals() -> None:
    assert scale(0.3).labels() == ["0", "0,05", "0,10", "0,15", "0,20", "0,25", "0,30"]
    assert scale(2.5).labels() == ["0", "0,5", "1,0", "1,5", "2,0", "2,5"]
    assert scale(1234).labels()[-1] == "1.400"  # thousands grouped with a point


def test_counts_keep_whole_steps() -> None:
    assert scale(3, smallest_step=Decimal(1)).labels() == ["0", "1", "2", "3"]
    assert scale(0, smallest_step=Decimal(1)).labels() == ["0", "1"]
    assert scale(56, smallest_step=Decimal(1)).labels() == ["0", "10", "20", "30", "40", "50", "60"]
