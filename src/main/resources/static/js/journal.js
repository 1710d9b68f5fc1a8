/* A new journal entry starts on today's date. The server only knows its own calendar, so
   where the device's day is different (late evening in the Americas, morning in Asia and
   Australia), the device's day is the one the person means. */
(function () {
  'use strict';
  var day = document.querySelector('input[type=date][data-server-today]');
  if (!day || day.value !== day.getAttribute('data-server-today')) {
    return;
  }
  var now = new Date();
  day.value = now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0') + '-' +
    String(now.getDate()).padStart(2, '0');
}());
