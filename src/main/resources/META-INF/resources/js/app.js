// Progressive enhancement only: every page works without this file.
// Remembers the reader's pinyin toggle between visits.
document.addEventListener('DOMContentLoaded', () => {
  const toggle = document.getElementById('toggle-pinyin');
  if (!toggle) return;
  const saved = localStorage.getItem('yuedu.showPinyin');
  if (saved !== null) toggle.checked = saved === 'true';
  toggle.addEventListener('change', () => localStorage.setItem('yuedu.showPinyin', String(toggle.checked)));
});
