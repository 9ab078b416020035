"""Deciding what opening an evidence item does: no Qt, just the verdicts the GUI acts on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cjm_desktop.io.mapfile.evidence_targets import (
    Action,
    Reason,
    decide,
    normalized_url,
    resolve_file,
    stored_file_path,
)
from cjm_desktop.model import Evidence


@pytest.mark.parametrize(
    "url", ["https://example.org/report?q=1", "http://intranet.local/x", "HTTPS://EX.ORG"]
)
def test_web_addresses_open_without_a_question(url: str) -> None:
    assert decide(Evidence("url", url), None) == (d := decide(Evidence("url", url), "/tmp"))
    assert d.action == Action.OPEN_URL and d.target == url


@pytest.mark.parametrize(
    "url",
    ["mailto:team@example.org", "file:///etc/passwd", "smb://server/share", "javascript:alert(1)", "ftp://x"],
)
def test_other_schemes_ask_first(url: str) -> None:
    decision = decide(Evidence("url", url), None)
    assert decision.action == Action.CONFIRM and decision.reason == Reason.OTHER_SCHEME
    assert decision.target == url


@pytest.mark.parametrize("url", ["example.org", "https:/example.org", "C:\\report.pdf", "just words"])
def test_addresses_without_a_usable_scheme_are_explained(url: str) -> None:
    decision = decide(Evidence("url", url), None)
    assert decision.action == Action.REFUSE and decision.reason == Reason.NOT_AN_ADDRESS


def test_references_and_empty_targets_open_nothing() -> None:
    assert decide(Evidence("reference", "interview 12, 03:14"), "/x").action == Action.NOTHING
    assert decide(Evidence("url", "  "), None) == decide(Evidence("file", ""), None)
    assert decide(Evidence("file", ""), None).reason == Reason.EMPTY


def test_an_existing_document_relative_to_the_map_opens(tmp_path: Path) -> None:
    (tmp_path / "research").mkdir()
    notes = tmp_path / "research" / "anna.txt"
    notes.write_text("notes", encoding="utf-8")
    decision = decide(Evidence("file", "research/anna.txt"), tmp_path)
    assert decision.action == Action.OPEN_FILE and Path(decision.target) == notes
    assert decide(Evidence("file", str(notes)), None).action == Action.OPEN_FILE  # absolute


def test_a_missing_file_or_an_unsaved_map_is_explained(tmp_path: Path) -> None:
    missing = decide(Evidence("file", "gone.pdf"), tmp_path)
    assert missing.action == Action.REFUSE and missing.reason == Reason.MISSING_FILE
    assert Path(missing.target) == tmp_path / "gone.pdf"  # the message names the full path
    unsaved = decide(Evidence("file", "research/anna.txt"), None)
    assert unsaved.action == Action.REFUSE and unsaved.reason == Reason.UNSAVED_MAP


@pytest.mark.parametrize("name", ["setup.exe", "run.BAT", "tool.sh", "app.desktop", "x.jar", "launch.lnk"])
def test_programs_and_scripts_ask_first(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("x", encoding="utf-8")
    decision = decide(Evidence("file", name), tmp_path)
    assert decision.action == Action.CONFIRM and decision.reason == Reason.EXECUTABLE


@pytest.mark.skipif(os.name == "nt", reason="execute permission is a POSIX notion")
def test_a_file_marked_executable_asks_first(tmp_path: Path) -> None:
    program = tmp_path / "report"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    assert decide(Evidence("file", "report"), tmp_path).action == Action.OPEN_FILE
    program.chmod(0o755)
    assert decide(Evidence("file", "report"), tmp_path).reason == Reason.EXECUTABLE


def test_files_are_stored_relative_to_the_map_folder_when_possible(tmp_path: Path) -> None:
    folder = tmp_path / "maps"
    assert stored_file_path(folder / "research" / "a.pdf", folder) == "research/a.pdf"
    assert stored_file_path(tmp_path / "data" / "q1.xlsx", folder) == "../data/q1.xlsx"
    assert stored_file_path(tmp_path / "a.pdf", None) == str(tmp_path / "a.pdf")  # unsaved map: absolute
    assert resolve_file("../data/q1.xlsx", folder) == tmp_path / "data" / "q1.xlsx"
    assert resolve_file(str(tmp_path / "a.pdf"), None) == tmp_path / "a.pdf"


def test_typed_addresses_get_https_but_keep_their_own_scheme() -> None:
    assert normalized_url("example.org/report") == "https://example.org/report"
    assert normalized_url(" www.example.org ") == "https://www.example.org"
    assert normalized_url("mailto:a@b.org") == "mailto:a@b.org"
    assert normalized_url("http://x.org") == "http://x.org"
    assert normalized_url("not an address") == "not an address"


def test_a_moved_map_keeps_pointing_at_the_same_files(tmp_path: Path) -> None:
    from cjm_desktop.io.mapfile.evidence_targets import rebased_target

    old, new = tmp_path / "a", tmp_path / "b" / "c"
    assert rebased_target("research/x.pdf", old, new) == "../../a/research/x.pdf"
    assert rebased_target("../b/c/x.pdf", old, new) == "x.pdf"
    assert rebased_target(str(new / "y.pdf"), None, new) == "y.pdf"  # first save: inside its folder
    assert rebased_target("research/x.pdf", None, new) == "research/x.pdf"  # meaningless before: kept
