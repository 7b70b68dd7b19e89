# %% [markdown]
# # Put your interview plan together
#
# *What you'll do:* see everything you prepared in this course gathered into one interview plan. Fill the gaps it shows you and choose your first step. Then export the plan as a page you can print or keep.
#
# [← previous: Follow up and keep in touch](07_after_the_meeting.ipynb) · [Contents](00_start_here.ipynb) · [back to the start →](00_start_here.ipynb)

# %% [markdown]
# ## Learning objectives
#
# By the end of this lesson you will be able to:
#
# - **Review** your plan: who you want to learn from, your introduction, your questions in order, your request,
#   your thank-you and your keep-in-touch plan, in one place.
# - **Spot** what is still missing, and go to the lesson that fills it.
# - **Commit** to a first step: the person you will write to, and by when.
# - **Export** the plan to a folder you choose, as a page that prints well and as plain text you can edit.
#
# **Time:** ~20 min
#
# **Before this:** as many of lessons 1 to 7 as you have done. Nothing is required: the plan shows what is missing
# and links to the lesson that fills it.
#
# In JupyterLab, run the setup cell below to continue (or use **Run → Run All Cells**): it loads this lesson's tools. In the
# app view, everything is already running. **Coming back later in JupyterLab?** Run the cells again (Run → Run All Cells): your plan is
# built from everything you saved.

# %%
from lesson_utils.lessons.lesson08 import *  # this lesson's exercises

# %% [markdown]
# ## What goes into your plan
#
# Nothing new to write from scratch: the plan is made from the work you saved in each lesson.
#
# | Part of the plan | Comes from |
# |---|---|
# | Who you want to learn from, and why | [Lesson 1](01_why_ask_to_learn.ipynb), exercise 1.1 |
# | Your purpose and your 20-30 second introduction; your homework and your goal | [Lesson 3](03_know_what_you_want.ipynb), exercises 3.1 and 3.2 |
# | Your questions, most important first, each with its kind | [Lesson 4](04_drafting_questions.ipynb), the question drafter and checker |
# | The people you could ask, your request email, your follow-up and your reply to a no | [Lesson 5](05_asking_for_the_meeting.ipynb), exercises 5.1 to 5.4 |
# | How you will run the meeting (a checklist) and your rehearsal | [Lesson 6](06_running_the_conversation.ipynb), exercises 6.1 and 6.2 |
# | Your thank-you note, your keep-in-touch plan and your notes | [Lesson 7](07_after_the_meeting.ipynb), exercises 7.1 to 7.3 |
# | Your first step | This lesson, exercise 8.1 |
# | Who you asked, when to follow up, and where each request stands | [Lesson 5](05_asking_for_the_meeting.ipynb), exercise 5.5, updated in [lesson 7](07_after_the_meeting.ipynb) |
#
# Each part is marked **Ready** (the exercise is done), **Draft** (saved, but its checks still suggest changes) or **Not filled in yet**. Each has a link to the lesson that fills it. The parts about *after* the meeting (the notes, the
# keep-in-touch plan) stay empty until you have had one: that is expected.
#
# Only your own work goes into the plan. The course's examples, and the practice meeting with Ruth, stay out of it.

# %% [markdown]
# ## Your plan, gathered
#
# **Try this:** read your plan from top to bottom, as the person you will meet would experience it: your
# introduction, then your questions in order. **Notice:** does the introduction say plainly what you want to learn?
# Do the first three questions cover what matters most if the meeting is cut short?
#
# If something is missing or you want to change it, open its lesson (the links below open it), change the exercise
# there, then come back and press **Refresh my plan**.

# %%
plan_viewer()

# %% [markdown]
# *Plain-text version:* your whole plan, as text (the same text as the Markdown file the export writes).

# %%
print_plan()

# %% [markdown]
# ### Exercise 8.1 · Choose your first step (≈5 min)
#
# A plan becomes a meeting when you send the first request. Name the person you will write to first (a name, or
# who they are). Then pick the date by which you will send your request on the calendar: a day in the next week or
# two. Add a note on the timing if it helps, and put the date in your own calendar too. It goes at the top of your plan.

# %%
next_step("08.1-next-step")

# %% [markdown]
# *Plain-text version:* your saved first step, with the same feedback (or, before you have saved one, what to write).

# %%
print_next_step()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# - **The first person I will write to:** Ms Lin Chen, who moved from teaching into training design at Northwind.
#   Ana Ruiz at the library suggested her, so I will mention Ana in my request.
# - **By when:** Friday of next week, picked on the calendar.
# - **Note on the timing:** that morning, from the draft in lesson 5.
#
# A named person and a date close enough to feel real. "Someone in training, sometime soon" is a wish, not a step.
#
# </details>

# %% [markdown]
# ## Take it with you
#
# The export writes two files into a folder you choose:
#
# - **`interview-plan.html`**, a page to read on screen or print. Open it in your browser and use **Print**
#   (Ctrl+P, or ⌘P on a Mac); choose *Save as PDF* to keep a PDF. Each part of the plan starts on a new page.
# - **`interview-plan.md`**, the same plan as plain text (Markdown), to copy into an email, a notes app or a
#   document and edit there.
#
# **Where.** Type a folder name in the box: a name alone, such as the suggested `my_interview_plan`, means a folder
# beside the lessons; a full path such as `~/Documents/my_interview_plan` puts it elsewhere. If the folder does not
# exist, it is made. You can also change the file name. Exporting again replaces the files with your latest work.
#
# **If the course runs on a shared server** (a workshop's, or one online), that folder is on the server, not on
# your computer. So the export also gives you two **Download** links that carry the files themselves: click them to
# save the plan on your own computer before you leave.

# %% [markdown] lab-only
# **On Binder**, download before you leave: everything there is deleted when the session ends. **In the browser
# version** (nothing installed), the folder is in the browser's storage: it shows in the file list on the left, but
# not in your computer's folders. Click the two **Download** links to save the plan as files on your computer.

# %% [markdown]
# ### Exercise 8.2 · Export your plan (≈3 min)
#
# Check the folder and the file name, then press **Export my plan**. The message under the button says where the files went. If the folder cannot be written (a read-only disk, a folder you have no permission for), it says which folder. Then you can type another. The exercise is done once the files are written with every part of the plan filled in; export again after you fill in a missing part.

# %%
plan_exporter("08.2-export-plan")

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# After pressing **Export my plan** with the folder `my_interview_plan`, the message reads something like:
#
# > ✓ Good: Your plan was saved in the folder …/notebooks/my_interview_plan as interview-plan.md and
# > interview-plan.html.
#
# In JupyterLab's file browser (the folder icon on the left) the new folder appears next to the lessons. Open
# `interview-plan.html` from your computer's file manager to see it in your browser, or use the download link.
#
# </details>

# %% [markdown]
# ## Keep the plan alive
#
# Your plan is a tool you keep using, not a homework to hand in:
#
# - **Before each meeting**, read it through once and say your introduction aloud.
# - **After each meeting**, write your notes (lesson 7) and send your thank-you. Then update the plan: questions that were answered, new ones that came up, and the next people you were told about.
# - **Talk to several people** in a field before you decide about it. One guide suggests at least three, so that
#   one person's view does not decide for you.
# - **Export again** whenever it changes, and keep the newest copy where you will find it.

# %% [markdown]
# ## Check your understanding

# %%
quiz_widget("08.9-quiz")

# %% [markdown]
# *Plain-text version of the quiz:* the questions, and the reasons once you have answered (folded away; for a screen without buttons).

# %%
print_quiz()

# %% [markdown]
# ## Key points
#
# - Your interview plan gathers your work from every lesson: introduction and purpose, questions in order, the
#   request, the follow-ups, the thank-you and the keep-in-touch plan.
# - Fill the gaps it shows before you send a request: if they say "let's talk now", you are ready.
# - A first step has a person and a date.
# - Export it to a folder you choose; on a shared server, download it to your own computer.
# - Update it after every meeting: the plan grows with each person you learn from.
#
# ## What's next
#
# Send your first request by the date you chose. Come back to the [course map](00_start_here.ipynb) any time to see
# your progress, and to any lesson to rehearse: your work stays saved.
#
# [← previous: Follow up and keep in touch](07_after_the_meeting.ipynb) · [Contents](00_start_here.ipynb) · [back to the start →](00_start_here.ipynb)
