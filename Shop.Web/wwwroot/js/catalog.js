// The catalog page: a new sort order is applied as soon as it is chosen (without script, the
// "Apply" button does it).
(function () {
    document.querySelectorAll('select[data-submit-on-change]').forEach(select => {
        select.addEventListener('change', () => select.form.requestSubmit());
    });
})();
