/*
 * Quick exit, enhanced. Without JavaScript the "Quick exit" link still works: it goes to
 * /exit, which ends the session and redirects to a neutral page. With JavaScript:
 *   - the link uses location.replace(), so this page is not left in the Back history;
 *   - pressing Shift three times (within a second of each other) does the same, as GOV.UK's
 *     "Exit this page" does; a polite live region tells screen-reader users the count.
 */
(function () {
  'use strict';

  var link = document.querySelector('[data-quick-exit]');
  if (!link) {
    return;
  }
  var status = document.querySelector('[data-quick-exit-status]');
  var presses = 0;
  var resetTimer = null;

  function say(message) {
    if (status && message) {
      status.textContent = message;
    }
  }

  function exit(event) {
    if (event) {
      event.preventDefault();
    }
    say(link.getAttribute('data-leaving'));
    document.documentElement.classList.add('is-exiting');
    window.location.replace(link.href);
  }

  function reset() {
    presses = 0;
    if (resetTimer) {
      window.clearTimeout(resetTimer);
      resetTimer = null;
    }
  }

  link.addEventListener('click', exit);

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') {
      reset();
    }
  });

  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') {
      return;
    }
    presses += 1;
    if (resetTimer) {
      window.clearTimeout(resetTimer);
    }
    if (presses >= 3) {
      reset();
      exit();
      return;
    }
    say(link.getAttribute(presses === 1 ? 'data-pressed-1' : 'data-pressed-2'));
    resetTimer = window.setTimeout(reset, 1000);
  });
}());
