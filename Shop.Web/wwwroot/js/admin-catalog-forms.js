// The admin catalog forms (products, categories, downloads), made a little friendlier where script runs; without it the server does the same.
(function () {
    // Shows the slug the server would make from the English name (Slug.From) as the slug field's
    // placeholder, or says one is needed when only the Chinese name is written.
    const name = document.querySelector('[data-slug-source="made-from"]');
    const otherName = document.querySelector('[data-slug-source="needs-one"]');
    const slug = document.querySelector('[data-slug-target]');
    if (name && slug) {
        const suggest = () => {
            const made = name.value.trim().toLowerCase()
                .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100).replace(/-+$/, '');
            const named = name.value.trim() || otherName?.value.trim();
            slug.placeholder = made || (named ? slug.dataset.emptyHint : '');
        };
        [name, otherName].forEach(input => input?.addEventListener('input', suggest));
        suggest();
    }

    // On creation, shows the stock for physical products and the delivery choice for virtual ones.
    const kinds = document.querySelectorAll('input[name="Form.Kind"]');
    const showKind = () => {
        const kind = document.querySelector('input[name="Form.Kind"]:checked')?.value ?? 'Physical';
        document.querySelectorAll('[data-for-kind]').forEach(part => { part.hidden = part.dataset.forKind !== kind; });
    };
    kinds.forEach(radio => radio.addEventListener('change', showKind));
    if (kinds.length > 0) {
        showKind();
    }

    // Refuses a file over the size limit before uploading it: the server would refuse it anyway,
    // and a file far over the limit is cut off without an explanation.
    document.querySelectorAll('input[type="file"][data-max-bytes]').forEach(input => {
        input.addEventListener('change', () => {
            const tooLarge = [...input.files].some(file => file.size > Number(input.dataset.maxBytes));
            input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
            input.classList.toggle('is-invalid', tooLarge);
            if (tooLarge) {
                input.reportValidity();
            }
        });
        input.form.addEventListener('submit', event => {
            if (!input.checkValidity()) {
                event.preventDefault();
                input.reportValidity();
            }
        });
    });
})();
