package se.arshjul.modeler.safety;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.xml.Element;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A model's XML as the safety check reads it, the same whether it comes from an uploaded file (DOM)
 * or from the engine's parser ({@link Element}): tag, Camunda attributes by local name, text, children.
 */
public record XmlNode(String tag, String id, Map<String, String> camundaAttributes, Map<String, String> otherAttributes,
                      String text, List<XmlNode> children) {
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    public static XmlNode of(Node node) {
        Map<String, String> camunda = new LinkedHashMap<>();
        Map<String, String> other = new LinkedHashMap<>();
        NamedNodeMap attributes = node.getAttributes();
        for (int i = 0; attributes != null && i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            (CAMUNDA_NS.equals(a.getNamespaceURI()) ? camunda : other).put(local(a.getName()), a.getValue());
        }
        List<XmlNode> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) children.add(of(c));
            else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) text.append(c.getNodeValue());
        }
        return new XmlNode(local(node.getNodeName()), other.get("id"), camunda, other, text.toString(), children);
    }

    public static XmlNode of(Element element) {
        Map<String, String> camunda = new LinkedHashMap<>();
        Map<String, String> other = new LinkedHashMap<>();
        for (String key : element.attributes()) {
            String value = element.attribute(key);
            if (value == null) continue;
            (key.contains(CAMUNDA_NS) ? camunda : other).put(local(key), value);
        }
        List<XmlNode> children = element.elements().stream().map(XmlNode::of).toList();
        return new XmlNode(local(element.getTagName()), other.get("id"), camunda, other, element.getText(), children);
    }

    private static String local(String name) {
        return name.substring(name.lastIndexOf(':') + 1);
    }
}
