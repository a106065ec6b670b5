// The print button of the printed pages (an inline handler would break the pages' script policy).
document.querySelector('[data-print]')?.addEventListener('click', () => window.print());
