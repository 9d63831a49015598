// Model page: read-only diagram with the number of open tasks per activity overlaid.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';

async function init(root) {
  const viewer = new NavigatedViewer({ container: root });
  const data = await (await fetch(root.dataset.diagramUrl, { credentials: 'same-origin' })).json();
  try {
    await viewer.importXML(data.xml);
  } catch (e) {
    root.textContent = 'Diagrammet kunde inte visas: ' + e.message;
    return;
  }
  viewer.get('canvas').zoom('fit-viewport');
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  Object.entries(data.openTasks || {}).forEach(([activityId, count]) => {
    if (!registry.get(activityId)) {
      return;
    }
    const badge = document.createElement('span');
    badge.className = 'diagram-count';
    badge.title = count + ' öppna uppgifter';
    badge.textContent = String(count);
    overlays.add(activityId, { position: { top: -10, right: 10 }, html: badge });
  });
}

document.querySelectorAll('[data-bpmn-viewer]').forEach(init);
