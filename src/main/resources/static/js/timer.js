/* The timer on a timed practice step. Without JavaScript the steps are a list to follow at
   your own pace. With it: start, pause and start again (ordinary buttons, so keyboards and
   switches work), the time left, and each prompt announced politely to screen readers as its
   moment comes. The clock itself is not announced every second. */
(function () {
  'use strict';
  document.querySelectorAll('.timer[data-seconds]').forEach(function (timer) {
    var total = parseInt(timer.getAttribute('data-seconds'), 10);
    var live = timer.querySelector('.timer__live');
    var clock = timer.querySelector('.timer__clock');
    var now = timer.querySelector('.timer__now');
    var start = timer.querySelector('.timer__start');
    var reset = timer.querySelector('.timer__reset');
    var done = timer.querySelector('.timer__done');
    var prompts = Array.prototype.map.call(timer.querySelectorAll('.timer__prompts li'), function (item) {
      return { at: parseInt(item.getAttribute('data-at'), 10), item: item,
               text: item.querySelector('span:last-child').textContent };
    });
    var startLabel = start.textContent;
    var elapsed = 0;
    var ticking = null;
    var shown = -1;

    function show() {
      var left = Math.max(0, total - elapsed);
      clock.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
      var current = -1;
      prompts.forEach(function (prompt, index) {
        if (prompt.at <= elapsed) {
          current = index;
        }
      });
      if (current !== shown && ticking !== null) {
        shown = current;
        now.textContent = current >= 0 ? prompts[current].text : '';
        prompts.forEach(function (prompt, index) {
          if (index === current) {
            prompt.item.setAttribute('aria-current', 'step');
          } else {
            prompt.item.removeAttribute('aria-current');
          }
        });
      }
    }

    function stop() {
      window.clearInterval(ticking);
      ticking = null;
    }

    start.addEventListener('click', function () {
      if (ticking !== null) {
        stop();
        start.textContent = start.getAttribute('data-resume');
        return;
      }
      if (elapsed >= total) {
        elapsed = 0;
        shown = -1;
        done.hidden = true;
      }
      ticking = window.setInterval(function () {
        elapsed += 1;
        show();
        if (elapsed >= total) {
          stop();
          now.textContent = '';
          done.hidden = false;
          start.textContent = startLabel;
        }
      }, 1000);
      start.textContent = start.getAttribute('data-pause');
      show();
    });

    reset.addEventListener('click', function () {
      stop();
      elapsed = 0;
      shown = -1;
      now.textContent = '';
      done.hidden = true;
      start.textContent = startLabel;
      prompts.forEach(function (prompt) { prompt.item.removeAttribute('aria-current'); });
      show();
    });

    live.hidden = false;
    timer.querySelector('.timer__fallback').hidden = true;
    show();
  });
}());
