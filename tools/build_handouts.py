"""Build the workshop's printable pages and timing tables from the course's own data.

Writes, from ``lesson_utils/data/*.json``:

* ``instructors/handout.html``: one printed page for each learner (the six kinds of question, the
  meeting's shape, the numbers, the don'ts);
* ``instructors/worksheet.html``: the paper worksheet for when laptops or the network fail (who to
  learn from, the introduction, the questions, the request email, the close);
* the session tables in ``instructors/facilitator-guide.md`` and the timing lines in
  ``instructors/role-cards.md``, between ``<!-- BEGIN workshop:NAME -->`` and ``<!-- END workshop:NAME -->``.

    python tools/build_handouts.py           # write them
    python tools/build_handouts.py --check   # exit 1 if any is out of date

Print the HTML from a browser (A4 or Letter), or to PDF with
``chromium --headless --no-sandbox --disable-gpu --print-to-pdf=handout.pdf instructors/handout.html``.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lesson_utils import workshop  # noqa: E402
from lesson_utils.content import load_json  # noqa: E402
from lesson_utils.meeting_shape import timed_stages  # noqa: E402
from lesson_utils.question_bank import KIND_LABELS, SIX_KINDS, kinds  # noqa: E402

INSTRUCTORS = ROOT / "instructors"
HANDOUT = INSTRUCTORS / "handout.html"
WORKSHEET = INSTRUCTORS / "worksheet.html"
GUIDE = INSTRUCTORS / "facilitator-guide.md"
CARDS = INSTRUCTORS / "role-cards.md"

E = html.escape

STYLE = """
@page { size: A4; margin: 11mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 9.6pt; line-height: 1.32;
       color: #111; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 1mm; }
h2 { font-size: 11pt; margin: 3mm 0 1mm; border-bottom: 1.5px solid #1f3f66; color: #1f3f66; }
p { margin: 0.8mm 0; }
.lead { font-size: 9.6pt; margin-bottom: 1.5mm; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #777; padding: 0.8mm 1.5mm; vertical-align: top; text-align: left; }
th { background: #e9eef5; }
ul, ol { margin: 0.5mm 0 0.5mm 5mm; padding: 0; }
li { margin: 0.3mm 0; }
.two { columns: 2; column-gap: 6mm; }
.cols { display: flex; gap: 5mm; }
.cols > div { flex: 1; }
.ex { font-style: italic; }
.small { font-size: 8.4pt; color: #333; }
.line { border-bottom: 1px solid #555; height: 7.5mm; }
.box { border: 1px solid #555; min-height: 13mm; padding: 1mm 2mm; margin: 1mm 0; }
.tick { width: 7mm; text-align: center; }
.page { page-break-after: always; }
.page:last-child { page-break-after: auto; }
.template { white-space: pre-wrap; border: 1px dashed #777; padding: 1.5mm 2mm; font-size: 9pt; }
"""


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{E(title)}</title>\n'
        f"<style>{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return match.group(1) if match else text


def _fmt_min(x: float) -> str:
    return f"{x:g}"


def handout() -> str:
    numbers = load_json("numbers.json")
    story = load_json("story.json")
    shape = load_json("meeting_shape.json")
    minutes = numbers["simulator_meeting_minutes"]
    by_kind = {k.kind: k for k in kinds()}
    intro = numbers["intro_seconds"]
    per_q = numbers["minutes_per_question"]
    q_minutes = numbers["question_minutes"][str(minutes)]

    rows = []
    for name in SIX_KINDS:
        k = by_kind[name]
        rows.append(f"<tr><th>{E(KIND_LABELS[name])}</th><td>{E(_first_sentence(k.about))}</td>"
                    f'<td class="ex">{E(k.examples[0].text)}</td></tr>')
    insight = by_kind.get("role_insight")
    extra = (f'<p class="small">Plus one: <b>{E(KIND_LABELS["role_insight"])}</b>, the contact\'s own work '
             f'(<i>{E(insight.examples[0].text)}</i>), a warm start.</p>') if insight else ""

    stages = []
    for t in timed_stages(minutes):
        stages.append(f"<tr><td>{t.number}</td><td>{_fmt_min(t.start)}-{_fmt_min(t.end)} min</td>"
                      f"<td><b>{E(t.stage.title)}</b></td>"
                      f'<td class="ex">&ldquo;{E(t.stage.say)}&rdquo;</td></tr>')

    donts = [f"<li>{E(fp['label'])}</li>" for fp in story["faux_pas"]]

    body = f"""
<h1>Ask to learn: your informational interview on one page</h1>
<p class="lead">An informational interview is a short meeting you ask for in order to <b>learn</b> from someone
who works in a field, not to ask for a job. You, <b>the asker</b>, run it; <b>the contact</b> shares what they know.</p>

<h2>The six kinds of question a prepared asker brings</h2>
<table>
<tr><th style="width:22%">Kind</th><th>It asks about</th><th style="width:40%">Example</th></tr>
{''.join(rows)}
</table>
{extra}
<p>Ask open questions (<i>what, how, which</i>), one thing at a time, and ask to learn. Bring more than you
need, most important first: about {per_q[0]}-{per_q[1]} minutes each, so a {minutes}-minute meeting leaves about
{q_minutes} minutes for questions.</p>

<h2>The shape of a {minutes}-minute meeting</h2>
<table>
<tr><th style="width:4%">#</th><th style="width:13%">When</th><th style="width:36%">Stage</th><th>You might say</th></tr>
{''.join(stages)}
</table>
<p class="small">{E(shape["before"])} {E(shape["after"])} Your introduction: {intro[0]}-{intro[1]} seconds.</p>

<h2>The don'ts: the visitor's mistakes (and two more), to avoid</h2>
<ul class="two">{''.join(donts)}</ul>
<p class="small">From the course <i>Ask to Learn</i>, lessons 2, 4 and 6. Guides differ on meeting length (15-40 minutes)
and how many questions to bring (3 to 10): choose, and keep to the time you asked for.</p>
"""
    return _page("Ask to learn: one-page handout", body)


def worksheet() -> str:
    intro = load_json("intro.json")
    email = load_json("request_email.json")["templates"]
    numbers = load_json("numbers.json")
    shape = load_json("meeting_shape.json")
    minutes = numbers["simulator_meeting_minutes"]
    q_minutes = numbers["question_minutes"][str(minutes)]
    per_q = numbers["minutes_per_question"]
    short = {"breaking_in": "In", "skills_experience": "Sk", "valued_qualities": "Va",
             "finding_position": "Fi", "referrals": "Re", "resources": "Rs"}
    key = "; ".join(f"<b>{short[k]}</b> {E(KIND_LABELS[k])}" for k in SIX_KINDS)

    fields = "".join(f"<p><b>{E(f['label'])}</b></p><div class=\"line\"></div><div class=\"line\"></div>"
                     for f in intro["fields"])
    head = "".join(f'<th class="tick">{short[k]}</th>' for k in SIX_KINDS)
    q_rows = "".join(f'<tr><td class="tick">{n}</td><td style="height:9.5mm"></td>'
                     + "".join('<td class="tick"></td>' for _ in SIX_KINDS) + "</tr>" for n in range(1, 9))
    close = next(s for s in shape["stages"] if s["id"] == "close")
    body_text = email["body"]
    for name, blank in email["blanks"].items():
        body_text = body_text.replace("{" + name + "}", blank)

    body = f"""
<div class="page">
<h1>Ask to learn: paper worksheet</h1>
<p class="lead">For when the laptops or the network let you down: the same steps as the course, on paper.
You are <b>the asker</b>; the person you will meet is <b>the contact</b>. Copy it into the course later.</p>

<h2>1 · Someone you would like to learn from (lesson 1)</h2>
<p>A real person, or a real kind of person: their work, and how you could reach them.</p>
<div class="line"></div><div class="line"></div>

<h2>2 · Your introduction, {numbers["intro_seconds"][0]}-{numbers["intro_seconds"][1]} seconds aloud (lesson 3)</h2>
{fields}
<p class="small">Read it aloud to your partner with a timer. Can they say what you do and what you want to learn?</p>

<h2>3 · Your questions, most important first (lesson 4)</h2>
<p class="small">Tick the kind each question is. Kinds: {key}. A {minutes}-minute meeting leaves about {q_minutes} minutes
for questions, {per_q[0]}-{per_q[1]} minutes each. Check each one: open, one thing at a time, asks to learn (not for a job or clients).</p>
<table>
<tr><th class="tick">#</th><th>Question</th>{head}</tr>
{q_rows}
</table>
</div>

<div class="page">
<h2>4 · Your request email (lesson 5)</h2>
<p class="small">Fill in the brackets, keep it under {load_json("request_email.json")["request"]["words_max"]} words,
and never attach a resume.</p>
<p><b>Subject:</b> {E(email["subject"])}</p>
<div class="template">{E(body_text)}</div>
<p><b>Your version:</b></p>
{''.join('<div class="line"></div>' for _ in range(9))}

<h2>5 · Your close (lesson 6)</h2>
<p class="ex">&ldquo;{E(close["say"])}&rdquo;</p>
<p>Who else could they suggest? What will you thank them for?</p>
<div class="line"></div><div class="line"></div>

<h2>6 · After the meeting (lesson 7)</h2>
<p>{E(shape["after"])} Three things you learned, and one next step:</p>
{''.join('<div class="line"></div>' for _ in range(4))}
</div>
"""
    return _page("Ask to learn: paper worksheet", body)


def _md_table(plan: str) -> str:
    rows = ["| Time | Minutes | Block | Who | Lesson / exercise |", "|---|---|---|---|---|"]
    for b in workshop.schedule(plan):
        rows.append(f"| {workshop.clock(b.start, plan)}-{workshop.clock(b.end, plan)} | {b.minutes} "
                    f"| {b.block} | {b.who} | {b.lesson} |")
    plays = workshop.role_plays()
    rows.append("")
    for rp in plays.values():
        rows.append(f"*{rp.title}:* {rp.breakdown()} ({rp.minutes} min).  ")
    rows[-1] = rows[-1].rstrip()
    return "\n".join(rows)


def _cards_timing() -> str:
    a, b = workshop.role_plays()["A"], workshop.role_plays()["B"]
    return "\n".join([
        f"- **Role-play A · The meeting that went wrong** ({a.minutes} minutes: {a.breakdown()}): "
        f"*the visitor* and *the contact*. Play it before or right after lesson 2.",
        f"- **Role-play B · The meeting done right** ({b.minutes} minutes: {b.breakdown()}): "
        f"*the prepared asker* and *the contact*. Play it after lesson 4, using the asker's own "
        f"introduction and questions, or the ones on the card.",
        "",
        f"Each round is a {a.play}- or {b.play}-minute rehearsal of a 20-minute meeting: the contact gives the "
        f"time cue at about minute {a.time_cue} (role-play A) or {b.time_cue} (role-play B), and the asker moves to the close.",
    ])


def _cue() -> str:
    a, b = workshop.role_plays()["A"], workshop.role_plays()["B"]
    return (f"- At about **{a.time_cue} minutes** into the round (**{b.time_cue} minutes** in role-play B), look at "
            f"your watch and say: **\"I have a couple of minutes left.\"**")


def _replace(text: str, name: str, content: str) -> str:
    pattern = re.compile(rf"(<!-- BEGIN workshop:{name} -->\n).*?(<!-- END workshop:{name} -->)", re.S)
    if not pattern.search(text):
        raise SystemExit(f"marker workshop:{name} not found")
    return pattern.sub(lambda m: m.group(1) + content + "\n" + m.group(2), text)


def outputs() -> dict[Path, str]:
    guide = GUIDE.read_text(encoding="utf-8")
    for plan in workshop.PLANS:
        guide = _replace(guide, plan, _md_table(plan))
    cards = CARDS.read_text(encoding="utf-8")
    cards = _replace(cards, "role_play_timings", _cards_timing())
    cards = _replace(cards, "contact_time_cue", _cue())
    return {HANDOUT: handout(), WORKSHEET: worksheet(), GUIDE: guide, CARDS: cards}


def main(argv: list[str]) -> int:
    stale = []
    for path, text in outputs().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            stale.append(path)
            if "--check" not in argv:
                path.write_text(text, encoding="utf-8")
    if "--check" in argv and stale:
        print("Out of date (run python tools/build_handouts.py):", ", ".join(str(p.relative_to(ROOT)) for p in stale))
        return 1
    for path in stale:
        print("wrote", path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
