"""What 06_running_the_conversation.ipynb uses."""

from __future__ import annotations

from .common import fold_copies, heading, warm_coach

from ..meeting_shape import format_meeting_shape
from .common import quiz_functions
from .demos import show_visitor_meeting
from ..simulator import format_run, play, play_visitor
from ..store import Store
from ..views.meeting_timeline import meeting_timeline
from ..views.simulator import SimulatorView
from ..views.rehearsal import RehearsalView
from .. import rehearsal as _rehearsal
from .common import saved as _saved

SIMULATOR_ID = "06.1-conversation"
REHEARSAL_ID = _rehearsal.EXERCISE_ID
INTRO_ID = "03.1-introduction"
QUESTIONS_ID = "04.1-question-drafter"
QUIZ_ID = "06.9-quiz"
quiz_widget, print_quiz, choose = quiz_functions(QUIZ_ID)




def print_meeting_shape(minutes: int = 20) -> None:
    """Text fallback for the timeline: the stages, their minutes, what to do in each."""
    if not heading('the meeting timeline'):
        return
    print(format_meeting_shape(minutes))


def conversation_simulator(exercise_id: str = SIMULATOR_ID, store: Store | None = None) -> SimulatorView:
    """Exercise 6.1: the meeting with Ruth, played turn by turn."""
    return SimulatorView(exercise_id, store, title="Coffee with Ruth: the conversation simulator")


def print_my_meeting(exercise_id: str = SIMULATOR_ID, store: Store | None = None) -> None:
    """Plain-text copy: your last finished meeting (verdict and path), once you have one."""
    if not heading('your last meeting in the simulator', exercise_id, store):
        return
    value = _saved(exercise_id, store)
    if not isinstance(value, dict) or not value.get("runs"):
        print("No finished meeting saved yet: play the simulator above to the end, and your meeting appears here.")
        return
    print(format_run(value))


def my_plan(store: Store | None = None) -> "_rehearsal.MeetingPlan":
    """The plan a rehearsal uses: the saved introduction (3.1) and questions (4.1), read now."""
    store = store if store is not None else Store()
    values = []
    for eid in (INTRO_ID, QUESTIONS_ID):
        try:
            record = store.load(eid)
        except Exception:  # noqa: BLE001 - unreadable work counts as not saved; the store keeps the file
            record = None
        values.append(record.value if record is not None else None)
    return _rehearsal.plan_from_saved(*values)


def rehearse_my_meeting(exercise_id: str = REHEARSAL_ID, store: Store | None = None) -> RehearsalView:
    """Exercise 6.2: the simulator plays the contact to your own introduction and questions."""
    return RehearsalView(exercise_id, lambda: my_plan(store), store, title="Rehearse my meeting")


def print_my_rehearsal(exercise_id: str = REHEARSAL_ID, store: Store | None = None) -> None:
    """Plain-text copy: your last rehearsal of your own meeting, or what it needs."""
    if not heading('your last rehearsal of your own meeting', exercise_id, store):
        return
    value = _saved(exercise_id, store)
    if isinstance(value, dict) and value.get("runs"):
        print(_rehearsal.format_saved(value))
        return
    plan = my_plan(store)
    if not _rehearsal.can_start(plan):
        print(_rehearsal.rehearse(plan))
        return
    n = len(plan.questions)
    print(f"No finished rehearsal saved yet. Your plan has {n} question{'s' if n != 1 else ''}; rehearse it "
          "above, and your contact's verdict appears here.")


__all__ = ["rehearse_my_meeting", "print_my_rehearsal", "meeting_timeline", "print_meeting_shape", "conversation_simulator", "play", "play_visitor",
           "print_my_meeting", "quiz_widget", "print_quiz", "choose"]
__all__ += ["show_visitor_meeting"]

warm_coach()

fold_copies(globals())
