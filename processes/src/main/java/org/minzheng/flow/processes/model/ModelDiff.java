package org.minzheng.flow.processes.model;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What changed between two versions of a model, element by element (by id): added,
 * removed, changed (type, name, attributes or extension elements differ). The diagram
 * layout is not a change; the four-eyes reviewer sees these lists and the markers on the
 * diagram.
 */
public final class ModelDiff {

	private ModelDiff() {
	}

	/** An element of one version. */
	public record Element(String id, String type, String name) {
	}

	/** The differences; all empty when the models are the same. */
	public record Diff(List<Element> added, List<Element> removed, List<Element> changed) {

		public boolean empty() {
			return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
		}

	}

	/** Compares the flow elements of two models (the older may be {@code null}). */
	public static Diff between(String older, String newer) {
		Map<String, org.w3c.dom.Element> before = older == null ? Map.of() : elements(older);
		Map<String, org.w3c.dom.Element> after = elements(newer);
		List<Element> added = new ArrayList<>();
		List<Element> removed = new ArrayList<>();
		List<Element> changed = new ArrayList<>();
		after.forEach((id, element) -> {
			org.w3c.dom.Element old = before.get(id);
			if (old == null) {
				added.add(view(element));
			}
			else if (!signature(old).equals(signature(element))) {
				changed.add(view(element));
			}
		});
		before.forEach((id, element) -> {
			if (!after.containsKey(id)) {
				removed.add(view(element));
			}
		});
		return new Diff(added, removed, changed);
	}

	private static final java.util.Set<String> FLOW_ELEMENTS;

	static {
		java.util.Set<String> types = new java.util.HashSet<>(ModelRules.PREFIX_BY_TYPE.keySet());
		types.addAll(List.of("sequenceFlow", "scriptTask", "transaction", "adHocSubProcess"));
		FLOW_ELEMENTS = java.util.Set.copyOf(types);
	}

	private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	/** The flow elements of the model's processes, by id (parsed without DOCTYPE). */
	private static Map<String, org.w3c.dom.Element> elements(String xml) {
		try {
			javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setNamespaceAware(true);
			org.w3c.dom.Document document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
			Map<String, org.w3c.dom.Element> byId = new LinkedHashMap<>();
			org.w3c.dom.NodeList processes = document.getElementsByTagNameNS(BPMN_NS, "process");
			for (int i = 0; i < processes.getLength(); i++) {
				collect((org.w3c.dom.Element) processes.item(i), byId);
			}
			return byId;
		}
		catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException | java.io.IOException ex) {
			throw new IllegalArgumentException("not a readable model: " + ex.getMessage(), ex);
		}
	}

	private static void collect(org.w3c.dom.Element container, Map<String, org.w3c.dom.Element> into) {
		for (org.w3c.dom.Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof org.w3c.dom.Element element && BPMN_NS.equals(element.getNamespaceURI())
					&& FLOW_ELEMENTS.contains(element.getLocalName()) && element.hasAttribute("id")) {
				into.put(element.getAttribute("id"), element);
				if (element.getLocalName().endsWith("ubProcess") || "transaction".equals(element.getLocalName())) {
					collect(element, into);
				}
			}
		}
	}

	private static Element view(org.w3c.dom.Element element) {
		return new Element(element.getAttribute("id"), element.getLocalName(),
				element.hasAttribute("name") ? element.getAttribute("name") : null);
	}

	/** Type, attributes and the content of child elements, in a stable order. */
	private static String signature(org.w3c.dom.Element element) {
		StringBuilder out = new StringBuilder();
		append(element, out);
		return out.toString();
	}

	private static void append(org.w3c.dom.Element dom, StringBuilder out) {
		Map<String, String> attributes = new TreeMap<>();
		org.w3c.dom.NamedNodeMap nodeAttributes = dom.getAttributes();
		for (int i = 0; i < nodeAttributes.getLength(); i++) {
			org.w3c.dom.Node attribute = nodeAttributes.item(i);
			if (!"xmlns".equals(attribute.getPrefix()) && !"xmlns".equals(attribute.getNodeName())) {
				attributes.put(attribute.getNamespaceURI() + ":" + attribute.getLocalName(), attribute.getNodeValue());
			}
		}
		out.append('[').append(dom.getLocalName()).append(attributes);
		boolean hasChildElements = false;
		for (org.w3c.dom.Node child = dom.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof org.w3c.dom.Element element) {
				hasChildElements = true;
				append(element, out);
			}
		}
		if (!hasChildElements) {
			out.append(dom.getTextContent() == null ? "" : dom.getTextContent().trim());
		}
		out.append(']');
	}

}
