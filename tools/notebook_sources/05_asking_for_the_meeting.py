# %% [markdown]
# # Ask for the meeting
#
# *What you'll do:* find people to ask, and write a short request they can easily say yes to. Then prepare the one follow-up and the gracious reply to a no.
#
# [← previous: Draft questions that open doors](04_drafting_questions.ipynb) · [Contents](00_start_here.ipynb) · [next: Run the conversation →](06_running_the_conversation.ipynb)

# %% [markdown]
# ## Learning objectives
#
# By the end of this lesson you will be able to:
#
# - **Find** people to ask, starting with those you know, and grow the list by asking each for names.
# - **Write** a request of under about 150 words that says how you found them, why them, and asks for a small,
#   specific amount of time. Then write it again as a note of 300 characters or fewer.
# - **Choose** how much time to ask for, and fit their schedule and place.
# - **Follow up** once, politely, and then move on.
# - **Respond** graciously to a no, and be ready when someone says "let's talk now".
# - **Track** who you asked, and when to follow up.
#
# **Time:** ~50 min
#
# **Before this:** [Lesson 3](03_know_what_you_want.ipynb): the request reuses your introduction.
# [Lesson 4](04_drafting_questions.ipynb)'s questions help if someone wants to talk at once.
#
# In JupyterLab, run the setup cell below to continue (or use **Run → Run All Cells**): it loads this lesson's exercises. In the app
# version of the course (no code shown) this has already happened. **Coming back later in JupyterLab?** The exercises are blank until you
# run the cells again (Run → Run All Cells); then everything you saved comes back.

# %%
from lesson_utils.lessons.lesson05 import *  # this lesson's exercises

# %% [markdown]
# ## What this lesson prevents
#
# The coach in lesson 2 said yes to the visitor's request. Then she sat through a meeting where she was never sure what he wanted from her, apart from her client list. A good request settles that before anyone sits down. It says **why you chose them and what you want to learn**. It says plainly that you are **not** after a job or business.
#
# **The visitor's mistakes this lesson prevents:** a meeting whose purpose was unclear from the start, and the request for clients (it has no place in the request or the meeting). It also prevents arriving unready. You avoid that by knowing what you asked for, and by being ready to talk the moment they say yes.

# %% [markdown]
# ## Who to ask, and how to find them
#
# Start close and work outward:
#
# 1. **People you already know**: friends, family, former colleagues, neighbours, classmates. Even if they are not in
#    the field, ask them who they know who is.
# 2. **Alumni** of your school, college or training programme: many keep a directory. A shared school is a natural reason to write.
# 3. **Professional associations, groups and events**: member lists, LinkedIn groups, meetups, talks.
# 4. **Everyone you meet**: at the end of each conversation ask, *"Who else would you suggest I talk to?"* That is how
#    the list grows.
#
# Plan to talk to **at least three people** in a field, so that one person's view does not decide for you.
#
# **Why busy people say yes** (from lesson 1): someone they know sent you, or they like to stay connected. Experts enjoy sharing what they know, and helping feels good. A good request uses each
# reason: it names the connection, and it says why *their* experience is the one you need.

# %% [markdown]
# ### Exercise 5.1 · Find people to ask (≈5 min)
#
# Write down who you could ask. Names or descriptions are enough. The feedback appears when you leave a box.

# %%
who_to_ask("05.1-who-to-ask")

# %% [markdown]
# *Plain-text version:* feedback on your saved list (or, before you have saved one, what to write down).

# %%
print_who_to_ask()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# - **People I know:** Ana Ruiz, who runs adult classes at the public library and knows several trainers. A former
#   colleague who now trains new staff at the city council.
# - **Where to find more:** my college's alumni directory (search "learning and development"). The regional
#   association for workplace trainers, which meets monthly.
# - **First:** Ms Lin Chen, who moved from teaching into training design at Northwind. Ana knows her and says I may
#   use her name.
#
# </details>

# %% [markdown]
# ## How to ask
#
# **Email or phone.** Email is the easiest for most people: they can answer when it suits them. The phone works well
# when someone referred you; have your introduction from lesson 3 in front of you.
#
# **What the request says**, in about this order:
#
# 1. a greeting with their name;
# 2. **how you found them, or who referred you**: the connection comes first;
# 3. **who you are**, in a sentence (your introduction, shortened);
# 4. **why them**: what in their work or path made you choose them;
# 5. **what you hope to learn**;
# 6. **the small ask**: a specific number of minutes, **at a time and place that suit them** (a call, a video call,
#    or coffee near their office; on the phone, offer to make the call);
# 7. one plain line saying you are **not asking for a job**;
# 8. thanks, and your name.
#
# **How long?** Short. The guides differ on the limit. Some say **under 100 words**, so it can be read on a phone without scrolling. Duke University's guide says **under 150**. Pick the one you like; the checker below treats under
# 100 as ideal, 100-150 as your call, and over 150 as too long.
#
# **How much time to ask for?** Most guides suggest **20-30 minutes**; some say 15, a few up to 40. A small, specific
# ask is easy to say yes to, and on the day you keep to it.
#
# **Leave out:** your resume, any request for a job or for clients, and your life story. Bring the resume to the meeting and share it only if they ask. Attached to a request, it reads as a job application.
#
# **Once they say yes:** thank them, confirm the time, place and how you will reach each other, and **confirm again
# the day before** with a one-line note.

# %% [markdown]
# ### Exercise 5.2 · Draft your request (≈10 min)
#
# Write the email you would send to the person you chose in lesson 3. Press **Start from a template** for a draft
# built from your lesson-3 introduction (the parts in [square brackets] are yours to fill). Then press **Check my
# email**. Each check says what works, or what to fix and why it matters to the reader:
#
# - **length** under about 150 words (under 100 is ideal for a phone);
# - **how you found them** or who referred you;
# - **why them**;
# - **a small, specific time ask** of 15-30 minutes;
# - **flexibility** on time and on place or format;
# - **no request for a job or clients**, and **no attachment** or resume.
#
# It also notes a missing greeting, what you hope to learn, a thank-you, or a plain "I am not asking for a job". The checks read words, not
# meaning: if one misreads you, trust your own reading.

# %%
request_email_drafter("05.2-request-email")

# %% [markdown]
# *Plain-text version:* the same checks on your saved request (or, before you have saved one, on the sample).

# %%
print_request_check()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# **Subject:** Request: 20 minutes to learn about moving from teaching into training design
#
# > Dear Ms Chen,
# >
# > Ana Ruiz at the public library suggested I write to you. I have taught science for eight years and am exploring
# > a move into designing training for adults. Because you made that move at Northwind, I would love to learn how you
# > went about it and which skills mattered most.
# >
# > Could we talk for 20 minutes, by phone or over coffee near your office, at a time that suits you? I am not looking
# > for a job, only hoping to learn.
# >
# > Thank you for considering it,
# > Sam Okafor
#
# 91 words. The connection comes first, then who Sam is, why Ms Chen, what Sam wants to learn, and a small ask that
# bends to her schedule. No resume, no job request.
#
# **A student writing to a graduate of her university**
#
# **Subject:** Biology student: 20 minutes on science communication?
#
# > Dear Dr Ortiz,
# >
# > I'm a third-year biology student at Westbrook University, and I found you through our alumni network. I'm
# > deciding between lab research and science communication. Because you moved from a research lab to giving the
# > museum's public talks, I'd love to learn how you found your first role and what a typical week involves.
# >
# > Could we talk for 20 minutes, by phone or video, at a time that suits you? I'm not asking about jobs, only
# > hoping to learn.
# >
# > Thank you,
# > Amira Haddad
#
# 85 words. The alumni network is the connection: guides suggest starting with people you know, then alumni of your
# own school or college.
#
# </details>

# %% [markdown]
# ## A short note instead: LinkedIn and other messages
#
# Sometimes there is no email address, only a profile. LinkedIn lets you add a note to a request to connect. The
# note holds **300 characters**, spaces included. One guide says some free accounts get only 200, so shorter is safer.
# That is about three short sentences: the request above, made as short as it can be.
#
# **What the short note keeps:**
#
# - **who you are**, in a few words ("I'm a nurse moving into UX research");
# - **why this person**: who referred you, a post or talk of theirs, or their path;
# - **a small, specific ask with a time**: "could we talk for 20 minutes?";
# - **no favour**: no request for a job or clients. Saying honestly that you are looking for work is fine.
#
# The guides on these notes agree: a note with a real, specific reason does better than a generic one.
#
# **Subject lines.** A connection note has no subject, but an InMail or an email does. A good subject names the
# connection, the topic and the time, so the reader knows the ask before opening it. For example:
# *"Referred by Ana Ruiz: 20 minutes on grant writing?"*. Keep it under 12 words, with no plea ("Please help!") and no
# request for a job.
#
# Sources:
#
# - A brief, personalised note that says why you want to connect: the UNC Wilmington career center's
#   [LinkedIn etiquette](http://uncw.edu/career/linkedin.html).
# - The 300-character limit for a note: a student's guide to informational interviews on
#   [Upper Campus](https://www.uppercampus.com/post/your-guide-to-conducting-informational-interviews). LinkedIn changes
#   its limits from time to time, and some guides report 200 for free accounts
#   ([lettercounter.org](https://lettercounter.org/blog/linkedin-connection-request-character-limit)): the box's own
#   counter is the final word.

# %% [markdown]
# ### Exercise 5.2b · Draft a short connection note (≈5 min)
#
# Write the same request as a note of 300 characters or fewer. Add a subject line only if you will send it as an
# InMail or an email. Then press **Check my note**. The checks count the characters and look for who you are, why them,
# and a small ask with a time. They also flag any request for a job or clients. Like the email checks, they read
# words, not meaning.

# %%
connection_note_drafter("05.2-connection-note")

# %% [markdown]
# *Plain-text version:* the same checks on your saved note (or, before you have saved one, on the sample).

# %%
print_connection_note_check()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# **Subject (only for an InMail or email):** Referred by Ana Ruiz: 20 minutes on training design?
#
# > Hello Ms Chen, Ana Ruiz suggested I write. I have taught science for eight years and am exploring training design.
# > Because you made that move at Northwind, could we talk for 20 minutes by phone, at a time that suits you? Not a job
# > request, only to learn. Thank you, Sam Okafor
#
# 276 characters. Who Sam is, why Ms Chen, and a small ask with a time, with no favour.
#
# </details>

# %% [markdown]
# ## If there is no reply
#
# Busy people miss emails. If a week goes by, send **one** short, polite follow-up. Duke University's career guide says to wait seven business days, and allows one more try after that. Other guides say one reminder, then **move on** to the next person on your list. Never chase on every channel at once (email, phone and LinkedIn the same day).
#
# A good follow-up is shorter than the first message. It reminds them you wrote and restates the small ask in a few words. It gives them an easy way out, which makes any reply, even a no, more likely.

# %% [markdown]
# ### Exercise 5.3 · Draft your one follow-up (≈3 min)
#
# Write the reminder you would send if your request gets no answer. **Start from a template** gives you one to adapt.

# %%
follow_up_drafter("05.3-follow-up")

# %% [markdown]
# *Plain-text version:* the checks on your saved follow-up (or, before you have saved one, on the sample).

# %%
print_follow_up_check()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# > Dear Ms Chen,
# >
# > I wrote last week to ask for 20 minutes to learn how you moved from teaching into training design. I know this is
# > a busy time, so no worries if now is not good; if a colleague would be easier to ask, I would be glad of a name.
# >
# > Thank you,
# > Sam Okafor
#
# </details>

# %% [markdown]
# ## If they say no, or "let's talk now"
#
# **A no** is still an answer, and a kind one saves you waiting. Thank them, and ask for the easiest yes there is:
# *"Who else would you suggest I talk to?"* (or something to read). Do not push: *"It would only take
# five minutes"* turns a polite no into a bad memory. The person who felt respected may think of you later.
#
# **"I have ten minutes now, let's talk."** This happens, especially on the phone. Be ready *before* you call or
# send: your introduction from lesson 3, your top three questions from lesson 4, something to write with. Then
# take the chance, and keep to the time.

# %% [markdown]
# ### Exercise 5.4 · Reply to a no (≈3 min)
#
# The person writes back: *"Sorry, I can't make time this month."* Write your reply.

# %%
decline_reply_drafter("05.4-if-they-say-no")

# %% [markdown]
# *Plain-text version:* the checks on your saved reply (or, before you have saved one, on the sample).

# %%
print_decline_check()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# > Dear Ms Chen,
# >
# > Thank you for letting me know, and for taking the time to reply in a busy month. Is there anyone else, perhaps a
# > colleague, who might be willing to share how they moved into training design? A book or a group you would
# > recommend would help too.
# >
# > With thanks,
# > Sam Okafor
#
# </details>

# %% [markdown]
# ## Keep track of who you asked
#
# Once you have sent two or three requests, it is easy to forget who replied, and when to follow up. The
# **outreach tracker** keeps one line per person: who they are, the day you asked, the day to
# follow up if there is no reply, and where things stand.
#
# The follow-up day is filled in for you, one week after the day you asked. That is the wait most guides suggest.
# In lesson 7 you come back to the tracker after your meeting, to update the status and see what is due.

# %% [markdown]
# ### Exercise 5.5 · Track who you asked (≈5 min)
#
# Add the person you are asking in exercise 5.2. Write their name and their role, choose a status, and pick the day you
# sent your request on the calendar. If you have not sent it yet, choose **Request drafted, not sent yet**. Then press
# **Add to my tracker**. To change or remove a line, choose the person under the table.

# %%
outreach_tracker("05.5-outreach-tracker")

# %% [markdown]
# *Plain-text version:* your saved tracker, with what is due today (folded away; for a screen without buttons).

# %%
print_outreach_tracker()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# Sam Okafor's tracker, a few days after sending two requests:
#
# | Name | Role and organisation | Asked on | Follow up on | Status |
# | --- | --- | --- | --- | --- |
# | Ms Lin Chen | Training designer, Northwind | 1 Dec 2026 | 8 Dec 2026 | Meeting booked |
# | Omar Haddad | Staff trainer, city council | 3 Dec 2026 | 10 Dec 2026 | Asked, no reply yet |
#
# Ms Chen said yes, so Sam needs no follow-up there. Omar has not replied yet. If there is still no reply on 10 December,
# Sam sends one short follow-up, like the one in exercise 5.3.
#
# </details>

# %% [markdown]
# ## Check your understanding
#
# Seven short questions. Each answer, right or wrong, explains itself.

# %%
quiz_widget("05.9-quiz")

# %% [markdown]
# *Plain-text version of the quiz:* the questions, and the reasons once you have answered (folded away; for a screen without buttons).

# %%
print_quiz("05.9-quiz")

# %% [markdown]
# ## Key points
#
# - Start with **people you know**, then alumni and associations, and ask everyone for **more names**.
# - Keep the request **short** (under 100-150 words; guides differ). Say **how you found them, why them**, and what you hope to learn. Make a **small, specific ask** of 15-30 minutes, at a time and place that suit them.
# - Say plainly you are **not asking for a job**; attach **no resume**; and confirm the day before.
#   No email address? A **300-character note** keeps who you are, why them and the small ask.
# - No reply? **One polite follow-up** after about a week (your tracker shows when), then move on.
# - A no deserves **thanks** and *"Who else might help?"*; and be **ready to talk at once**.
#
# ## What's next
#
# Lesson 6 runs the meeting itself: opening it, moving from general to specific questions, keeping time, and closing
# with thanks and a request for names.
#
# [← previous: Draft questions that open doors](04_drafting_questions.ipynb) · [Contents](00_start_here.ipynb) · [next: Run the conversation →](06_running_the_conversation.ipynb)
