package se.arshjul.modeler;

import java.nio.charset.StandardCharsets;

/** Small BPMN models for the modeler tests: start → user task(s) → (call activity) → end, with DI omitted. */
final class TestModels {

    static final String GOOD_TASK = "camunda:candidateGroups=\"admin\" camunda:dueDate=\"${dueDate}\" camunda:formRef=\"granskning-skriv\" camunda:formRefBinding=\"latest\"";

    private TestModels() {
    }

    /** One user task {@code Task_First} with the given attributes, optionally a second task {@code Task_Second}. */
    static String process(String key, String name, String firstTaskAttributes, boolean secondTask) {
        String second = secondTask
                ? "<bpmn:userTask id=\"Task_Second\" name=\"Andra steget\" " + GOOD_TASK + "><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:userTask>"
                  + "<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Task_First\" targetRef=\"Task_Second\" />"
                  + "<bpmn:sequenceFlow id=\"Flow_3\" sourceRef=\"Task_Second\" targetRef=\"End\" />"
                : "<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Task_First\" targetRef=\"End\" />";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs_%1$s" targetNamespace="http://arshjul.se/test">
                  <bpmn:process id="%1$s" name="%2$s" isExecutable="true" camunda:historyTimeToLive="P3650D">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Task_First" name="Första steget" %3$s>
                      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                    </bpmn:userTask>
                    %4$s
                    <bpmn:endEvent id="End"><bpmn:incoming>%5$s</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_First" />
                  </bpmn:process>
                  %6$s
                </bpmn:definitions>
                """.formatted(key, name, firstTaskAttributes, second, secondTask ? "Flow_3" : "Flow_2", diagram(key, secondTask));
    }

    /** Diagram interchange so bpmn-js (viewer and modeler) can draw the model. */
    static String diagram(String key, boolean secondTask) {
        int endX = secondTask ? 582 : 402;
        StringBuilder di = new StringBuilder()
                .append("<bpmndi:BPMNDiagram xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" ")
                .append("xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" id=\"Diagram_1\">")
                .append("<bpmndi:BPMNPlane id=\"Plane_1\" bpmnElement=\"").append(key).append("\">")
                .append(shape("Start", 152, 102, 36, 36))
                .append(shape("Task_First", 240, 80, 120, 80));
        if (secondTask) {
            di.append(shape("Task_Second", 420, 80, 120, 80));
        }
        di.append(shape("End", endX, 102, 36, 36))
                .append(edge("Flow_1", 188, 240))
                .append(edge("Flow_2", 360, secondTask ? 420 : endX));
        if (secondTask) {
            di.append(edge("Flow_3", 540, endX));
        }
        return di.append("</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>").toString();
    }

    private static String shape(String id, int x, int y, int w, int h) {
        return "<bpmndi:BPMNShape id=\"" + id + "_di\" bpmnElement=\"" + id + "\"><dc:Bounds x=\"" + x + "\" y=\"" + y
                + "\" width=\"" + w + "\" height=\"" + h + "\" /></bpmndi:BPMNShape>";
    }

    private static String edge(String id, int fromX, int toX) {
        return "<bpmndi:BPMNEdge id=\"" + id + "_di\" bpmnElement=\"" + id + "\"><di:waypoint x=\"" + fromX + "\" y=\"120\" />"
                + "<di:waypoint x=\"" + toX + "\" y=\"120\" /></bpmndi:BPMNEdge>";
    }

    static String valid(String key, String name) {
        return process(key, name, GOOD_TASK, false);
    }

    /** A process whose call activity calls {@code calledKey}. */
    static String calling(String key, String calledKey) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs_%1$s" targetNamespace="http://arshjul.se/test">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P3650D">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:callActivity id="Call_Review" calledElement="%2$s">
                      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                    </bpmn:callActivity>
                    <bpmn:endEvent id="End"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Call_Review" />
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Call_Review" targetRef="End" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, calledKey);
    }

    static ModelFile file(String name, String content) {
        return new ModelFile(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
