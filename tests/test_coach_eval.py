"""The coach clears the bars on the labelled sets, and the metric code is right."""

from pathlib import Path

import pytest

from lesson_utils.coach.evaluate import Item, evaluate, load, prf, score

HERE = Path(__file__).resolve().parent
DEV = Path(__file__).resolve().parents[1].parent / "shared" / "questions-dev.jsonl"
OWN = [HERE / "data" / "questions-own.jsonl", HERE / "data" / "questions-own-holdout.jsonl"]


def check_bars(path):
    res = evaluate(load(path))
    assert res.n > 0
    assert res.topic_accuracy >= 0.85, res.topic_accuracy
    if res.favour.support:
        assert res.favour.recall >= 0.97, res.favour
        assert res.favour.precision >= 0.90, res.favour
    else:
        assert res.favour.fp <= 1, res.favour  # a set of good questions: at most one false favour
    assert res.mean_other_f1 >= 0.80, res.mean_other_f1


def test_dev_set_bars():
    if not DEV.exists():
        pytest.skip(f"shared dev set not found at {DEV} (shared/ must sit beside the clone)")
    check_bars(DEV)


@pytest.mark.parametrize("path", OWN, ids=lambda p: p.name)
def test_own_set_bars(path):
    check_bars(path)


def test_own_set_is_large_and_valid():
    from lesson_utils.coach import FLAGS, TOPICS
    items = load(OWN[0]) + load(OWN[1])
    assert len(load(OWN[0])) >= 300 and len(load(OWN[1])) >= 100
    for it in items:
        assert it.topic in TOPICS
        assert it.flags <= set(FLAGS)
    assert len({it.text for it in items}) == len(items)


def test_prf_by_hand():
    m = prf([True, True, False, False, True], [True, False, True, False, True])
    assert (m.tp, m.fp, m.fn) == (2, 1, 1)
    assert m.precision == pytest.approx(2 / 3)
    assert m.recall == pytest.approx(2 / 3)
    assert m.f1 == pytest.approx(2 / 3)


def test_score_by_hand():
    items = [
        Item("a", "referrals", frozenset()),
        Item("b", "none", frozenset({"asks_for_favor", "closed"})),
        Item("c", "resources", frozenset({"closed"})),
        Item("d", "role_insight", frozenset({"vague"})),
    ]
    preds = [
        ("referrals", frozenset()),
        ("none", frozenset({"asks_for_favor"})),
        ("role_insight", frozenset({"closed"})),
        ("role_insight", frozenset({"vague", "compound"})),
    ]
    res = score(items, preds)
    assert res.topic_accuracy == pytest.approx(3 / 4)
    assert res.favour.precision == 1.0 and res.favour.recall == 1.0
    closed = res.flags["closed"]
    assert (closed.tp, closed.fp, closed.fn) == (1, 0, 1)
    assert closed.f1 == pytest.approx(2 / 3)
    comp = res.flags["compound"]
    assert (comp.tp, comp.fp, comp.fn) == (0, 1, 0)
    assert comp.f1 == 0.0
    # other seven: closed 2/3, vague 1, self 1 (nothing to find), researchable 1, compound 0, naq 1, personal 1
    assert res.mean_other_f1 == pytest.approx((2 / 3 + 1 + 1 + 1 + 0 + 1 + 1) / 7)
    assert res.confusion[("resources", "role_insight")] == 1
    assert len(res.errors) == 3


def test_cli_eval_runs(capsys):
    from lesson_utils.coach.__main__ import main
    assert main(["--eval", str(OWN[0])]) == 0
    out = capsys.readouterr().out
    assert "topic accuracy" in out and "mean F1 of the other flags" in out


def test_cli_review_runs(capsys):
    from lesson_utils.coach.__main__ import main
    assert main(["Can you refer clients to me?"]) == 0
    assert "Asks for a favour" in capsys.readouterr().out


# Sets written independently of the coach (see CONTRIBUTING.md). The scored model is fitted on the
# -tune halves and the training sets, so they must clear every bar. The -check halves, the own
# hold-out, the final sets, the guides set and the held-out sets were never studied item by item.
TUNE_HALVES = sorted((HERE / "data").glob("questions-*-tune.jsonl"))
TRAINING_SETS = sorted((HERE / "data").glob("questions-train-*.jsonl"))

# Figures measured with the scored model on each held-back set with
# `python -m lesson_utils.coach --eval FILE` (topic accuracy, mean F1 of the other seven flags).
# Asserted at the measured figure minus 0.03, or at the bar when the figure cleared it with room:
# they guard against regressions. Where the floor sits below the bar, the bar was not reached.
CHECKS = {
    "questions-eighth-check.jsonl": (0.930, 0.909),
    "questions-eleventh-check.jsonl": (0.960, 0.911),
    "questions-favour-stress-check.jsonl": (0.977, 0.903),
    "questions-fifth-check.jsonl": (0.975, 0.967),
    "questions-fourteenth-check.jsonl": (0.929, 0.986),
    "questions-fourth-check.jsonl": (0.950, 0.894),
    "questions-independent-check.jsonl": (0.892, 0.896),
    "questions-ninth-check.jsonl": (0.878, 0.959),
    "questions-seventh-check.jsonl": (0.950, 0.831),
    "questions-sixth-check.jsonl": (0.938, 0.913),
    "questions-tenth-check.jsonl": (0.920, 0.770),
    "questions-third-check.jsonl": (0.950, 1.000),
    "questions-thirteenth-check.jsonl": (0.965, 0.929),
    "questions-twelfth-check.jsonl": (0.918, 0.969),
    "questions-own-holdout.jsonl": (0.992, 1.000),
    "questions-final.jsonl": (0.960, 0.949),
    "questions-final-2.jsonl": (0.890, 0.885),
}


def _floor(measured, bar):
    return bar if measured - 0.03 >= bar else round(measured - 0.03, 3)


@pytest.mark.parametrize("path", TUNE_HALVES + TRAINING_SETS, ids=lambda p: p.name)
def test_fitted_sets_clear_the_bars(path):
    check_bars(path)


def test_every_tune_half_has_its_check_half():
    assert len(TUNE_HALVES) == 27
    split_checks = {check for _, check, _ in SPLIT_AFTER_ARRIVAL.values()}
    for tune in TUNE_HALVES:
        check = tune.with_name(tune.name.replace("-tune", "-check"))
        assert check.name in CHECKS or check.name in split_checks
        assert {i.text for i in load(tune)}.isdisjoint({i.text for i in load(check)})


def test_the_trainer_leaves_out_items_that_repeat_a_held_back_one():
    """Familiar questions are quoted by many guides: about half of the training guides set repeats
    the held-back guides set word for word, and the trainer must learn none of them."""
    import sys
    sys.path.insert(0, str(HERE.parent / "tools"))
    from training_sets import held_back_texts, same_text
    import train_coach_model
    held = held_back_texts()
    assert len(held) > 2000
    rows = train_coach_model.load_rows()
    assert len(rows) > 2500
    assert not [r["text"] for r in rows if same_text(r["text"]) in held]
    assert {r["file"] for r in rows} >= {p.name for p in TRAINING_SETS}


@pytest.mark.parametrize("name", sorted(CHECKS), ids=str)
def test_held_back_sets_hold_their_figures(name):
    topic, other = CHECKS[name]
    res = evaluate(load(HERE / "data" / name))
    assert res.topic_accuracy >= _floor(topic, 0.85), res.topic_accuracy
    assert res.mean_other_f1 >= _floor(other, 0.80), res.mean_other_f1


POOLED = [name for name in CHECKS]


def test_pooled_held_back_figures():
    """Pooled over every -check half, the own hold-out and both final sets. Measured with the scored model
    refitted after guides-11 to -13 arrived (1,865 items, 359 favours): topic 0.939, favour precision 0.965 /
    recall 0.986, mean F1 of the other flags 0.911, good questions that got some flag 4 of 751 (0.5%),
    learning questions called favours 7 of 1,330 (the target is 0: not reached). Asserted at those
    figures minus 0.02 (counts plus 3)."""
    items = [i for name in POOLED for i in load(HERE / "data" / name)]
    res = evaluate(items)
    assert res.n == 1865 and res.favour.support == 359
    assert res.topic_accuracy >= 0.919, res.topic_accuracy
    assert res.favour.precision >= 0.945 and res.favour.recall >= 0.966, res.favour
    assert res.mean_other_f1 >= 0.891, res.mean_other_f1
    assert res.good_flagged <= 7 and res.learning_called_favours <= 10, (res.good_flagged, res.learning_called_favours)


# Sets written by people who never saw the coach, measured once on arrival (before any change made
# while they were here) and never studied: (set, items, figures on arrival, figures now), each
# figures tuple being (topic accuracy, favour precision, favour recall, mean F1 of the other flags,
# good questions that got some flag). Favour figures are None where a set holds at most one favour. The
# arrival figures are the record (README); the test holds the model to its figures now (minus 0.02,
# nags plus 1), so a refit that loses ground on unseen writing fails. "Now" is the model refitted after
# guides-11 to -13 arrived, on the -tune halves of guides-5 to -13 and the two training sets train-11 and
# train-12 besides everything fitted on before; for the split guide sets it is measured on the -check
# half (SPLIT_AFTER_ARRIVAL), never studied.
ARRIVED = [
    ("questions-heldout-a.jsonl", 170, (0.929, 0.842, 1.000, 0.952, 0), (0.953, 0.938, 0.938, 0.937, 0)),
    ("questions-heldout-b.jsonl", 170, (0.953, 0.974, 0.925, 0.850, 0), (0.976, 0.962, 0.950, 0.797, 1)),
    ("questions-heldout-c.jsonl", 170, (0.941, 1.000, 1.000, 0.936, 3), (0.959, 1.000, 0.917, 0.895, 1)),
    ("questions-guides.jsonl", 170, (0.818, None, None, 0.623, 5), (0.871, None, None, 0.720, 3)),
    # arrived at a later stop: a general mix, and questions quoted from 8 guides not used before
    ("questions-heldout-d.jsonl", 180, (0.944, 0.967, 0.967, 0.958, 0), (0.978, 0.968, 1.000, 0.948, 0)),
    ("questions-guides-2.jsonl", 36, (0.750, None, None, 0.556, 2), (0.861, None, None, 0.698, 0)),
    # arrived after that stop's refit (model of 103f50c): voices and fields; favours and near-misses
    ("questions-heldout-e.jsonl", 170, (0.971, 0.926, 1.000, 0.954, 1), (0.959, 1.000, 1.000, 0.961, 0)),
    ("questions-heldout-f.jsonl", 170, (0.976, 0.986, 0.923, 0.929, 0), (0.976, 1.000, 0.962, 0.934, 0)),
    # arrived at the next stop, measured with the model of 232d381 before any item was read: a general mix;
    # favours of every family and near-misses; quotes from 23 published guides; quotes from 55 other
    # published pages (guides, columns, Q&A pages, forums). Items already in an earlier set were dropped.
    ("questions-heldout-g.jsonl", 167, (0.964, 0.968, 1.000, 0.927, 0), (0.946, 0.968, 1.000, 0.920, 0)),
    ("questions-heldout-h.jsonl", 167, (0.982, 0.971, 0.825, 0.862, 0), (0.982, 0.986, 0.912, 0.914, 0)),
    ("questions-guides-3a.jsonl", 111, (0.757, None, None, 0.543, 4), (0.782, None, None, 0.837, 0)),
    ("questions-guides-3b.jsonl", 108, (0.759, 0.562, 1.000, 0.455, 2), (0.796, 0.667, 1.000, 0.667, 1)),
    # arrived at the stop after, measured with the model of 31ee53e before any item was read: a general
    # mix in twenty learners' voices; favours of every family (more than half hinted) with near-misses and
    # the contact's private life; quotes from 25 published guides; quotes from 23 field-specific pages,
    # alumni and coffee-chat guides. Items already in an earlier set were dropped (guides-4a: 79 of 118,
    # most of them familiar questions already in the training guide sets).
    ("questions-heldout-i.jsonl", 162, (0.975, 0.963, 1.000, 0.962, 0), (0.981, 0.963, 1.000, 0.975, 0)),
    ("questions-heldout-j.jsonl", 165, (0.982, 0.981, 0.883, 0.914, 2), (0.958, 1.000, 0.967, 0.918, 1)),
    ("questions-guides-4a.jsonl", 39, (0.923, None, None, 1.000, 0), (1.000, None, None, 0.952, 0)),
    ("questions-guides-4b.jsonl", 91, (0.714, None, None, 0.528, 2), (0.756, None, None, 0.816, 0)),
    # arrived after that refit, measured with the model of fa35a8c (the one shipped) before any item was
    # read: a general mix from thirty-odd voices and fields; the question lists of 25 workshop
    # participants as they typed them (items already in an earlier set dropped: 8 and 6) ...
    ("questions-heldout-k.jsonl", 162, (0.969, 0.970, 0.970, 0.977, 2), (0.981, 1.000, 0.970, 0.964, 2)),
    ("questions-heldout-l.jsonl", 164, (0.963, 1.000, 1.000, 0.939, 0), (0.945, 0.952, 1.000, 0.913, 0)),
    # and quotes from 28 pages not used before (career-centre guides, a book, course assignments,
    # students' forum posts and interview reports); 35 of its 130 items were already in earlier sets.
    ("questions-guides-5.jsonl", 95, (0.768, None, None, 0.707, 5), (0.915, None, None, 0.636, 3)),
    # arrived at the next stop, measured with the same model (fa35a8c) before any item was read: about 25
    # voices from fields seldom covered (trades, public sector, arts, farms, logistics, libraries...), from
    # phone notes to formal; about 20 students, international students writing in a second language and
    # people returning to work, with money, hiring, family and the contact's private life. 3 and 4 items
    # already in earlier sets were dropped.
    ("questions-heldout-m.jsonl", 157, (0.936, 1.000, 0.938, 0.913, 2), (0.962, 1.000, 0.938, 0.933, 2)),
    ("questions-heldout-n.jsonl", 156, (0.962, 0.938, 0.968, 0.935, 2), (0.949, 0.933, 0.903, 0.923, 1)),
    # and quotes from 48 pages not used before (a few career-centre lists; most from career-profile
    # interviews with professionals, so no referrals and few resources questions); 6 of 122 items were
    # already in earlier sets. One favour, caught, and one non-learning item called a favour.
    ("questions-guides-6.jsonl", 116, (0.828, None, None, 0.503, 0), (0.793, None, None, 0.667, 0)),
    # and quotes from 33 pages not used before (published interviews and Q&As, forum posts listing the
    # questions someone asked, coffee-chat guides, field pages; few career-centre lists were left that
    # the search tool shows far enough); 4 of 119 items were already in earlier sets. One favour,
    # missed, and one learning-free item called a favour.
    ("questions-guides-7.jsonl", 115, (0.791, None, None, 0.841, 2), (0.772, None, None, 0.872, 1)),
    # arrived at the next stop, measured with the same model (code of 4a735bd) before any item was read, each
    # gathered by a collector who never saw the coach: quotes from 20 files in public repositories (bootcamp
    # and university career lessons, coffee-chat posts, mentoring guides, student panel questions; mostly
    # tech, data and academic science); two favours, both caught, and one learning question called a favour.
    ("questions-guides-8.jsonl", 185, (0.827, 0.667, 1.000, 0.486, 4), (0.837, 0.500, 0.500, 0.520, 3)),
    # and quotes from 38 pages not used before (career Q&A profiles, ask-an-expert pages, student interview
    # lists; zoo keeping, firefighting, archaeology, translation, farming, trades...); no favours, and four
    # learning questions called favours.
    ("questions-guides-9.jsonl", 158, (0.741, None, None, 0.651, 5), (0.722, None, None, 0.613, 2)),
    # arrived at the next stop, measured with the model of 80dfa4d before any item was read: 33 voices
    # (career changers, students, people returning after caring or parental leave, second-language
    # writers) from trades, farms, care, public service, finance, retail, media and the arts; 43 favours
    # of every family, a dozen of them hinted or tucked after a learning question. 3 favours missed,
    # 1 false favour, 1 learning question called a favour.
    ("questions-heldout-o.jsonl", 170, (0.906, 0.976, 0.930, 0.860, 3), (0.929, 1.000, 0.907, 0.869, 0)),
    # and quotes from 44 pages on 38 sites not used before, gathered by a collector who never saw the coach
    # (published Q&As with working people, "ask a curator" and scientist pages, student assignment
    # interviews, career-day write-ups, an open textbook chapter, two bootcamp curricula; 83 of 136 about the
    # contact's own work): two favours, both caught, two false favours, and 7 of 87 good questions flagged.
    ("questions-guides-10.jsonl", 136, (0.743, 0.500, 1.000, 0.457, 7), (0.765, None, None, 0.488, 4)),
    # arrived at the next stop, measured with the model of 0b62832 before any item was read, each gathered by
    # a collector who never saw the coach, from pages on sites not used before: career-centre, alumni and
    # counselling pages (only 39 kept: most such pages already used); forum threads, personal blogs, mentoring
    # guides and "ask a scientist" pages; association spotlights, trade columns and networking advice. Items
    # already in earlier sets were dropped (4, 5 and 12).
    ("questions-guides-11.jsonl", 39, (0.718, None, None, 0.679, 1), (0.737, None, None, 0.810, 0)),
    ("questions-guides-12.jsonl", 183, (0.760, 0.667, 1.000, 0.521, 7), (0.714, 1.000, 0.667, 0.697, 1)),
    ("questions-guides-13.jsonl", 170, (0.694, 0.500, 0.833, 0.704, 3), (0.741, 0.750, 1.000, 0.632, 1)),
    # arrived at the next stop, measured with the model and rules of e0a318a before any item was read, each
    # gathered by a collector who never saw the coach, from pages on sites not used before (478 sites were
    # excluded): university, public-service and association pages (only 21 kept: most such lists are already
    # used, or quote questions already in earlier sets: 12 of 33 dropped); forum threads, blogs, newsletters
    # and professionals answering readers' questions (9 of 153 dropped); trade-press and company Q&A profiles,
    # recruiting and coaching blogs (7 of 158 dropped).
    ("questions-guides-14.jsonl", 21, (0.810, None, None, 0.810, 0), (0.810, None, None, 0.810, 0)),
    ("questions-guides-15.jsonl", 144, (0.708, 0.400, 0.667, 0.552, 1), (0.708, 0.400, 0.667, 0.552, 1)),
    ("questions-guides-16.jsonl", 151, (0.695, None, None, 0.678, 2), (0.695, None, None, 0.678, 2)),
    # arrived at the next stop, measured with the model and rules of a612785 before any item was read: about 30
    # imagined learners' voices (ordinary questions, near-misses naming hiring, clients, mentors or money, favours
    # of every family, many hinted; 16 of 170 already in earlier sets dropped), kept whole and held back; and
    # quotes from 40 non-university pages not used before (629 pages excluded; 10 of 175 dropped), split after
    # arrival: its -tune half waits in tests/data/pending/ for a refit, its -check half is measured. A collector
    # of university pages found only 3 quotes not used before, so that set was not kept. Arrival figures of the
    # whole guides-18: topic 0.764, favour 0.444 / 1.000 of 4 (5 false favours), other flags 0.568, 7 of 111 good
    # questions flagged, 4 of 154 learning questions called favours.
    ("questions-heldout-p.jsonl", 154, (0.909, 0.950, 1.000, 0.946, 0), (0.909, 0.950, 1.000, 0.946, 0)),
    ("questions-guides-18.jsonl", 165, (0.764, 0.444, 1.000, 0.568, 7), (0.805, None, None, 0.476, 2)),
    # arrived at the next stop, measured with the model and rules of b285dad before any item was read, each
    # written by a writer who never saw the coach and read only the label contract, kept whole and held back:
    # about 30 imagined learners in fields seldom covered (surveying, beekeeping, court interpreting, HVAC,
    # funeral services...), with near-misses naming hiring, clients, money or mentors and favours of every
    # family, many hinted (4 of 160 already in earlier sets dropped); and a workshop's 25 participants' own
    # drafts (students, career changers, people returning to work, second-language writers; 7 of 150 dropped).
    # Learning questions called favours on arrival: 1 of 114 in q, 0 of 108 in r.
    ("questions-heldout-q.jsonl", 156, (0.949, 0.972, 1.000, 0.946, 2), (0.949, 0.972, 1.000, 0.946, 2)),
    ("questions-heldout-r.jsonl", 143, (0.902, 1.000, 1.000, 0.968, 1), (0.902, 1.000, 1.000, 0.968, 1)),
]


#: Guide-quote sets split after their arrival figures were recorded (CONTRIBUTING.md): the -tune half
#: is trained on, and the figures "now" are those of the -check half, never studied.
#: items in each check half, by set
_CHECK_SIZES = {
    "guides-3a": 55,
    "guides-3b": 54,
    "guides-4a": 19,
    "guides-4b": 45,
    "guides-5": 47,
    "guides-6": 58,
    "guides-7": 57,
    "guides-8": 92,
    "guides-9": 79,
    "guides-10": 68,
    "guides-11": 19,
    "guides-12": 91,
    "guides-13": 85,
    "guides-18": 82,
}
#: split sets whose -tune half is not trained on yet: it waits in tests/data/pending/ for a refit
PENDING_TUNE = {"questions-guides-18-tune.jsonl"}
SPLIT_AFTER_ARRIVAL = {f"questions-{name}.jsonl": (f"questions-{name}-tune.jsonl", f"questions-{name}-check.jsonl", n)
                       for name, n in _CHECK_SIZES.items()}


def test_every_arrived_set_has_its_arrival_figures_recorded():
    on_disk = {p.name for p in (HERE / "data").glob("questions-heldout-*.jsonl")}
    on_disk |= {p.name for p in (HERE / "data").glob("questions-guides*.jsonl")}
    pending = {p.name for p in (HERE / "data" / "pending").glob("questions-*-tune.jsonl")}
    assert PENDING_TUNE <= pending
    on_disk |= PENDING_TUNE
    for whole, (tune, check, _) in SPLIT_AFTER_ARRIVAL.items():
        assert {tune, check} <= on_disk and whole not in on_disk
        on_disk -= {tune, check}
        on_disk.add(whole)
    assert on_disk == {name for name, *_ in ARRIVED}


@pytest.mark.parametrize("name, n, arrival, now", ARRIVED, ids=lambda v: str(v))
def test_arrived_sets_hold_their_figures(name, n, arrival, now):
    topic, fav_p, fav_r, other, nags = now
    if name in SPLIT_AFTER_ARRIVAL:
        _, name, n = SPLIT_AFTER_ARRIVAL[name]
    res = evaluate(load(HERE / "data" / name))
    assert res.n == n
    assert res.topic_accuracy >= topic - 0.02, res.topic_accuracy
    if fav_p is not None:
        assert res.favour.precision >= fav_p - 0.02 and res.favour.recall >= fav_r - 0.02, res.favour
    assert res.mean_other_f1 >= other - 0.02, res.mean_other_f1
    assert res.good_flagged <= nags + 1, res.good_flagged
