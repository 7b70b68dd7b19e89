"""What lesson 5's message checks and drafters share: the findings collector, the verdict on the
time asked for, the feedback's summary line and the draft box (template, check, saved draft)."""

from __future__ import annotations

import pytest

from lesson_utils.intro import Finding, FindingsMixin
from lesson_utils.message_checks import TimeWords, collector, time_findings
from lesson_utils.store import Store
from lesson_utils.views.common import labelled_text, labelled_textarea
from lesson_utils.views.draft_box import KEEP_DRAFT, DraftView, summary_line

WORDS = TimeWords(too_long="long {most}", short="short {most}", ok="ok {most}", vague="vague", missing="missing")


def test_collector_adds_findings_in_order():
    findings, add = collector()
    add("good", "a", "A")
    add("fix", "b", "B")
    assert findings == [Finding("good", "a", "A"), Finding("fix", "b", "B")]
    other, _ = collector()
    assert other == []  # each check has its own list


@pytest.mark.parametrize("minutes, vague, want", [
    ([20], False, ("good", "time_ok", "ok 20")),
    ([15], False, ("good", "time_ok", "ok 15")),
    ([30], True, ("good", "time_ok", "ok 30")),  # a number wins over vague words
    ([31], False, ("fix", "time_too_long", "long 31")),
    ([10, 60], False, ("fix", "time_too_long", "long 60")),  # the largest amount counts
    ([14], False, ("info", "time_short", "short 14")),
    ([5, 20], False, ("good", "time_ok", "ok 20")),
    ([], True, ("fix", "time_vague", "vague")),
    ([], False, ("fix", "time_missing", "missing")),
])
def test_time_findings(minutes, vague, want):
    findings, add = collector()
    time_findings(add, minutes, vague, WORDS)
    assert findings == [Finding(*want)]


class Result(FindingsMixin):
    def __init__(self, *findings):
        self.findings = tuple(Finding(k, c, c) for k, c in findings)


@pytest.mark.parametrize("findings, want", [
    ((), ""),
    ((("info", "empty"),), ""),
    ((("fix", "a"),), "1 thing to improve; the reasons are below."),
    ((("fix", "a"), ("fix", "b"), ("good", "c")), "2 things to improve; the reasons are below."),
    ((("good", "a"), ("info", "b")), "No check fails. 1 suggestion below could still make it better before you "
                                     "send it."),
    ((("info", "b"), ("info", "c")), "No check fails. 2 suggestions below could still make it better before you "
                                     "send it."),
    ((("good", "a"), ("info", "long_text"), ("info", "control_characters")),
     "Every check passes and nothing is left to improve. Read it aloud once more, then it is ready to send."),
    # "No subject: right for a connection note" describes the note; it is not a suggestion to act on
    ((("good", "a"), ("info", "subject_none")),
     "Every check passes and nothing is left to improve. Read it aloud once more, then it is ready to send."),
])
def test_summary_line(findings, want):
    assert summary_line(Result(*findings)) == want


# ------------------------------------------------------------------ the draft box
class Note(DraftView):
    """Two boxes; checked on load only when the body holds text; the body must say "please"."""

    def __init__(self, store):
        self.title = labelled_text("Title")
        self.body = labelled_textarea("Body")
        self.updates = []
        self._build("99.2-note", store, {"title": self.title, "body": self.body}, "A note", "Write it.",
                    "Fill the empty body", "Check my note", check_on_load=(self.body,))

    def use_template(self, _button=None):
        if self._keeps_draft(self.body):
            return
        self.body.value = "Dear [name], please ..."

    def update(self, _event=None, save=True):
        self.updates.append(save)
        self.feedback.value = "good" if "please" in self.body.value else "fix"
        if save:
            self.saver.save({"title": self.title.value, "body": self.body.value})


def test_the_box_shows_its_boxes_buttons_and_feedback_in_order(tmp_path):
    v = Note(Store(tmp_path))
    assert list(v.widget.children[-5:-3]) == [v.title, v.body]
    assert list(v.widget.children[-3].children) == [v.template_button, v.check_button]
    assert v.widget.children[-2] is v.feedback and v.widget.children[-1] is v.saver.widget
    assert v.template_button.description == "Start from a template" and v.template_button.tooltip == "Fill the empty body"
    assert v.check_button.description == "Check my note" and v.updates == []


def test_template_fills_only_an_empty_box(tmp_path):
    v = Note(Store(tmp_path))
    v.template_button.click()
    assert v.body.value == "Dear [name], please ..." and v.feedback.value == "good"
    v.body.value = "my own draft"
    v.template_button.click()
    assert v.body.value == "my own draft" and "Your draft is kept" in v.feedback.value
    assert KEEP_DRAFT.split(":")[0] in v.feedback.value
    assert v.feedback.value.endswith("fix")  # the draft's checks stay in view under the note
    assert v.updates[-1] is False  # checked again, not saved again


@pytest.mark.parametrize("saved, body, checked", [
    ({"title": "T", "body": "please"}, "please", [False]),  # put back, checked without saving
    ({"title": "T", "body": ""}, "", []),  # only the title: not a check_on_load box
    ({"title": 3, "body": ["x"]}, "", []),  # odd values are left out
    ("not a dict", "", []),
])
def test_a_saved_draft_is_put_back(tmp_path, saved, body, checked):
    store = Store(tmp_path)
    store.save("99.2-note", saved)
    v = Note(store)
    assert v.body.value == body and v.updates == checked
    assert v.title.value == (saved["title"] if isinstance(saved, dict) and isinstance(saved["title"], str) else "")


def test_every_box_is_checked_as_it_changes_and_a_failure_is_friendly(tmp_path, monkeypatch):
    v = Note(Store(tmp_path))
    v.title.value = "Hello"
    v.body.value = "please"
    v.check_button.click()
    assert v.updates == [True, True, True] and Store(tmp_path).load("99.2-note").value["body"] == "please"

    def boom(*_a, **_k):
        raise RuntimeError("disk on fire")

    class Broken(Note):
        def use_template(self, _button=None):
            boom()

    b = Broken(Store(tmp_path))
    b.template_button.click()
    assert b.feedback.value and "disk on fire" not in b.feedback.value and "Traceback" not in b.feedback.value
