"""The simulator's dialogue graph: every node reachable, every path ends, every ending reachable.

The whole tree of play-throughs is explored (depth first, carrying the state, since
which options show and which ending a meeting reaches depend on what happened).
"""

from __future__ import annotations

from collections import Counter, deque

import pytest

from lesson_utils.simulator import (
    INITIAL_STATE,
    Conversation,
    holds,
    load_script,
    play,
    play_visitor,
    replay,
)

SCRIPT = load_script()
MAX_TURNS = 30  # far more than any real path; a longer one would mean a loop


def all_paths():
    """Every complete play-through as (list of option ids, finished Conversation)."""
    out = []
    stack = [Conversation()]
    while stack:
        conv = stack.pop()
        assert len(conv.steps) <= MAX_TURNS, f"path longer than {MAX_TURNS} turns: {[s.option.id for s in conv.steps]}"
        if conv.is_over:
            out.append(([s.option.id for s in conv.steps], conv))
            continue
        choices = conv.choices()
        assert choices, f"dead end at {conv.node_id!r} after {[s.option.id for s in conv.steps]}"
        for opt in choices:
            twin = conv.fork()
            twin.choose(opt.id)
            stack.append(twin)
    return out


PATHS = all_paths()


def test_the_tree_is_finite_and_sizeable():
    assert 1_000 < len(PATHS) < 200_000


def test_every_target_exists():
    for node in SCRIPT.nodes.values():
        for opt in node.options:
            assert opt.to in SCRIPT.nodes, f"{node.id}.{opt.id} -> missing {opt.to}"
        for _, target in node.route:
            assert target in SCRIPT.nodes, f"route {node.id} -> missing {target}"
    assert SCRIPT.start in SCRIPT.nodes


def test_every_node_is_one_kind():
    for node in SCRIPT.nodes.values():
        kinds = [bool(node.options), node.is_router, node.is_ending]
        assert sum(kinds) == 1, f"{node.id} must have options, a route, or an ending (exactly one)"
        if node.is_router:
            assert node.route[-1][0] is None, f"router {node.id} needs a final catch-all route"
        if node.is_ending:
            assert node.verdict and node.title
            assert set(node.answers) == {"introduce", "keep_in_touch", "refer"}


def test_option_ids_unique_within_each_node_and_well_formed():
    for node in SCRIPT.nodes.values():
        ids = [o.id for o in node.options]
        assert len(ids) == len(set(ids)), node.id
        for o in node.options:
            assert o.say.strip() and o.keywords.strip()
            assert o.turning_kind in ("", "helped", "hurt")
            assert bool(o.turning_kind) == bool(o.turning_note)
            assert o.you_minutes + o.host_minutes + o.silence_minutes > 0, f"{o.id} takes no time"


def test_no_cycles_in_the_graph():
    """Depth-first search over node links (options and routes): no back edges, so no loops at all."""
    edges = {n.id: [o.to for o in n.options] + [t for _, t in n.route] for n in SCRIPT.nodes.values()}
    colour = dict.fromkeys(edges, "white")

    def visit(node_id, trail):
        colour[node_id] = "grey"
        for nxt in edges[node_id]:
            assert colour[nxt] != "grey", f"cycle: {' -> '.join(trail + [nxt])}"
            if colour[nxt] == "white":
                visit(nxt, trail + [nxt])
        colour[node_id] = "black"

    visit(SCRIPT.start, [SCRIPT.start])


def test_every_node_is_reachable_by_graph_search():
    seen, queue = {SCRIPT.start}, deque([SCRIPT.start])
    while queue:
        node = SCRIPT.nodes[queue.popleft()]
        for target in [o.to for o in node.options] + [t for _, t in node.route]:
            if target not in seen:
                seen.add(target)
                queue.append(target)
    assert seen == set(SCRIPT.nodes)


def test_every_node_and_option_is_reached_in_actual_play():
    visited_nodes, used = set(), set()
    for _, conv in PATHS:
        for s in conv.steps:
            visited_nodes.add(s.node_id)
            used.add((s.node_id, s.option.id))
        visited_nodes.add(conv.node_id)
    routers = {n.id for n in SCRIPT.nodes.values() if n.is_router}
    assert visited_nodes | routers == set(SCRIPT.nodes)
    every_option = {(n.id, o.id) for n in SCRIPT.nodes.values() for o in n.options}
    assert used == every_option


def test_every_path_ends_at_an_ending():
    for ids, conv in PATHS:
        assert conv.is_over and conv.verdict() is not None, ids


def test_at_least_three_endings_and_each_is_reachable():
    counts = Counter(conv.verdict().ending for _, conv in PATHS)
    assert set(counts) == {"warm", "polite", "unclear", "awkward"}
    assert all(n > 0 for n in counts.values())


def test_every_remark_and_aside_can_fire():
    fired = set()
    for _, conv in PATHS:
        fired |= set(conv.verdict().remarks)
    assert fired == {text for _, text in SCRIPT.remarks}
    lines = {s.host_line for _, conv in PATHS for s in conv.steps}
    for node in SCRIPT.nodes.values():
        for _, text in node.asides:
            assert any(text in line for line in lines), f"aside never shown: {text}"


def test_meeting_lengths_are_plausible():
    minutes = [conv.minute for _, conv in PATHS]
    assert min(minutes) >= 4 and max(minutes) <= 40
    on_time = [conv.minute for _, conv in PATHS if not conv.state["overstayed"]]
    assert max(on_time) <= 30


def test_the_visitor_path_reproduces_his_meeting():
    conv = replay(SCRIPT.visitor_path)
    v = conv.verdict()
    assert v.ending == "awkward"
    assert not conv.state["purpose_clear"]
    assert conv.state["favour_asks"] >= 1 and conv.state["silences"] >= 2
    said = [s.option.say for s in conv.steps]
    assert "How do you get customers?" in said
    assert any("can you refer clients to me?" in x.lower() for x in said)
    assert conv.state["passions"] >= 1 and conv.state["questions"] <= 1
    assert v.answers["introduce"].startswith("No")
    assert all(s.option.visitor or s.option.id == "how_customers" for s in conv.steps)
    assert "THE ENDING: The visitor's ending" in play_visitor()


def test_the_sample_path_is_warm():
    conv = replay(SCRIPT.sample_path)
    assert conv.verdict().ending == "warm"
    assert conv.stats()["talk_share"] <= 0.5 and not conv.state["overstayed"]


def test_warm_needs_purpose_no_favours_and_a_good_close():
    for _, conv in PATHS:
        s = conv.state
        if conv.verdict().ending == "warm":
            assert s["purpose_clear"] and s["favour_asks"] == 0 and s["asked_referrals"] and s["thanked"]
        if s["purpose_clear"] is False:
            assert conv.verdict().ending in ("awkward", "unclear")


@pytest.mark.parametrize(
    "condition, state, expected",
    [
        (None, {}, True),
        ({}, {}, True),
        ({"purpose_clear": True}, {"purpose_clear": True}, True),
        ({"purpose_clear": True}, {"purpose_clear": False}, False),
        ({"silences": {">=": 2}}, {"silences": 2}, True),
        ({"silences": {">=": 2}}, {"silences": 1}, False),
        ({"silences": {">": 0, "<": 3}}, {"silences": 2}, True),
        ({"any": [{"silences": 5}, {"favour_asks": 1}]}, {"silences": 0, "favour_asks": 1}, True),
        ({"all": [{"silences": 0}, {"favour_asks": 1}]}, {"silences": 0, "favour_asks": 0}, False),
        ({"not": {"silences": 0}}, {"silences": 0}, False),
        ({"talk_share": {"<=": 0.5}}, {"you_minutes": 1, "host_minutes": 3}, True),
        ({"talk_share": {"<=": 0.5}}, {"you_minutes": 3, "host_minutes": 1}, False),
    ],
)
def test_condition_language(condition, state, expected):
    full = dict(INITIAL_STATE, **state)
    assert holds(condition, full) is expected


def test_play_reports_an_unknown_choice_without_raising():
    out = play(["smalltalk_brief", "zzzz qqqq"])
    assert "is not one of the choices" in out
    assert "'intro_clear'" in out  # the next choices are listed


def test_play_stops_when_the_meeting_is_over():
    out = play(list(SCRIPT.sample_path) + ["intro_clear"])
    assert "already ended" in out and "THE ENDING" in out


def test_her_remarks_never_contradict_the_numbers_beside_them():
    """A learner once read "We ran well over the time" beside "Time: 20 minutes of the 20", and "You did more
    of the talking" beside "you 50%"."""
    from lesson_utils.simulator import format_stats
    for ids, conv in PATHS:
        v = conv.verdict()
        shown = " ".join(format_stats(v.stats))
        share = round(100 * v.stats["talk_share"])
        for remark in v.remarks:
            if "more of the talking" in remark:
                assert share > 50, (ids, shown)
            if "ran well over" in remark:
                assert "(over time)" in shown, (ids, shown)
            if "long silences" in remark:
                assert v.stats["silences"] >= 2, (ids, shown)
