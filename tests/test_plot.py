"""The dyad chart: moving averages and the image file."""

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import EventDataError
from eventwire.plot import moving_average, plot_dyad

from .test_analytics import db, store  # noqa: F401  (fixtures)

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("values", "window", "expected"),
    [
        ([3.0, 6.0, 9.0, 0.0], 3, [3.0, 4.5, 6.0, 5.0]),
        ([1.0, -1.0], 1, [1.0, -1.0]),
        ([], 3, []),
    ],
)
def test_moving_average_is_trailing_and_starts_with_the_series(
    values, window, expected
):
    assert moving_average(values, window) == expected


def test_plot_dyad_writes_a_png_of_the_monthly_series(store, tmp_path):  # noqa: F811
    output = tmp_path / "dyad.png"
    series = plot_dyad(store, "USA", "RUS", output)
    assert output.read_bytes().startswith(PNG)
    assert [p.period.isoformat() for p in series] == ["2025-01-01"]


def test_plot_of_a_dyad_without_events_says_so(store, tmp_path):  # noqa: F811
    with pytest.raises(EventDataError, match="no dated events from GBR to FRA"):
        plot_dyad(store, "GBR", "FRA", tmp_path / "none.png")


def test_cli_plot_dyad(db, tmp_path):  # noqa: F811
    output = tmp_path / "dyad.svg"
    result = CliRunner().invoke(
        main, ["plot", "dyad", "USA", "RUS", "--db", db, "-o", str(output)]
    )
    assert result.exit_code == 0, result.output
    assert output.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert "3 events over 1 months" in result.stderr
