/* Keeps what someone is typing in a private form (their safety plan, a journal entry) in this
   tab's session storage while they type, so it is not lost if their session runs out and they
   have to sign in again. It never comes back by itself: the form offers to put it back, and
   saving clears it. Session storage lasts only as long as the tab, and the quick exit and
   signing out clear it (Clear-Site-Data). Drafts are kept per member: when someone else signs in
   on the same tab, the previous member's typing is wiped, never offered to them. */
(function () {
  'use strict';
  var storage;
  try { storage = window.sessionStorage; } catch (e) { return; }
  var marked = document.querySelector('[data-draft-owner]');
  if (!marked) {
    return;
  }
  var owner = marked.getAttribute('data-draft-owner');
  var prefix = 'draft:' + owner + ':';
  try {
    for (var i = storage.length - 1; i >= 0; i--) {
      var stored = storage.key(i);
      if (stored && stored.indexOf('draft:') === 0 && stored.indexOf(prefix) !== 0) {
        storage.removeItem(stored);
      }
    }
  } catch (e) { /* no storage */ }
  var clear = document.querySelector('[data-draft-clear]');
  if (clear) {
    try { storage.removeItem(prefix + clear.getAttribute('data-draft-clear')); } catch (e) { /* no storage */ }
  }
  var form = document.querySelector('form[data-draft]');
  if (!form) {
    return;
  }
  var key = prefix + form.getAttribute('data-draft');
  var fields = Array.prototype.slice.call(form.querySelectorAll('textarea[name], input[type=text][name]'));

  function current() {
    var values = {};
    fields.forEach(function (field) { values[field.name] = field.value; });
    return values;
  }

  var saved = null;
  try { saved = JSON.parse(storage.getItem(key) || 'null'); } catch (e) { saved = null; }
  var now = current();
  var differs = saved && Object.keys(saved).some(function (name) {
    return Object.prototype.hasOwnProperty.call(now, name) && saved[name] !== now[name];
  });
  var offer = document.querySelector('.draft-offer');
  if (differs && offer) {
    offer.hidden = false;
    offer.querySelector('button').addEventListener('click', function () {
      fields.forEach(function (field) {
        if (Object.prototype.hasOwnProperty.call(saved, field.name)) {
          field.value = saved[field.name];
        }
      });
      offer.hidden = true;
      var done = document.querySelector('.draft-restored');
      if (done) {
        done.hidden = false;
      }
    });
  }

  var timer = null;
  form.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      try { storage.setItem(key, JSON.stringify(current())); } catch (e) { /* full or off */ }
    }, 400);
  });
}());
