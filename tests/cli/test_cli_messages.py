"""Command-line messages: what export wrote, one scale range, ignored options, `new` and `.txt` inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjm_desktop.cli.commands import run_command
from cjm_desktop.cli.new import template_files
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path


def test_export_names_each_file_written_and_reports_options_that_do_not_apply(qapp, tmp_path, capsys):
    out = tmp_path / "map.png"
    code = run_command(
        ["export", str(sample_map_path()), "-o", str(out), "--scale", "1", "--page-size", "A4"]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.splitlines() == [str(out)]
    assert out.is_file()
    assert "--page-size does not apply to PNG files" in captured.err


def test_per_stage_png_lists_every_file(qapp, tmp_path, capsys):
    out = tmp_path / "stage.svg"
    assert (
        run_command(["export", str(sample_map_path()), "-o", str(out), "--per-stage", "--stages", "1-2"]) == 0
    )
    written = capsys.readouterr().out.splitlines()
    assert written == [str(tmp_path / "stage-01.svg"), str(tmp_path / "stage-02.svg")]
    assert all(Path(p).is_file() for p in written)


def test_scale_has_one_range_in_help_and_error(tmp_path, capsys):
    with pytest.raises(SystemExit):
        run_command(["export", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "1-4" in help_text
    code = run_command(["export", str(sample_map_path()), "-o", str(tmp_path / "x.png"), "--scale", "9"])
    err = capsys.readouterr().err
    assert code == 2
    assert "scale 9 is out of range (1-4)" in err
    assert not (tmp_path / "x.png").exists()


def test_new_refuses_a_folder_and_a_name_without_cjm(tmp_path, capsys):
    assert run_command(["new", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "is a folder" in err and "already exists" not in err
    assert run_command(["new", str(tmp_path / "journey")]) == 1
    assert "ends in .cjm" in capsys.readouterr().err
    assert not (tmp_path / "journey").exists()


def test_new_from_a_named_template(tmp_path, capsys):
    names = list(template_files())
    assert "ecommerce" in names and "service_blueprint" in names
    with pytest.raises(SystemExit):
        run_command(["new", "--help"])
    help_text = capsys.readouterr().out
    assert all(name in help_text for name in names)
    out = tmp_path / "blueprint.cjm"
    assert run_command(["new", str(out), "--template", "service_blueprint", "--title", "Clinic"]) == 0
    journey = load_map(out)
    template = load_map(template_files()["service_blueprint"])
    assert journey.title == "Clinic"
    assert [s.name for s in journey.stages] == [s.name for s in template.stages]
    assert [lane.title for lane in journey.lanes] == [lane.title for lane in template.lanes]
    assert run_command(["new", str(tmp_path / "x.cjm"), "--template", "nope"]) == 2
    assert "no template called 'nope'" in capsys.readouterr().err


def test_a_prose_txt_given_as_spreadsheet_says_what_it_is(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "Interview notes\nThe customer found checkout slow\nShe gave up twice\n", encoding="utf-8"
    )
    code = run_command(["import-metrics", str(sample_map_path()), str(notes), "-o", str(tmp_path / "o.cjm")])
    err = capsys.readouterr().err
    assert code == 1
    assert str(notes) in err and "plain text file, not a table" in err
    assert "stage names" not in err
