"""A start/stop timer for reading the introduction aloud (exercise 3.1), ticking once a second.

The ticking runs in a small background thread that only sets a widget's value; the kernel sends
that change to the page by itself, in JupyterLab and in the app (Voila) alike. The logic and the
note on the time are in :mod:`lesson_utils.read_aloud`.
"""

from __future__ import annotations

import threading
import time
from typing import Callable

import ipywidgets as W

from ..read_aloud import LEFT_RUNNING_SECONDS, Stopwatch, intro_range, say_seconds, timer_message
from .base import View
from .common import button, exercise_box, feedback_html, hbox, html, safe, shared_layout

TICK_SECONDS = 0.5
STYLE = ("<style>.atl-timer .widget-html-content { font-size: 1.6em; font-weight: 700; line-height: 1.3; }"
         ".atl-timer { margin-left: 1em !important; }</style>")


class ReadAloudTimer(View):
    def __init__(self, clock: Callable[[], float] = time.monotonic, threaded: bool = True):
        self.watch = Stopwatch(clock)
        self.threaded = threaded
        self._stop_event: threading.Event | None = None
        self._thread: threading.Thread | None = None
        low, high = intro_range()
        self.button = button("Start the timer", style="primary")
        self.display = html(self._time_html(0))
        self.display.add_class("atl-timer")
        self.feedback = html()
        show = safe(self._show)
        self.button.on_click(show(self._toggle))
        self.widget = exercise_box(
            "Read it aloud, with a timer",
            [html(STYLE), hbox([self.button, self.display], layout=shared_layout(align_items="center", gap="1em")),
             self.feedback],
            f"Press Start, say your introduction aloud as you would to the contact, then press Stop. "
            f"Aim for {low}-{high} seconds.",
        )

    def _show(self, html: str) -> None:
        self.feedback.value = html

    @staticmethod
    def _time_html(seconds: float) -> str:
        return f"Time: {say_seconds(seconds)}"

    def tick(self) -> None:
        """Show the seconds so far (called by the thread; tests call it directly)."""
        self.display.value = self._time_html(self.watch.elapsed())

    def _run(self, event: threading.Event) -> None:
        while not event.wait(TICK_SECONDS):
            try:
                if self.watch.elapsed() >= LEFT_RUNNING_SECONDS:  # left running: stop it
                    self.stop()
                    return
                self.tick()
            except Exception:  # noqa: BLE001 - a failed tick must never print a traceback
                return

    def _toggle(self, _button=None) -> None:
        if self.watch.running:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        self.watch.start()
        self.button.description = self.button.tooltip = "Stop the timer"
        self.feedback.value = feedback_html([("info", "Timing… read your introduction aloud now.")])
        self.tick()
        if self.threaded:
            self._stop_event = threading.Event()
            self._thread = threading.Thread(target=self._run, args=(self._stop_event,), name="read-aloud-timer",
                                            daemon=True)
            self._thread.start()

    def stop(self) -> float:
        if self._stop_event is not None:
            self._stop_event.set()
            self._stop_event = None
        seconds = self.watch.stop()
        self.tick()
        self.button.description = self.button.tooltip = "Start again"
        self.feedback.value = feedback_html([timer_message(seconds)])
        return seconds


def read_aloud_timer() -> ReadAloudTimer:
    return ReadAloudTimer()
