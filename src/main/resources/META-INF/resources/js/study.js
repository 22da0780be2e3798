// Review page, progressive enhancement: the page works with plain links and forms; this script reveals the
// answer in place (Space or Enter), answers with keys 1-4, undoes with u, reads aloud, and measures the time
// spent on the card.
document.addEventListener('DOMContentLoaded', () => {
  const study = document.getElementById('study');
  if (!study) return;
  const shownAt = performance.now();
  const back = document.getElementById('back');
  const showAnswer = document.getElementById('show-answer');
  const gradeForm = document.getElementById('grade-form');
  const timeSpent = document.getElementById('time-spent');
  const undoForm = document.getElementById('undo-form');
  let submitted = false;

  const reveal = () => {
    if (!back || !back.hidden) return;
    back.hidden = false;
    if (showAnswer) showAnswer.hidden = true;
    const first = back.querySelector('button.grade-3');
    if (first) first.focus({ preventScroll: true });
  };
  if (showAnswer) {
    const link = showAnswer.querySelector('a');
    if (link) link.addEventListener('click', (event) => { event.preventDefault(); reveal(); });
  }
  if (gradeForm) {
    gradeForm.addEventListener('submit', (event) => {
      if (submitted) { event.preventDefault(); return; }
      submitted = true;
      if (timeSpent) timeSpent.value = String(Math.round(performance.now() - shownAt));
    });
  }

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    const key = event.key;
    if ((key === ' ' || key === 'Enter') && back && back.hidden) {
      event.preventDefault();
      reveal();
    } else if (/^[1-4]$/.test(key) && back && !back.hidden && !submitted) {
      const button = gradeForm && gradeForm.querySelector('button[data-key="' + key + '"]');
      if (button) { event.preventDefault(); button.click(); }
    } else if ((key === 'u' || key === 'U') && undoForm && !submitted) {
      submitted = true;
      event.preventDefault();
      undoForm.submit();
    }
  });

  if ('speechSynthesis' in window) {
    document.querySelectorAll('button.speak').forEach((button) => {
      button.hidden = false;
      button.addEventListener('click', () => {
        const utterance = new SpeechSynthesisUtterance(button.dataset.speak || '');
        utterance.lang = 'zh-CN';
        window.speechSynthesis.cancel();
        window.speechSynthesis.speak(utterance);
      });
    });
  }
});
