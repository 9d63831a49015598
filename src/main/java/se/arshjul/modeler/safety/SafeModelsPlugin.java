package se.arshjul.modeler.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Makes the engine itself refuse models that could run code: its parser rejects them on every
 * deployment path (upload, editor, /engine-rest, start-up) and whenever it loads a stored model, and
 * its expressions see only the allow-listed beans behind the {@link ReflectionGuard}.
 */
@Component
public class SafeModelsPlugin extends AbstractProcessEnginePlugin {
    private final ApplicationContext context;
    private final ExpressionPolicy policy;
    private final ModelSafety safety;

    public SafeModelsPlugin(ApplicationContext context, @Value("${arshjul.models.expression-beans}") Set<String> beans) {
        this.context = context;
        this.policy = new ExpressionPolicy(beans);
        this.safety = new ModelSafety(policy);
    }

    public ModelSafety safety() {
        return safety;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new SafeExpressionManager(context, policy.beans()));
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseRootElement(Element root, List<ProcessDefinitionEntity> definitions) {
                List<ModelSafety.Finding> findings = safety.check(XmlNode.of(root));
                if (!findings.isEmpty()) {
                    ModelSafety.Finding f = findings.get(0);
                    throw new ProcessEngineException("Model refused: element " + f.element() + " (" + f.code() + ": " + f.detail() + ")");
                }
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }
}
