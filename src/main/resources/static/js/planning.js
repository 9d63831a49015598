// Section editor: move indicator rows up and down; the order fields follow so the server sees the new order.
document.addEventListener('click', function (event) {
  var button = event.target.closest('.move-up, .move-down');
  if (!button) return;
  var row = button.closest('tr');
  var other = button.classList.contains('move-up') ? row.previousElementSibling : row.nextElementSibling;
  if (!other) return;
  if (button.classList.contains('move-up')) row.parentNode.insertBefore(row, other);
  else row.parentNode.insertBefore(other, row);
  row.parentNode.querySelectorAll('input.order').forEach(function (input, i) { input.value = i + 1; });
});
