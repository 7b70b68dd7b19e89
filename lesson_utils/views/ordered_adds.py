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

Without the script (a frontend that runs no JavaScript), the button works as a plain button.
"""

from __future__ import annotations

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
  function acked(root) {
    var a = parts(root).ack;
    return a ? {seq: Number(a.getAttribute('data-seq')), ok: a.getAttribute('data-ok') === '1'} : null;
  }
  function change(el, value) {
    el.value = value;
    el.dispatchEvent(new Event('input', {bubbles: true}));
    el.dispatchEvent(new Event('change', {bubbles: true}));
  }
  function confirmed(root, seq, ms) {
    return new Promise(function (resolve) {
      var start = Date.now();
      (function check() {
        var a = acked(root);
        if ((a && a.seq >= seq) || Date.now() - start > ms || !root.isConnected) { resolve(a); return; }
        setTimeout(check, 15);
      })();
    });
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
        var after = await confirmed(root, seq, 30000);
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
    q.items.push({text: p.box.value, action: named ? named.slice(11) : 'add'});
    if (!btn.classList.contains('atl-queued-keep')) { change(p.box, ''); }
    pump(root, q);
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


__all__ = ["SCRIPT", "ack_html", "publish_script", "queued_controls"]
