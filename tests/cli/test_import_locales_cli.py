"""``import-metrics`` with European files: ambiguity stops with both readings, --decimal and the map's
number locale settle it, --encoding overrides, and the summary says what was read."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from cjm_desktop.cli.commands import run_command
from cjm_desktop.io.mapfile.cjm_file import load_map, save_map
from cjm_desktop.model import Journey, Stage
from tests.cli.test_import_metrics_cli import run, values_by_name

LOCALES = Path(__file__).resolve().parents[1] / "data" / "locales"
AMBIGUOUS = "Stage;Visits\nAwareness;12.500\nConsideration;1.045\nPurchase;870\n"


def make_map(path: Path, locale: str = "", names: tuple[str, ...] = ()) -> Path:
    """A small map with the given stages and number locale."""
    names = names or ("Awareness", "Consideration", "Purchase")
    journey = Journey(
        title="t", number_locale=locale, stages=[Stage(f"s{i}", n) for i, n in enumerate(names)]
    )
    save_map(journey, path, keep_backup=False)
    return path


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """Run the sub-command in this process (dry runs need no subprocess)."""
    code = run_command(["import-metrics", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_ambiguous_column_stops_naming_it_with_both_readings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "visits.csv"
    data.write_text(AMBIGUOUS, encoding="utf-8")
    map_path = make_map(tmp_path / "m.cjm")
    before = hashlib.sha256(map_path.read_bytes()).hexdigest()
    code, out, err = cli(capsys, map_path, data, "-o", tmp_path / "out.cjm")
    assert code == 1 and out == ""
    assert "column 'Visits'" in err and "'12.500' is 12.5 with a decimal point, or 12500" in err
    assert "--decimal dot" in err and "--decimal comma" in err
    assert not (tmp_path / "out.cjm").exists()
    assert hashlib.sha256(map_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    ("args", "locale", "visits"),
    [
        (("--decimal", "comma"), "", 12500),
        (("--decimal", "dot"), "", 12.5),
        ((), "el", 12500),  # the map's number locale settles it
        ((), "en", 12.5),
        (("--decimal", "dot"), "el", 12.5),  # an explicit choice wins over the map
    ],
)
def test_a_choice_or_the_maps_locale_settles_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], locale: str, visits: float
) -> None:
    data = tmp_path / "visits.csv"
    data.write_text(AMBIGUOUS, encoding="utf-8")
    code, out, err = cli(capsys, make_map(tmp_path / "m.cjm", locale), data, "--dry-run", *args)
    assert code == 0, err
    how = "as chosen" if args else "from the map's number locale"
    mark = "comma" if visits == 12500 else "point"
    thousands = "point" if visits == 12500 else "none"  # 12.500 read as 12.5 groups nothing
    assert f"Visits: number; decimal mark: {mark} ({how}); thousands: {thousands}" in out
    assert "rows used: 3" in out and "dry run, nothing was written" in out
    assert not list(tmp_path.glob("*.cjm.bak"))


def test_the_choices_are_kept_for_refresh(tmp_path: Path) -> None:
    data = tmp_path / "visits.csv"
    data.write_bytes(AMBIGUOUS.encode("cp1250"))
    out = tmp_path / "out.cjm"
    result = run(make_map(tmp_path / "m.cjm"), data, "--decimal", "comma", "--encoding", "cp1250", "-o", out)
    assert result.returncode == 0, result.stderr
    assert values_by_name(out)[("Awareness", "Visits")] == 12500
    source = load_map(out).metric_source
    assert source is not None and (source.decimal, source.encoding) == ("comma", "cp1250")


def test_summary_and_written_values_of_a_hungarian_cp1250_file(tmp_path: Path) -> None:
    names = ("Ismertség", "Mérlegelés", "Hűség")
    out = tmp_path / "out.cjm"
    result = run(make_map(tmp_path / "m.cjm", names=names), LOCALES / "hu-cp1250.csv", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "encoding: cp1250" in result.stdout
    assert (
        "Bevétel: currency (Ft); decimal mark: none needed (whole numbers); thousands: space" in result.stdout
    )
    assert "Változás: number; decimal mark: comma (from this column)" in result.stdout
    values = values_by_name(out)
    assert values[("Hűség", "Látogatások")] == 1045 and values[("Ismertség", "Bevétel")] == 1235
    assert values[("Hűség", "Változás")] == -0.5


def test_encoding_option_overrides_and_cells_left_out_are_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "fi.csv"
    data.write_bytes("Vaihe;Käynnit\nTietoisuus;12 500\nHarkinta;n/a\nOsto;x\nOsto;1,5\n".encode("cp1252"))
    map_path = make_map(tmp_path / "m.cjm", names=("Tietoisuus", "Harkinta", "Osto"))
    code, out, err = cli(capsys, map_path, data, "--dry-run", "--encoding", "cp1252")
    assert code == 0, err
    assert "encoding: cp1252" in out
    assert "left out: 2 cells that are not numbers (first: B3, B4)" in out
    code, out, err = cli(capsys, map_path, data, "--dry-run", "--encoding", "no-such-codec")
    assert code == 1 and "'no-such-codec' is not an encoding" in err


def test_currency_suffix_no_longer_hides_the_metric(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "rev.csv"
    data.write_text("Stage;Revenue\nAwareness;1234,50 €\nPurchase;1235 Ft\n", encoding="utf-8")
    code, out, err = cli(capsys, make_map(tmp_path / "m.cjm"), data, "--dry-run")
    assert code == 0, err
    assert "Revenue: currency" in out and "decimal mark: comma (from this column)" in out
