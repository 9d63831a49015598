package se.arshjul.modeler.safety;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what in a BPMN model could run code on the server: script tasks and scripts (also in
 * listeners, input/output mappings and conditions), Java class delegates, external resources, and
 * expressions outside the {@link ExpressionPolicy}. The same check runs before an admin's deployment
 * (with Swedish messages naming the element) and inside the engine's parser for every deployment
 * path and every model it loads, so a model that slipped into the database still cannot run.
 */
public final class ModelSafety {
    /** One finding: the element's id (or tag) and the message key with its argument. */
    public record Finding(String element, String code, String detail) {}

    private static final Set<String> SCRIPT_TAGS = Set.of("scriptTask", "script");
    /** Attributes naming code to load; on Camunda's own elements (listeners, fields) they carry no namespace. */
    private static final Set<String> CODE_ATTRIBUTES = Set.of("class", "resource", "scriptFormat");
    private static final Set<String> EXPRESSION_TAGS = Set.of("conditionExpression", "condition", "timeDate", "timeCycle", "timeDuration",
            "loopCardinality", "completionCondition", "inputParameter", "outputParameter", "in", "out", "field", "expression", "string");

    private final ExpressionPolicy policy;

    public ModelSafety(ExpressionPolicy policy) {
        this.policy = policy;
    }

    public List<Finding> check(XmlNode root) {
        List<Finding> findings = new ArrayList<>();
        walk(root, root.tag(), findings);
        return findings;
    }

    private void walk(XmlNode node, String owner, List<Finding> findings) {
        String element = node.id() != null ? node.id() : owner;
        if (SCRIPT_TAGS.contains(node.tag())) findings.add(new Finding(element, "model.safety.script", node.tag()));
        if (node.otherAttributes().containsKey("language")) findings.add(new Finding(element, "model.safety.script", node.tag()));
        Map<String, String> attributes = new LinkedHashMap<>(node.otherAttributes());
        attributes.putAll(node.camundaAttributes());
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            String refused = policy.refused(a.getValue());
            if (CODE_ATTRIBUTES.contains(a.getKey())) {
                findings.add(new Finding(element, "model.safety.class", "camunda:" + a.getKey() + "=\"" + a.getValue() + "\""));
            } else if (a.getKey().equals("delegateExpression") && !policy.isBean(a.getValue())) {
                findings.add(new Finding(element, "model.safety.expression", a.getValue()));
            } else if (refused != null) {
                findings.add(new Finding(element, "model.safety.expression", refused));
            }
        }
        String refusedText = EXPRESSION_TAGS.contains(node.tag()) ? policy.refused(node.text()) : null;
        if (refusedText != null) findings.add(new Finding(element, "model.safety.expression", refusedText));
        for (XmlNode child : node.children()) walk(child, element, findings);
    }
}
