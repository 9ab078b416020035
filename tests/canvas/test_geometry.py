"""Pure grid geometry: where stages, lanes, cells and cards sit; no Qt involved."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjm_desktop.canvas.geometry import LaneSpec, Metrics, compute_layout

M = Metrics()
TOP = 100.0


def inside(inner: tuple, outer: tuple) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return x >= ox and y >= oy and x + w <= ox + ow + 1e-6 and y + h <= oy + oh + 1e-6


def layout_3x2(cards: dict | None = None, reserved: float = 0.0):
    return compute_layout(["s1", "s2", "s3"], [LaneSpec("l1"), LaneSpec("l2", reserved)], cards or {}, TOP, M)


def test_geometry_module_is_pure() -> None:
    import cjm_desktop.canvas.geometry as geometry

    assert "PySide6" not in Path(geometry.__file__).read_text(encoding="utf-8")


def test_empty_grid() -> None:
    layout = compute_layout([], [], {}, TOP, M)
    assert layout.stage_at(500) is None and layout.lane_at(500) is None
    assert layout.stage_insert_index(1000) == 0 and layout.lane_insert_index(1000) == 0
    assert layout.grid_rect()[3] == M.stage_header_height  # just the (empty) header row


def test_stage_headers_run_across_the_top_left_to_right() -> None:
    layout = layout_3x2()
    xs = [layout.stage_rect(i)[0] for i in range(3)]
    assert xs == sorted(xs) and xs[0] == M.margin + M.lane_header_width
    assert all(layout.stage_rect(i)[1] == TOP for i in range(3))
    assert xs[1] - xs[0] == M.stage_width


def test_lane_headers_run_down_the_left() -> None:
    layout = layout_3x2()
    first, second = layout.lane_rect(0), layout.lane_rect(1)
    assert first[0] == second[0] == M.margin
    assert first[1] == TOP + M.stage_header_height
    assert second[1] == first[1] + layout.lane_h[0]
    assert first[0] + first[2] <= layout.stage_x[0]  # headers left of the cells


def test_empty_lanes_have_the_minimum_height() -> None:
    layout = layout_3x2()
    assert layout.lane_h == [M.min_lane_height, M.min_lane_height]


def test_cells_grow_to_fit_their_cards() -> None:
    small = layout_3x2({("l1", "s2"): [("a", 40.0)]})
    big = layout_3x2({("l1", "s2"): [("a", 40.0), ("b", 120.0), ("c", 60.0)]})
    expected = 40 + 120 + 60 + 2 * M.card_gap + 2 * M.cell_padding + M.gutter
    assert big.lane_h[0] == pytest.approx(expected)
    assert big.lane_h[0] > small.lane_h[0]
    assert big.lane_h[1] == M.min_lane_height  # other lanes are unaffected
    assert big.lane_y[1] == big.lane_y[0] + big.lane_h[0]  # the next lane moves down
    assert big.height > small.height


def test_the_fullest_cell_sets_the_lane_height() -> None:
    layout = layout_3x2({("l1", "s1"): [("a", 50.0)], ("l1", "s3"): [("b", 300.0)]})
    assert layout.lane_h[0] == pytest.approx(300 + 2 * M.cell_padding + M.gutter)


def test_cards_stack_in_order_inside_their_cell() -> None:
    cells = {("l1", "s1"): [("a", 40.0), ("b", 90.0)], ("l2", "s3"): [("c", 200.0)]}
    layout = layout_3x2(cells)
    a, b, c = layout.cards["a"], layout.cards["b"], layout.cards["c"]
    assert a[1] < b[1] and b[1] == pytest.approx(a[1] + a[3] + M.card_gap)
    assert a[0] == b[0] and a[2] == M.card_width
    assert inside(a, layout.cell_rect(0, 0)) and inside(b, layout.cell_rect(0, 0))
    assert inside(c, layout.cell_rect(1, 2))


def test_reserved_height_of_drawn_lanes_sits_above_the_cards() -> None:
    layout = layout_3x2({("l2", "s1"): [("a", 40.0)]}, reserved=150.0)
    assert layout.lane_h[1] >= 150 + 40
    assert layout.cards["a"][1] >= layout.lane_y[1] + 150
    assert inside(layout.cards["a"], layout.cell_rect(1, 0))


def test_hit_testing_finds_the_cell_under_a_point() -> None:
    layout = layout_3x2()
    for si in range(3):
        for li in range(2):
            x, y, w, h = layout.cell_rect(li, si)
            assert layout.stage_at(x + w / 2) == si
            assert layout.lane_at(y + h / 2) == li
    assert layout.stage_at(M.margin) is None  # over the lane headers
    assert layout.stage_at(layout.stage_x[-1] + M.stage_width + 1) is None
    assert layout.lane_at(TOP) is None  # over the stage headers
    assert layout.lane_at(layout.height) is None


def test_stage_insert_index_rounds_to_the_nearest_gap() -> None:
    layout = layout_3x2()
    left = layout.grid_left
    assert layout.stage_insert_index(left - 500) == 0
    assert layout.stage_insert_index(left + 0.4 * M.stage_width) == 0
    assert layout.stage_insert_index(left + 0.6 * M.stage_width) == 1
    assert layout.stage_insert_index(left + 2.6 * M.stage_width) == 3
    assert layout.stage_insert_index(left + 50 * M.stage_width) == 3


def test_lane_insert_index_splits_each_lane_at_its_middle() -> None:
    layout = layout_3x2()
    y0, h0 = layout.lane_y[0], layout.lane_h[0]
    assert layout.lane_insert_index(y0 + h0 * 0.4) == 0
    assert layout.lane_insert_index(y0 + h0 * 0.6) == 1
    assert layout.lane_insert_index(layout.height + 100) == 2


def test_position_in_cell_for_a_drop() -> None:
    rects = [(0, 100, 200, 40), (0, 148, 200, 60)]
    assert compute_layout([], [], {}, 0).position_in_cell(rects, 90) == 0
    layout = layout_3x2()
    assert layout.position_in_cell(rects, 119) == 0
    assert layout.position_in_cell(rects, 121) == 1
    assert layout.position_in_cell(rects, 179) == 2
    assert layout.position_in_cell([], 10) == 0


def test_rects_of_rows_and_columns_cover_their_cells() -> None:
    layout = layout_3x2({("l1", "s2"): [("a", 200.0)]})
    for li in range(2):
        row = layout.lane_row_rect(li)
        for si in range(3):
            assert inside(layout.cell_rect(li, si), row)
    for si in range(3):
        column = layout.stage_column_rect(si)
        assert inside(layout.stage_rect(si), column)
        for li in range(2):
            assert inside(layout.cell_rect(li, si), column)
    grid = layout.grid_rect()
    assert inside(layout.lane_rect(1), grid) and inside(layout.stage_rect(2), grid)
    assert layout.width == M.margin * 2 + M.lane_header_width + 3 * M.stage_width


def test_cells_do_not_overlap() -> None:
    layout = layout_3x2({("l1", "s1"): [("a", 333.0)]})
    rects = [layout.cell_rect(li, si) for li in range(2) for si in range(3)]
    for i, (x1, y1, w1, h1) in enumerate(rects):
        for x2, y2, w2, h2 in rects[i + 1 :]:
            assert x1 + w1 <= x2 or x2 + w2 <= x1 or y1 + h1 <= y2 or y2 + h2 <= y1
