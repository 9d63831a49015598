// Form editor page: form-js editor for the Camunda Forms in forms/.
import { FormEditor } from '@bpmn-io/form-js-editor';

import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';

function csrf(root) {
  const token = root.dataset.csrfToken;
  const header = root.dataset.csrfHeader;
  return token && header ? { [header]: token } : {};
}

async function init(root) {
  const status = root.querySelector('[data-status]');
  const editor = new FormEditor({ container: root.querySelector('[data-canvas]') });
  window.arshjulFormEditor = editor;
  const schema = await (await fetch(root.dataset.schemaUrl, { credentials: 'same-origin' })).json();
  await editor.importSchema(schema);
  root.querySelector('[data-save]').addEventListener('click', async () => {
    status.textContent = 'Driftsätter…';
    const response = await fetch(root.dataset.saveUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: Object.assign({ 'Content-Type': 'application/json' }, csrf(root)),
      body: JSON.stringify(editor.saveSchema(), null, 2)
    });
    const result = await response.json().catch(() => ({ message: 'Okänt svar från servern.' }));
    status.textContent = result.message || '';
    const list = root.querySelector('[data-errors]');
    list.replaceChildren(...(result.errors || []).map(err => {
      const li = document.createElement('li');
      li.textContent = err;
      return li;
    }));
    status.classList.toggle('bad', !response.ok);
  });
}

document.querySelectorAll('[data-form-editor]').forEach(init);
