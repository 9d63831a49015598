package se.arshjul.modeler;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

import se.arshjul.modeler.safety.ModelSafety;
import se.arshjul.modeler.safety.SafeModelsPlugin;
import se.arshjul.modeler.safety.XmlNode;
import org.xml.sax.SAXParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.arshjul.web.PageMessages;

/**
 * Checks a model file before it is deployed: (a) file type, size and well-formedness, (b) the
 * engine's model parser (BPMN schema), (c) the project's own rules, with messages from the bundle
 * ({@code modeler.validate.*}) that name the element id. The engine's deployment itself stays the final, atomic check.
 */
@Component
public class ModelValidator {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    private final RepositoryService repositoryService;
    private final ObjectMapper json = new ObjectMapper();
    private final PageMessages messages;

    private final SafeModelsPlugin safeModels;

    ModelValidator(RepositoryService repositoryService, PageMessages messages, SafeModelsPlugin safeModels) {
        this.safeModels = safeModels;
        this.messages = messages;
        this.repositoryService = repositoryService;
    }

    /** Validates a set of files deployed together; returns the errors (empty when all are valid). */
    public List<String> validate(Collection<ModelFile> files) {
        List<String> errors = new ArrayList<>();
        if (files.isEmpty()) {
            errors.add(text("modeler.validate.noFile"));
            return errors;
        }
        List<BpmnModelInstance> models = new ArrayList<>();
        for (ModelFile file : files) {
            List<String> fileErrors = new ArrayList<>();
            BpmnModelInstance model = checkFile(file, fileErrors);
            if (model != null) {
                models.add(model);
            }
            errors.addAll(fileErrors);
        }
        Set<String> uploadedKeys = new java.util.HashSet<>();
        models.forEach(m -> m.getModelElementsByType(Process.class).forEach(p -> uploadedKeys.add(p.getId())));
        for (BpmnModelInstance model : models) {
            checkRules(model, uploadedKeys, errors);
            checkSafety(model, errors);
        }
        return errors;
    }

    private BpmnModelInstance checkFile(ModelFile file, List<String> errors) {
        String name = file.fileName();
        if (!file.isBpmn() && !file.isForm()) {
            errors.add(text("modeler.validate.fileType", name));
            return null;
        }
        if (!FILE_NAME.matcher(name).matches()) {
            errors.add(text("modeler.validate.fileName", name));
            return null;
        }
        if (file.content() == null || file.content().length == 0) {
            errors.add(text("modeler.validate.empty", name));
            return null;
        }
        if (file.content().length > ModelFile.MAX_BYTES) {
            errors.add(text("modeler.validate.tooLarge", name, file.content().length / 1024));
            return null;
        }
        return file.isBpmn() ? checkBpmn(file, errors) : checkForm(file, errors);
    }

    private BpmnModelInstance checkBpmn(ModelFile file, List<String> errors) {
        String name = file.fileName();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.parse(new ByteArrayInputStream(file.content()));
        } catch (SAXParseException e) {
            errors.add(text("modeler.validate.xml", name, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            return null;
        } catch (Exception e) {
            errors.add(text("modeler.validate.unreadableXml", name, e.getMessage()));
            return null;
        }
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        } catch (ModelException e) {
            errors.add(text("modeler.validate.bpmn", name, rootMessage(e)));
            return null;
        }
        if (model.getModelElementsByType(Process.class).isEmpty()) {
            errors.add(text("modeler.validate.noProcess", name));
            return null;
        }
        return model;
    }

    private BpmnModelInstance checkForm(ModelFile file, List<String> errors) {
        String name = file.fileName();
        JsonNode form;
        try {
            form = json.readTree(file.content());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            errors.add(text("modeler.validate.json", name, e.getLocation() == null ? "?" : e.getLocation().getLineNr(), e.getOriginalMessage()));
            return null;
        } catch (java.io.IOException e) {
            errors.add(text("modeler.validate.unreadableForm", name, e.getMessage()));
            return null;
        }
        if (form == null || !form.isObject()) {
            errors.add(text("modeler.validate.formObject", name));
        } else {
            if (!form.path("id").isTextual() || form.path("id").asText().isBlank()) {
                errors.add(text("modeler.validate.formId", name));
            }
            if (!form.path("components").isArray()) {
                errors.add(text("modeler.validate.formComponents", name));
            }
        }
        return null;
    }

    /** Scripts, Java classes and expressions outside the allow-list: refused here by name, and by the engine in any case. */
    private void checkSafety(BpmnModelInstance model, List<String> errors) {
        Document dom = (Document) model.getDocument().getDomSource().getNode();
        for (ModelSafety.Finding f : safeModels.safety().check(XmlNode.of(dom.getDocumentElement()))) {
            errors.add(text(f.code(), f.element(), f.detail()));
        }
    }

    private void checkRules(BpmnModelInstance model, Set<String> uploadedKeys, List<String> errors) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String where = describe("modeler.validate.userTask", task);
            if (blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaAssignee())) {
                errors.add(text("modeler.validate.noCandidates", where));
            }
            if (blank(task.getCamundaDueDate())) {
                errors.add(text("modeler.validate.noDueDate", where));
            }
            if (blank(task.getCamundaFormRef()) && blank(task.getCamundaFormKey())) {
                errors.add(text("modeler.validate.noForm", where));
            }
        }
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            String called = call.getCalledElement();
            String where = describe("modeler.validate.callActivity", call);
            if (blank(called)) {
                errors.add(text("modeler.validate.noCalledElement", where));
            } else if (!called.contains("${") && !called.contains("#{") && !uploadedKeys.contains(called)
                    && repositoryService.createProcessDefinitionQuery().processDefinitionKey(called).count() == 0) {
                errors.add(text("modeler.validate.unknownCalledElement", where, called));
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (isOutsideFlow(node)) {
                continue;
            }
            boolean needsIncoming = !(node instanceof StartEvent) && !(node instanceof BoundaryEvent);
            boolean needsOutgoing = !(node instanceof EndEvent);
            if (needsIncoming && node.getIncoming().isEmpty()) {
                errors.add(text("modeler.validate.noIncoming", describe("modeler.validate.element", node)));
            }
            if (needsOutgoing && node.getOutgoing().isEmpty()) {
                errors.add(text("modeler.validate.noOutgoing", describe("modeler.validate.element", node)));
            }
        }
    }

    /** Event subprocesses and compensation handlers are not connected by sequence flows. */
    private static boolean isOutsideFlow(FlowNode node) {
        if (node instanceof SubProcess sub && sub.triggeredByEvent()) {
            return true;
        }
        if (node instanceof Activity activity && activity.isForCompensation()) {
            return true;
        }
        return node instanceof StartEvent && node.getParentElement() instanceof SubProcess sub && sub.triggeredByEvent();
    }

    /** The element as messages name it: its kind, id and (when it has one) name. */
    private String describe(String kindKey, BaseElement element) {
        String described = text(kindKey, element.getId());
        return element instanceof FlowElement fe && !blank(fe.getName()) ? text("modeler.validate.named", described, fe.getName()) : described;
    }

    private String text(String key, Object... args) {
        return messages.message(key, args);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() != null ? t.getMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
