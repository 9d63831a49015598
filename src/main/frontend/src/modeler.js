// BPMN editor page: bpmn-js Modeler with the Camunda 7 properties panel.
import Modeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';

function csrf(root) {
  const token = root.dataset.csrfToken;
  const header = root.dataset.csrfHeader;
  return token && header ? { [header]: token } : {};
}

async function init(root) {
  const status = root.querySelector('[data-status]');
  const modeler = new Modeler({
    container: root.querySelector('[data-canvas]'),
    propertiesPanel: { parent: root.querySelector('[data-properties]') },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule
    ],
    moddleExtensions: { camunda: camundaModdle }
  });
  window.arshjulModeler = modeler; // for browser tests
  const xml = await (await fetch(root.dataset.xmlUrl, { credentials: 'same-origin' })).text();
  try {
    await modeler.importXML(xml);
    modeler.get('canvas').zoom('fit-viewport');
  } catch (e) {
    status.textContent = 'Kunde inte öppna modellen: ' + e.message;
  }
  root.querySelector('[data-save]').addEventListener('click', async () => {
    status.textContent = 'Driftsätter…';
    const { xml: edited } = await modeler.saveXML({ format: true });
    const response = await fetch(root.dataset.saveUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: Object.assign({ 'Content-Type': 'application/xml' }, csrf(root)),
      body: edited
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
    if (response.ok && result.redirect) {
      window.location.assign(result.redirect);
    }
  });
}

document.querySelectorAll('[data-bpmn-modeler]').forEach(init);
