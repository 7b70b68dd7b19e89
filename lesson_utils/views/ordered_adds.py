"""Adds that keep every click: the page sends each click's text with the click, one at a time, numbered.

Why: the widget frontend sends a text box's value and a button's click as separate messages, and while
the kernel is busy it merges quick value updates into one. Quick Adds then reach the kernel with the
wrong text, or not at all. With this script loaded, a click on a button marked ``atl-queued-add``
takes the text of the box marked ``atl-queued-text`` at that moment, empties the box, and queues it;
the queue sends one Add at a time as JSON ``{"seq": n, "text": ...}`` into a hidden text field
(``atl-queued-submit``) and waits until the kernel confirms that number (``atl-queued-ack``) before
sending the next. The kernel ignores numbers it has handled (see ``drafter.read_submission``). When
the kernel could not add a question, its text goes back into the box if the box is still empty. A
button also marked ``atl-queued-keep`` (the rewrite drill's buttons) leaves the text in the box, and a
class ``atl-action-NAME`` sends ``"action": "NAME"`` with the text (otherwise ``"add"``), so one box can
serve several buttons (the drill's Check, Next and Previous).

Carried clicks (:func:`carried_clicks`) use the same queue for forms whose buttons act on several
boxes (a person's details and Add, a folder and Export): a click on a button marked ``atl-carry-click``
sends ``{"seq": n, "button": k, "fields": {key: text}}`` with the text of every box marked
``atl-carry-box`` in the exercise at that moment, into ``atl-carry-submit``, and waits for
``atl-carry-ack``. The kernel puts the text into the boxes, then runs button ``k`` as a click.

Without the script (a frontend that runs no JavaScript), the button works as a plain button.
"""

from __future__ import annotations

import contextlib

from ..drafter import json_message

SCRIPT = r"""
(function () {
  if (window.atlOrderedAdds) { return; }
  window.atlOrderedAdds = true;
  var queues = new WeakMap();
  function parts(root) {
    return {
      box: root.querySelector('.atl-queued-text textarea, .atl-queued-text input'),
      field: root.querySelector('.atl-queued-submit input'),
      ack: root.querySelector('.atl-queued-ack [data-seq]')
    };
  }
  function ackOf(el) {  // a confirmation element's number and whether the kernel did it
    return el ? {seq: Number(el.getAttribute('data-seq')), ok: el.getAttribute('data-ok') === '1'} : null;
  }
  function acked(root) { return ackOf(parts(root).ack); }
  function confirmedBy(read, root, seq, ms) {  // resolves with the confirmation once it reaches seq
    // Watched two ways: a change in the exercise's DOM (seen at once, even when the browser slows the
    // page's timers down) and a poll every 50 ms (for a confirmation drawn without a DOM change seen here)
    return new Promise(function (resolve) {
      var start = Date.now(), done = false, observer = null, timer = null;
      function check() {
        if (done) { return; }
        var a = read(root);
        if ((a && a.seq >= seq) || Date.now() - start > ms || !root.isConnected) {
          done = true;
          if (observer) { observer.disconnect(); }
          if (timer) { clearInterval(timer); }
          resolve(a);
        }
      }
      if (window.MutationObserver) {
        observer = new MutationObserver(check);
        observer.observe(root, {subtree: true, childList: true, attributes: true, characterData: true});
      }
      timer = setInterval(check, 50);
      check();
    });
  }
  function change(el, value) {
    el.value = value;
    el.dispatchEvent(new Event('input', {bubbles: true}));
    el.dispatchEvent(new Event('change', {bubbles: true}));
  }
  async function pump(root, q) {
    if (q.busy) { return; }
    q.busy = true;
    try {
      while (q.items.length) {
        var item = q.items.shift(), text = item.text;
        var p = parts(root), before = acked(root);
        if (!p.field || !before) { continue; }
        var seq = before.seq + 1;
        change(p.field, JSON.stringify({seq: seq, text: text, action: item.action}));
        var after = await confirmedBy(acked, root, seq, 30000);
        var box = parts(root).box;
        if ((!after || after.seq < seq || !after.ok) && box && box.value === '' && text) { change(box, text); }
      }
    } finally {
      q.busy = false;
    }
  }
  document.addEventListener('click', function (ev) {
    var btn = ev.target && ev.target.closest ? ev.target.closest('.atl-queued-add') : null;
    var root = btn ? btn.closest('.atl-exercise') : null;
    if (!root) { return; }
    var p = parts(root);
    if (!p.box || !p.field || !p.ack) { return; }
    ev.stopImmediatePropagation();
    ev.preventDefault();
    var q = queues.get(root);
    if (!q) { q = {items: [], busy: false}; queues.set(root, q); }
    var named = Array.prototype.find.call(btn.classList, function (c) { return c.indexOf('atl-action-') === 0; });
    // a second click on an empty box while the first is still on its way (a double click) adds
    // nothing, so it says nothing: "type a question first" would hide the first click's "Added"
    var recent = Date.now() - (q.last || 0) < 800;
    if (!p.box.value.trim() && (q.busy || q.items.length || recent) && !btn.classList.contains('atl-queued-keep')) { return; }
    q.last = Date.now();
    q.items.push({text: p.box.value, action: named ? named.slice(11) : 'add'});
    if (!btn.classList.contains('atl-queued-keep')) { change(p.box, ''); }
    pump(root, q);
  }, true);

  // a link to a lesson inside an exercise (class atl-lesson-link): in JupyterLab, open the lesson in a new
  // tab of the same page, as a link in the lesson text does. A plain link would reload the whole page, and
  // every open lesson's exercises would be empty until Run All. Elsewhere (the app) the link is followed.
  document.addEventListener('click', function (ev) {
    var a = ev.target && ev.target.closest ? ev.target.closest('a.atl-lesson-link') : null;
    var app = window.jupyterapp;
    if (!a || !app || !app.commands || !app.commands.hasCommand('docmanager:open')) { return; }
    var url = new URL(a.getAttribute('href'), window.location.href);
    var at = url.pathname.indexOf('/lab/tree/');
    if (at < 0) { return; }
    ev.preventDefault();
    ev.stopImmediatePropagation();
    app.commands.execute('docmanager:open', {path: decodeURIComponent(url.pathname.slice(at + 10))});
  }, true);

  // text typed in an exercise's box and not yet left when the page goes away (a reload, a closed tab) is
  // sent first: a box sends its text when it loses focus, and a reload never takes the focus away
  window.addEventListener('beforeunload', function () {
    var el = document.activeElement;
    if (el && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') && el.closest && el.closest('.atl-exercise')) {
      el.dispatchEvent(new Event('change', {bubbles: true}));
    }
  });

  // carried clicks: every marked box's text goes with the click (see carried_clicks)
  var carries = new WeakMap();
  function carryAck(root) { return ackOf(root.querySelector('.atl-carry-ack [data-seq]')); }
  function formFields(root) {  // the text of every marked box in the exercise, by key
    var fields = {};
    root.querySelectorAll('.atl-carry-box').forEach(function (el) {
      var key = classTail(el, 'atl-carry-key-'), input = el.querySelector('textarea, input');
      if (key && input) { fields[key] = input.value; }
    });
    return fields;
  }
  function anyText(fields) { return Object.keys(fields).some(function (k) { return fields[k].trim(); }); }
  function emptyForm(root) {
    root.querySelectorAll('.atl-carry-box').forEach(function (el) {
      var input = el.querySelector('textarea, input');
      if (input && input.value !== '') { change(input, ''); }
    });
  }
  async function carryPump(root, q) {
    if (q.busy) { return; }
    q.busy = true;
    try {
      while (q.items.length) {
        var item = q.items.shift();
        if (item.fields === null) {
          // a click on the emptied form while the Add before it was on its way: a double click if that Add
          // went in; if it was refused, its text is back in the form, and this click adds what is there now
          if (!q.refused) { continue; }
          item.fields = formFields(root);
          if (!anyText(item.fields)) { continue; }
          emptyForm(root);
        }
        var field = root.querySelector('.atl-carry-submit input'), before = carryAck(root);
        if (!field || !before) { continue; }
        var seq = before.seq + 1;
        change(field, JSON.stringify({seq: seq, button: item.button, fields: item.fields}));
        var after = await confirmedBy(carryAck, root, seq, 30000);
        q.refused = item.cleared && !(after && after.seq >= seq && after.ok);
        if (q.refused) {
          // not added (the kernel said why): the text goes back into each box the learner has left empty
          root.querySelectorAll('.atl-carry-box').forEach(function (el) {
            var key = classTail(el, 'atl-carry-key-'), input = el.querySelector('textarea, input');
            if (key && input && input.value === '' && item.fields[key]) { change(input, item.fields[key]); }
          });
        }
      }
    } finally {
      q.busy = false;
    }
  }
  function classTail(el, head) {
    var c = Array.prototype.find.call(el.classList, function (name) { return name.indexOf(head) === 0; });
    return c ? c.slice(head.length) : null;
  }
  document.addEventListener('click', function (ev) {
    var btn = ev.target && ev.target.closest ? ev.target.closest('.atl-carry-click') : null;
    var root = btn ? btn.closest('.atl-exercise') : null;
    if (!root || btn.disabled) { return; }
    if (!root.querySelector('.atl-carry-submit input') || !carryAck(root)) { return; }
    ev.stopImmediatePropagation();
    ev.preventDefault();
    var fields = formFields(root);
    var cleared = btn.classList.contains('atl-carry-clears');
    var n = Number(classTail(btn, 'atl-carry-n-'));
    var q = carries.get(root);
    if (!q) { q = {items: [], busy: false}; carries.set(root, q); }
    if (cleared && !anyText(fields)) {
      if (q.busy || q.items.length) {  // the form was emptied by the Add still on its way: decided after it
        q.items.push({button: n, fields: null, cleared: true});
        carryPump(root, q);
        return;
      }
      if (Date.now() - (q.last || 0) < 800) { return; }  // a double click just after an Add that went in
    }
    if (cleared) { emptyForm(root); }  // an Add empties its form at the click: the next person can be typed at once
    q.last = Date.now();
    q.items.push({button: n, fields: fields, cleared: cleared});
    carryPump(root, q);
  }, true);
})();
"""


def queued_controls(box, buttons, keep: bool = False):
    """Mark ``box`` and ``buttons`` (``(button, action)`` pairs; action None sends "add") for the script,
    and make the hidden field the page sends into and the kernel's confirmation: ``(field, ack)``.
    ``keep`` leaves the text in the box after a click."""
    import ipywidgets as W

    from .common import html, shared_layout

    box.add_class("atl-queued-text")
    for b, action in buttons:
        b.add_class("atl-queued-add")
        if keep:
            b.add_class("atl-queued-keep")
        if action:
            b.add_class(f"atl-action-{action}")
    field = W.Text(layout=shared_layout(display="none"))
    field.add_class("atl-queued-submit")
    ack = html(ack_html(0, True), layout=shared_layout(display="none"))
    ack.add_class("atl-queued-ack")
    return field, ack


def read_carried(raw: object, last_seq: int) -> tuple[int, int, dict[str, str]] | None:
    """One carried click from the page, as ``(sequence number, button number, {box key: text})``; None
    when it is not new (a number at or below ``last_seq``) or not such a message. Keys and texts that are
    not strings are dropped."""
    data = json_message(raw)
    if data is None:
        return None
    seq, button, fields = data.get("seq"), data.get("button"), data.get("fields")
    if (not isinstance(seq, int) or isinstance(seq, bool) or seq <= last_seq
            or not isinstance(button, int) or isinstance(button, bool) or button < 0):
        return None
    fields = {k: v for k, v in fields.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(fields, dict) else {}
    return seq, button, fields


def carried_clicks(boxes: dict, buttons: list, clears: tuple = ()):
    """Make ``buttons`` act on the text the page shows in ``boxes`` ({key: text box}) at the click, even
    when the kernel is busy and a box's newest value would reach it after the click. Returns the hidden
    ``(field, ack)`` to put in the exercise (one pair per exercise). The buttons keep their handlers: the
    kernel puts the carried text into the boxes, then runs the clicked button's handlers (unless it is
    disabled by then).

    ``clears``: the buttons whose handler empties the boxes when it succeeds (an Add). The page empties
    them at the click instead, so what the learner types next is never wiped by the kernel's emptying;
    when the handler keeps the text (it was not added), the confirmation says so and the page puts the
    text back into each box still empty."""
    import ipywidgets as W

    from .common import html, shared_layout

    for key, box in boxes.items():
        box.add_class("atl-carry-box")
        box.add_class(f"atl-carry-key-{key}")
    for n, b in enumerate(buttons):
        b.add_class("atl-carry-click")
        b.add_class(f"atl-carry-n-{n}")
        if b in clears:
            b.add_class("atl-carry-clears")
    field = W.Text(layout=shared_layout(display="none"))
    field.add_class("atl-carry-submit")
    ack = html(ack_html(0, True), layout=shared_layout(display="none"))
    ack.add_class("atl-carry-ack")
    last = [0]

    def submitted(change) -> None:
        found = read_carried(change["new"], last[0])
        if found is None:
            return
        last[0], n, fields = found
        clearing = n < len(buttons) and buttons[n] in clears
        ok = True
        try:
            for key, text in fields.items():
                box = boxes.get(key)
                if box is not None and box.value != text:
                    _set_quietly(box, text)
            if n < len(buttons) and not buttons[n].disabled:
                if clearing:
                    with contextlib.ExitStack() as quiet:  # the page emptied the boxes already
                        for box in boxes.values():
                            quiet.enter_context(_quiet(box, ""))
                        buttons[n]._click_handlers(buttons[n])
                else:
                    buttons[n]._click_handlers(buttons[n])
            if clearing:
                ok = all(box.value == "" for box in boxes.values())
        finally:
            ack.value = ack_html(last[0], ok)

    field.observe(submitted, names="value")
    return field, ack


def _quiet(box, value: str):
    """While this holds, setting ``box.value`` to ``value`` is not sent to the page (the page shows it
    already). The lock is how ipywidgets itself takes a value from the page."""
    lock = getattr(box, "_lock_property", None)
    return lock(value=value) if lock is not None else contextlib.nullcontext()


def _set_quietly(box, text: str) -> None:
    """Give the kernel's copy of ``box`` the text the page sent, without sending it back to the page: the
    page already shows it, or newer text typed since the click, which an echo would overwrite."""
    with _quiet(box, text):
        box.value = text


def ack_html(seq: int, ok: bool) -> str:
    """The kernel's confirmation that the Add numbered ``seq`` was handled (and whether it was added)."""
    return f'<span data-seq="{int(seq)}" data-ok="{1 if ok else 0}"></span>'


def publish_script() -> None:
    """Send the script to the page (once per display; the page keeps one copy). Silent outside a kernel."""
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:  # pragma: no cover - IPython comes with the kernel
        return
    if get_ipython() is None:
        return
    # No visible text for a frontend that runs no JavaScript.
    display({"application/javascript": SCRIPT, "text/plain": ""}, raw=True)


__all__ = ["SCRIPT", "ack_html", "carried_clicks", "publish_script", "queued_controls", "read_carried"]
