/* Print buttons: hidden without JavaScript (the browser's own print still works), shown
   and wired to window.print() with it. */
(function () {
  'use strict';
  document.querySelectorAll('.js-print').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
}());
