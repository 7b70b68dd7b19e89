"""The quiz widget: one set of radio buttons per question, worded feedback per answer."""

from __future__ import annotations

import ipywidgets as W

from ..quiz import Quiz, display_orders, grade, load_quiz
from ..store import Store
from .base import View
from .common import button, exercise_box, feedback_html, get_store, html, label_style, safe, SaveLine, shared_layout


class QuizView(View):
    def __init__(self, quiz: Quiz, store: Store | None = None):
        self.quiz = quiz
        self.saver = SaveLine(get_store(store), quiz.exercise_id)
        self.radios: list[W.RadioButtons] = []
        self.feedback: list[W.HTML] = []
        rows = []
        orders = display_orders(quiz)
        for n, q in enumerate(quiz.questions, 1):
            radio = W.RadioButtons(
                options=[(q.options[i].text, i) for i in orders[q.id]],
                value=None,
                description=f"{n}. {q.prompt}",
                layout=shared_layout(width="100%"),
                style=label_style(),
                _dom_classes=("atl-stack", "atl-radio"),
            )
            fb = html()
            self.radios.append(radio)
            self.feedback.append(fb)
            rows += [radio, fb]
        self.check_button = button("Check my answers", style="primary")
        self.summary = html()
        self.check_button.on_click(safe(self._show)(self._check))
        self.widget = exercise_box(
            f"Check your understanding · {quiz.title}",
            rows + [self.check_button, self.summary, self.saver.widget],
            "Choose one answer per question, then press the button. Each answer explains itself.",
        )
        saved = self.saver.load(default=None)
        if isinstance(saved, dict) and isinstance(saved.get("answers"), dict):
            for q, radio in zip(quiz.questions, self.radios):
                value = saved["answers"].get(q.id)
                if isinstance(value, int) and 0 <= value < len(q.options):
                    radio.value = value
            self._check(save=False)

    def _show(self, html: str) -> None:
        self.summary.value = html

    def answers(self) -> dict:
        return {q.id: r.value for q, r in zip(self.quiz.questions, self.radios)}

    def _check(self, _button=None, save: bool = True) -> None:
        result = grade(self.quiz, self.answers())
        for r, fb in zip(result.results, self.feedback):
            if r.chosen is None:
                fb.value = feedback_html([("info", "No answer yet.")])
            else:
                fb.value = feedback_html([("good" if r.correct else "fix", r.feedback)])
        self.summary.value = feedback_html([("info", result.summary)])
        if save and all(r.chosen is None for r in result.results):
            # nothing picked: nothing saved, and no "Saved" line to say otherwise
            self.summary.value = self.saver.nothing("Nothing to save yet: choose an answer to at least one "
                                                    "question, then press the button.")
            return
        if save:
            status = "done" if result.complete else "in_progress"
            self.saver.save(
                {"answers": self.answers(), "score": result.score, "total": result.total}, status
            )


def quiz_widget(name: str, store: Store | None = None) -> QuizView:
    """The quiz stored as ``data/quizzes/<name>.json``."""
    return QuizView(load_quiz(name), store)
