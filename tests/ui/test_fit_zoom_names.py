"""Zoomed to fit on a small screen, a facilitator still reads every stage and lane name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage

from cjm_desktop.canvas import far_labels
from cjm_desktop.canvas.contrast import contrast_ratio
from cjm_desktop.canvas.style import LIGHT_MAP
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui.main_window import MainWindow

# A 1366x768 laptop or projector: the window's view is about 1056x656 beside the inspector.
SMALL_SCREEN = (1366, 740)


def fitted(make_window, language: str) -> MainWindow:
    window = make_window(load_map(sample_map_path(language)), *SMALL_SCREEN)
    window.view.zoom_to_fit()
    assert window.view.zoom() < 0.4  # the map's own header text is skipped this far out
    return window


def on_screen(window: MainWindow, item) -> QRectF:
    return window.view.viewportTransform().mapRect(item.mapRectToScene(item._rect))


def inked(image: QImage, rect: QRectF, ground: QColor) -> int:
    """Pixels in RECT that stand out from GROUND as text does (3:1 or more)."""
    r = rect.toAlignedRect().intersected(image.rect())
    return sum(
        contrast_ratio(image.pixelColor(x, y), ground) >= 3.0
        for x in range(r.left() + 4, r.right() - 3)
        for y in range(r.top() + 2, r.bottom() - 1)
    )


@pytest.mark.parametrize("language", ["en", "fi", "hu"])
def test_every_name_is_laid_out_whole_at_a_readable_size(make_window, language: str) -> None:
    window = fitted(make_window, language)
    scene, view = window.scene, window.view
    found = far_labels.labels(
        [*scene.stage_items.values(), *scene.lane_items.values()],
        view.viewportTransform().mapRect,
        view.zoom(),
    )
    journey = scene.doc.journey
    names = {item.item_id: label for item, label in found}
    assert set(names) == {s.id for s in journey.stages} | {lane.id for lane in journey.lanes}
    for item, label in found:
        name = journey.stage(item.item_id).name if item.KIND == "stage" else journey.lane(item.item_id).title
        assert label.pixel_size >= far_labels.FLOOR_PX
        assert not any("…" in line for line in label.lines), (name, label.lines)
        # Every word is there (a word too long for the header may be hyphenated across lines).
        joined = " ".join(label.lines).replace(f"{far_labels.header_text.HYPHEN} ", "")
        assert joined.split() == name.split()
        assert label.rect.contains(on_screen(window, item).adjusted(0.5, 0.5, -0.5, -0.5))
    boxes = [label.rect for _item, label in found]
    overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.intersected(b).height() > 1]
    assert overlaps == []


def test_the_fitted_map_shows_its_names_on_screen(make_window) -> None:
    """What the view paints: text in every stage header (white) and lane header (ink); without the
    labels a fitted stage header showed at most 13 such pixels (its rounded edge), with them 64 or more."""
    window = fitted(make_window, "en")
    image = window.view.viewport().grab().toImage()
    journey = window.doc.journey
    for stage in journey.stages:
        rect = on_screen(window, window.scene.stage_items[stage.id])
        assert inked(image, rect, QColor(stage.color)) > 40, stage.name
    for lane in journey.lanes:
        rect = on_screen(window, window.scene.lane_items[lane.id]).adjusted(far_labels.ACCENT, 0, 0, 0)
        assert inked(image, rect, LIGHT_MAP.lane_header_bg) > 40, lane.title


def test_close_up_the_headers_draw_their_own_names(make_window) -> None:
    window = make_window(load_map(sample_map_path("en")), *SMALL_SCREEN)
    window.view.zoom_reset()
    scene, view = window.scene, window.view
    items = [*scene.stage_items.values(), *scene.lane_items.values()]
    assert far_labels.labels(items, view.viewportTransform().mapRect, view.zoom()) == []


def test_headers_too_narrow_for_a_word_get_no_label(make_window) -> None:
    """A 40-stage map fitted to the window: 15 px columns would show "A-", "wa-", ...: no labels."""
    from cjm_desktop.model import Journey, Lane, LaneKind, Stage

    journey = Journey(
        title="Wide",
        stages=[Stage(f"s{i}", f"Stage {i}") for i in range(40)],
        lanes=[Lane("tp", LaneKind.TOUCHPOINTS, "Touchpoints")],
    )
    window = make_window(journey, *SMALL_SCREEN)
    window.view.zoom_to_fit()
    scene, view = window.scene, window.view
    found = far_labels.labels(scene.stage_items.values(), view.viewportTransform().mapRect, view.zoom())
    assert on_screen(window, scene.stage_items["s0"]).width() < far_labels.MIN_HEADER_PX
    assert found == []


def test_a_selected_header_shows_its_outline_at_fit_zoom(make_window) -> None:
    """Keyboard users at fit zoom see which stage is selected: the label does not hide its outline."""
    window = fitted(make_window, "en")
    stage = window.doc.journey.stages[1]
    item = window.scene.stage_items[stage.id]
    rect = on_screen(window, item).adjusted(-3, -3, 3, 3)
    selection = LIGHT_MAP.selection

    def outlined() -> int:
        image = window.view.viewport().grab().toImage()
        r = rect.toAlignedRect()
        return sum(
            abs(image.pixelColor(x, y).red() - selection.red()) < 30
            and abs(image.pixelColor(x, y).green() - selection.green()) < 30
            and abs(image.pixelColor(x, y).blue() - selection.blue()) < 30
            for x in range(r.left(), r.right())
            for y in (r.top(), r.top() + 1, r.top() + 2, r.bottom() - 2, r.bottom() - 1, r.bottom())
        )

    before = outlined()
    window.scene.select_ids([stage.id])
    assert outlined() > before + 40


def test_a_word_too_long_for_any_font_is_hyphenated_in_the_rows_common_font(qapp) -> None:
    """Fitted Greek sample: "Αναγνωρισιμότητα" fits no header whole, which left the row without a
    common font, so "Εξέταση επιλογών" was drawn bigger than its neighbours."""
    headers = [
        ("Αναγνωρισιμότητα", QRectF(0, 0, 78, 30)),
        ("Εξέταση επιλογών", QRectF(80, 0, 78, 30)),
        ("Αγορά", QRectF(160, 0, 78, 30)),
    ]
    common = far_labels.stage_font(headers)
    assert common is not None
    found = [far_labels.stage_label(name, rect, common) for name, rect in headers]
    assert {(label.pixel_size, label.bold) for label in found} == {common}
    long_word = found[0]
    assert len(long_word.lines) >= 2 and long_word.lines[0].endswith("-")
    assert "".join(line.removesuffix("-") for line in long_word.lines) == "Αναγνωρισιμότητα"


def test_a_header_label_too_small_for_its_name_cuts_it_short_rather_than_hyphenating_it(qapp) -> None:
    """A label that cannot show the whole name showed "Περ-" over "σό…": a broken word, then cut."""
    from cjm_desktop.canvas.far_persona_labels import header_label

    for width in range(24, 64, 2):
        for height in (16, 20, 24, 30):
            lines = header_label("Περσόνες", QRectF(0, 0, width, height)).lines
            if any(line.endswith("…") for line in lines):
                assert len(lines) == 1 and "Περσόνες".startswith(lines[0][:-1]), (width, height, lines)


def test_a_cut_stage_label_ends_in_its_own_words_not_a_hyphen(qapp) -> None:
    """The Finnish sample's third line read "jatkumi- …": the dropped lines were joined with the
    hyphens breaking had added."""
    for width in (56, 60, 64, 70):
        lines = far_labels.stage_label("Asiakkuuden jatkumisen vaiheet", QRectF(0, 0, width, 30)).lines
        assert lines[-1].endswith("…") and "-" not in lines[-1], (width, lines)
        assert "Asiakkuuden jatkumisen vaiheet".replace(" ", "").startswith(
            "".join(line.removesuffix("-") for line in lines).removesuffix("…")
        )
