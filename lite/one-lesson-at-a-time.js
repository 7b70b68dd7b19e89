// Ask to Learn in the browser: a lesson link ("next →", "Contents", ...) opens that lesson in place of
// the one it was followed from. The earlier lesson's tab closes and its Python stops (the site's setting
// "shut down the kernel when a notebook closes"), so moving through the course keeps one Python running,
// not one per lesson visited. Saved work is on the browser's drive and is not touched; a lesson opened
// any other way (the file browser) opens beside the others, as usual.
(function () {
  'use strict';
  let followed = null; // {from: the lesson's tab, target: the path of the lesson its link names}

  // The lesson a link names, as a path of the site's files ("01_why_ask_to_learn.ipynb"), or null. JupyterLab
  // shows a relative link as the file's address on the site (".../files/01_why_ask_to_learn.ipynb").
  function lessonPath(href, fromPath) {
    if (!href) return null;
    const url = new URL(href, window.location.href);
    let file;
    if (url.origin === window.location.origin && url.pathname.includes('/files/')) {
      file = url.pathname.slice(url.pathname.indexOf('/files/') + '/files/'.length);
    } else if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('/')) {
      const parts = fromPath.split('/').slice(0, -1);
      for (const part of href.split('#')[0].split('?')[0].split('/')) {
        if (part === '..') parts.pop();
        else if (part && part !== '.') parts.push(part);
      }
      file = parts.join('/');
    } else {
      return null;
    }
    file = decodeURIComponent(file);
    return file.endsWith('.ipynb') ? file : null;
  }

  document.addEventListener('click', (event) => {
    const app = window.jupyterapp;
    const link = event.target && event.target.closest && event.target.closest('.jp-RenderedMarkdown a[href]');
    if (!app || !link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    const from = app.shell.currentWidget;
    const fromPath = from && from.context && from.context.path;
    if (!fromPath || !fromPath.endsWith('.ipynb')) return;
    const target = lessonPath(link.getAttribute('href'), fromPath);
    followed = target && target !== fromPath ? {from, target} : null;
  }, true);

  function close(widget) {
    if (widget.isDisposed) return;
    // Only the page's outputs would be lost (the learner's work is saved apart): no "save changes?" question.
    if (widget.context && widget.context.model) widget.context.model.dirty = false;
    widget.close();
  }

  function closeWhenIdle(widget) {
    // A save the learner started (leaving a text box to click the link) finishes before its Python stops.
    const session = widget.sessionContext && widget.sessionContext.session;
    const kernel = session && session.kernel;
    if (!kernel || kernel.status !== 'busy') return close(widget);
    const onStatus = (_, status) => {
      if (status === 'busy') return;
      kernel.statusChanged.disconnect(onStatus);
      close(widget);
    };
    kernel.statusChanged.connect(onStatus);
  }

  function watch(app) {
    app.shell.currentChanged.connect((_, change) => {
      const opened = change.newValue;
      if (!followed || !opened || !opened.context || opened.context.path !== followed.target) return;
      const from = followed.from;
      followed = null;
      if (from !== opened) closeWhenIdle(from);
    });
  }

  (function start() {
    if (window.jupyterapp) window.jupyterapp.restored.then(() => watch(window.jupyterapp));
    else setTimeout(start, 100);
  })();
})();
