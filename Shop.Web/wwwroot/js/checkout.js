// Keeps the totals in step with the logistics choice; without script the server's totals stand.
(function () {
    const goodsTotal = document.querySelector('[data-goods-total]');
    const total = document.querySelector('[data-order-total]');
    if (!goodsTotal || !total) {
        return;
    }
    const goods = parseFloat(goodsTotal.dataset.goodsTotal);
    const fee = document.querySelector('[data-logistics-fee]');
    const yuan = v => '¥' + v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    document.querySelectorAll('input[name="logisticsType"]').forEach(radio => radio.addEventListener('change', () => {
        const f = parseFloat(radio.dataset.fee);
        if (fee) fee.textContent = yuan(f);
        total.textContent = yuan(goods + f);
    }));
})();
