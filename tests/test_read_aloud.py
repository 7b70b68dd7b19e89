"""The read-aloud timer of exercise 3.1: the note on a time (table-style) and the widget driven in Python."""

from __future__ import annotations

import math
import threading

import pytest

from lesson_utils.numbers import numbers
from lesson_utils.read_aloud import LEFT_RUNNING_SECONDS, Stopwatch, intro_range, say_seconds, timer_message
from lesson_utils.views.read_aloud_timer import ReadAloudTimer


def test_the_range_comes_from_the_course_numbers():
    assert intro_range() == tuple(numbers()["intro_seconds"]) == (20, 30)


@pytest.mark.parametrize("seconds, words", [
    (0, "0 seconds"), (0.99, "0 seconds"), (1, "1 second"), (23.7, "23 seconds"), (60, "1 minute"),
    (61, "1 minute 1 second"), (125, "2 minutes 5 seconds"), (-3, "0 seconds"), (math.nan, "0 seconds"),
    (math.inf, "0 seconds"), ("12", "0 seconds"),
])
def test_say_seconds(seconds, words):
    assert say_seconds(seconds) == words


@pytest.mark.parametrize("seconds, kind, words", [
    (None, "info", "Press Start"),
    ("25", "info", "Press Start"),
    (True, "info", "Press Start"),
    (math.nan, "info", "Press Start"),
    (0.4, "info", "Press Start"),
    (4, "fix", "very quick"),
    (9.9, "fix", "very quick"),
    (10, "info", "a little under 20-30 seconds"),
    (19.9, "info", "a little under"),
    (20, "good", "within the 20-30 seconds"),
    (25, "good", "25 seconds: within"),
    (30.9, "good", "30 seconds: within"),
    (31, "fix", "a little over 30 seconds"),
    (44, "fix", "a little over"),
    (45, "fix", "well over 30 seconds"),
    (200, "fix", "3 minutes 20 seconds: well over"),
    (LEFT_RUNNING_SECONDS, "info", "left running"),
    (10 ** 9, "info", "left running"),
])
def test_timer_message(seconds, kind, words):
    got_kind, got_words = timer_message(seconds)
    assert got_kind == kind and words in got_words, got_words


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_stopwatch_with_a_fake_clock():
    clock = FakeClock()
    watch = Stopwatch(clock)
    assert not watch.running and watch.elapsed() == 0
    watch.start()
    clock.now += 12.5
    assert watch.running and watch.elapsed() == 12.5
    clock.now += 10
    assert watch.stop() == 22.5 and not watch.running
    clock.now += 100
    assert watch.elapsed() == 22.5 and watch.stop() == 22.5  # stopped: the time stays
    watch.start()
    assert watch.elapsed() == 0  # a new start begins at zero


def test_the_widget_counts_and_gives_the_note():
    clock = FakeClock()
    timer = ReadAloudTimer(clock=clock, threaded=False)
    assert timer.button.description == "Start the timer" and "0 seconds" in timer.display.value
    timer.button.click()
    assert timer.button.description == "Stop the timer" and "Timing" in timer.feedback.value
    clock.now += 7
    timer.tick()
    assert "7 seconds" in timer.display.value
    clock.now += 17.4
    timer.button.click()
    assert "24 seconds" in timer.display.value
    assert "Good:" in timer.feedback.value and "within the 20-30 seconds" in timer.feedback.value
    assert timer.button.description == "Start again"
    timer.button.click()
    clock.now += 50
    timer.button.click()
    assert "well over 30 seconds" in timer.feedback.value and "To improve:" in timer.feedback.value


def test_the_thread_ticks_and_stops(monkeypatch):
    import lesson_utils.views.read_aloud_timer as view

    monkeypatch.setattr(view, "TICK_SECONDS", 0.01)
    clock = FakeClock()
    timer = ReadAloudTimer(clock=clock, threaded=True)
    ticked = threading.Event()
    original = timer.tick

    def tick():
        original()
        if "5 seconds" in timer.display.value:
            ticked.set()

    timer.tick = tick
    timer.start()
    clock.now += 5
    assert ticked.wait(5), "the background thread never updated the display"
    thread = timer._thread
    timer.stop()
    thread.join(5)
    assert not thread.is_alive()


def test_a_timer_left_running_stops_itself(monkeypatch):
    import lesson_utils.views.read_aloud_timer as view

    monkeypatch.setattr(view, "TICK_SECONDS", 0.01)
    clock = FakeClock()
    timer = ReadAloudTimer(clock=clock, threaded=True)
    timer.start()
    thread = timer._thread
    clock.now += LEFT_RUNNING_SECONDS + 1
    thread.join(5)
    assert not thread.is_alive() and not timer.watch.running
    assert "left running" in timer.feedback.value


def test_lesson_three_has_the_timer_under_the_introduction():
    from pathlib import Path

    import nbformat

    nb = nbformat.read(Path(__file__).resolve().parents[1] / "notebooks" / "03_know_what_you_want.ipynb", as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert "read_aloud_timer()" in code
    assert code.index("read_aloud_timer()") == code.index('intro_builder("03.1-introduction")') + 2
