# %% [markdown]
# # Why ask to learn
#
# *What you'll do:* find out what an informational interview is, why busy people agree to one, and what your part in it is. Then name someone you would like to learn from.
#
# [← previous: Start here: how the course works](00_start_here.ipynb) · [Contents](00_start_here.ipynb) · [next: Learn from a meeting that went wrong →](02_the_meeting_that_went_wrong.ipynb)

# %% [markdown]
# ## Learning objectives
#
# By the end of this lesson you will be able to:
#
# - **Explain** what an informational interview is, and how it differs from a job interview and from a sales call.
# - **Recognise** it as a habit for a whole working life, used by experts and chief executives too.
# - **Describe** the meeting as an exchange that both people should be glad of.
# - **Take on** the asker's part. The asker runs the meeting, comes prepared, asks and listens, and says briefly who they are and what they aim for.
# - **Name** someone you would like to learn from, and why.
#
# **Time:** ~20 min
#
# **Before this:** [Start here](00_start_here.ipynb), so that you know how the lessons work and where your work is saved.
#
# In JupyterLab, run the setup cell below to continue (or use **Run → Run All Cells**): it loads this lesson's exercises. In the app
# version of the course (no code shown) this has already happened. **Coming back later in JupyterLab?** The exercises are blank until you
# run the cells again (Run → Run All Cells); then everything you saved comes back.

# %%
from lesson_utils.lessons.lesson01 import *  # this lesson's exercises

# %% [markdown]
# ## A meeting to learn
#
# Imagine writing to someone whose work you are curious about: *"Could I have twenty minutes of your time to hear
# how you got into this work?"* That request, and the conversation that follows it, has a name:
# **informational interviewing**.
#
# The word *interview* can mislead. Nobody is being tested and nobody is offering a job. You ask for a short conversation so that you can learn how a field or a role really works, from someone on the inside. You learn what the work is like day to day and what it takes to get in. You also learn what people in it value, and who else you could talk to.
#
# How short? Most career guides suggest 20 to 30 minutes; some say 15, others up to 40. You will choose your own
# length in lesson 5.

# %% [markdown]
# ## You never outgrow it
#
# Students do this when they choose a course or a first job, but it is not only for beginners. A manager moving
# into a new sector asks someone already there how it works. A specialist calls a peer at another firm to compare
# methods. A chief executive phones another to ask how they handled a hard year. They call it *mentoring*,
# *networking* or *comparing best practices*, but the shape is the same: one person asks, another shares what they
# know.
#
# However far along you are, starting out, changing direction or already an expert, asking to learn is a tool you
# will keep using.

# %% [markdown]
# ## An exchange: a "life class"
#
# Think of the meeting as a short private class on a field, taught by someone who works in it. The career coach whose story you will read in lesson 2 calls it a *life class*.
#
# It is an **exchange**, not a favour taken. You gain knowledge, advice and perhaps the names of other people to
# meet. The other person gains something too. They enjoy helping, and they get a moment to look back on their own path. They also gain a new contact, and a fresh view of their field from someone on the way in.
#
# That gives you the test of a good meeting: **both of you leave glad you met.**

# %% [markdown]
# ## Ask and listen, and say who you are
#
# You came for their knowledge, and you only hear it while they talk. So for most of the meeting you **ask and
# listen**, and they do most of the talking.
#
# But do not stay a mystery. Take 20 to 30 seconds to say **who you are, what you are exploring and what you are aiming
# for**. Without that, they cannot fit their advice to you, and later they cannot think of you when a name or an
# opportunity comes up. Lesson 3 helps you put this into a few sentences.

# %% [markdown]
# ## You are the asker, and you run the meeting
#
# Even if you meet in their office, **you** asked for the meeting, so **you run it**. You are the asker, and the person you meet is your contact. As the asker, you:
#
# - you **open** it: thanks, why you came, how long you asked for;
# - you bring the **questions**, and follow up on the answers;
# - you **keep the time**;
# - you **close** it: thanks, and "Who else would you suggest I talk to?"
#
# Running a meeting well means **coming prepared**. Know what you want to learn, and read about the person and their field. Write your questions down, the most important first. Lesson 2 shows what happens when an
# asker forgets all of this.

# %% [markdown]
# ## What it is not
#
# | | Informational interview | Job interview | Sales call |
# |---|---|---|---|
# | **Who asks for it** | You | The employer invites you | The seller |
# | **What it is for** | You learn about a field or role | They decide whether to hire you | The seller tries to make a sale |
# | **Who talks most** | They do; you ask and listen | You do, answering their questions | The seller |
# | **What you leave with** | Knowledge, advice, names of people to talk to | Perhaps a job offer | Perhaps a deal |
#
# Career guides agree on one rule above all others: **do not ask for a job, or for business, in a meeting to learn.**
# It turns a friendly conversation into a pitch, and the other person feels used. If *they* mention an opening,
# that is different: respond warmly and ask whether you could talk about it another time. Lesson 2 shows a visitor
# who broke this rule, and what it cost him.

# %% [markdown]
# ## Why busy people say yes
#
# Asking a stranger for their time can feel like a lot to ask. Yet people agree surprisingly often. The reasons
# career-centre guides give:
#
# - **Someone they know sent you.** A shared contact ("Ana suggested I talk to you") makes a yes much more likely.
# - **They like to stay connected** to people coming into their field.
# - **Experts enjoy sharing what they know.**
# - **Helping feels good.**
#
# So asking is not an imposition, as long as you make it easy for them: keep it short, come prepared, be on time,
# and say thank you.
#
# *A note on numbers:* you may read that most jobs are never advertised, or that a fixed share of these meetings
# leads to a job offer. Such figures go round career guides without a study behind them, so this course does not
# rely on them. The reason to ask is to learn.

# %% [markdown]
# ### Exercise 1.1 · Name someone you would like to learn from (≈5 min)
#
# Think of one person, or one kind of person, whose work you are curious about. You do not need to know them yet:
# "a nurse who moved into management" is a fine answer. Fill in the three boxes:
#
# 1. **Who** would you like to learn from?
# 2. **Why them?** What about their work or their path draws you?
# 3. **What do you hope to learn** from them? Two or three things.
#
# Your answer is saved as you go, and you will build on it in lessons 3 and 4. The feedback appears under the boxes.

# %%
reflection_exercise("01.1-who-to-learn-from")

# %% [markdown]
# *Plain-text version:* the feedback on your saved answer (or, before you have saved one, what to write down).

# %%
print_reflection_feedback("01.1-who-to-learn-from")

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# This sample, like the others in the course, follows one learner: Sam Okafor, a science teacher.
#
# - **Who:** a teacher who moved from the classroom into designing training for adults at work.
# - **Why them:** I have taught science for eight years and wonder whether training design would suit me. She made
#   exactly that move.
# - **What I hope to learn:** how she made the move and what helped. What a normal week looks like now. What she
#   misses about the classroom, and what she wishes she had known before.
#
# Notice that the answer names a *kind* of person you could look for. It gives a reason that could go into a request. It lists things to learn, not things to get (no "a job", no "clients").
#
# </details>

# %% [markdown]
# ## Check your understanding
#
# Six short questions. Each answer, right or wrong, explains itself.

# %%
quiz_widget("01.9-quiz")

# %% [markdown]
# *Plain-text version of the quiz:* the questions, and the reasons once you have answered (folded away; for a screen without buttons).

# %%
print_quiz("01.9-quiz")

# %% [markdown]
# ## Key points
#
# - An **informational interview** is a short meeting you ask for in order to **learn** about a field or role from someone in it. It is not a job interview and not a sales call.
# - Nobody outgrows it: experts and chief executives do it too, as mentoring or comparing best practices.
# - It is an **exchange**, a "life class": a good meeting leaves **both people glad** they met.
# - You **ask and listen** far more than you talk, but you do say briefly who you are and what you aim for.
# - **You are the asker.** You asked for the meeting, so you run it, and you **come prepared**.
#
# ## What's next
#
# Lesson 2 retells a meeting that went wrong, based on one the career coach wrote about (the details between her
# words are imagined),
# scene by scene, from both chairs. You will spot each mistake, see what it cost the visitor, and then watch the same
# meeting done right.
#
# [← previous: Start here: how the course works](00_start_here.ipynb) · [Contents](00_start_here.ipynb) · [next: Learn from a meeting that went wrong →](02_the_meeting_that_went_wrong.ipynb)
