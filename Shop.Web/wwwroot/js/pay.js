// The pay page sends the buyer on to Alipay by itself; its button does the same without script.
document.querySelector('form[data-alipay-form]')?.submit();
