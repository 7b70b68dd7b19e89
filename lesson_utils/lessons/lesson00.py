"""What 00_start_here.ipynb uses."""

from .common import fold_copies, heading
from ..check import format_checks, run_checks
from ..course import course_map, format_course_map
from ..paths import data_dir
from ..views.course_map import course_map_widget
from ..views.setup_check import setup_check


def print_setup_check() -> None:
    """Text fallback for the setup check."""
    if not heading('the setup check'):
        return
    print(format_checks(run_checks(), in_lesson=True))


def print_course_map() -> None:
    """Text fallback for the course map."""
    if not heading('the course map'):
        return
    print(format_course_map(course_map()))


def where_is_my_work() -> None:
    """Show the folder that holds the learner's saved work (as a line of the page, not a printout)."""
    from ..browser_mode import in_browser
    from ..text import escape
    from .demos import show

    folder = str(data_dir())
    if in_browser():
        note = "Clearing the browser's data erases it: export your plan in lesson 8 to keep a copy."
        show(f"<p>Your work is saved in this browser only, on this computer, in the folder: "
             f"<strong>{escape(folder)}</strong>. {note}</p>",
             f"Your work is saved in this browser only, on this computer, in the folder:\n  {folder}\n{note}")
        return
    show(f"<p>Your work is saved in this folder: <strong>{escape(folder)}</strong></p>",
         f"Your work is saved in this folder:\n  {folder}")


__all__ = ["setup_check", "course_map_widget", "print_setup_check", "print_course_map", "where_is_my_work"]

fold_copies(globals())
