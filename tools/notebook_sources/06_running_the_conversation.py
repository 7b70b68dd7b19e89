# %% [markdown]
# # Run the conversation
#
# *What you'll do:* learn the shape of a good informational meeting, then play one. You meet a career coach for coffee. She reacts to everything you say, and at the end she tells you whether she would help you further.
#
# [← previous: Ask for the meeting](05_asking_for_the_meeting.ipynb) · [Contents](00_start_here.ipynb) · [next: Follow up and keep in touch →](07_after_the_meeting.ipynb)

# %% [markdown]
# ## Learning objectives
#
# By the end of this lesson you will be able to:
#
# - **Lay out** a 20-30 minute meeting in five stages, in person, on video or on the phone.
# - **Open** with a clear purpose: what you do, what you want to learn, and why this person.
# - **Ask** from broad to specific, follow up on answers, and listen more than you talk.
# - **Keep** to the time you asked for, and **close** with your last questions: what you missed, and who else to talk to.
# - **Recover** when a meeting starts to go the way the visitor's did.
#
# **Time:** ~45 min (about 15 to read, 20 for the simulator, 5 to rehearse your own meeting, 5 for the quiz)
#
# **Before this:** lessons 3 (your introduction) and 4 (your questions) help, but you can start here.
#
# In JupyterLab, run the setup cell below to continue (or use **Run → Run All Cells**): it loads this lesson's tools. In the app
# version of the course (no code shown) this has already happened.
# **Coming back later in JupyterLab?** The exercises are blank until you run the cells again (Run → Run All Cells); then everything
# you saved comes back.

# %%
from lesson_utils.lessons.lesson06 import *  # this lesson's exercises

# %% [markdown]
# ## You run the meeting
#
# You asked for the meeting, so you run it: you open it, you ask, you keep the time, and you close it. The contact
# agreed to share what they know; they did not agree to work out why you came.
#
# Remember the visitor in the story. He arrived without questions, talked about his passions, and left long silences
# after the coach asked him things. His only questions were *"How do you get customers?"* and *"Can you refer
# clients to me?"*, and though she asked more than once, he never said what he does or what he wants. The coach
# left unable to introduce him to anyone. This lesson takes each of those mistakes in turn:
#
# | The visitor's mistake | What prevents it (in this lesson) |
# | --- | --- |
# | Came without questions; long silences | Stage 3: questions ready, broad to specific, with follow-ups |
# | Used the time to share his passions | Listen more than you talk; keep your story to a short background |
# | Never said what he does or wants | Stage 2: purpose, why this person, a short background |
# | "Can you refer clients to me?" | Never ask for clients, a job or business; close by asking who else to learn from |
# | The contact was left unsure what to do for him | The close: who else should I talk to, may I keep in touch, thank you |

# %% [markdown]
# ## The shape of the meeting
#
# A good meeting has five stages. The timeline below shows them as numbered blocks. The legend under it says the same in words: the minutes, what to do, and which of the visitor's mistakes each stage prevents.
# Choose a different length in the menu to see how the stages stretch: most guides suggest asking for 20 to 30
# minutes (some say 15, some up to 40).
#
# **Try this:** switch between 20 and 30 minutes. **Notice:** the questions always get most of the time, and
# the close is never skipped.

# %%
meeting_timeline(20)

# %% [markdown]
# *Plain-text version of the timeline:*

# %%
print_meeting_shape(20)

# %% [markdown]
# ## Small things your contact will notice
#
# - **Arriving.** Be there early, never late. How early is a judgement call, because guides differ. A university career office says 10 to 15 minutes early. Another guide says no more than 5, so that you do not crowd a busy contact. Choose what suits the place: arriving early matters less at a cafe than at an office reception desk.
# - **Dress.** Business casual at least, a step smarter than you think the field needs.
# - **Coffee or a meal.** You invited them, so you pay.
# - **Notes.** Ask first ("Do you mind if I jot down a few notes?") and keep them brief, so you stay in the conversation.
# - **Listening.** Listen more than you talk. You do get to share a little about yourself and your goals, but
#   mostly you ask, listen, and follow up on what they just said.
# - **Out of bounds.** Asking for a job, for clients, or for introductions to buyers or employers. "How do I get
#   hired here?" and "Will you be my mentor?" are out of bounds too, unless the contact raises them.
# - **If the contact raises an opening.** Respond graciously: say you are interested and ask whether you can talk
#   about it further. (One guide suggests saying so again the next day.) Do not push for it.
# - **Time.** When the time you asked for is up, say so, and let them choose whether to go on.

# %% [markdown]
# ## The last question: "What should I have asked you that I didn't?"
#
# Before "Who else should I talk to?", one more question is worth its minute: *"What should I have asked you that I
# didn't?"* It lets the contact add what they think matters most. That is often something you did not know to ask.
# One student guide suggests a close cousin: "Is there anything that you'd like to add before I go?"
# ([uatshadygrove.org](https://uatshadygrove.org/2020/12/03/the-how-tos-of-interviews/)). Write the answer down:
# it may be your best question for the next person.

# %% [markdown]
# ## Video and phone meetings
#
# Many meetings now happen on a video call or on the phone. Guides say both can work well
# ([job-hunt.org](https://www.job-hunt.org/informational-interviews/)). The shape of the meeting stays the same. A few
# things change.
#
# **When you arrange it:**
#
# - **Ask which they prefer**: phone, video, or in person. For video, ask which tool they use, so they need nothing new.
# - **Settle who sends the link** or who calls whom. You asked, so offer to do it: send the link, or make the call.
# - **Name the time zone** when the two of you live in different places: "Tuesday 3 pm London time (10 am New York)".
#   Send a calendar invitation with the time, the link or number, and the length.
#
# **On the day, on video:**
#
# - **Test your camera and sound** with a friend a day or two before. Check that the right microphone is chosen.
# - **Join a few minutes early**, so a late update or a missing plug does not use up their time.
# - Sit in a quiet place, with light in front of you, not behind. Silence other alerts on your screen.
# - Look at the camera when you speak, and keep your questions on paper beside you.
#
# **On the phone:**
#
# - They cannot see you nod, so say small things out loud: "I see", "That's helpful".
# - Pauses feel longer on the phone. If you need a moment, say so: "Let me write that down."
# - Call exactly on time, from a quiet place with a good signal. Have your introduction and questions in front of you.
#
# **If the link fails**, switch to the phone at once. Have their number, and give them yours, before the day.
#
# Sources:
#
# - Joining early to check the technology, University of Puget Sound ([blogs.pugetsound.edu](https://blogs.pugetsound.edu/cesblogs/2022/12/07/conduct-and-reflect/)).
# - Testing sound and learning the tool, [kellyservices.lu](https://www.kellyservices.lu/blog/2021/03/how-to-prepare-for-a-video-call-interview).
# - Asking the contact's preferred tool, [denvercareercatalyst.com](https://www.denvercareercatalyst.com/mastering-the-art-of-informational-interviewing/).
# - Giving your time zone and sending the link in a calendar invitation, [twunroll.com](https://twunroll.com/article/1339246623021527045).
# - Offering to make the call, [Fordham](http://fordhamgpdp.blogspot.com/2013/04/informationalinterviewspart4.html).

# %% [markdown]
# ## If you feel nervous, or you are an introvert
#
# Many people feel nervous before a meeting with a stranger. It is normal, and preparation helps. It may help to
# remember that you are there to listen more than to talk. Practical steps:
#
# 1. **Prepare a short script.** Your introduction from lesson 3 and your top three questions from lesson 4, on paper.
#    Knowing the plan makes it easier to start.
# 2. **Rehearse.** Play the meeting in the simulator below, or with a friend, and say your opening out loud.
# 3. **Start close.** Your first meeting can be with someone you already know, or a friend of a friend.
# 4. **Choose a format that suits you.** A phone call or a quiet cafe may feel easier than a busy office.
# 5. **Breathe slowly** for a minute before you start. Slow breathing calms the body.
# 6. **Allow yourself pauses.** "Let me think about that" is a fine thing to say.
# 7. **Plan some quiet time afterwards**, and write your notes then.
#
# Sources:
#
# - University of Puget Sound ([blogs.pugetsound.edu](https://blogs.pugetsound.edu/cesblogs/2022/12/07/conduct-and-reflect/)).
# - A checklist that builds confidence ([hacklibraryschool.com](https://hacklibraryschool.com/2015/12/10/informational-interview/)).
# - Nerves are natural, and slow breathing helps ([timetothrivetherapy.com](https://timetothrivetherapy.com/5-interview-tips-for-introverts/)).

# %% [markdown]
# ## Culture and access
#
# Customs differ between countries, fields and people. When unsure, be a little more formal, and follow the contact's lead.
#
# - **Forms of address.** Use their title and surname ("Dr Osei", "Ms Chen") until they invite you to use their first
#   name. Check how to spell and say their name before you meet.
# - **Who pays.** You invited them, so you offer to pay for the coffee or meal. If they insist on paying, thank them.
# - **Small talk.** Keep it brief and friendly: the shared contact, the journey. How much feels right differs between
#   places, so follow their lead and move to your purpose when they do.
# - **Asking for an adjustment.** If you need something to take part fully, ask for it when you arrange the meeting.
#   Examples: a step-free place, a quiet table, captions on a video call, or a phone call instead of video. Say what you
#   need and why, in one sentence. You do not need to explain more than that.
# - **Offer the same.** Ask the contact whether anything would make the meeting easier for them.
#
# Sources:
#
# - Titles until invited to use first names, [culturecrossing.net](http://guide.culturecrossing.net/basics_business_student_details.php?CID=82&Id=20).
# - Spelling and saying the name, and the asker pays, [schofieldstrategies.com](https://schofieldstrategies.com/informational-interview-2/).
# - Brief small talk, [grahamwahlberg.com](https://grahamwahlberg.com/book/vii-the-interview/).
# - Asking for an adjustment in one sentence ("I need X to do Y because Z"), [Sheri Byrne-Haber](https://sheribyrnehaber.medium.com/received-an-accommodations-request-think-twice-before-turning-it-down-e9d34d11296).

# %% [markdown]
# ### Exercise 6.1 · Play the meeting with Ruth (≈20 min)
#
# In this rehearsal you play Jo, eight years in HR, thinking of becoming a career coach. Ruth, a career coach with her own practice,
# agreed to 20 minutes over coffee. (The story in lesson 2 lasted half an hour in our retelling. Here you asked for
# 20 minutes, the time the sample request in lesson 5 asks for.) At each turn, read what Ruth says and choose your line. Or type your own line and press **Find the nearest choice**: it is matched to the closest line on offer. Ruth answers and reacts; the
# line above the conversation keeps count of the minutes, who is talking, silences, whether she knows what you
# want, and favours asked.
#
# **Play at least twice:**
#
# 1. First, choose the lines you think *the visitor* would have said. Do you reach his ending?
# 2. Press **Start again** and play the meeting well. Can you get Ruth to offer introductions and to keep in touch?
#    At the close, try the last question from above.
#
# **Notice** the turning points marked in your replay at the end: the one moment that changes a meeting is
# usually the answer to "So, how can I help?". There are four endings; your runs are saved.

# %%
conversation_simulator("06.1-conversation")

# %% [markdown]
# *Plain-text version:* your last finished meeting in the simulator, once you have played one (folded away; for a screen without buttons).

# %%
print_my_meeting()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# One path to the warm ending (ten turns, just under 20 minutes, you talking less than a fifth of the time):
#
# 1. A short hello, and offer to pay for the coffee.
# 2. When Ruth asks how she can help: what you do, what you want to learn, why her, and that you are not asking
#    for work. This is the turning point the visitor never reached.
# 3. A broad question first: what it took to get started.
# 4. A follow-up on her own words about choosing a niche.
# 5. A specific question about your first step.
# 6. When she mentions her friend's firm: interested, not pushy.
# 7. At the time check, say the time is up and let her choose.
# 8. "What should I have asked you that I didn't?" Her answer is one you would not have
#    thought to ask for.
# 9. "Who else would you suggest I talk to?"
# 10. Thank her and ask to keep in touch.
#
# Ruth's verdict: she will email two introductions today and wants to hear how it goes. She will not refer
# clients yet, and that is right: no one refers work they have not seen.
#
# </details>

# %% [markdown]
# **If this meeting were a video call.** The simulator plays a coffee meeting, but the same lines work on a video
# call. Only the start and the end change. Before turn 1, you would join two or three minutes early, with camera and sound tested.
# At the time check, you would say the time out loud, since Ruth cannot see you glance at a clock. At the close, you
# would thank her before either of you leaves the call, and not let a frozen screen end the meeting for you.

# %% [markdown]
# ### The visitor's meeting, replayed
#
# Once you have played the simulator yourself, open the fold below: it is the meeting played with the visitor's kind of lines. There are passions instead of a purpose, even when she asks what he does, and long silences after her answers. Then come "How do you get customers?" and "Can you refer clients to me?", and no thanks. Read the verdict and
# the turning points marked ▼: each is a place where one of the stages above would have changed the outcome.

# %%
show_visitor_meeting()

# %% [markdown]
# ### Exercise 6.2 · Rehearse my meeting (≈5 min)
#
# Ruth's meeting is Jo's, not yours. This second mode plays the contact in *your* meeting. It uses your
# introduction and purpose from exercise 3.1, and your questions from exercise 4.1 in the order you saved them.
# The meeting lasts the time you chose there.
#
# - **The opening.** The contact asks what brings you. Give your saved introduction, or type another one.
# - **Your questions.** Ask the next one on your list, or type a different one. A good question gets a short,
#   general answer about your field and a chance to follow up. That answer is a stand-in, chosen by the kind of
#   question: it will not fit every detail of yours, and a real contact will say far more. What the rehearsal
#   judges is how you ask. A favour gets an awkward pause, as in the story. A closed
#   question gets one word. A vague one gets "Where would you like me to start?". One a search answers gets
#   "It's on our website, actually".
# - **The time.** Near the end, the contact glances at the clock. You choose: offer to stop, or run over.
# - **The close.** Ask who else to talk to, say your next step, and thank them.
#
# At the end the contact gives a verdict, as Ruth does. Your turning points are marked, with the one or two changes
# that would help most and the lessons that teach them. The verdict goes into your plan in lesson 8.
# No saved questions yet? The exercise says what it needs and offers a short sample plan to try.

# %%
rehearse_my_meeting("06.2-rehearse-my-meeting")

# %% [markdown]
# *Plain-text version:* your last rehearsal, or what the rehearsal still needs (folded away; for a screen without buttons).

# %%
print_my_rehearsal()

# %% [markdown]
# <details><summary>Show a sample answer</summary>
#
# A rehearsal that reaches the warm ending: your saved introduction (what you do, what you want to learn, why
# them), then your questions from broad to specific, with a follow-up after one or two answers. When the contact
# glances at the clock, offer to stop. Then ask who else to talk to, say your next step, and thank them for
# something they said.
#
# </details>

# %% [markdown]
# ## Check your understanding

# %%
quiz_widget("06.9-quiz")

# %% [markdown]
# *Plain-text version of the quiz:* the questions, and the reasons once you have answered (folded away; for a screen without buttons).

# %%
print_quiz()

# %% [markdown]
# ## Key points
#
# - You run the meeting: open briefly, say your purpose and why them, ask, keep time, close. On video, test camera
#   and sound first, join early, and settle the link and the time zone.
# - Say what you do and what you want early. A contact who knows that can help; one who doesn't, can't.
# - Ask from broad to specific, follow up on their words, and listen more than you talk.
# - Never ask for a job, clients or business; if the contact raises an opening, respond graciously.
# - Close by asking what you should have asked and who else to talk to, and whether you may keep in touch. Thank them, and keep to your time.
#
# ## What's next
#
# The meeting is over, but the relationship has just begun. In lesson 7 you write up your notes, draft a
# thank-you note that names what you learned, and plan when to write again.
#
# [← previous: Ask for the meeting](05_asking_for_the_meeting.ipynb) · [Contents](00_start_here.ipynb) · [next: Follow up and keep in touch →](07_after_the_meeting.ipynb)
