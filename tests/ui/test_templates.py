"""Bundled templates: each loads, validates, carries a persona and fitting lanes, and opens in a window."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from cjm_desktop.io.mapfile.cjm_file import dumps, load_map
from cjm_desktop.model import LaneKind
from cjm_desktop.model.funnel import funnel_table
from cjm_desktop.ui import template_dialog
from cjm_desktop.ui.main_window import MainWindow, open_windows
from cjm_desktop.ui.template_dialog import TemplateDialog, load_manifest, open_template

EXPECTED = ["blank", "ecommerce", "order_delivery", "omnichannel_ropo", "b2b_purchase", "service_blueprint"]


def build_module(repo_root: Path):
    spec = importlib.util.spec_from_file_location(
        "build_templates", repo_root / "packaging" / "build_templates.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["build_templates"] = module  # dataclasses look their module up while being built
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["build_templates"]
    return module


@pytest.fixture
def close_windows(qapp) -> Iterator[None]:
    """Close the windows the test opened (never other tests' windows), without a save prompt."""
    before = set(open_windows())
    yield
    for w in open_windows():
        if w not in before:
            w.doc.undo_stack.setClean()
            w.close()
    QApplication.processEvents()


def test_manifest_lists_the_six_templates_in_order() -> None:
    templates = load_manifest()
    assert [t.id for t in templates] == EXPECTED
    for info in templates:
        assert info.name and len(info.description) > 30 and info.path.is_file()


@pytest.mark.parametrize("template_id", EXPECTED)
def test_each_template_loads_validates_and_has_a_persona(template_id: str) -> None:
    info = next(t for t in load_manifest() if t.id == template_id)
    journey = load_map(info.path)  # parse, schema validation, reference checks
    assert len(journey.personas) == 1
    persona = journey.personas[0]
    assert persona.name and persona.color
    kinds = {lane.kind for lane in journey.lanes}
    assert LaneKind.TOUCHPOINTS in kinds and LaneKind.EMOTIONS in kinds
    assert len(journey.stages) >= 4
    if template_id == "blank":
        assert journey.cards == []
        return
    assert len(journey.cards) >= 20
    assert persona.role and persona.goals and persona.frustrations and persona.quote
    # The persona's experience line is scored at every stage.
    assert {p.stage_id for p in journey.emotions if p.persona_id == persona.id} == {
        s.id for s in journey.stages
    }
    touchpoints = [c for c in journey.cards if journey.lane(c.lane_id).kind == LaneKind.TOUCHPOINTS]
    assert touchpoints and all(c.channel and c.online is not None for c in touchpoints)
    assert any(c.moment_of_truth for c in touchpoints)
    for route in journey.routes:
        for card_id in (route.from_card, route.to_card):
            assert journey.lane(journey.card(card_id).lane_id).kind == LaneKind.TOUCHPOINTS
    quotes = [c for c in journey.cards if journey.lane(c.lane_id).kind == LaneKind.QUOTES]
    assert all(c.source and c.author for c in quotes)


def test_ecommerce_has_the_five_stages_and_omnichannel_the_kitchen_route() -> None:
    by_id = {t.id: load_map(t.path) for t in load_manifest()}
    assert [s.name for s in by_id["ecommerce"].stages] == [
        "Awareness",
        "Consideration",
        "Purchase",
        "Retention",
        "Advocacy",
    ]
    ropo = by_id["omnichannel_ropo"]
    assert len(ropo.routes) >= 6
    channels = [ropo.card(r.from_card).channel for r in ropo.routes] + [
        ropo.card(ropo.routes[-1].to_card).channel
    ]
    assert (
        channels[0] == "store"
        and channels[-1] == "store"
        and {"social", "web", "phone", "mobile_app"} <= set(channels)
    )
    assert by_id["b2b_purchase"].personas[0].segment == "B2B"


def test_bundled_files_are_what_the_generator_builds(repo_root: Path) -> None:
    module = build_module(repo_root)
    for key, _name, _description, build in module.TEMPLATES:
        on_disk = (repo_root / "resources" / "templates" / f"{key}.cjm").read_bytes()
        assert dumps(build()) == on_disk, f"{key}.cjm is stale: run packaging/build_templates.py"


def test_dialog_shows_previews_and_descriptions(qtbot) -> None:
    dialog = TemplateDialog()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(EXPECTED)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.chosen().id == "ecommerce"
    assert "awareness" in dialog.description.text().lower()
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull()
    image = pixmap.toImage()
    # A rendered map, not a blank box: many distinct colours (stage headers, cards, text).
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 40
    assert not dialog.list.item(3).icon().isNull()


def test_new_from_template_opens_an_unsaved_copy(
    qtbot, close_windows, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow()
    window.show()
    qtbot.waitExposed(window)

    def choose_b2b(dialog: TemplateDialog) -> int:
        dialog.list.setCurrentRow(EXPECTED.index("b2b_purchase"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Open).click()
        return dialog.result()

    monkeypatch.setattr(TemplateDialog, "exec", choose_b2b)
    action = window.kinds_actions.new_from_template
    assert action in window.file_menu.actions()
    action.trigger()
    # The untouched blank window takes the template; it is a copy: no path, nothing to save yet.
    assert window.doc.journey.title == "B2B purchase: construction steel"
    assert window.doc.path is None and not window.doc.modified
    assert window.doc.journey.personas[0].name == "Viktor Horváth"
    assert set(window.scene.card_items) == {c.id for c in window.doc.journey.cards}
    # A window with a map already in it opens the next template in a new window.
    before = len(open_windows())
    opened = open_template(window, load_manifest()[1])
    assert opened is not window and len(open_windows()) == before + 1
    assert opened.doc.journey.stages[0].name == "Awareness"


def test_cancelled_dialog_opens_nothing(qtbot, close_windows, monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow()
    monkeypatch.setattr(TemplateDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    assert template_dialog.new_from_template(window) is None
    assert window.doc.journey.stages == []


@pytest.mark.parametrize("template_id", ["ecommerce", "order_delivery"])
def test_shop_templates_carry_example_metrics_marked_as_such(template_id: str) -> None:
    journey = load_map(next(t for t in load_manifest() if t.id == template_id).path)
    assert any(lane.kind == LaneKind.METRICS for lane in journey.lanes)
    names = {m.name for m in journey.metrics}
    assert {"Sessions", "Cart abandonment", "CSAT", "NPS", "CES"} <= names
    if template_id == "ecommerce":
        assert {"Conversion", "Bounce rate"} <= names
    assert all(m.source_note.startswith("Example data") for m in journey.metrics)
    stage_values = journey.stage_values()
    card_values = [v for v in journey.metric_values if v.card_id]
    assert {v.stage_id for v in stage_values} == {s.id for s in journey.stages}  # every stage has figures
    touchpoint_lanes = {lane.id for lane in journey.lanes if lane.kind == LaneKind.TOUCHPOINTS}
    assert card_values and all(journey.card(v.card_id).lane_id in touchpoint_lanes for v in card_values)
    assert funnel_table(journey)[-1].count is not None  # the funnel runs on the example sessions
