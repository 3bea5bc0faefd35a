// Behaviour every page may use, as data attributes instead of inline handlers: the
// Content-Security-Policy allows scripts from files only (README: Security and reliability).
(function () {
    // <form data-confirm="Delete it?">: asks before posting.
    document.querySelectorAll('form[data-confirm]').forEach(form => form.addEventListener('submit', event => {
        if (!confirm(form.dataset.confirm)) {
            event.preventDefault();
        }
    }));

    // <select data-submit-on-change>: a choice applies at once; without script the form's button does.
    document.querySelectorAll('[data-submit-on-change]').forEach(field => field.addEventListener('change', () => field.form.submit()));
})();
