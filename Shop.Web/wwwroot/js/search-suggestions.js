// Products suggested under the header's search box while the buyer types (GET /catalog/suggest),
// as an ARIA combobox: arrow keys move through the list, Enter opens the product chosen (or searches
// for what was typed, as without script), Escape closes the list. Without script the box still
// searches; nothing here is needed to find a product.
(function () {
    const input = document.querySelector('[data-suggest-url]');
    const list = input && document.getElementById(input.getAttribute('aria-controls'));
    const status = input && document.getElementById(input.dataset.suggestStatus);
    if (!input || !list) {
        return;
    }

    let items = [];
    let active = -1;
    let pending = null;
    let timer = 0;

    const close = () => {
        list.hidden = true;
        list.replaceChildren();
        items = [];
        active = -1;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
    };

    const activate = index => {
        items.forEach((item, i) => {
            item.classList.toggle('active', i === index);
            item.setAttribute('aria-selected', i === index ? 'true' : 'false');
        });
        active = index;
        if (index >= 0) {
            input.setAttribute('aria-activedescendant', items[index].id);
        } else {
            input.removeAttribute('aria-activedescendant');
        }
    };

    const show = suggestions => {
        list.replaceChildren();
        items = suggestions.map((suggestion, i) => {
            const link = document.createElement('a');
            link.className = 'dropdown-item text-wrap';
            link.href = suggestion.url;
            link.id = `${list.id}-${i}`;
            link.setAttribute('role', 'option');
            link.setAttribute('aria-selected', 'false');
            link.tabIndex = -1;
            link.textContent = suggestion.name;
            const item = document.createElement('li');
            item.setAttribute('role', 'presentation');
            item.append(link);
            list.append(item);
            return link;
        });
        active = -1;
        list.hidden = items.length === 0;
        input.setAttribute('aria-expanded', items.length > 0 ? 'true' : 'false');
        if (status) {
            status.textContent = items.length > 0 ? input.dataset.suggestCount.replace('{0}', items.length) : '';
        }
    };

    const suggest = async () => {
        const typed = input.value;
        if (!typed.trim()) {
            close();
            return;
        }
        pending?.abort();
        pending = new AbortController();
        try {
            const response = await fetch(`${input.dataset.suggestUrl}?q=${encodeURIComponent(typed)}`,
                { signal: pending.signal, headers: { Accept: 'application/json' } });
            if (response.ok && input.value === typed) {
                show(await response.json());
            }
        } catch (error) {
            if (error.name !== 'AbortError') {
                close();
            }
        }
    };

    input.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(suggest, 150);
    });

    input.addEventListener('keydown', event => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            if (items.length === 0) {
                return;
            }
            event.preventDefault();
            // Down from the last suggestion, or up from the first, comes back to what was typed (-1).
            activate(event.key === 'ArrowDown'
                ? (active + 1 < items.length ? active + 1 : -1)
                : (active > -1 ? active - 1 : items.length - 1));
        } else if (event.key === 'Enter' && active >= 0) {
            event.preventDefault();
            window.location.assign(items[active].href);
        } else if (event.key === 'Escape' && !list.hidden) {
            event.preventDefault();
            close();
        }
    });

    // A click on a suggestion follows its link; leaving the box any other way closes the list.
    list.addEventListener('mousedown', event => event.preventDefault());
    input.addEventListener('blur', close);
})();
