"""Lesson 2's widgets, wired: step through the scenes, spot the faux pas, the replay; and the text fallbacks."""

from __future__ import annotations

import pytest

from lesson_utils.faux_pas import NOTHING
from lesson_utils.lessons import lesson02
from lesson_utils.quiz import load_quiz
from lesson_utils.store import Store
from lesson_utils.story import load_story
from lesson_utils.views.faux_pas_spotter import FauxPasSpotter
from lesson_utils.views.replay import ReplayView
from lesson_utils.views.story_stepper import StoryStepper

STORY = load_story()
IDS = [s.id for s in STORY.scenes]
STEP = "02.1-step-through-the-meeting"
SPOT = "02.2-spot-the-faux-pas"
PERFECT = {
    "request": NOTHING, "arrival": "unprepared", "passions": "monologue", "silences": "silences",
    "his-questions": "asked_for_business", "what-do-you-want": "no_clear_purpose",
    "parting": "no_clear_purpose", "verdict": "asked_for_business",
}


# ------------------------------------------------------------------ the stepper

def test_stepper_starts_at_scene_one(tmp_path):
    view = StoryStepper(STEP, store=Store(tmp_path))
    assert "Scene 1 of 8" in view.position.value
    assert view.prev_button.disabled and not view.next_button.disabled
    assert "The request, and a yes" in view.scene.value
    assert view.thoughts.value == ""
    assert "<svg" in view.picture.value and "before the meeting starts" in view.picture.value
    assert Store(tmp_path).load(STEP) is None  # nothing saved until the learner acts


def test_stepper_next_previous_thoughts_and_saving(tmp_path):
    store = Store(tmp_path)
    view = StoryStepper(STEP, store=store)
    view.next_button.click()
    view.next_button.click()
    assert "Scene 3 of 8" in view.position.value
    assert "He talks about his passions" in view.scene.value
    assert "Scene 3 is highlighted" in view.picture.value
    assert "minutes 3 to 10" in view.picture.value
    view.thoughts_box.value = True
    assert "What the coach was thinking" in view.thoughts.value
    assert STORY.scenes[2].coach_thinking.split()[0] in view.thoughts.value
    view.prev_button.click()
    assert "Scene 2 of 8" in view.position.value
    assert "What the coach was thinking" in view.thoughts.value  # the toggle stays on
    record = store.load(STEP)
    assert record.status == "in_progress"
    assert record.value == {"scene": "arrival", "seen": IDS[:3], "thoughts": True}
    assert "Saved at" in view.saver.widget.value


def test_stepper_is_done_after_every_scene_and_reloads(tmp_path):
    store = Store(tmp_path)
    view = StoryStepper(STEP, store=store)
    for _ in range(10):  # more clicks than scenes: stays on the last one
        view.next_button.click()
    assert "Scene 8 of 8" in view.position.value and view.next_button.disabled
    assert "cart before the horse" in view.scene.value.lower()
    assert "after the meeting is over" in view.picture.value
    assert "You have seen every scene" in view.message.value
    record = store.load(STEP)
    assert record.status == "done" and record.value["seen"] == IDS
    again = StoryStepper(STEP, store=store)
    assert "Scene 8 of 8" in again.position.value
    assert "Your saved work was loaded" in again.saver.widget.value


def test_stepper_survives_junk_in_the_store(tmp_path):
    store = Store(tmp_path)
    store.save(STEP, {"scene": "<script>", "seen": "nope", "thoughts": "yes"})
    view = StoryStepper(STEP, store=store)
    assert "Scene 1 of 8" in view.position.value and view.thoughts_box.value is False
    view.next_button.click()
    assert store.load(STEP).value["seen"] == IDS[:2]


def test_stepper_controls_have_visible_labels(tmp_path):
    view = StoryStepper(STEP, store=Store(tmp_path))
    assert view.prev_button.description and view.next_button.description
    assert view.thoughts_box.description == "Show what the coach was thinking"


# ------------------------------------------------------------------ spot the faux pas

def test_spotter_has_one_labelled_dropdown_per_scene(tmp_path):
    view = FauxPasSpotter(SPOT, store=Store(tmp_path))
    assert list(view.dropdowns) == IDS
    for n, dd in enumerate(view.dropdowns.values(), 1):
        assert dd.description == view.story.scenes[n - 1].ask(n) and f"scene {n}" in dd.description.lower()
        assert dd.value == ""
        labels = [label for label, _ in dd.options]
        assert "Nothing went wrong here" in labels and "Arrived late" in labels


def test_spotter_feedback_score_and_saving(tmp_path):
    store = Store(tmp_path)
    view = FauxPasSpotter(SPOT, store=store)
    view.dropdowns["request"].value = NOTHING
    view.dropdowns["arrival"].value = "late"
    view.dropdowns["passions"].value = "monologue"
    record = store.load(SPOT)  # saved as soon as a choice is made
    assert record.status == "in_progress" and record.value["choices"]["arrival"] == "late"
    view.check_button.click()
    assert "Good:</strong> Nothing went wrong here" in view.feedback["request"].value
    assert "To improve:" in view.feedback["arrival"].value and "her account does not name it" in view.feedback["arrival"].value
    assert "Good:" in view.feedback["passions"].value
    assert "No choice yet" in view.feedback["verdict"].value
    assert "You judged 2 of 8 scenes right. 5 scenes still have no choice." in view.summary.value
    assert "Once every scene has a choice" in view.summary.value  # the faux pas not yet found stay unnamed
    assert "Never said what he does" not in view.summary.value
    record = store.load(SPOT)
    assert record.status == "in_progress"
    assert record.value["score"] == 2 and record.value["marked"] == ["arrival", "passions"]
    assert record.value["checked"] is True


def test_spotter_all_right_is_done_and_reloads_with_feedback(tmp_path):
    store = Store(tmp_path)
    view = FauxPasSpotter(SPOT, store=store)
    for scene_id, choice in PERFECT.items():
        view.dropdowns[scene_id].value = choice
    view.check_button.click()
    assert "You judged 8 of 8 scenes right" in view.summary.value
    record = store.load(SPOT)
    assert record.status == "done"
    assert record.value == {"choices": PERFECT, "marked": IDS[1:], "score": 8, "total": 8, "checked": True}
    again = FauxPasSpotter(SPOT, store=store)
    assert {k: d.value for k, d in again.dropdowns.items()} == PERFECT
    assert "8 of 8" in again.summary.value and "Good:" in again.feedback["arrival"].value


def test_changing_a_choice_clears_its_old_feedback(tmp_path):
    store = Store(tmp_path)
    view = FauxPasSpotter(SPOT, store=store)
    for scene_id, choice in PERFECT.items():
        view.dropdowns[scene_id].value = choice
    view.check_button.click()
    view.dropdowns["arrival"].value = "late"
    assert view.feedback["arrival"].value == ""
    assert "Good:" in view.feedback["passions"].value
    assert "press Check my choices again" in view.summary.value
    record = store.load(SPOT)
    assert record.status == "in_progress" and record.value["choices"]["arrival"] == "late"


def test_spotter_ignores_junk_in_the_store(tmp_path):
    store = Store(tmp_path)
    store.save(SPOT, {"choices": {"arrival": "<img src=x onerror=alert(1)>", "passions": 3}, "checked": True})
    view = FauxPasSpotter(SPOT, store=store)
    assert all(d.value == "" for d in view.dropdowns.values())
    assert "Choose, for each scene" in view.summary.value


# ------------------------------------------------------------------ the replay

def test_replay_shows_both_versions_side_by_side():
    view = ReplayView()
    assert view.pictures.value.count("<svg") == 2
    assert "As it happened:" in view.pictures.value and "With a prepared asker:" in view.pictures.value
    assert view.table.value.count("<tr>") == 1 + len(STORY)
    for scene in STORY.scenes:
        # the neutral titles of 2.2, just above: "He arrives with nothing to ask" would name its faux pas
        assert scene.spot_title.replace("'", "&#x27;").replace("“", "&#x201c;") in view.table.value or \
            scene.spot_title in view.table.value
        assert scene.title == scene.spot_title or scene.title.replace("'", "&#x27;") not in view.table.value
    assert "The coach thinks" not in view.table.value
    view.thoughts_box.value = True
    assert view.table.value.count("The coach thinks") == 2 * len(STORY)


# ------------------------------------------------------------------ text fallbacks and quiz

def test_print_story(capsys):
    lesson02.print_story()
    out = capsys.readouterr().out
    assert out.count("Scene ") >= 8 and "“Can you refer clients to me?”" in out and "Key: one letter" in out


def test_print_spot_feedback_for_given_saved_and_example_choices(tmp_path, capsys):
    store = Store(tmp_path)
    lesson02.print_spot_feedback({"arrival": "unprepared"}, store=store)
    out = capsys.readouterr().out
    assert "You judged 1 of 8" in out and "The faux pas on the list, explained" not in out
    assert "once every scene has a choice" in out
    for label in ("Talked about himself", "Asked for business", "(scenes"):
        assert label not in out  # one choice saved answers none of the other scenes
    lesson02.print_spot_feedback(store=store)
    out = capsys.readouterr().out
    assert "No choices saved yet" in out and "Scene 8" in out and "Not quite" not in out and "The faux pas on the list, explained:" not in out
    store.save(SPOT, {"choices": PERFECT, "marked": [], "score": 8, "total": 8})
    lesson02.print_spot_feedback(store=store)
    out = capsys.readouterr().out
    assert "Your saved choices" in out and "You judged 8 of 8" in out and "The faux pas on the list, explained" in out


def test_print_replay(capsys):
    lesson02.print_replay()
    out = capsys.readouterr().out
    assert "As it happened:" in out and "Done right:" in out and "no silence" in out


def test_lesson_quiz(tmp_path):
    store = Store(tmp_path)
    view = lesson02.quiz_widget("02.9-quiz", store=store)
    quiz = load_quiz("02")
    view.radios[0].value = quiz.questions[0].answer_index
    view.check_button.click()
    assert "Right." in view.feedback[0].value
    assert store.load("02.9-quiz").status == "in_progress"


@pytest.mark.parametrize("words", ["refer", "cart before the horse", "How did you find your first clients"])
def test_quiz_asks_about_the_lesson(words):
    text = " ".join(q.prompt + " " + " ".join(o.text + " " + o.why for o in q.options)
                    for q in load_quiz("02").questions)
    assert words.lower() in text.lower()


def test_the_scenes_that_show_a_cost_ask_what_led_to_it():
    """Scenes 7 and 8 show the cost of earlier mistakes; their question says so, and "nothing went wrong"
    there is answered as such, not with "look again"."""
    from lesson_utils.faux_pas import NOTHING, judge_scene
    from lesson_utils.story import load_story
    story = load_story()
    asks = [s.ask(n) for n, s in enumerate(story.scenes, 1)]
    assert asks[0] == "What went wrong in scene 1?"
    assert "what led to this ending" in asks[6] and "summing up" in asks[7]
    j = judge_scene(story, 7, NOTHING)
    # marked not quite, and it says why: the question asks what led here (never "nothing goes wrong" beside a ✗)
    assert not j.correct and j.feedback.startswith("Not quite: the question here is which earlier mistakes led")


def test_an_empty_check_of_the_spotter_saves_nothing_and_says_so(tmp_path):
    """An empty "Check my choices" once said "✓ Good: Saved at ...": nothing was chosen, so nothing is saved."""
    store = Store(tmp_path)
    view = FauxPasSpotter("02.2-spot-the-faux-pas", store=store)
    view.check_button.click()
    assert "Nothing to save yet" in view.summary.value and "Saved" not in view.saver.widget.value
    assert store.load("02.2-spot-the-faux-pas") is None
