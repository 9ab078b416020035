"""Evidence in the inspector, driven with real keys and clicks: each change one undo step, and an
item opens only on an explicit gesture, after a question when it is not http(s) or a document."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import Card, Evidence, Journey, Lane, LaneKind, Stage
from cjm_desktop.ui.evidence_editor import EvidenceDialog, EvidenceEditor
from cjm_desktop.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def journey() -> Journey:
    j = Journey(title="Evidence")
    j.stages = [Stage("s1", "Buy")]
    j.lanes = [Lane("pain", LaneKind.PAIN_POINTS, "Pain points")]
    j.cards = [
        Card(
            "p1",
            "pain",
            "s1",
            "Extra fee at the last step",
            evidence=[Evidence("url", "https://example.org/funnel", "Funnel report")],
        ),
        Card("p2", "pain", "s1", "Slow support"),
    ]
    return j


@pytest.fixture
def window(make_window, tmp_path: Path) -> MainWindow:
    win = make_window(journey(), 1400, 900)
    win.doc.set_path(tmp_path / "map.cjm")  # relative evidence paths are read from tmp_path
    win.scene.select_ids(["p1"])
    return win


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What was handed to the system (nothing really opens in a test)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url)) or True)
    return urls


def evidence_editor(win: MainWindow) -> EvidenceEditor:
    widget = win.inspector.editors["evidence"][1]
    assert isinstance(widget, EvidenceEditor)
    return widget


def one_undo_step(win: MainWindow, gesture: Callable[[], None]) -> None:
    before, count = dumps(win.doc.journey), win.doc.undo_stack.index()
    gesture()
    assert win.doc.undo_stack.index() == count + 1
    after = dumps(win.doc.journey)
    assert after != before
    win.doc.undo_stack.undo()
    assert dumps(win.doc.journey) == before
    win.doc.undo_stack.redo()
    assert dumps(win.doc.journey) == after


def click(button) -> None:
    QTest.mouseClick(button, LEFT, NO_MOD, QPoint(button.width() // 2, button.height() // 2))


def test_the_level_combo_is_one_undo_step(qtbot, window: MainWindow) -> None:
    combo = window.inspector.editors["evidence_level"][1]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Not set",
        "Assumption",
        "Anecdotal",
        "Backed by data",
    ]
    combo.setFocus()

    def pick_assumption() -> None:
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # keyboard: the next level

    one_undo_step(window, pick_assumption)
    assert window.doc.journey.card("p1").evidence_level == "assumption"


def test_add_edit_move_and_remove_each_one_step(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = evidence_editor(window)
    assert editor.list.count() == 1 and "Funnel report" in editor.list.item(0).text()
    answers = [Evidence("reference", "interview 12, 03:14"), Evidence("file", "research/a.txt", "Notes")]
    monkeypatch.setattr(EvidenceEditor, "ask", lambda _self, _item: answers.pop(0))
    one_undo_step(window, lambda: click(editor.add_button))
    card = window.doc.journey.card("p1")
    assert card.evidence[-1] == Evidence("reference", "interview 12, 03:14")
    assert editor.list.count() == 2 and editor.list.currentRow() == 1
    assert not editor.open_button.isEnabled()  # a reference has nothing to open
    one_undo_step(window, lambda: click(editor.edit_button))
    assert window.doc.journey.card("p1").evidence[1] == Evidence("file", "research/a.txt", "Notes")
    editor.list.setFocus()
    one_undo_step(window, lambda: qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier))
    assert [e.target for e in window.doc.journey.card("p1").evidence] == [
        "research/a.txt",
        "https://example.org/funnel",
    ]
    assert editor.list.currentRow() == 0
    one_undo_step(window, lambda: qtbot.keyClick(editor.list, Qt.Key.Key_Delete))
    assert [e.target for e in window.doc.journey.card("p1").evidence] == ["https://example.org/funnel"]
    window.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: editor.list.count() == 2)  # the list mirrors undo


def test_enter_opens_a_web_address_and_nothing_opens_by_itself(
    qtbot, window: MainWindow, opened: list[QUrl]
) -> None:
    editor = evidence_editor(window)
    assert opened == []  # selecting the card opened nothing
    editor.list.setFocus()
    editor.list.setCurrentRow(0)
    qtbot.keyClick(editor.list, Qt.Key.Key_Return)
    assert [u.toString() for u in opened] == ["https://example.org/funnel"]


def test_a_document_opens_a_program_asks_and_a_missing_file_is_explained(
    window: MainWindow, opened: list[QUrl], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "research").mkdir()
    (tmp_path / "research" / "notes.txt").write_text("x", encoding="utf-8")
    (tmp_path / "install.sh").write_text("x", encoding="utf-8")
    card = window.doc.journey.card("p1")
    card.evidence = [
        Evidence("file", "research/notes.txt"),
        Evidence("file", "install.sh"),
        Evidence("file", "gone.pdf"),
        Evidence("url", "mailto:team@example.org"),
    ]
    editor = evidence_editor(window)
    editor.show_card("p1")
    told: list[str] = []
    answers: list[QMessageBox.StandardButton] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a, **_k: told.append(text))
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_a, **_k: told.append(text) or answers.pop(0)
    )
    editor.list.setCurrentRow(0)
    click(editor.open_button)
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_path / "research" / "notes.txt"] and told == []
    editor.list.setCurrentRow(1)
    answers.append(QMessageBox.StandardButton.Cancel)
    click(editor.open_button)
    assert len(opened) == 1 and "program or script" in told[-1]  # asked, declined: nothing opened
    answers.append(QMessageBox.StandardButton.Open)
    click(editor.open_button)
    assert Path(opened[-1].toLocalFile()) == tmp_path / "install.sh"
    editor.list.setCurrentRow(2)
    click(editor.open_button)
    assert len(opened) == 2 and "does not exist" in told[-1] and str(tmp_path / "gone.pdf") in told[-1]
    editor.list.setCurrentRow(3)
    answers.append(QMessageBox.StandardButton.Open)
    click(editor.open_button)
    assert "not a web page or a file" in told[-1] and opened[-1].toString() == "mailto:team@example.org"


def test_the_dialog_stores_files_relative_to_the_map_and_adds_https(qtbot, tmp_path: Path) -> None:
    dialog = EvidenceDialog(Evidence("reference", ""), tmp_path)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # nothing typed yet
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    assert not dialog.browse.isHidden()
    dialog.target.setText(str(tmp_path / "research" / "a.pdf"))
    dialog.label.setText(" Interview notes ")
    assert dialog.item() == Evidence("file", "research/a.pdf", "Interview notes")
    dialog.kind.setCurrentIndex(dialog.kind.findData("url"))
    assert dialog.browse.isHidden()
    dialog.target.setText("example.org/report")
    assert dialog.item().target == "https://example.org/report"
    assert dialog.kind.accessibleName() and dialog.target.accessibleName() and dialog.label.accessibleName()


def test_save_as_into_another_folder_keeps_file_links(window: MainWindow, tmp_path: Path) -> None:
    card = window.doc.journey.card("p1")
    card.evidence = [Evidence("file", "research/notes.txt"), card.evidence[0]]
    target = tmp_path / "elsewhere" / "copy.cjm"
    target.parent.mkdir()
    assert window._save_to(target)
    saved = target.read_text(encoding="utf-8")
    assert '"target": "../research/notes.txt"' in saved
    assert not window.doc.modified  # the re-pointing is part of what was saved
    assert window.doc.undo_stack.undoText() == "Update evidence file paths"


def test_browse_picks_a_file_stored_relative_to_the_saved_map_in_one_undo_step(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert window.save()  # the map is on disk: picked files are stored relative to its folder
    (tmp_path / "research").mkdir()
    picked = tmp_path / "research" / "interview-12.txt"
    picked.write_text("notes", encoding="utf-8")
    asked: list[str] = []

    def pick(_parent, _title, start, *_args, **_kwargs) -> tuple[str, str]:
        asked.append(start)
        return str(picked), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)

    def fill_in(dialog: EvidenceDialog) -> int:
        """What a person does in the dialog: File, Browse… (by keyboard), a label, OK."""
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
        dialog.browse.setFocus()
        qtbot.keyClick(dialog.browse, Qt.Key.Key_Space)
        assert dialog.target.text() == "research/interview-12.txt"  # shown as it will be stored
        qtbot.keyClicks(dialog.label, "Interview 12")
        click(dialog.ok_button)
        return dialog.result()

    monkeypatch.setattr(EvidenceDialog, "exec", fill_in)
    editor = evidence_editor(window)
    one_undo_step(window, lambda: click(editor.add_button))
    assert asked == [str(tmp_path)]  # the picker starts in the map's folder
    assert window.doc.journey.card("p1").evidence[-1] == Evidence(
        "file", "research/interview-12.txt", "Interview 12"
    )
    assert window.doc.undo_stack.undoText() == "Add evidence"  # browsing itself added no step
    assert window.save()
    saved = json.loads((tmp_path / "map.cjm").read_text(encoding="utf-8"))
    card = next(c for c in saved["cards"] if c["id"] == "p1")
    assert card["evidence"][-1]["target"] == "research/interview-12.txt"
