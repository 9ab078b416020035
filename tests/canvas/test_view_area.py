"""The view's scrollable area, as pure geometry: map and margin, centred where it fits."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF

from cjm_desktop.canvas.view_area import kept_area, resized_area, scroll_area

MAP = QRectF(0, 0, 1000, 600)


def test_an_overflowing_axis_is_the_map_alone_and_a_fitting_one_the_room_around_the_centre() -> None:
    area = scroll_area(MAP, MAP.center(), QSizeF(800, 900), 1.0)
    assert (area.left(), area.width()) == (0, 1000)  # wider than the room: nothing beside it scrolls
    assert (area.top(), area.height()) == (-150, 900)  # fits: the room, the map in its middle


def test_the_room_slides_just_enough_to_hold_a_map_grown_past_it() -> None:
    grown = QRectF(0, 0, 1000, 850)  # framed when 600 tall (centre y 300), now taller
    area = scroll_area(grown, MAP.center(), QSizeF(1200, 900), 1.0)
    assert (area.top(), area.height()) == (-50, 900)
    assert area.contains(grown)


def test_the_fitting_rooms_edge_is_on_a_whole_pixel() -> None:
    area = scroll_area(MAP, MAP.center(), QSizeF(1333.3, 900), 0.37)
    assert abs(area.left() * 0.37 - round(area.left() * 0.37)) < 1e-9


def test_kept_area_holds_what_is_shown_and_the_map() -> None:
    area = kept_area(MAP, QPointF(-150, 100), QSizeF(800, 400))
    assert area == QRectF(-150, 0, 1150, 600)


def test_resized_centres_where_the_map_fits_and_keeps_where_it_overflows() -> None:
    area = resized_area(MAP, MAP.center(), QPointF(200, -300), QSizeF(800, 1000), 1.0)
    assert (area.left(), area.width()) == (0, 1000)  # overflows across: shown (200..1000) and map
    assert (area.top(), area.height()) == (-200, 1000)  # fits down: centred, not at the shown -300
