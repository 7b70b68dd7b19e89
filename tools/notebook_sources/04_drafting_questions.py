# %% [markdown]
# # Draft questions that open doors
#
# *What you'll do:* learn the six kinds of question a prepared asker brings. Turn closed and favour-asking questions into open ones. Then build your own list of questions, in order and sized to the time you will have.
#
# [← previous: Know what you want](03_know_what_you_want.ipynb) · [Contents](00_start_here.ipynb) · [next: Ask for the meeting →](05_asking_for_the_meeting.ipynb)

# %% [markdown]
# ## Learning objectives
#
# By the end of this lesson you will be able to:
#
# - **Name** the six kinds of question a prepared asker brings, plus questions about the contact's own work.
# - **Tell** an open question from a closed, vague or favour-asking one, and **rewrite** the weak ones.
# - **Draft** a list of questions that covers several kinds and fits a 20 or 30 minute meeting.
# - **Order** the list: most important first, broad before specific, referrals at the close.
#
# **Time:** ~40 min
#
# **Before this:** [Lesson 3](03_know_what_you_want.ipynb), where you set a goal for the meeting and looked the person
# up. Your goal tells you which questions matter most.
#
# In JupyterLab, run the setup cell below to continue (or use **Run → Run All Cells**): it loads this lesson's exercises. In the app
# version of the course (no code shown) this has already happened. **Coming back later in JupyterLab?** The exercises are blank until you
# run the cells again (Run → Run All Cells); then everything you saved comes back.

# %%
from lesson_utils.lessons.lesson04 import *  # this lesson's exercises

# %% [markdown]
# ## Two questions, and why the second one closed the door
#
# Remember the visitor from lesson 2. He came with almost no questions. He had two: *"How do you get customers?"* and
# *"Can you refer clients to me?"*
#
# The first is a fair question, if it is asked to learn. How people in a line of work find their clients is exactly the kind of thing a contact can teach. The second is different. It does not ask to learn anything; it asks the contact to
# hand over her business. She can only say yes or no, and since she had no idea what he did, the answer was no. The
# conversation had nowhere to go.
#
# This course has a **question checker**: it reads one drafted question, names its kind, and says what could be better.
# Here is what it says about the visitor's second question:

# %%
show_review("Can you refer clients to me?")

# %% [markdown]
# The checker reads words, not minds: treat it as a second pair of eyes, not a judge. It reads English only.

# %% [markdown]
# ## Why open questions work
#
# A **closed** question can be answered with *yes*, *no* or one word: *"Do you like your job?"* *"Yes."* Then silence,
# and you need the next question. The visitor's meeting was full of those silences.
#
# An **open** question asks *what*, *how* or *which*, and invites a story: *"What do you enjoy most about your
# work?"* The contact talks; you listen, and follow up on what you hear. Career guides agree that open questions are what
# start a discussion.
#
# Two more ways a question goes wrong:
#
# - **Too vague:** *"Any tips?"* or *"What's marketing like?"* The contact cannot tell where to start. Pick one
#   angle.
# - **A favour:** asking for clients, a job, an interview or introductions to employers or buyers. It turns a learning
#   meeting into a sales call. Guides call it the number-one thing not to do. (If the contact raises an opening
#   themselves, respond warmly; just don't be the one to ask.)
#
# | Closes the door | Opens it |
# |---|---|
# | Do you enjoy teaching adults? | What do you enjoy most about teaching adults? |
# | Is a master's degree required? | What training helped you most in your first year? |
# | Are you taking on interns this summer? | How do students usually find internships in this field? |
# | Can you send customers my way? | How did you find your first customers? |
#
# (The rewrite drill below has other questions to practise on: these are not its answers.)

# %% [markdown]
# ## Six kinds of question, plus one
#
# The career coach's post this course is built on lists what a prepared asker brings questions about. Here they are, with an
# example each from a different field. The seventh, about the contact's own work, is not on that list but almost every
# guide includes it.
#
# | Kind | It asks about | Example |
# |---|---|---|
# | **Breaking in** | how people get started: entry paths, first steps | *What are the usual entry paths into city planning?* |
# | **Skills and experience** | what the work needs, and how to gain it | *Which skills does a plumber need most?* |
# | **Valued qualities** | what customers, clients or managers value and reward | *What do managers on your team value most in a junior developer?* |
# | **Finding the right position** | how openings or clients are found and chosen; how to judge fit | *How do most welders in this area find steady work?* |
# | **Referrals** | who else you could learn from (not buyers or employers) | *Who else would you suggest I ask about grant writing?* |
# | **Resources** | what to read, join, watch or attend | *Which trade associations would you recommend joining for someone new to the field?* |
# | **Insight into the role** (the contact's own work) | a typical week, challenges, rewards, changes, what they wish they had known | *What is the hardest part of running a small dance studio?* |
#
# You do not need one of every kind in every meeting: your goal from lesson 3 decides. But a list that covers several
# kinds gives a fuller picture, and a list with no referrals question misses the main way a network grows.
#
# **Don't ask what a search answers.** *"What does your company do?"* spends the contact's time on their website. You
# looked them up in lesson 3; ask what only they can tell you.
#
# **Salary is a judgement call.** Some career guides list questions about starting salaries; a networking guide lists
# salary among topics to avoid. If you ask, ask about typical ranges in the field (*"What do starting salaries look
# like in this field?"*), never about the contact's own pay. Watch how the person reacts, and drop the subject if it seems unwelcome.

# %% [markdown]
# ## How many questions, and in what order
#
# **Guides differ on how many.** One suggests 3 to 5; another 5 to 10, prioritised; another 8 to 10; another simply 10.
# Choose what suits your meeting. This lesson does the sum for you, with these assumptions (adjust them if your
# meeting differs):
#
# - the opening, your purpose, a time check and the close take about **8 minutes of a 20-minute meeting** and **12 of a
#   30-minute one** (lesson 6 shows these stages on a timeline);
# - **2 to 4 minutes per question**, with follow-ups on the answers.
#
# | Meeting | Time for questions | Questions that fit | Plan on about |
# |---|---|---|---|
# | 20 minutes | about 12 minutes | 3 to 6 | 4 |
# | 30 minutes | about 18 minutes | 4 to 9 | 6 |
#
# **Order by priority.** Put the questions you most need answered first: meetings run short, and good answers take
# longer than you expect. Extra questions are fine as **spares**, to ask if time allows.
#
# **Let the conversation flow.** A broad, easy question makes a warm start (how they got started, what their work is like). The specific ones follow. Resources and then referrals come last, because *"Who else should I talk to?"*
# leads naturally into the close. The drafter below can suggest such an order and keep your priority: your first
# broad question opens, your first question of each other kind follows in your own order, and your further
# questions of a kind follow them as spares.

# %% [markdown]
# ### Exercise 4.1 · Draft your questions (≈15 min)
#
# Think of the person from lesson 3 (or anyone you would like to learn from). In the drafter below:
#
# 1. **Type one question** in the box and press **Add to my list**. The checker's review appears at once: the kind of
#    question, anything to fix (with advice), and a suggested rewrite.
# 2. **Fix** a question by choosing it under *Question to change*, changing its text in *Edit the selected question* and
#    pressing **Save the edit**. Use **Move up**, **Move down** and **Delete** to shape the list.
# 3. Watch the **coverage** (which of the six kinds your good questions cover) and the **time budget** (choose 20 or 30
#    minutes). Press **Suggest an order** to see a proposed order; **Use this order** accepts it.
#
# The exercise counts as **done when you have at least 3 good questions covering at least 3 kinds, and no question in your list asks the contact for a favour**. A good question is one the checker finds nothing to fix in. Your list is saved after every change and comes back whenever you
# return to this lesson. The list holds up to 40 questions, far more than any meeting needs.

# %%
question_drafter("04.1-question-drafter")

# %% [markdown]
# *Plain-text version:* your saved list, each question reviewed, with coverage, time budget and order.

# %%
print_my_questions()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# **Sam Okafor, a secondary-school science teacher exploring training design, meeting Ms Chen, a training lead, for 20 minutes**
# (in the order Sam will ask them):
#
# 1. How did you move from teaching into training design? *(breaking in)*
# 2. What does a typical week look like for you at Northwind? *(insight into the role)*
# 3. Which skills from teaching carried over best into training design? *(skills and experience)*
# 4. What do the managers you design training for value most in a trainer? *(valued qualities)*
# 5. How do training designers usually find roles when they come from teaching? *(finding the right position)*
# 6. What should I read or join to learn more about designing training for adults? *(resources)*
# 7. Who else would you suggest I talk to about making this move? *(referrals)*
#
# Seven questions, six kinds. A 20-minute meeting leaves about 12 minutes for questions, so Sam plans on the first
# three and the last (who else to talk to leads into the close) and holds 4 to 6 as spares, as the time budget suggests. In a 30-minute meeting (about 18 minutes for questions) Sam could ask six. None asks for a job or for contacts to sell to;
# none asks what the Northwind website says.
#
# **Amira Haddad, a third-year biology student, meeting Dr Ortiz, a science communicator at a museum who studied at
# her university, for 20 minutes:**
#
# 1. How did you get your first role in science communication? *(breaking in)*
# 2. What does a typical week at the museum involve for you? *(insight into the role)*
# 3. Which experiences as a student would best prepare someone for this work? *(skills and experience)*
# 4. How do graduates usually find openings in science communication? *(finding the right position)*
# 5. Who else would you suggest I talk to, in museums or in science journalism? *(referrals)*
#
# Five questions, five kinds, about right for 12 minutes of questions. Question 3 lets a student learn which courses,
# placements or societies count, without asking for a place.
#
# </details>

# %% [markdown]
# ## Stuck for ideas? Browse the question bank
#
# The bank holds seven good examples of each kind, from the trades, health, tech, the arts, the public sector,
# nonprofits and business. Choose a kind, pick an example, and press **Add to my questions** to put it at the end of
# your list in the drafter above. Then adapt it to your own field: a borrowed question works best in your own words.

# %%
question_bank()

# %% [markdown]
# *Plain-text version:* every kind of question in the bank, with its examples (folded away; for a screen without buttons).

# %%
print_question_bank()

# %% [markdown]
# ### Exercise 4.2 · Turn closed questions into open ones (≈8 min)
#
# Eight weak questions: closed, vague, or asking for a favour. Rewrite each so it opens the conversation up and asks to
# learn, then press **Check my rewrite**. A rewrite passes when the checker finds nothing to fix, the question asks about something the contact can teach, and it still asks what the original was after (a good question on another subject is not a rewrite). If not, the checker says what is still wrong. **Show a sample rewrite** gives one
# way to do it (there are many). The drill is done when 6 of the 8 pass; your rewrites are saved.

# %%
rewrite_drill("04.2-rewrite-drill")

# %% [markdown]
# *Plain-text version:* the eight questions with hints, and your saved rewrites checked (folded away; for a screen without buttons).

# %%
print_rewrite_drill()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# 1. *Do you like your job?* → What do you enjoy most about your work?
# 2. *Would any of your clients need someone like me?* → What do clients in your line of work look for when they choose someone to work with?
# 3. *Any advice?* → What would you do first if you were starting out in this field today?
# 4. *Is it hard to get into nursing?* → What does it take to get into nursing?
# 5. *Is your team hiring?* → How do people usually find openings on teams like yours?
# 6. *Tell me about your industry.* → What is changing most in your industry right now?
# 7. *Do you know anyone else I should talk to?* → Who else would you suggest I talk to about this work?
# 8. *Would you hire me if I got the certificate?* → What do employers in your field look for beyond the certificate?
#
# The pattern: start with *what*, *how*, *which* or *who*, and ask about one thing. Turn every favour into the question behind it: the thing you actually want to learn.
#
# </details>

# %% [markdown]
# ## Check your understanding
#
# Six short questions. Each answer, right or wrong, explains itself.

# %%
quiz_widget("04.9-quiz")

# %% [markdown]
# *Plain-text version of the quiz:* the questions, and the reasons once you have answered (folded away; for a screen without buttons).

# %%
print_quiz("04.9-quiz")

# %% [markdown]
# ## Key points
#
# - Ask **open** questions (*what*, *how*, *which*, *who*) about **one thing** at a time; closed and vague questions
#   stall the conversation.
# - Never ask for clients, a job or introductions to buyers: *"Can you refer clients to me?"* ended the visitor's
#   meeting. Ask the learning question behind the favour instead.
# - Cover several of the six kinds: breaking in, skills and experience, valued qualities, finding the right position,
#   referrals, resources; plus the contact's own work.
# - Bring a short list **ordered by priority**, sized to the time (guides differ: 3-5 up to 10), with spares; broad
#   first, referrals at the close. Don't ask what a search answers; salary is a judgement call.
#
# ## What's next
#
# Lesson 5 is about asking for the meeting: who to ask, and a short request email that says who you are, why them,
# and how much time you need.
#
# [← previous: Know what you want](03_know_what_you_want.ipynb) · [Contents](00_start_here.ipynb) · [next: Ask for the meeting →](05_asking_for_the_meeting.ipynb)
