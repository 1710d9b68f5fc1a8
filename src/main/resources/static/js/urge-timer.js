/* The urge timer ("ride the wave"). Without JavaScript the ride is a page per prompt, with
   a "next" link. With it, this page runs the whole ride: the time left (a timer, not
   announced every second), each prompt shown and announced politely to screen readers as
   its moment comes, a pause button, and at the end a link to say how it went. Time is
   measured from the clock, not by counting ticks, so a phone that sleeps or a tab in the
   background catches up when it wakes. Where the browser allows, the screen stays on while it
   runs and the phone buzzes gently at each new prompt. */
(function () {
  'use strict';
  var wave = document.querySelector('.wave[data-seconds]');
  if (!wave) {
    return;
  }
  var total = parseInt(wave.getAttribute('data-seconds'), 10);
  var before = parseInt(wave.getAttribute('data-elapsed'), 10) || 0;
  var live = wave.querySelector('.wave__live');
  var clock = wave.querySelector('.wave__clock');
  var status = wave.querySelector('.wave__status');
  var pause = wave.querySelector('.wave__pause');
  var done = wave.querySelector('.wave__done');
  var prompts = Array.prototype.slice.call(wave.querySelectorAll('.wave__prompt'));
  var runningSince = Date.now();
  var ticking = null;
  var shown = -1;
  var lock = null;

  // Keep the screen on while the timer runs, where the browser allows it.
  function stayAwake() {
    if (navigator.wakeLock && document.visibilityState === 'visible' && lock === null) {
      navigator.wakeLock.request('screen').then(function (held) { lock = held; }, function () { lock = null; });
    }
  }

  function letSleep() {
    if (lock !== null) {
      lock.release().catch(function () { /* already gone */ });
      lock = null;
    }
  }

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && ticking !== null) {
      lock = null;
      stayAwake();
    }
  });

  function elapsed() {
    var seconds = before + (ticking !== null ? (Date.now() - runningSince) / 1000 : 0);
    return Math.min(total, Math.floor(seconds));
  }

  function show() {
    var now = elapsed();
    var left = total - now;
    clock.textContent = wave.getAttribute('data-left').replace('{0}',
      Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0'));
    var current = 0;
    prompts.forEach(function (prompt, index) {
      if (parseInt(prompt.getAttribute('data-at'), 10) <= now) {
        current = index;
      }
    });
    if (current !== shown) {
      prompts.forEach(function (prompt, index) {
        prompt.hidden = index !== current;
        if (index === current) {
          prompt.setAttribute('aria-current', 'step');
        } else {
          prompt.removeAttribute('aria-current');
        }
      });
      if (shown !== -1) {
        var heading = prompts[current].querySelector('.wave__heading').textContent;
        var text = prompts[current].querySelector('p').textContent;
        var activity = prompts[current].querySelector('.wave__activity h4');
        status.textContent = heading + '. ' + text + (activity ? ' ' + activity.textContent : '');
        if (navigator.vibrate) {
          navigator.vibrate(200); // a gentle buzz, for a phone face down or in a pocket
        }
      }
      shown = current;
    }
    if (now >= total) {
      stop();
      pause.hidden = true;
      done.hidden = false;
      status.textContent = wave.getAttribute('data-done');
    }
  }

  function start() {
    stayAwake();
    runningSince = Date.now();
    ticking = window.setInterval(show, 250);
    pause.textContent = pause.getAttribute('data-pause');
  }

  function stop() {
    letSleep();
    if (ticking !== null) {
      before = elapsed();
      window.clearInterval(ticking);
      ticking = null;
    }
  }

  pause.addEventListener('click', function () {
    if (ticking !== null) {
      stop();
      pause.textContent = pause.getAttribute('data-resume');
      status.textContent = wave.getAttribute('data-paused');
    } else {
      start();
      status.textContent = wave.getAttribute('data-resumed');
    }
  });

  wave.querySelector('.wave__steps').hidden = true;
  live.hidden = false;
  start();
  show();
}());
