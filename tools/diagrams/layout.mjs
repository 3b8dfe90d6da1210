// Adds a diagram (BPMN DI) to hand-written models that have none: links each flow node to its sequence flows,
// then lets bpmn-auto-layout place the shapes (sub-processes become drill-down planes). Models that already
// have a diagram (drawn in Camunda Modeler, say) are left alone unless --force is given.
//   node layout.mjs [--force] ../../bpmn/src/main/resources/bpmn/*.bpmn
import { layoutProcess } from 'bpmn-auto-layout';
import { BpmnModdle } from 'bpmn-moddle';
import { readFileSync, writeFileSync } from 'fs';

function link(container) {
  for (const element of container.flowElements || []) {
    if (element.$type === 'bpmn:SequenceFlow') {
      (element.sourceRef.outgoing = element.sourceRef.outgoing || []).push(element);
      (element.targetRef.incoming = element.targetRef.incoming || []).push(element);
    }
    if (element.flowElements) link(element);
  }
}

const force = process.argv.includes('--force');
for (const file of process.argv.slice(2).filter(arg => arg !== '--force')) {
  const moddle = new BpmnModdle();
  const { rootElement } = await moddle.fromXML(readFileSync(file, 'utf8'));
  if ((rootElement.diagrams || []).length > 0 && !force) {
    console.log('has a diagram already:', file);
    continue;
  }
  rootElement.diagrams = [];
  rootElement.rootElements.filter(root => root.$type === 'bpmn:Process').forEach(link);
  const { xml } = await moddle.toXML(rootElement, { format: true });
  writeFileSync(file, await layoutProcess(xml));
  console.log('laid out', file);
}
