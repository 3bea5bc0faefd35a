// The preset buttons of /donate fill in the amount.
document.querySelectorAll('[data-amount]').forEach(button => button.addEventListener('click', () => {
    const input = document.getElementById('amount');
    input.value = button.dataset.amount;
    input.focus();
}));
