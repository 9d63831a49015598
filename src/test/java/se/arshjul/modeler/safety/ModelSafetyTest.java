package se.arshjul.modeler.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The deploy-time check: the shipped models pass, each of the probe's code-running models is refused with the element named. */
class ModelSafetyTest {
    static final Set<String> BEANS = Set.of("taskSettings", "fourEyesGuard", "planSections", "reportSections", "arshjulWheel",
            "controlScheduler", "deadlineNotifier", "deviationActions", "supplierFollowups", "supplierPlan", "controlRunRecorder",
            "planApprovalRecorder", "planDecisionRecorder", "reportApprovalRecorder", "reportDecisionRecorder", "reviewDecisionRecorder",
            "submissionRecorder", "supplierFollowupRecorder", "supplierFourEyesGuard", "deadlines");
    private final ModelSafety safety = new ModelSafety(new ExpressionPolicy(BEANS));

    static XmlNode parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return XmlNode.of(factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.getBytes())).getDocumentElement());
    }

    /** A one-task process whose service task carries the given attributes and body. */
    static String model(String taskAttributes, String taskBody) {
        return """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                             targetNamespace="t"><process id="Probe" isExecutable="true" camunda:historyTimeToLive="P1D">
                <startEvent id="Start"/><sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Probe"/>
                <serviceTask id="Task_Probe" %s>%s</serviceTask>
                <sequenceFlow id="F2" sourceRef="Task_Probe" targetRef="End"/><endEvent id="End"/></process></definitions>
                """.formatted(taskAttributes, taskBody);
    }

    @Test
    void theShippedModelsPass() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                assertThat(safety.check(parse(Files.readString(file)))).as(file.toString()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "camunda:expression=\"${''.getClass().forName('java.lang.System').getProperty('user.name')}\"",
            "camunda:expression=\"${identityService.createUserQuery().count()}\"",
            "camunda:class=\"java.lang.Runtime\"",
            "camunda:delegateExpression=\"${identityService}\"",
            "camunda:expression=\"${execution.getProcessEngineServices().getIdentityService()}\"",
            "camunda:expression=\"${taskSettings.getClass()}\"",
            "camunda:expression=\"${execution.getVariable('x').toString()}\"",
            "camunda:expression=\"${T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}\""})
    void codeRunningAttributesAreRefusedNamingTheElement(String attributes) throws Exception {
        List<ModelSafety.Finding> findings = safety.check(parse(model(attributes, "")));
        assertThat(findings).isNotEmpty();
        assertThat(findings.get(0).element()).isEqualTo("Task_Probe");
    }

    @Test
    void scriptsAnywhereAreRefused() throws Exception {
        String listener = "<extensionElements><camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">"
                + "'id'.execute()</camunda:script></camunda:executionListener></extensionElements>";
        assertThat(safety.check(parse(model("camunda:expression=\"${true}\"", listener)))).extracting(ModelSafety.Finding::code)
                .contains("model.safety.script");
        String scriptTask = model("camunda:expression=\"${true}\"", "").replace("<serviceTask id=\"Task_Probe\" camunda:expression=\"${true}\"></serviceTask>",
                "<scriptTask id=\"Task_Probe\" scriptFormat=\"javascript\"><script>java.lang.System.exit(1)</script></scriptTask>");
        assertThat(safety.check(parse(scriptTask))).extracting(ModelSafety.Finding::element).contains("Task_Probe");
    }

    @Test
    void plainVariableLogicAndAllowedBeansPass() throws Exception {
        assertThat(safety.check(parse(model("camunda:expression=\"${approved and not empty comment ? taskSettings.toString() : 'x'}\"", ""))))
                .isEmpty();
        assertThat(safety.check(parse(model("camunda:delegateExpression=\"${fourEyesGuard}\"", "")))).isEmpty();
        assertThat(safety.check(parse(model("camunda:expression=\"${execution.setVariable('a', b + 1)}\"", "")))).isEmpty();
    }

}
