/* The article editor, with JavaScript: the preview and the safe-messaging hints follow the
   text as the editor types, a moment after they stop. It asks the server for the same page the
   "Preview without saving" button gives, so the hints and the rendering are the server's own,
   and it copies just those parts in. Nothing is saved. Without JavaScript, the button does it. */
(function () {
  'use strict';
  var form = document.querySelector('form.editor__form');
  if (!form || !window.fetch || !window.DOMParser) {
    return;
  }
  var fields = ['title', 'summary', 'contentWarning', 'markdown'];
  var timer = null;
  var latest = 0;

  function refresh() {
    var asked = ++latest;
    var data = new URLSearchParams(new FormData(form));
    data.set('action', 'preview');
    // getAttribute: form.action would be the buttons named "action"
    fetch(form.getAttribute('action'), { method: 'POST', body: data, credentials: 'same-origin' })
      // 400 is the form back with its errors (a title still missing): its hints count too
      .then(function (response) { return (response.ok || response.status === 400) ? response.text() : null; })
      .then(function (html) {
        if (html === null || asked !== latest) {
          return;
        }
        var page = new DOMParser().parseFromString(html, 'text/html');
        var preview = page.querySelector('.editor__preview');
        var current = document.querySelector('.editor__preview');
        if (preview && current) {
          current.replaceWith(document.importNode(preview, true));
        }
        fields.forEach(function (name) {
          var input = document.getElementById(name);
          var mine = document.getElementById(name + '-hints');
          var theirs = page.getElementById(name + '-hints');
          if (mine) {
            mine.remove();
          }
          if (theirs && input) {
            input.parentNode.appendChild(document.importNode(theirs, true));
          }
          if (input) {
            var ids = (input.getAttribute('aria-describedby') || '').split(' ')
              .filter(function (id) { return id && id !== name + '-hints'; });
            if (theirs) {
              ids.push(name + '-hints');
            }
            if (ids.length) {
              input.setAttribute('aria-describedby', ids.join(' '));
            } else {
              input.removeAttribute('aria-describedby');
            }
          }
        });
      })
      .catch(function () { /* offline or signed out: the buttons still work */ });
  }

  form.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 800);
  });
}());
