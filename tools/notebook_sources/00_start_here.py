# %% [markdown]
# # Start here: how the course works
#
# *What you'll do:* find out what this course is, check that your computer is ready, and see the map of the lessons ahead.
#
# [Contents: the course map](#The-course-map) · [next: Why ask to learn →](01_why_ask_to_learn.ipynb)

# %% [markdown]
# ## What this course is
#
# **Ask to Learn** teaches *informational interviewing*: asking someone who works in a field for a short
# meeting, so that you can learn from them. You do not ask for a job, and you do not sell anything. You learn how their work really looks, what it takes, and who else you could talk to.
#
# It is a skill for every stage of a working life. Students use it to choose a path. Career changers use it to test a new field before they commit to it. Job seekers use it to find their way in. Experienced people (managers, experts, chief executives) use it too, under names like mentoring or comparing notes.
#
# The course is built around a story of a meeting that went wrong: a visitor asked a career coach for a meeting, then came with no questions. It is based on the coach's published account, with details imagined by us to make it teachable. You will also see what the visitor could have done
# instead. By the end you will have **your own interview plan**. It holds who you are and what you want, in a few sentences. It also holds the questions you will bring, the email that asks for the meeting, and the thank-you note.
#
# **Who it is for:** anyone, working alone or in a workshop. You do not need to know any programming.

# %% [markdown]
# ## Words used in this course
#
# | Word | What it means here |
# |---|---|
# | **Informational interview** | A short meeting you ask for, to learn about a field or a job from someone who works in it. It is not a job interview, and you do not ask for a job. |
# | **Asker** | You: the person who asks for the meeting. The asker runs the meeting. You open it, ask the questions, keep the time and close it. |
# | **Contact** | The person you meet and learn from. |
# | **Faux pas** | A social mistake (French, said "foh PAH"). It makes a meeting awkward, even when nobody meant harm. |
# | **Referral** | When your contact suggests someone else you could talk to, or passes your name to them. |
# | **Follow-up** | What you send after a first message or a meeting: a polite reminder, a thank-you note, or news later on. |

# %% [markdown] lab-only
# ## How to use a notebook
#
# A notebook is a page made of *cells*. Some cells hold text (like this one). Others hold a line or two of
# code that builds an exercise for you. **You never need to change the code.**
#
# - **To run a cell**, click into it and press **Shift + Enter** (or the ▶ button in the toolbar).
# - **To run the whole notebook at once**, use the menu **Run → Run All Cells**. Do this first in every lesson.
# - **Your work is saved for you** each time you press *Save* or leave a text box. It goes into a folder on this computer that the course looks after (shown below); in the browser version of the course, with nothing installed, it is kept in this browser instead. Closing the notebook or restarting does not lose it: run the
#   notebook again and your answers come back.
# - **If JupyterLab asks "Save changes … before closing?"** when you close a lesson, either answer is safe.
#   Your answers are kept by the course, not in the lesson's file, so neither *Save* nor *Discard* loses any.
# - Every exercise also has a plain-text version in the cell under it, for when the interactive part cannot show.
#
# Now run the setup cell below to continue: it loads the tools this page uses. Do it again whenever you reopen a lesson.

# %%
from lesson_utils.lessons.lesson00 import *  # this lesson's exercises

# %% [markdown] lab-only
# ## Check your setup (≈2 min)
#
# Run the next cell. You should see a table where every line says **OK**, then a number to pick and a button.
# Pick a number and press **Try the buttons**: a line should appear saying that the course received your number.
#
# **If you see something else:**
#
# - **Text such as `SetupCheck(...)`, `Dropdown(value=3, ...)`, `IntSlider(...)` or `VBox(children=...)`** instead of the
#   exercise: the notebook was opened without running it, or your browser cannot show widgets. Use
#   **Run → Run All Cells**. If the text stays, reload the browser page; in an older Jupyter, ask your
#   instructor to install the course's requirements (`make start` does it for you).
#   In the browser version, reload the page; if the text stays, try another up-to-date browser.
# - **"Loading widget..." that never goes away:** the page lost touch with Python. Use
#   **Kernel → Restart Kernel and Run All Cells**, then reload the browser page.
# - **A line marked ✗ Problem:** do what it says, or show it to your instructor.
# - **"This cell needs the lesson's setup first":** the lesson's setup cell has not run since Python
#   restarted. Use **Run → Run All Cells**; your saved work comes back.
# - **A red box with `NameError` in it** (in a Jupyter set up without the course's own start): the
#   same thing, said by Python. Use **Run → Run All Cells**.
#
# If the course is installed on your computer, you can also run the same checks in a terminal, before a workshop:
# `python -m lesson_utils.check`. In the browser version there is nothing to install: this page is the whole check.

# %%
setup_check("00.1-setup-check")

# %% [markdown]
# *Plain-text version:* the same checks, printed (useful if the widget above does not show).

# %%
print_setup_check()

# %% [markdown]
# ## Where your work is saved
#
# The course keeps your answers as small files in the folder printed below: one file per exercise. They stay on
# this computer (or in your own space on a shared server), and nothing is sent anywhere. (An instructor can
# choose another folder: the instructors' setup guide says how.) In the last lesson you will export everything as
# one plan you can print or keep.

# %% [markdown] lab-only
# **In the browser version** the files are kept in this browser's storage, on this computer only: the check
# above says so, and warns in red if this page cannot keep them. Another browser or computer does not see them,
# and clearing the browser's data erases them, so export your plan in lesson 8.

# %%
where_is_my_work()

# %% [markdown]
# ## The course map
#
# Each lesson takes 10 to 50 minutes. Your progress comes from your saved work: a lesson is *done* when its
# exercises are done. Come back here and press **Refresh progress** whenever you like.

# %%
course_map_widget()

# %% [markdown]
# *Plain-text version of the map:*

# %%
print_course_map()

# %% [markdown]
# ## What's next
#
# Start with lesson 1, which explains what informational interviewing is and why people say yes to it.
#
# [Contents: the course map](#The-course-map) · [next: Why ask to learn →](01_why_ask_to_learn.ipynb)
