"""Quizzes as data: load one, grade a set of answers, word the feedback.

A quiz file (``data/quizzes/<name>.json``) looks like::

    {"exercise_id": "01.3-quiz", "title": "...",
     "questions": [{"id": "q1", "prompt": "...",
                    "options": [{"text": "...", "correct": true, "why": "..."}, ...]}]}

Exactly one option per question is correct, and every option says why it is
right or wrong. Nothing here imports ipywidgets.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from .content import load_json


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    why: str


@dataclass(frozen=True)
class Question:
    id: str
    prompt: str
    options: tuple[Option, ...]

    @property
    def answer_index(self) -> int:
        return next(i for i, o in enumerate(self.options) if o.correct)


@dataclass(frozen=True)
class Quiz:
    exercise_id: str
    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    chosen: int | None
    correct: bool
    feedback: str


@dataclass(frozen=True)
class QuizResult:
    results: tuple[QuestionResult, ...]

    @property
    def score(self) -> int:
        return sum(r.correct for r in self.results)

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def answered(self) -> int:
        return sum(r.chosen is not None for r in self.results)

    @property
    def complete(self) -> bool:
        return self.answered == self.total

    @property
    def summary(self) -> str:
        if self.answered == 0:
            return "Pick an answer for each question, then press Check my answers."
        text = f"You got {self.score} of {self.total} right."
        if not self.complete:
            left = self.total - self.answered
            text += f" {left} question{'s' if left != 1 else ''} still {'have' if left != 1 else 'has'} no answer."
        elif self.score == self.total:
            text += " Well done."
        return text


def parse_quiz(data: dict) -> Quiz:
    questions = []
    for q in data["questions"]:
        options = tuple(Option(o["text"], bool(o.get("correct")), o["why"]) for o in q["options"])
        questions.append(Question(q["id"], q["prompt"], options))
    return Quiz(data["exercise_id"], data["title"], tuple(questions))


def display_orders(quiz: Quiz) -> dict[str, tuple[int, ...]]:
    """The order each question's options are shown in: question id -> original option indices.

    The order is fixed by the quiz's exercise id, so a learner sees the same order every time and
    saved answers (kept as original indices) still match. Within a quiz the right answer's place
    is dealt like cards from a shuffled deck of positions, so it lands in every position about
    equally often; the wrong options fill the other places in a shuffled order.
    """
    rng = random.Random(hashlib.sha256(quiz.exercise_id.encode("utf-8")).hexdigest())
    orders: dict[str, tuple[int, ...]] = {}
    deck: list[int] = []
    for q in quiz.questions:
        n = len(q.options)
        if not any(p < n for p in deck):
            deck = list(range(max(len(o.options) for o in quiz.questions)))
            rng.shuffle(deck)
        place = next(p for p in deck if p < n)
        deck.remove(place)
        others = [i for i in range(n) if i != q.answer_index]
        rng.shuffle(others)
        others.insert(place, q.answer_index)
        orders[q.id] = tuple(others)
    return orders


def load_quiz(name: str) -> Quiz:
    """Load ``data/quizzes/<name>.json``."""
    return parse_quiz(load_json(f"quizzes/{name}.json"))


def grade(quiz: Quiz, answers: dict) -> QuizResult:
    """Grade ``answers`` (question id -> chosen option index, or None)."""
    results = []
    for q in quiz.questions:
        chosen = answers.get(q.id) if isinstance(answers, dict) else None
        if not isinstance(chosen, int) or isinstance(chosen, bool) or not 0 <= chosen < len(q.options):
            chosen = None
        if chosen is None:
            results.append(QuestionResult(q, None, False, "No answer yet."))
            continue
        option = q.options[chosen]
        if option.correct:
            feedback = f"Right. {option.why}"
        else:
            right = q.options[q.answer_index]
            feedback = f"Not quite. {option.why} The best answer is “{right.text.rstrip('.')}”."
        results.append(QuestionResult(q, chosen, option.correct, feedback))
    return QuizResult(tuple(results))


def format_result(result: QuizResult) -> str:
    """Plain-text feedback, for the text fallback."""
    lines = []
    for n, r in enumerate(result.results, 1):
        lines.append(f"{n}. {r.question.prompt}")
        if r.chosen is not None:
            lines.append(f"   Your answer: {r.question.options[r.chosen].text}")
        lines.append(f"   {r.feedback}")
    lines.append(result.summary)
    return "\n".join(lines)


def format_quiz(quiz: Quiz) -> str:
    """The quiz as plain text, options lettered, for reading without widgets."""
    lines = [quiz.title]
    orders = display_orders(quiz)
    for n, q in enumerate(quiz.questions, 1):
        lines.append(f"{n}. {q.prompt}")
        for shown, i in enumerate(orders[q.id]):
            lines.append(f"   {shown}) {q.options[i].text}")
    return "\n".join(lines)


def quiz_for(exercise_id: str) -> Quiz:
    """The quiz whose exercise id is ``exercise_id`` (stored as ``data/quizzes/<NN>.json``)."""
    quiz = load_quiz(exercise_id[:2])
    if quiz.exercise_id != exercise_id:
        raise ValueError(f"quiz {exercise_id[:2]} has the id {quiz.exercise_id}, not {exercise_id}")
    return quiz


def quiz_text(quiz: Quiz, saved) -> str:
    """The text fallback: the questions, then feedback on the saved answers, or the answers with reasons."""
    lines = [format_quiz(quiz), ""]
    if isinstance(saved, dict) and isinstance(saved.get("answers"), dict):
        lines += ["Your saved answers:", format_result(grade(quiz, saved["answers"]))]
    else:
        lines.append("Answers, with reasons (read them after choosing yours):")
        for n, q in enumerate(quiz.questions, 1):
            right = q.options[q.answer_index]
            lines.append(f"{n}. {right.text}\n   {right.why}")
    return "\n".join(lines)

