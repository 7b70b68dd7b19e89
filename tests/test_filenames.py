"""Safe file names and the folder box: table tests and properties."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lesson_utils.filenames import MAX_BYTES, RESERVED, check_folder_text, path_in, safe_filename


@pytest.mark.parametrize("name, expected", [
    ("interview-plan", "interview-plan"),
    ("My plan for Priya", "My-plan-for-Priya"),
    ("../../etc/passwd", "etc-passwd"),
    ("..", "interview-plan"),
    ("...", "interview-plan"),
    ("a/../../b", "a-.-.-b"),
    ("C:\\Windows\\system32", "C-Windows-system32"),
    ("plan?*<>|\":", "plan"),
    ("", "interview-plan"),
    ("   \n\t ", "interview-plan"),
    (None, "interview-plan"),
    (42, "42"),
    (".bashrc", "bashrc"),
    ("plan.", "plan"),
    ("CON", "plan-CON"),
    ("con.txt", "plan-con.txt"),
    ("lpt9", "plan-lpt9"),
    ("Nul", "plan-Nul"),
    ("console", "console"),
    ("Plan für Zoë", "Plan-für-Zoë"),
    ("中文计划", "中文计划"),
    ("خطة المقابلة", "خطة-المقابلة"),
    ("תוכנית", "תוכנית"),
    ("plan 🙂", "plan-🙂"),
    ("x\x00y\x07z\x1b", "xyz"),
    ("\u202egpj.exe", "gpj.exe"),  # a right-to-left override would disguise the name
    ("a\u200bb", "ab"),  # zero-width space
    ("<script>alert(1)</script>", "script-alert(1)-script"),
    ("a -- b", "a-b"),
])
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


def test_a_custom_default_and_length_in_bytes():
    assert safe_filename("///", default="plan") == "plan"
    long = safe_filename("é" * 500)
    assert len(long.encode("utf-8")) <= MAX_BYTES and set(long) == {"é"}
    assert len(safe_filename("a" * 1000)) == MAX_BYTES


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_a_safe_name(name):
    out = safe_filename(name)
    assert out and out == out.strip(" .-_")
    assert not any(ch in out for ch in '<>:"/\\|?*')
    assert ".." not in out
    assert not any(unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"} for ch in out)
    assert out.split(".")[0].casefold() not in RESERVED
    assert len(out.encode("utf-8", "surrogatepass")) <= MAX_BYTES


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_path_in_never_leaves_the_folder(tmp_path_factory, name):
    folder = tmp_path_factory.getbasetemp() / "chosen"
    target = path_in(folder, name, ".md")
    assert target.parent == folder
    assert os.path.normpath(target).startswith(str(folder) + os.sep)


@pytest.mark.parametrize("text, ok", [
    ("my_interview_plan", True),
    ("~/Documents/my interview plan", True),
    ("/tmp/plans", True),
    ("C:\\Users\\sam\\plan", True),
    ("D:/plan", True),
    ("Plan für Zoë", True),
    ("خطة", True),
    ("", False),
    ("   ", False),
    ("a" * 1001, False),
    ("plan?", False),
    ("<script>alert(1)</script>", False),
    ("<img src=x onerror=alert(1)>", False),
    ("a:b", False),
    ("plan\x00", False),
    ("plan\x1b[31m", False),
])
def test_check_folder_text(text, ok):
    folder, problem = check_folder_text(text)
    assert (problem == "") is ok
    if ok:
        assert folder == text.strip()
    else:
        assert folder == "" and problem.endswith(".")


def test_folder_messages_say_what_to_do():
    assert "my_interview_plan" in check_folder_text("")[1]
    assert "?" in check_folder_text("why?")[1]
    assert "control characters" in check_folder_text("a\x07b")[1]


def test_path_in_rejects_nothing_it_made_itself(tmp_path):
    assert path_in(tmp_path, "../x", ".html") == tmp_path / "x.html"
    assert path_in(Path("rel"), "a/b", ".md") == Path("rel") / "a-b.md"
