"""What the lesson modules share: saved work for the plain-text copies, and the quiz glue.

The plain-text copies (the ``print_*`` functions) are for a screen that cannot show the
exercises' buttons. They follow three rules:

* in the app (Voila) they print nothing: the app always shows the exercises;
* each starts with one line saying what it is and when it was saved ("as saved at 10:42");
* before the learner has saved an answer, they print the questions only, never the answers.
"""

from __future__ import annotations

import contextlib
import functools
import io
import time

from ..quiz import Quiz, display_orders, format_result, grade, quiz_for
from ..store import Store, StoreError

from ..app_mode import APP_MARKERS, in_app  # noqa: F401  (the lessons' name for it)


def _record(exercise_id: str, store: Store | None = None):
    try:
        store = store if store is not None else Store()
        record = store.load(exercise_id)
        for note in store.take_notices():
            print("Note:", note)
        return record
    except (StoreError, OSError, ValueError) as exc:
        print("Note: your saved work could not be read:", exc)
        return None


def saved(exercise_id: str, store: Store | None = None):
    """The learner's saved value for ``exercise_id``, or None; problems are printed in words, never raised."""
    record = _record(exercise_id, store)
    return record.value if record is not None else None


def clock(seconds: float | None = None) -> str:
    """``HH:MM`` in local time."""
    return time.strftime("%H:%M", time.localtime(seconds if seconds is not None else time.time()))


def heading(what: str, exercise_id: str | None = None, store: Store | None = None) -> bool:
    """Print the copy's first line; return False (print nothing) in the app, where no copy is wanted."""
    if in_app():
        return False
    record = _record(exercise_id, store) if exercise_id else None
    if record is not None and getattr(record, "saved_at", 0):
        when = f"as saved at {clock(record.saved_at)}"
    elif exercise_id:
        when = f"printed at {clock()}, when you had saved nothing here yet"
    else:
        when = f"printed at {clock()}"
    print(f"Plain-text copy of {what}, {when}. Run this cell again to refresh it.")
    print()
    return True


def _in_kernel() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


def show_folded(text: str) -> None:
    """Show a copy folded behind its first line (HTML ``<details>``), with the whole text as plain text.

    A frontend that shows HTML (JupyterLab, VS Code) shows one line to open; one that shows only text
    (a terminal, a static converter set to text) shows everything. Outside a kernel it is printed.
    """
    if not text.strip():
        return
    if not _in_kernel():
        print(text, end="")
        return
    from IPython.display import display

    from ..text import escape

    first, _, rest = text.partition("\n")
    html = ('<details><summary style="cursor:pointer">' + escape(first) + "</summary>"
            '<div style="white-space:pre-wrap;font-family:inherit;margin:0.4em 0 0 1em">'
            + escape(rest.strip("\n")) + "</div></details>")
    display({"text/plain": text.rstrip("\n"), "text/html": html}, raw=True)


def folded(fn):
    """Wrap a ``print_...`` copy so that in a kernel it shows folded (see :func:`show_folded`)."""
    if getattr(fn, "_folded", False):
        return fn

    @functools.wraps(fn)
    def inner(*args, **kwargs):
        if in_app():
            return None
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            result = fn(*args, **kwargs)
        show_folded(buf.getvalue())
        return result

    inner._folded = True
    return inner


def fold_copies(names: dict) -> None:
    """Fold every ``print_...`` function of a lesson module (call with ``globals()``)."""
    for name, value in list(names.items()):
        if name.startswith("print_") and callable(value):
            names[name] = folded(value)


# --- quizzes -------------------------------------------------------------------------------

def quiz_questions_text(quiz: Quiz) -> str:
    """The questions with numbered answers, and how to answer without the buttons. No answer is given away."""
    lines = [quiz.title]
    orders = display_orders(quiz)  # numbered as the buttons above show them, so choose(1, 2) means what it says
    for n, q in enumerate(quiz.questions, 1):
        lines.append(f"Question {n}. {q.prompt}")
        for shown, i in enumerate(orders[q.id], 1):
            lines.append(f"   {shown}) {q.options[i].text}")
    lines += ["", "If you cannot see the buttons above, answer here instead: in a new cell type the word choose,",
              "then in brackets the question's number and your answer's number. For example, choose(1, 2) "
              "answers question 1 with answer 2.", "The reasons appear once you have answered."]
    return "\n".join(lines)


def quiz_functions(default_id: str):
    """A lesson's ``quiz_widget``, ``print_quiz`` and ``choose``, with the lesson's quiz id as their default."""

    def quiz_widget(exercise_id: str = default_id, store=None):
        """The lesson's quiz as a widget, named by its exercise id."""
        from ..views.quiz import QuizView

        return QuizView(quiz_for(exercise_id), store)

    def print_quiz(exercise_id: str = default_id, store=None) -> None:
        """Plain-text copy: the questions; the feedback on your answers only once you have saved some."""
        if not heading("the quiz", exercise_id, store):
            return
        quiz = quiz_for(exercise_id)
        value = saved(exercise_id, store)
        if isinstance(value, dict) and isinstance(value.get("answers"), dict) and any(
                v is not None for v in value["answers"].values()):
            print(quiz_questions_text(quiz))
            print()
            print("Your saved answers:")
            print(format_result(grade(quiz, value["answers"])))
        else:
            print(quiz_questions_text(quiz))

    def choose(question: int, answer: int, exercise_id: str = default_id, store=None) -> None:
        """Answer quiz question ``question`` with answer ``answer`` (both counted from 1), without the buttons."""
        quiz = quiz_for(exercise_id)
        store = store if store is not None else Store()
        if not isinstance(question, int) or not 1 <= question <= len(quiz.questions):
            print(f"There are questions 1 to {len(quiz.questions)}: choose(question number, answer number).")
            return
        q = quiz.questions[question - 1]
        if not isinstance(answer, int) or not 1 <= answer <= len(q.options):
            print(f"Question {question} has answers 1 to {len(q.options)}.")
            return
        value = saved(exercise_id, store)
        answers = dict(value["answers"]) if isinstance(value, dict) and isinstance(value.get("answers"), dict) else {}
        answers[q.id] = display_orders(quiz)[q.id][answer - 1]  # the answer numbered as printed and shown
        result = grade(quiz, answers)
        status = "done" if result.complete else "in_progress"
        store.save(exercise_id, {"answers": answers, "score": result.score, "total": result.total}, status)
        r = result.results[question - 1]
        print(f"Question {question}: {r.feedback}")
        print(result.summary)

    return quiz_widget, folded(print_quiz), choose


# --- the question coach, warmed once the lesson's cells are done ------------------------------------

_warmed = []

#: Seconds the kernel must stay idle (no cell running) before the coach warms in the background.
WARM_WHEN_IDLE_FOR = 0.3


def _warm_once() -> None:
    """The in-browser warm-up: one review. There, warming blocks the kernel (no threads), so a
    longer one would hold up a click that arrives during it."""
    try:
        from ..coach import review

        review("How did you find your first clients?")
    except Exception:  # warming is only an optimisation; the first real call reports any problem
        pass


def _warm_run() -> None:
    """Load the coach and build the patterns most questions need.

    The coach builds a word pattern the first time a question uses it, so a first question with new
    words still paid 80 ms or more after a single warm-up review. Reviewing the course's own example
    questions (lesson 4's bank, about 0.4 s in the background) builds the common ones."""
    try:
        import time

        from ..coach import review
        from ..question_bank import examples

        review("How did you find your first clients?")
        for example in examples():
            review(example.text)
            time.sleep(0)  # let a click that arrives meanwhile run between two reviews
    except Exception:  # warming is only an optimisation; the first real call reports any problem
        pass


class _IdleWarmer:
    """Warm the coach in a background thread once no cell has run for ``WARM_WHEN_IDLE_FOR`` seconds.

    While Run All is running the lesson's cells, warming beside them would only slow them down (the
    threads share one interpreter); once they are done, the learner reads and types for seconds, and
    the coach is ready before the first click. A run with no pause between cells and no idle time
    after them (a batch run such as nbval) never needs it, and never pays for it.
    """

    def __init__(self, shell, run=_warm_run):
        self.shell = shell
        self.run = run
        self.timer = None
        self.thread = None  # set when the warming has started
        self.lock = __import__("threading").Lock()

    def start(self) -> None:
        self.shell.events.register("pre_run_cell", self.cell_starts)
        self.shell.events.register("post_run_cell", self.cell_done)
        self._arm()

    def _arm(self) -> None:
        import threading

        with self.lock:
            if self.thread is not None:
                return
            if self.timer is not None:
                self.timer.cancel()
            self.timer = threading.Timer(WARM_WHEN_IDLE_FOR, self._fire)
            self.timer.daemon = True
            self.timer.name = "warm-coach-when-idle"
            self.timer.start()

    def cell_starts(self, *args) -> None:
        with self.lock:
            if self.timer is not None and self.thread is None:
                self.timer.cancel()

    def cell_done(self, *args) -> None:
        self._arm()

    def _fire(self) -> None:
        import threading

        with self.lock:
            if self.thread is not None:
                return
            self.thread = threading.current_thread()
        self.run()

    def wait(self, timeout: float) -> None:
        """Wait for a warming that has started (a pending one is left: the caller builds the coach itself)."""
        import threading

        thread = self.thread
        if thread is not None and thread.is_alive() and thread is not threading.current_thread():
            thread.join(timeout)


def _shell():
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    shell = get_ipython()
    return shell if shell is not None and getattr(shell, "kernel", None) is not None else None


def warm_coach() -> None:
    """Load and compile the question coach in the background, once per kernel.

    Its first review loads data and compiles patterns (a few hundred milliseconds); doing that while
    the learner reads means the first press of a coach-backed button answers at once. In a kernel it
    starts once the cells have stopped running (see :class:`_IdleWarmer`); elsewhere at once.
    """
    if _warmed:
        return
    import sys
    import threading

    run = _warm_run
    if sys.platform == "emscripten":  # in the browser there are no threads: warm once the cell is done
        run = _warm_once
        _warmed.append(run)
        try:
            import asyncio

            asyncio.get_event_loop().call_soon(run)
        except Exception:
            run()
        return
    shell = _shell()
    if shell is not None and hasattr(shell, "events"):
        warmer = _IdleWarmer(shell, run)
        _warmed.append(warmer)
        warmer.start()
        return
    thread = threading.Thread(target=run, name="warm-coach", daemon=True)
    _warmed.append(thread)
    thread.start()


def wait_for_coach(timeout: float = 30.0) -> None:
    """If the coach is being warmed in the background, wait for it to finish.

    A cell that uses the coach at once (lesson 4's worked review, lesson 3's check on the sample
    introduction) would otherwise build the coach's patterns a second time beside the warming thread.
    """
    import threading

    for item in list(_warmed):
        if isinstance(item, _IdleWarmer):
            item.wait(timeout)
        elif isinstance(item, threading.Thread) and item.is_alive() and item is not threading.current_thread():
            item.join(timeout)
