// Sélecteur de langue : change <html lang>, et les widgets qui n’ont pas de lang plus proche se re-rendent.
const names = { fr: 'français', nl: 'Nederlands', de: 'Deutsch', en: 'English' };
const status = document.getElementById('lang-status');
document.querySelector('.lang-switch').hidden = false; // useless without JavaScript: shown by the script
for (const button of document.querySelectorAll('.lang-switch button')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    document.documentElement.lang = lang;
    for (const b of document.querySelectorAll('.lang-switch button')) {
      b.setAttribute('aria-pressed', String(b === button));
    }
    status.textContent = `Les widgets suivent la langue de la page : ${names[lang]}.`;
  });
}

// Chercheur de guichets : « mardi 10:00 » fixe l’horloge des deux widgets (propriété now).
const tuesday = document.getElementById('finder-tuesday');
tuesday?.addEventListener('change', () => {
  for (const finder of document.querySelectorAll('nc-guichet-finder')) {
    finder.now = tuesday.checked ? new Date('2026-12-08T10:00:00+01:00') : undefined;
  }
});
