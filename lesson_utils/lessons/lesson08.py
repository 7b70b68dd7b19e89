"""What 08_your_interview_plan.ipynb uses."""

from __future__ import annotations

from .common import fold_copies, heading, warm_coach

from ..export import DEFAULT_FOLDER, write_plan
from ..export import plan_markdown as _plan_markdown
from ..filenames import DEFAULT_NAME
from ..first_step import DATE_LABEL, FIELDS as NEXT_STEP_FIELDS, check as check_next_step, migrate, readable
from ..plan import build_plan
from .common import quiz_functions
from ..store import Store
from ..views.plan import plan_exporter, plan_viewer
from ..views.first_step import FirstStepView
from .common import saved as _saved

NEXT_STEP_ID = "08.1-next-step"
EXPORT_ID = "08.2-export-plan"
QUIZ_ID = "08.9-quiz"
quiz_widget, print_quiz, choose = quiz_functions(QUIZ_ID)
_MARKS = {"good": "✓ Good:", "fix": "✗ To improve:", "info": "ℹ Note:", "warn": "! Problem:"}


def _store(store: Store | None) -> Store:
    return store if store is not None else Store()




def plan_markdown(store: Store | None = None) -> str:
    """Your plan as Markdown text: ``print(plan_markdown())`` is the text version of the plan."""
    return _plan_markdown(build_plan(_store(store)))


def print_plan(store: Store | None = None) -> None:
    """Plain-text copy of your whole plan (the same text as the Markdown file the export writes)."""
    if not heading("your interview plan"):
        return
    print(plan_markdown(store))
    print()
    print("To save your plan as files without the buttons, type export_plan() in a new cell and run it.")


def export_plan(folder: str = DEFAULT_FOLDER, name: str = DEFAULT_NAME, store: Store | None = None) -> None:
    """Write the plan's two files (only when asked) and say where they went."""
    print(save_plan(folder, name, store))


def next_step(exercise_id: str = NEXT_STEP_ID, store: Store | None = None) -> FirstStepView:
    """Exercise 8.1: the first person you will write to, and the date picked on a calendar."""
    return FirstStepView(exercise_id, store=store)


def print_next_step(exercise_id: str = NEXT_STEP_ID, store: Store | None = None) -> None:
    """Text fallback: your saved first step with its feedback, or what to write."""
    if not heading('your first step', exercise_id, store):
        return
    saved, notice = migrate(_saved(exercise_id, store))
    if not any(v.strip() for v in saved.values()):
        print("No first step saved yet. Write down:")
        print(f"  - {NEXT_STEP_FIELDS[0][1]}\n      ({NEXT_STEP_FIELDS[0][2]})")
        print(f"  - {DATE_LABEL}\n      (a day in the next week or two)")
        return
    print(f"- {NEXT_STEP_FIELDS[0][1]}:\n    {saved['who'].strip() or '(empty)'}")
    print(f"- {DATE_LABEL}:\n    {readable(saved['by']) or '(no date picked yet)'}")
    if saved["by_note"].strip():
        print(f"- {NEXT_STEP_FIELDS[1][1]}:\n    {saved['by_note'].strip()}")
    if notice:
        print(f"  {_MARKS['info']} {notice}")
    for kind, text in check_next_step(saved):
        print(f"  {_MARKS.get(kind, _MARKS['info'])} {text}")


def save_plan(folder: str = DEFAULT_FOLDER, name: str = DEFAULT_NAME, store: Store | None = None) -> str:
    """Text fallback of the export: write the plan's two files and return what happened, in words.

    ``print(save_plan())`` writes ``my_interview_plan/interview-plan.md`` and ``.html`` next to the
    notebook; ``print(save_plan("~/Documents/plan"))`` writes them elsewhere.
    """
    plan = build_plan(_store(store))
    outcome = write_plan(plan, folder, name)
    lines = [outcome.message]
    if outcome.ok:
        lines += [f"  {p}" for p in outcome.files]
        lines.append("Open the .html file in your browser to read or print it.")
    if plan.missing:
        n = len(plan.missing)
        lines.append(f"{n} part{'s' if n != 1 else ''} of your plan {'are' if n != 1 else 'is'} still to do (listed at the top of the files).")
    return "\n".join(lines)






__all__ = ["plan_viewer", "plan_markdown", "next_step", "print_next_step", "plan_exporter", "save_plan", "print_plan", "export_plan",
           "quiz_widget", "print_quiz", "choose"]

warm_coach()

fold_copies(globals())
