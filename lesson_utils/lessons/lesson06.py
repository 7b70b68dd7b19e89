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
from .common import saved as _saved

SIMULATOR_ID = "06.1-conversation"
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


__all__ = ["meeting_timeline", "print_meeting_shape", "conversation_simulator", "play", "play_visitor",
           "print_my_meeting", "quiz_widget", "print_quiz", "choose"]
__all__ += ["show_visitor_meeting"]

warm_coach()

fold_copies(globals())
