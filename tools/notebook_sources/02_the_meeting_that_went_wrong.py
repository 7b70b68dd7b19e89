# %% [markdown]
# # Learn from a meeting that went wrong
#
# *What you'll do:* step through an informational interview that went badly, seen from both sides. It is based on a real one.
# Spot each mistake and the moment it happened. Then watch the same meeting done right.
#
# [← previous: Why ask to learn](01_why_ask_to_learn.ipynb) · [Contents](00_start_here.ipynb) · [next: Know what you want →](03_know_what_you_want.ipynb)

# %% [markdown]
# ## Learning objectives
#
# By the end of this lesson you will be able to:
#
# - **Follow** an informational interview from the side of the person asked and the side of the asker.
# - **Identify** five faux pas (social mistakes that make a meeting awkward) and the moment each one happened.
# - **Explain** why the person asked would not refer or introduce the asker.
# - **Describe** what a prepared asker does at each moment of the meeting.
#
# **Time:** ~30 min
#
# **Before this:** [Lesson 1](01_why_ask_to_learn.ipynb), which explains what an informational interview is and why
# the asker runs the meeting.
#
# In JupyterLab, run the setup cell below to continue (or use **Run → Run All Cells**): it loads this lesson's exercises. In the app
# version of the course (no code shown) this has already happened. **Coming back later in JupyterLab?** The exercises are blank until you
# run the cells again (Run → Run All Cells); then everything you saved comes back.

# %%
from lesson_utils.lessons.lesson02 import *  # this lesson's exercises

# %% [markdown]
# ## The story
#
# A career coach once wrote a short blog post about a meeting she agreed to and came to regret. A man asked her for
# an informational interview. She said yes. The meeting went badly.
#
# **What is ours and what is hers.** This lesson retells that meeting in **eight scenes**. The retelling is *based on*
# the coach's published account. Many details are imagined by us to make it teachable. These include the coach's gender, the half hour, the timeline minute by minute, the visitor's side of each scene, and small facts such as when he arrived. Lines in quotation
# marks and marked **(her words)** are quoted exactly from her post. He asked her a few questions, and she quoted two
# of them.
#
# **Her words.** These lines are quoted exactly from the coach's post:
#
# - "The individual who wanted to learn from me came without questions and used the time to share his passions only." (her words)
# - "There were many lengthy lulls in the time we were together …" (her words)
# - "How do you get customers?" and "Can you refer clients to me?" (her words: the two questions she quoted)
# - "I asked the question repeatedly and still never got an answer." (her words)
# - "I have no idea what he does or what he wants to do." (her words)
# - "Talk about cart before the horse." (her words; it means doing things in the wrong order)
# - "Still you are the asker and the facilitator of the session so you need to come prepared." (her words)
#
# Everything else in the scenes is our retelling.
#
# **What is a faux pas?** A *faux pas* (say "foh PAH", a French phrase) is a social mistake. It is something that
# makes a meeting awkward, even when nobody meant harm. The coach's post is called "Avoid Informational Interviewing
# Faux Pas".
#
# **A word on names.** In lesson 1 you learned that the asker runs the meeting. In this story we call the two people
# **the visitor** (he asked for the meeting) and **the coach** (she gave her time). The visitor never did his job as
# the asker. Watch for the moment when the coach ends up running the meeting instead.

# %% [markdown]
# ### Exercise 2.1 · Step through the meeting (≈8 min)
#
# **Try this:** move through the eight scenes with **Next scene**. Read what happened and how it looked from the
# visitor's side, then tick **Show what the coach was thinking**.
#
# **Notice this:** the picture under each scene shows the whole half hour. Each row is one kind of moment: the
# visitor talking, the coach talking, silence. As you go, watch which rows fill up, and ask yourself who is doing
# the work of keeping the meeting going.
#
# The exercise counts as done once you have seen every scene.

# %%
story_stepper("02.1-step-through-the-meeting")

# %% [markdown]
# *Plain-text version:* every scene, with the coach's thoughts and the timeline written in letters.

# %%
print_story()

# %% [markdown]
# <details><summary>Show what you might have noticed</summary>
#
# - From scene 2 to scene 7 the **top row** (the visitor talking) and the **bottom row** (silence) fill up. Over the
#   half hour the visitor talked for about 12½ minutes, mostly about himself, and 8½ minutes passed in silence.
# - The **coach's row** holds short bursts: mostly questions she asked to keep the meeting alive. In scene 4 she is
#   interviewing him, which is the reverse of what an informational interview is for.
# - The visitor is not a villain in his own eyes. He thought a relaxed chat and a show of enthusiasm would win her over. He thought that asking directly for clients was the quickest way to get help.
#
# </details>

# %% [markdown]
# ### Exercise 2.2 · Spot the faux pas (≈8 min)
#
# For each scene, choose **what went wrong in it** from the list, or **Nothing went wrong here**. The list holds the
# five faux pas of this story and two that did *not* happen, so read carefully. Some scenes show more than one
# mistake; any one of them counts. Then press **Check my choices**: each scene gets its own explanation, and you
# see your score.
#
# Your choices are saved as you make them; you can change them and check again as often as you like.

# %%
spot_the_faux_pas("02.2-spot-the-faux-pas")

# %% [markdown]
# *Plain-text version:* the scenes and the list before you have saved any choices; then the feedback on each scene
# you have judged, and, once every scene has a choice, every faux pas on the list explained.

# %%
print_spot_feedback(exercise_id="02.2-spot-the-faux-pas")

# %% [markdown]
# <details><summary>The answers: open after you have checked your own choices</summary>
#
# | Scene | What went wrong |
# |---|---|
# | 1 · The request | Nothing: asking was right, and she said yes. |
# | 2 · The arrival | Came unprepared: no questions, no plan. |
# | 3 · What he talks about | Talked about himself instead of asking and listening. |
# | 4 · Her questions | Let the talk stall into long silences. |
# | 5 · His two questions | Asked for business ("Can you refer clients to me?"), and these were the only questions he asked. |
# | 6 · "So what do you want to do?" | Never said what he does or what he wants. |
# | 7 · The goodbye | Never said what he wants, and asked for business instead, so nobody could help him. |
# | 8 · Looking back | The same two, summed up as "cart before the horse". |
#
# Arriving late and overstaying are real faux pas. Her account does not name either of them, so they are not on his list.
#
# </details>

# %% [markdown]
# ## The replay, done right
#
# Now the same meeting again: same coach, same visitor, same half hour, but this time the visitor comes prepared.
# He has a 20-30 second account of who he is and what he is exploring, a short list of questions, and a plan for how
# to close.
#
# **Notice this:** compare the two timelines first. Then read across each row of the table, and tick the box to see
# how differently the coach feels at each moment.

# %%
replay_side_by_side()

# %% [markdown]
# *Plain-text version:* both meetings, scene by scene, and both timelines in letters.

# %%
print_replay()

# %% [markdown]
# ## Why it matters to the asker
#
# The visitor came for clients. He left with none, and with no introduction and no name of anyone else to talk
# to. Not because the coach was unkind: in the replay the same coach offers two introductions. The difference is
# what she knew about him.
#
# **A referral puts the referrer's own reputation at risk.** Nobody will send their clients, or introduce an
# employer, to someone whose work and aims they cannot describe. The visitor asked for the result (clients) before
# doing the groundwork (knowing what he offers, learning how the field works, and saying clearly what he wants).
# The coach's verdict: *"cart before the horse."*
#
# | | As it happened | Done right |
# |---|---|---|
# | **What he asked for** | Her clients | Her knowledge: how she started, what clients value |
# | **What she knew about him at the end** | Only that he wanted clients | What he does, what he is exploring, who he wants to serve |
# | **What he left with** | Nothing, and an awkward goodbye | Advice, two names and an offer of introductions |
# | **How she felt** | Uncomfortable; her time wasted | Glad she said yes |
#
# The order matters: **first learn, then decide what you want and say it clearly; then people can help you.**
# Lesson 3 is about the middle step: saying who you are and what you want in a few sentences.

# %% [markdown]
# ## Check your understanding
#
# Six short questions about the story. Each answer, right or wrong, explains itself.

# %%
quiz_widget("02.9-quiz")

# %% [markdown]
# *Plain-text version of the quiz:* the questions, and the reasons once you have answered (folded away; for a screen without buttons).

# %%
print_quiz("02.9-quiz")

# %% [markdown]
# ## Key points
#
# - Arriving with no questions gives the running of the meeting to the person doing you a favour. The asker runs
#   the meeting.
# - A speech about your passions is not an introduction: 20 to 30 seconds on who you are and what you aim for, then ask
#   and listen.
# - Ask **how** things work ("How did you find your first clients?"), never **for** the thing itself ("Can you
#   refer clients to me?").
# - If the other person cannot say what you do and what you want, they cannot refer or introduce you. That was the real cost of this meeting.
# - Do things in the right order. First learn, then decide what you want and say it clearly. Help follows.
#
# ## What's next
#
# Lesson 3 helps you do what the visitor never did: say who you are and what you want to learn, in a few clear
# sentences.
#
# [← previous: Why ask to learn](01_why_ask_to_learn.ipynb) · [Contents](00_start_here.ipynb) · [next: Know what you want →](03_know_what_you_want.ipynb)
