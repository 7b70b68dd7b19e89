# %% [markdown]
# # Follow up and keep in touch
#
# *What you'll do:* write up your notes while they are fresh, draft a thank-you note that your contact will remember,
# and make a plan for when to write again.
#
# [← previous: Run the conversation](06_running_the_conversation.ipynb) · [Contents](00_start_here.ipynb) · [next: Put your interview plan together →](08_your_interview_plan.ipynb)

# %% [markdown]
# ## Learning objectives
#
# By the end of this lesson you will be able to:
#
# - **Record** what you learned, how it fits you, and who to talk to next, straight after the meeting.
# - **Write** a short thank-you that names something specific and says how you will use it.
# - **Follow through** on introductions offered and on what you promised.
# - **Plan** when to write again, and with what reason, and keep private what the contact shared.
#
# **Time:** ~35 min
#
# **Before this:** lesson 6 (running the conversation). Exercises 7.1 and 7.3 are about your own meeting with your
# own contact. If you have not had one yet, read the lesson now and come back to them after your meeting.
#
# In JupyterLab, run the setup cell below to continue (or use **Run → Run All Cells**): it loads this lesson's tools. In the app
# version of the course (no code shown) this has already happened.
# **Coming back later in JupyterLab?** The exercises are blank until you run the cells again (Run → Run All Cells); then everything
# you saved comes back.

# %%
from lesson_utils.lessons.lesson07 import *  # this lesson's exercises

# %% [markdown]
# ## Why the follow-up matters
#
# The visitor in the story lost more than his time. His last request was for the coach's clients. He left her with no idea what he does or wants, so she could not introduce him to anyone. A relationship that might
# have grown ended with the meeting. (The story does not say whether he wrote afterwards; this lesson is about making
# sure *your* last impression is a good one.)
#
# What comes after the meeting prevents three of his mistakes:
#
# | The visitor's mistake | What prevents it (in this lesson) |
# | --- | --- |
# | He asked for clients, not for knowledge | A thank-you that gives (what you learned, how you'll use it) and asks for nothing new |
# | The contact could not tell what he wanted | Notes on what you learned and who next; a plan that reports back on her advice |
# | One meeting, then a closed door | Keeping in touch every few months, with a reason each time |

# %% [markdown]
# ## First, update your tracker (≈2 min)
#
# Open your outreach tracker from lesson 5. Choose the person you met and set their status to **Met**. Set it to
# **Thanked** once your note is sent. The top of the tracker shows what is due today: a follow-up to send, or a
# time to move on.

# %%
update_outreach_tracker()

# %% [markdown]
# *Plain-text version:* your saved tracker, with what is due today (folded away; for a screen without buttons).

# %%
print_outreach_due()

# %% [markdown]
# ## Write it down while it's fresh
#
# Write up your notes as soon as you leave, before the details fade. Note what you learned, how the work fits you (what attracts you, what worries you), and who to talk to next. Add anything you promised to do.

# %% [markdown]
# ### Exercise 7.1 · Write up your notes (≈5 min)
#
# Write about your own meeting: first who you met, then a few lines in each box. Not met anyone yet? Come back after
# your meeting; until then, the sample answer below shows what good notes look like. Only your own notes go into your
# plan in lesson 8. The practice meeting with Ruth in lesson 6 stays out of it.

# %%
meeting_notes("07.1-meeting-notes")

# %% [markdown]
# *Plain-text version:* the feedback on your saved notes (or on an example, if you have none yet).

# %%
print_notes_feedback()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# Sam Okafor's notes after meeting Ms Chen (the request you saw in lesson 5):
#
# - **Who I met:** Ms Lin Chen, training designer at Northwind.
# - **What I learned:** Training design starts from what people will do on Monday morning, not from the slides. Most
#   new designers start by redesigning training they already give.
# - **How it fits me:** I like building courses. Long projects with many reviewers worry me.
# - **Who next, and what I promised:** Dev Patel (learning team at Northwind). Promised Ms Chen: tell her how the
#   reworked lesson goes.
#
# </details>

# %% [markdown]
# ## The thank-you note
#
# - **When.** Soon. Most guides say within 24 hours; some say the same day; one university guide allows 3 to 5 days
#   when you write to an alum. Guides differ, so choose, but sooner is safer.
# - **How.** Email is fastest and keeps a thread you can reply to later. A handwritten card can be an extra.
# - **What.** Thank them; name one specific thing you learned, and how you will use it (or already have).
# - **Introductions.** If they offered to introduce you to someone, thank them for it and gently remind them.
# - **Nothing extra.** No resume unless they offered to take one, and no new favours.
# - **Length.** Short: under about 150 words, readable in a minute on a phone.
# - **Then do what you promised**, and tell them when it's done.

# %% [markdown]
# ### Exercise 7.2 · Draft your thank-you note (≈7 min)
#
# Tick what happened in the meeting, choose when you will send the note, write it, and press **Check my note**.
# Each check says what it found and what to add. Your draft is saved each time you check it or leave the box.

# %%
thank_you_drafter("07.2-thank-you")

# %% [markdown]
# *Plain-text version:* your saved note with its checks (folded away; for a screen without buttons).

# %%
print_my_thank_you()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# Sam Okafor, the teacher whose request to Ms Chen you saw in lesson 5, writes after their meeting:
#
# > Dear Ms Chen,
# >
# > Thank you for meeting me on Tuesday. Your point about designing for what people will do on Monday morning changed
# > how I see training. This week I'll rework one of my own lessons that way, and I'll tell you how it goes.
# >
# > Thank you too for offering to introduce me to your colleague Dev Patel. I'd be glad of his email address whenever
# > it suits you.
# >
# > Best wishes,
# > Sam Okafor
#
# Sent the same evening, by email. It has about 70 words and one specific point in her words. It says what Sam will
# do with it, gently reminds her of the introduction, and has no resume.
#
# </details>

# %% [markdown]
# ## Keep what they told you to yourself
#
# A contact may speak frankly in a meeting like this: about their employer, their pay, a colleague, a plan not yet
# public. They do so because they trust you. Keep that trust:
#
# - **Your notes are for you.** Do not post them, forward them, or quote the contact in public without asking.
# - **Ask before you use their name.** "May I say you suggested I write?" before you mention them to someone new.
# - **Pass on advice, not secrets.** You can tell the next person what you learned about the field. Leave out what
#   was said about named people or an employer's plans.
# - **If they ask you to keep something private,** do. If they say "Don't quote me", you do not.
# - **Respect a topic they avoid.** If they do not want to talk about something, move on.
#
# Sources:
#
# - "reflect on the appropriateness of disclosing the information to others", UC Berkeley ([career.berkeley.edu](https://career.berkeley.edu/Info/InfoInterviewEtiquette)).
# - Respect anything your contact does not want to talk about, Yale ([postdocs.yale.edu](https://postdocs.yale.edu/book/export/html/741)).
# - Ask before using a name as a referral ([thefineprint.edublogs.org](http://thefineprint.edublogs.org/assignments/persuasive-research-essay/interviews/)).

# %% [markdown]
# ## Keeping in touch
#
# One meeting is the start of a relationship, not the end of a transaction. Write again every few months (one guide
# says up to three times a year), and have a reason each time:
#
# - **Advice you followed:** "You suggested coaching a few people for free. I did, and here's what I found."
# - **News:** a course finished, a talk given, and above all, tell them when you land a role.
# - **Something useful to them:** an article, an event or a talk they would enjoy, with one line on why.
# - **Congratulations** when you see news of theirs.

# %% [markdown]
# ### Exercise 7.3 · Plan when to write again (≈5 min)
#
# Add each person you have really met (your own contacts, not Ruth from the practice meeting). Write their name, pick
# the date you met on the calendar, and choose how often to write. Add anything you promised. The plan lists the next letter to each person, soonest first;
# choose a person to see their full plan, or to edit or remove them.

# %%
keep_in_touch_planner("07.3-keep-in-touch")

# %% [markdown]
# *Plain-text version:* your saved keep-in-touch plan (folded away; for a screen without buttons).

# %%
print_my_plan()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# Sam's plan for Ms Chen, met on 2026-12-08, writing every 4 months:
#
# - 2026-12-09: the thank-you (within 24 hours).
# - 2026-12-15: tell her how the reworked lesson went (what Sam promised).
# - 2027-04-08: which piece of her advice Sam followed, and how it went.
# - 2027-08-08: an article or event she would find useful.
# - 2027-12-08: Sam's news, above all a new role, and congratulations on hers.
#
# </details>

# %% [markdown]
# ## Check your understanding

# %%
quiz_widget("07.9-quiz")

# %% [markdown]
# *Plain-text version of the quiz:* the questions, and the reasons once you have answered (folded away; for a screen without buttons).

# %%
print_quiz()

# %% [markdown]
# ## Key points
#
# - Write up your notes at once: what you learned, how it fits you, who next, what you promised.
# - Thank them soon (most guides: within 24 hours), by email, naming something specific and how you will use it.
# - Thank them for any introduction offered and gently remind them; no resume unless they offered.
# - Do what you promised, and write again every few months with a reason: advice followed, news, something useful.
# - What the contact shared stays private: ask before you quote them or use their name.
#
# ## What's next
#
# In lesson 8 you bring it all together into your own interview plan: who you are and what you want, your
# questions, your request email and your thank-you.
#
# [← previous: Run the conversation](06_running_the_conversation.ipynb) · [Contents](00_start_here.ipynb) · [next: Put your interview plan together →](08_your_interview_plan.ipynb)
