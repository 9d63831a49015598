// The main menu folds away on narrow screens; the button shows it (without JavaScript it is always shown).
document.documentElement.classList.add('js');
document.addEventListener('click', function (event) {
  var toggle = event.target.closest && event.target.closest('.menu-toggle');
  if (toggle) {
    toggle.setAttribute('aria-expanded', toggle.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
  }
});

// Asks before destructive actions: any form with data-confirm="…" needs a yes first.
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Attachments: a file input with data-max-bytes refuses a too large file before it is sent.
document.addEventListener('change', function (event) {
  var input = event.target;
  var max = input.getAttribute && input.getAttribute('data-max-bytes');
  if (max && input.files && input.files.length && input.files[0].size > Number(max)) {
    input.setCustomValidity('Filen är för stor. En bilaga får vara högst 5 MB.');
    input.reportValidity();
  } else if (max) {
    input.setCustomValidity('');
  }
});
