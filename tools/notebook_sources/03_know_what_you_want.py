# %% [markdown]
# # Know what you want
#
# *What you'll do:* say in a few sentences who you are, where you are heading and what you hope to learn. Then look the person up, and set one goal for the meeting.
#
# [← previous: Learn from a meeting that went wrong](02_the_meeting_that_went_wrong.ipynb) · [Contents](00_start_here.ipynb) · [next: Draft questions that open doors →](04_drafting_questions.ipynb)

# %% [markdown]
# ## Learning objectives
#
# By the end of this lesson you will be able to:
#
# - **Explain** why the person you ask can only help, refer or introduce you once they know what you are aiming for.
# - **Write** a 20-30 second introduction: who you are, what you do or are moving toward, why them, and what you
#   hope to learn.
# - **Check** it for length, a clear purpose, requests for favours and walls of jargon.
# - **Research** the person and their field, so you never spend their time on what a search answers.
# - **Set** one goal for the meeting.
#
# **Time:** ~40 min
#
# **Before this:** [Lesson 2](02_the_meeting_that_went_wrong.ipynb), the meeting that went wrong. Lesson 1's exercise
# (someone you would like to learn from) helps but is not needed.
#
# In JupyterLab, run the setup cell below to continue (or use **Run → Run All Cells**): it loads this lesson's exercises. In the app
# version of the course (no code shown) this has already happened. **Coming back later in JupyterLab?** The exercises are blank until you
# run the cells again (Run → Run All Cells); then everything you saved comes back.

# %%
from lesson_utils.lessons.lesson03 import *  # this lesson's exercises

# %% [markdown]
# ## The question he never answered
#
# In lesson 2 the coach asked the visitor, more than once, what he did and what he wanted. She never got an answer.
# All she could tell was that he wanted clients for some kind of coaching he had not yet settled on: the cart before
# the horse. So when the meeting ended she could not refer him to anyone. She could not introduce him to the companies she knew that hire people with his skills. Not because she was unwilling, but because she had nothing to go on.
#
# **This lesson prevents four of his mistakes:**
#
# 1. having no answer to *"What do you do, and what do you want?"*;
# 2. a purpose that was really a request for clients;
# 3. spending the time on his own passions instead of on questions;
# 4. arriving without having looked anything up.

# %% [markdown]
# ## Why a clear purpose matters
#
# The people you meet can only help with an aim they know. When they know what you are exploring:
#
# - their **advice fits** you, instead of being a general talk about their field;
# - **names come to mind**: "you should talk to my former colleague who made the same move";
# - **later**, when they hear of something relevant, they **think of you**.
#
# A clear purpose also helps *you*: it tells you which questions to bring (lesson 4) and, afterwards, whether the
# meeting gave you what you came for.
#
# Clear does not mean certain. *"I'm a teacher wondering whether training design would suit me"* is a perfectly clear
# purpose. What you need is to be able to say, in a sentence, **what you are exploring and what you want to learn**.

# %% [markdown]
# ## What to share about yourself
#
# You do get to talk about yourself: a short background and your goal, so the other person can place you. Then you
# spend the meeting asking and listening. Aim for **20 to 30 seconds**: about 50 to 75 words said at an easy pace
# (around 150 words a minute).
#
# | Share | Leave out |
# |---|---|
# | one line of background | your whole life story |
# | the direction you are exploring | your passions, at length |
# | why you chose *them* | flattery |
# | what you hope to learn | a request for a job, for clients or for their contacts |
# | plain words | the acronyms and buzzwords of your old field |
#
# You will use these sentences three times. You use them in the email that asks for the meeting (lesson 5) and at the start of the meeting itself (lesson 6). You also use them at once, if someone you phone says *"I have ten minutes now, let's talk."*

# %% [markdown]
# ### Exercise 3.1 · Build your introduction (≈10 min)
#
# Think of one person you would like to learn from (a real person, or the kind of person from lesson 1). Write **one
# sentence in each box**. Then press **Put it together and check**: your introduction and a one-line purpose for the
# meeting appear under the boxes, with feedback. Finally, **read it aloud** with the timer under the check.
#
# What the checks look for, and why:
#
# - **Length.** Words ÷ 150 × 60 gives the seconds it takes to say. Aim for 20-30 seconds.
# - **A clear purpose.** The last sentence says what you hope to learn, specifically. *"Learn more about your
#   industry"* or *"pick your brain"* is too general to answer.
# - **No favour.** No request for a job, for clients, for money, or to be your mentor.
# - **Plain words.** A *jargon wall* is three or more heavy words within five words in a row. A heavy word is an acronym (KPI, B2B), a buzzword (synergy, leverage, scalable) or a word of 13 letters or more.
# - **Balance.** Your own part (the first two sentences) is not most of it.
#
# The checks read words, not meaning, so treat them as a second pair of eyes. If one of them misreads your sentence,
# trust yourself, and your reading aloud.

# %%
intro_builder("03.1-introduction")

# %% [markdown]
# *Plain-text version:* the same check on your saved introduction (or, before you have saved one, what to write down).

# %%
print_intro_check()

# %% [markdown]
# **Read it aloud.** Press **Start the timer**, then say your introduction out loud, as you would to the contact. Press
# **Stop the timer** when you finish. The seconds count up as you speak. The note compares your time with the 20-30
# seconds the course suggests. Read it two or three times: it gets easier, and shorter.

# %%
read_aloud_timer()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# **A teacher moving toward training design**
#
# > I'm Sam Okafor, and I've taught secondary-school science for eight years. I'm exploring a move into designing
# > training for adults at work. Ana Ruiz at the public library told me you moved from teaching into training design
# > at Northwind. I'd love to learn how you made that move, and which skills mattered most in your first year.
#
# *Purpose:* to learn how you made that move, and which skills mattered most in your first year.
#
# **A bakery owner thinking about coaching** (the visitor's field, done right)
#
# > I'm Dana, and I've run a small bakery for six years. I'm thinking about coaching other small food businesses,
# > but I haven't decided yet. Your name came up at the chamber of commerce as someone who made that exact move. I'd
# > like to learn what the first two years of coaching were like, and how you knew you were ready.
#
# **A student choosing a direction**
#
# > I'm Amira Haddad, a third-year biology student. I'm trying to decide between lab research and science
# > communication after I graduate. I found you through our alumni network, and your public talks at the museum are
# > the kind of work I'd like to understand. I'd love to learn what a week in science communication involves, and
# > how you found your first role in it.
#
# *Purpose:* to learn what a week in science communication involves, and how you found your first role in it.
#
# Each is about 55-65 words (about 25 seconds spoken). Each says what the person does and is exploring, and gives a reason
# for choosing *this* person. Each ends with something specific to learn. None asks for clients or a job. A student
# has less to say about their own work, and that is fine: say what you study and what you are deciding.
#
# </details>

# %% [markdown]
# ## Do your homework first
#
# Before you ask for anyone's time, spend fifteen minutes looking them up:
#
# - **their organisation's website**: what it does, whom it serves, how big it is;
# - **a profile** (LinkedIn or the staff page): their role, their path, how long they have been there;
# - **something they made or said**: an article, a talk, a post, an interview;
# - **the field**: one or two recent articles, so you know today's questions.
#
# Why bother? Asking what a website says spends the time they gave you on something you could have found alone, and
# it shows. Homework also gives you your *why them* sentence and better questions.
#
# | A search answers it, so don't ask | Only they can answer it, so ask |
# |---|---|
# | What does your company do? | What surprised you most when you joined? |
# | How many people work at your company? | What made you stay? |
# | Where is your office? | What would you do first, if you were starting out in my place? |

# %% [markdown]
# ## Set a goal for the meeting
#
# Finish this sentence before you ask: **"After this meeting, I will know..."** For example:
#
# - *...whether training design suits someone who loves the classroom part of teaching;*
# - *...what the first year looks like, and which skill to work on first;*
# - *...two more people I could talk to.*
#
# A goal tells you which question to ask first, and keeps you on track when time is short. Afterwards, it lets you judge whether the meeting gave you what you needed.

# %% [markdown]
# ### Exercise 3.2 · Do your homework and set a goal (≈15 min)
#
# Think of the person you chose in exercise 3.1. Note two or three facts a search told you, and one thing you want to know that no search can tell you. Then write your goal for the meeting. Feedback appears under the boxes when you leave a box.

# %%
research_and_goal("03.2-research-and-goal")

# %% [markdown]
# *Plain-text version:* feedback on your saved notes (or, before you have saved any, what to write down).

# %%
print_research_check()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# - **What a search told me:** she has led training at Northwind for four years; before that she taught chemistry
#   for ten; she wrote a post on what teachers get wrong about adult learners.
# - **What no search can tell me:** what surprised her most in her first year out of the classroom.
# - **My goal:** after this meeting I will know whether training design suits someone who loves the teaching part
#   of teaching, and which first step she would take in my place.
#
# </details>

# %% [markdown]
# ## Check your understanding
#
# Six short questions. Each answer, right or wrong, explains itself.

# %%
quiz_widget("03.9-quiz")

# %% [markdown]
# *Plain-text version of the quiz:* the questions, and the reasons once you have answered (folded away; for a screen without buttons).

# %%
print_quiz("03.9-quiz")

# %% [markdown]
# ## Key points
#
# - The person you ask can only help, refer or introduce you once they know **what you do and what you want**. The visitor in the story never said, so nothing came of the meeting.
# - Share briefly: **20-30 seconds** on who you are, where you are heading, why them and what you hope to learn. Then
#   ask and listen.
# - Your purpose is to **learn**, stated specifically; never a job, clients or their contacts.
# - **Look them up first**, so you never ask what a search answers.
# - Set **one goal**: "After this meeting, I will know..."
#
# ## What's next
#
# Lesson 4 turns your purpose into questions. You learn the six kinds of question a prepared asker brings. You make them open rather than closed, and put them in the order that matters most to you.
#
# [← previous: Learn from a meeting that went wrong](02_the_meeting_that_went_wrong.ipynb) · [Contents](00_start_here.ipynb) · [next: Draft questions that open doors →](04_drafting_questions.ipynb)
