"""The status bar of a window open on the server, in Russian on a 1366-pixel screen: the window is no wider
than the screen, a message is read whole and not painted over the project summary, and the server's place
is shortened with its whole text in the tooltip."""

# ruff: noqa: F811 - postgres_database, the fixture imported from the helpers, is the test's argument
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from server_window_helpers import open_in_window, postgres_database, published_sample  # noqa: E402, F401


def test_a_server_window_status_bar_fits_a_laptop_in_russian(
    postgres_database, make_window, qtbot, interface_language
):
    interface_language("ru")
    window = make_window(show=False)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    with published_sample(postgres_database) as address:
        open_in_window(qtbot, window, address)
        status = window.status
        assert window.minimumSizeHint().width() <= 1366 and window.width() == 1366
        assert status.currentMessage()  # "project opened: each change is saved on the server"
        assert not status.summary_label.isVisible()  # not painted under the message
        label = window.team.status_label
        first_permanent = min(
            widget.x() for widget in (status.selection_label, status.scale_label, label) if widget.isVisible()
        )
        assert status.fontMetrics().horizontalAdvance(status.currentMessage()) < first_permanent
        assert label.is_cut() and address.project in label.toolTip()
        status.clearMessage()
        qtbot.waitUntil(status.summary_label.isVisible)
        window.workspace.shutdown()
