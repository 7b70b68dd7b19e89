"""The second labeller's file stays joined to the sets it relabels, with labels from the contract."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import label_agreement as LA  # noqa: E402
from lesson_utils.coach.labels import FLAGS, TOPICS  # noqa: E402


def test_every_relabelled_item_is_found_in_its_set_with_valid_labels():
    ps = LA.pairs()
    assert len(ps) == 332
    for first, second in ps:
        assert first["text"] == second["text"]
        assert second["topic"] in TOPICS and set(second["flags"]) <= set(FLAGS)


def test_kappa_reads_full_chance_and_no_agreement():
    assert LA.kappa(["a", "b", "a", "b"], ["a", "b", "a", "b"]) == 1.0
    assert LA.kappa(["a", "a", "b", "b"], ["a", "b", "a", "b"]) == 0.0
    assert LA.kappa(["a", "b"], ["b", "a"]) == -1.0


def test_the_held_back_guide_quotes_are_all_relabelled_once():
    ps = LA.pairs(LA.SECOND_GUIDES)
    assert len(ps) == 1048 and len({b["text"] + b["set"] for _, b in ps}) == 1048
    for first, second in ps:
        assert first["text"] == second["text"]
        assert second["topic"] in TOPICS and set(second["flags"]) <= set(FLAGS)


def test_the_guide_figures_leave_out_the_quotes_trained_on_since():
    """guides-5 to -9 were split after they were relabelled: their -tune halves are now fitted on, so the
    coach's figures beside the two labellings count only the quotes still held back."""
    every = LA.pairs(LA.SECOND_GUIDES)
    held = LA.pairs(LA.SECOND_GUIDES, held_back_only=True)
    trained = [a for a, _ in every if a.get("trained")]
    assert trained and len(held) == len(every) - len(trained)
    assert not [a for a, _ in held if a.get("trained")]
