/*
 * CổngKit optional enhancements. Everything works without this file; with it, Escape closes the
 * open sub-menu that holds the focus and returns the focus to its toggle. Load it as a file
 * (<script src="/congkit/congkit.js" defer>) so that a Content-Security-Policy of script-src 'self'
 * allows it.
 */
(function () {
  'use strict';
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || !event.target.closest) {
      return;
    }
    var group = event.target.closest('.ck-menu__group[open]');
    if (!group) {
      return;
    }
    group.removeAttribute('open');
    var toggle = group.querySelector('summary');
    if (toggle) {
      toggle.focus();
    }
    event.preventDefault();
  });
}());
