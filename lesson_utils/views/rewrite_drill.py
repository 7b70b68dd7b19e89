"""The rewrite drill (lesson 4): one weak question at a time, rewritten and checked by the coach."""

from __future__ import annotations


from .. import rewrite_drill as R
from ..store import Store
from ..text import clean, escape
from ..drafter import read_submission, submission_action
from .base import View
from .common import button, exercise_box, feedback_html, get_store, hbox, html, labelled_textarea, safe, SaveLine, shared_layout
from .ordered_adds import ack_html, queued_controls

EXERCISE_ID = "04.2-rewrite-drill"


class RewriteDrill(View):
    page_script = True  # quick clicks carry the typed text (see ordered_adds)

    def __init__(self, exercise_id: str = EXERCISE_ID, store: Store | None = None):
        self.saver = SaveLine(get_store(store), exercise_id)
        self.items = R.items()
        self.index = 0
        self.answers: dict[str, str] = {}
        saved = self.saver.load(default=None)
        if isinstance(saved, dict) and isinstance(saved.get("answers"), dict):
            self.answers = R.carried_over({k: v for k, v in saved["answers"].items() if isinstance(v, str)})
        self.solved = set(R.solved_ids(self.answers))

        self.prompt = html()
        self.box = labelled_textarea("Your rewrite", "Write an open question that asks to learn.", rows=2)
        self.check_button = button("Check my rewrite", style="primary")
        # A check carries the text typed at the click (see ordered_adds): on a busy kernel the box's value
        # could otherwise arrive after the click, and a fast learner was told the box was empty.
        self.sample_button = button("Show a sample rewrite")
        self.prev_button = button("← Previous question")
        self.next_button = button("Next question →")
        # Previous and Next carry the box's text too: a rewrite typed and not checked is kept, never dropped
        self.submit_field, self.ack = queued_controls(
            self.box, [(self.check_button, "check"), (self.prev_button, "prev"), (self.next_button, "next")], keep=True)
        self._seq = 0
        self.feedback = html()
        self.sample = html()
        self.progress = html()

        show = safe(self._show)
        self.check_button.on_click(show(self._check))
        self.submit_field.observe(self._submitted, names="value")
        self.sample_button.on_click(show(self._show_sample))
        self.prev_button.on_click(show(lambda _b: self._leave(self.box.value, -1)))
        self.next_button.on_click(show(lambda _b: self._leave(self.box.value, 1)))
        first_open = next((n for n, it in enumerate(self.items) if it.id not in self.solved), 0)
        self.go(first_open)
        self.widget = exercise_box(
            "Rewrite drill",
            [self.prompt, self.box, hbox([self.check_button, self.sample_button],
                                           layout=shared_layout(flex_flow="row wrap", gap="4px")),
             self.feedback, self.sample,
             hbox([self.prev_button, self.next_button], layout=shared_layout(flex_flow="row wrap", gap="4px")),
             self.progress, self.saver.widget, self.submit_field, self.ack],
            "Rewrite each weak question so it opens the conversation up, then press Check my rewrite. "
            "Move between questions with Previous and Next; your rewrites are saved.",
        )

    def _show(self, html: str) -> None:
        self.feedback.value = html

    @property
    def item(self) -> R.Item:
        return self.items[self.index]

    def go(self, index: int) -> None:
        """Show question ``index`` (clamped to the drill), with any saved rewrite checked."""
        self.index = max(0, min(index, len(self.items) - 1))
        it = self.item
        # the box first: a learner who starts typing as soon as the new question shows keeps every key
        self.box.value = self.answers.get(it.id, "")
        self.prompt.value = (
            f'<div><strong>Question {self.index + 1} of {len(self.items)}:</strong> '
            f'“{escape(it.original)}”</div>'
            f'<div><strong>The problem:</strong> it is {escape(it.problem)}.</div>'
            f'<div class="atl-muted"><strong>Hint:</strong> {escape(it.hint)}</div>'
        )
        self.sample.value = ""
        self.feedback.value = feedback_html(R.check(it, self.box.value).items()) if self.box.value.strip() else ""
        self.prev_button.disabled = self.index == 0
        self.next_button.disabled = self.index == len(self.items) - 1
        self._progress()

    def _progress(self) -> None:
        marks = "".join(
            f'<li>{"✓ rewritten well" if it.id in self.solved else ("✗ not yet" if it.id in self.answers else "not tried")}: '
            f"“{escape(it.original)}”</li>" for it in self.items)
        self.progress.value = (f'<div><strong>{escape(R.progress_text(len(self.solved), len(self.items)))}</strong></div>'
                               f'<details><summary>See every question</summary><ol>{marks}</ol></details>')

    def _submitted(self, change) -> None:
        """One Check from the page, with the text typed at the click; confirmed by its number."""
        found = read_submission(change["new"], self._seq)
        if found is None:
            return
        self._seq, text = found
        action = submission_action(change["new"])
        try:
            if action in ("next", "prev"):
                safe(self._show)(lambda: self._leave(text, 1 if action == "next" else -1))()
            else:
                self.box.value = text  # what the page shows; the kernel's copy may have lagged behind
                safe(self._show)(lambda: self._check_text(text))()
        finally:
            self.ack.value = ack_html(self._seq, True)

    def _leave(self, text: str, delta: int) -> None:
        """Move to another question, keeping a rewrite typed here and not yet checked (checked quietly)."""
        self._keep(text)
        self.go(self.index + delta)

    def _keep(self, text: str) -> None:
        it = self.item
        if clean(text).strip() and text != self.answers.get(it.id):
            self._record(it, text, R.check(it, text))

    def _record(self, it: R.Item, text: str, result: R.Result) -> None:
        """Keep ``text`` as the rewrite of ``it`` (unless it could not be checked) and save."""
        if not result.text:  # empty, or too long to check: nothing kept, as before
            return
        self.answers[it.id] = text
        if result.success:
            self.solved.add(it.id)
        else:
            self.solved.discard(it.id)
        self._progress()
        self.saver.save(R.to_value(self.answers), R.status(len(self.solved)))

    def _check(self, _b=None) -> None:
        self._check_text(self.box.value)

    def _check_text(self, text: str) -> None:
        it = self.item
        result = R.check(it, text)
        self.feedback.value = feedback_html(result.items())
        self._record(it, text, result)

    def _show_sample(self, _b=None) -> None:
        self.sample.value = feedback_html([("info", f"One way to rewrite it: {self.item.sample}")])


def rewrite_drill(exercise_id: str = EXERCISE_ID, store: Store | None = None) -> RewriteDrill:
    return RewriteDrill(exercise_id, store)
