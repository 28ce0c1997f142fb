package org.minzheng.flow.processes.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.CharacterData;
import org.w3c.dom.Comment;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A model read for comparison: what it says, not how it is written. Elements and
 * attributes are known by namespace and local name (never by prefix), {@code xsi:type}
 * values are resolved, attributes holding their default ({@link DefaultAttributes}) and
 * the modeler's metadata are dropped, text is trimmed; attribute order, whitespace
 * between elements and comments do not exist here.
 *
 * <p>
 * The model is cut into items: the definitions' own content, each root element (the
 * process, messages, signals, errors, escalations, a collaboration ...), and each flow
 * element, lane set, lane and artifact wherever it sits (sub-processes, transactions,
 * event sub-processes). Each item is flattened to readable paths and their values:
 * {@code name}, {@code camunda:historyTimeToLive},
 * {@code extensionElements/camunda:properties/camunda:property[slaWorkingDays]},
 * {@code timerEventDefinition/timeDuration}, {@code conditionExpression@xsi:type}. A
 * reference to a message, signal, error or escalation carries the referenced element's
 * name (and code), so renaming a message shows at each element waiting for it. The
 * diagram (BPMN DI) is kept apart, as a layout signature per element.
 */
final class CanonicalModel {

	/**
	 * Deepest element nesting read; a deeper document is refused, never recursed into.
	 */
	static final int MAX_DEPTH = 400;

	static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";

	static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

	/** The Camunda Modeler's file metadata (execution platform and version). */
	private static final String MODELER = "http://camunda.org/schema/modeler/1.0";

	private static final Map<String, String> PREFIXES = Map.of(BPMN, "bpmn", BPMNDI, "bpmndi",
			"http://www.omg.org/spec/DD/20100524/DC", "dc", "http://www.omg.org/spec/DD/20100524/DI", "di", CAMUNDA,
			"camunda", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "xsi", XMLConstants.XML_NS_URI, "xml",
			"http://bpmn.io/schema/bpmn/biocolor/1.0", "bioc", "http://www.omg.org/spec/BPMN/non-normative/color/1.0",
			"color");

	/** Elements compared on their own, by id, wherever they sit. */
	private static final Set<String> ITEM_TYPES = Set.of("sequenceFlow", "task", "userTask", "serviceTask", "sendTask",
			"receiveTask", "scriptTask", "manualTask", "businessRuleTask", "callActivity", "subProcess",
			"adHocSubProcess", "transaction", "startEvent", "endEvent", "intermediateCatchEvent",
			"intermediateThrowEvent", "boundaryEvent", "implicitThrowEvent", "exclusiveGateway", "inclusiveGateway",
			"parallelGateway", "complexGateway", "eventBasedGateway", "dataObject", "dataObjectReference",
			"dataStoreReference", "callChoreography", "choreographyTask", "subChoreography", "textAnnotation",
			"association", "group", "laneSet", "childLaneSet", "lane", "participant", "messageFlow", "conversation",
			"subConversation", "callConversation", "conversationLink");

	/**
	 * Attributes holding the id of a root element, shown with that element's name and
	 * code.
	 */
	private static final Set<String> REFERENCES = Set.of("messageRef", "signalRef", "errorRef", "escalationRef");

	/**
	 * The attribute that tells repeated siblings apart (a property by its name, a
	 * listener by its event).
	 */
	private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("camunda:property", "name"),
			Map.entry("camunda:inputParameter", "name"), Map.entry("camunda:outputParameter", "name"),
			Map.entry("camunda:field", "name"), Map.entry("camunda:entry", "key"), Map.entry("camunda:formField", "id"),
			Map.entry("camunda:value", "id"), Map.entry("camunda:constraint", "name"),
			Map.entry("camunda:executionListener", "event"), Map.entry("camunda:taskListener", "event"),
			Map.entry("camunda:in", "target"), Map.entry("camunda:out", "target"));

	/** Wrappers that say nothing when empty (a modeler may leave them behind). */
	private static final Set<String> CONTAINERS = Set.of("extensionElements", "camunda:properties",
			"camunda:inputOutput", "camunda:formData");

	/** One item of the model: its fields by path, in document order. */
	record Item(String id, String type, String name, Map<String, String> fields) {
	}

	private static final String DEFINITIONS = "#definitions";

	private final Map<String, Item> items = new LinkedHashMap<>();

	private final Map<String, String> layout = new LinkedHashMap<>();

	private final Map<String, String> labels = new HashMap<>();

	private final Map<String, Integer> occurrences = new HashMap<>();

	private final Map<String, StringBuilder> signatures = new LinkedHashMap<>();

	private CanonicalModel() {
	}

	/** A model with nothing in it (there is no earlier version). */
	static CanonicalModel none() {
		return new CanonicalModel();
	}

	/** Items by key (the element id), in document order. */
	Map<String, Item> items() {
		return items;
	}

	/** Layout signature by the id of the element a diagram shape or edge shows. */
	Map<String, String> layout() {
		return layout;
	}

	/**
	 * Reads a model (namespace-aware, DOCTYPE refused).
	 * @throws IllegalArgumentException if it is not well-formed XML or nests deeper than
	 * {@link #MAX_DEPTH}
	 */
	static CanonicalModel read(String xml) {
		Element root = parse(xml).getDocumentElement();
		CanonicalModel model = new CanonicalModel();
		model.labelRootElements(root);
		model.items.put(DEFINITIONS, null);
		Map<String, String> own = new LinkedHashMap<>();
		model.attributes(root).forEach((name, value) -> {
			if (name.endsWith("Language")) {
				own.put(name, value);
			}
		});
		model.children(root, "", own, null, true, 1);
		model.signatures.forEach((shown, signature) -> model.layout.put(shown, signature.toString()));
		if (own.isEmpty()) {
			model.items.remove(DEFINITIONS);
		}
		else {
			String id = root.getAttribute("id");
			model.items.put(DEFINITIONS, new Item(id.isEmpty() ? "definitions" : id, "definitions", null, own));
		}
		return model;
	}

	private static org.w3c.dom.Document parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setNamespaceAware(true);
			factory.setExpandEntityReferences(false);
			try {
				// the JDK parser stops at this depth itself; the walk below checks again
				factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth",
						String.valueOf(MAX_DEPTH + 1));
			}
			catch (IllegalArgumentException ex) {
				// another parser: the walk's own depth check refuses deep documents
			}
			DocumentBuilder builder = factory.newDocumentBuilder();
			// refuse through the exception, without the default handler's printing to
			// stderr
			builder.setErrorHandler(new DefaultHandler() {
				@Override
				public void error(SAXParseException ex) throws SAXException {
					throw ex;
				}
			});
			return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalArgumentException("not a readable model: " + ex.getMessage(), ex);
		}
	}

	/** Messages, signals, errors and escalations by id, with their name and code. */
	private void labelRootElements(Element root) {
		for (Element child : elements(root)) {
			if (!BPMN.equals(child.getNamespaceURI()) || child.getAttribute("id").isEmpty()) {
				continue;
			}
			List<String> parts = new ArrayList<>();
			for (String attribute : List.of("name", "errorCode", "escalationCode")) {
				if (child.hasAttribute(attribute)) {
					parts.add(attribute + "=" + child.getAttribute(attribute));
				}
			}
			if (!parts.isEmpty()) {
				labels.put(child.getAttribute("id"), String.join(", ", parts));
			}
		}
	}

	/**
	 * Walks the child elements of {@code parent}: items are read on their own, the rest
	 * is flattened into {@code fields} under {@code path}.
	 * @param parentItem the enclosing item for nested items, {@code null} directly under
	 * a root element
	 * @param rootLevel whether {@code parent} is the definitions (every child with an id
	 * is an item, the diagram is layout)
	 */
	private void children(Element parent, String path, Map<String, String> fields, String parentItem, boolean rootLevel,
			int depth) {
		List<Element> content = new ArrayList<>();
		List<Map<String, String>> contentAttributes = new ArrayList<>();
		for (Element child : elements(parent)) {
			boolean bpmn = BPMN.equals(child.getNamespaceURI());
			if (rootLevel && BPMNDI.equals(child.getNamespaceURI())) {
				layout(child, depth + 1);
			}
			else if (!child.getAttribute("id").isEmpty()
					&& (rootLevel || bpmn && ITEM_TYPES.contains(child.getLocalName()))) {
				item(child, parentItem, rootLevel, depth + 1);
			}
			else if (!(bpmn && ("incoming".equals(child.getLocalName()) || "outgoing".equals(child.getLocalName())))) {
				// incoming/outgoing repeat the flows' sourceRef/targetRef, which the
				// engine reads
				content.add(child);
				contentAttributes.add(attributes(child));
			}
		}
		List<String> segments = segments(content, contentAttributes);
		for (int i = 0; i < content.size(); i++) {
			content(content.get(i), contentAttributes.get(i), path + segments.get(i), fields, parentItem, depth + 1);
		}
	}

	/**
	 * Path segments for sibling elements: the element's name, with its key attribute
	 * ({@code camunda:property[slaWorkingDays]}) or, for repeated text-only elements, its
	 * text ({@code flowNodeRef[Task_Approval]}); a repeated segment gets its position
	 * ({@code [2]}). The key attribute is taken out of the attributes.
	 */
	private static List<String> segments(List<Element> siblings, List<Map<String, String>> attributes) {
		Map<String, Integer> named = new HashMap<>();
		for (Element sibling : siblings) {
			named.merge(elementName(sibling), 1, Integer::sum);
		}
		List<String> bases = new ArrayList<>();
		for (int i = 0; i < siblings.size(); i++) {
			Element sibling = siblings.get(i);
			String name = elementName(sibling);
			String keyAttribute = KEYS.get(name);
			String key = keyAttribute == null ? null : attributes.get(i).remove(keyAttribute);
			if (key == null && named.get(name) > 1 && attributes.get(i).isEmpty() && elements(sibling).isEmpty()) {
				key = text(sibling);
			}
			bases.add(key == null ? name : name + "[" + key + "]");
		}
		Map<String, Integer> total = new HashMap<>();
		bases.forEach(base -> total.merge(base, 1, Integer::sum));
		Map<String, Integer> seen = new HashMap<>();
		List<String> segments = new ArrayList<>();
		for (String base : bases) {
			int occurrence = seen.merge(base, 1, Integer::sum);
			segments.add(total.get(base) > 1 && occurrence > 1 ? base + "[" + occurrence + "]" : base);
		}
		return segments;
	}

	private void item(Element element, String parentItem, boolean rootLevel, int depth) {
		checkDepth(depth);
		String id = element.getAttribute("id");
		// a repeated id (which the model check refuses) is kept apart, not merged
		int occurrence = occurrences.merge(id, 1, Integer::sum);
		String key = occurrence == 1 ? id : id + "#" + occurrence;
		items.put(key, null);
		Map<String, String> fields = new LinkedHashMap<>();
		if (parentItem != null) {
			fields.put("parent", parentItem);
		}
		Map<String, String> attributes = attributes(element);
		attributes.remove("id");
		fields.putAll(attributes);
		String text = text(element);
		if (!text.isEmpty()) {
			fields.put("(text)", text);
		}
		children(element, "", fields, rootLevel ? null : id, false, depth);
		items.put(key, new Item(id, elementName(element), attributes.get("name"), fields));
	}

	private void content(Element element, Map<String, String> attributes, String path, Map<String, String> fields,
			String parentItem, int depth) {
		checkDepth(depth);
		String text = text(element);
		List<Element> children = elements(element);
		if (children.isEmpty() && text.isEmpty() && attributes.size() == 1 && attributes.containsKey("value")) {
			fields.put(path, attributes.get("value"));
			return;
		}
		int before = fields.size();
		attributes.forEach((name, value) -> fields.put(path + "@" + name, value));
		if (!text.isEmpty()) {
			fields.put(path, text);
		}
		children(element, path + "/", fields, parentItem, false, depth);
		if (fields.size() == before && !CONTAINERS.contains(elementName(element))) {
			// present but empty (a terminate or message event definition): still says
			// something
			fields.put(path, "");
		}
	}

	/**
	 * The attributes that say something, by readable name, in a stable order: no
	 * namespace declarations, no modeler metadata, no ids of nested BPMN elements, no
	 * defaults; {@code xsi:type} resolved; references labelled.
	 */
	private Map<String, String> attributes(Element element) {
		String elementName = elementName(element);
		boolean bpmn = BPMN.equals(element.getNamespaceURI());
		Map<String, String> attributes = new TreeMap<>(CanonicalModel::attributeOrder);
		NamedNodeMap all = element.getAttributes();
		for (int i = 0; i < all.getLength(); i++) {
			Attr attribute = (Attr) all.item(i);
			String namespace = attribute.getNamespaceURI();
			String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
			if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace) || MODELER.equals(namespace)
					|| XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(namespace)
							&& local.endsWith("chemaLocation")) {
				continue;
			}
			String name = namespace == null || BPMN.equals(namespace) ? local : qualify(namespace, local);
			String value = attribute.getValue();
			if (bpmn && "id".equals(name) && !ITEM_TYPES.contains(element.getLocalName())
					&& element.getParentNode() != element.getOwnerDocument().getDocumentElement()) {
				continue;
			}
			if (DefaultAttributes.isDefault(elementName, name, value)) {
				continue;
			}
			if ("xsi:type".equals(name)) {
				value = resolveQName(element, value);
			}
			else if (REFERENCES.contains(name) && labels.containsKey(value)) {
				value = value + " (" + labels.get(value) + ")";
			}
			attributes.put(name, value);
		}
		return attributes;
	}

	private static int attributeOrder(String a, String b) {
		int rankA = "id".equals(a) ? 0 : "name".equals(a) ? 1 : 2;
		int rankB = "id".equals(b) ? 0 : "name".equals(b) ? 1 : 2;
		return rankA != rankB ? Integer.compare(rankA, rankB) : a.compareTo(b);
	}

	/**
	 * {@code bpmn2:tFormalExpression} → {@code bpmn:tFormalExpression}, whatever the
	 * prefix.
	 */
	private static String resolveQName(Element element, String value) {
		String trimmed = value.strip();
		int colon = trimmed.indexOf(':');
		String prefix = colon < 0 ? null : trimmed.substring(0, colon);
		String namespace = element.lookupNamespaceURI(prefix);
		if (namespace == null) {
			return trimmed;
		}
		String local = trimmed.substring(colon + 1);
		String known = PREFIXES.get(namespace);
		return known != null ? known + ":" + local : "{" + namespace + "}" + local;
	}

	/**
	 * Records the layout of each shape and edge (bounds, waypoints, label, marker and
	 * colour attributes) under the id of the element it shows.
	 */
	private void layout(Element element, int depth) {
		checkDepth(depth);
		String shown = element.getAttribute("bpmnElement");
		if (!shown.isEmpty()) {
			StringBuilder signature = signatures.get(shown);
			if (signature == null) {
				signatures.put(shown, signature = new StringBuilder());
			}
			else {
				// the element drawn again (another diagram)
				signature.append('|');
			}
			signature(element, signature, depth);
		}
		for (Element child : elements(element)) {
			layout(child, depth + 1);
		}
	}

	private static void signature(Element element, StringBuilder out, int depth) {
		checkDepth(depth);
		out.append('<').append(qualify(element.getNamespaceURI(), element.getLocalName()));
		Map<String, String> attributes = new TreeMap<>();
		NamedNodeMap all = element.getAttributes();
		for (int i = 0; i < all.getLength(); i++) {
			Attr attribute = (Attr) all.item(i);
			String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
			if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI()) && !"id".equals(local)
					&& !"bpmnElement".equals(local)) {
				attributes.put(qualify(attribute.getNamespaceURI(), local), number(attribute.getValue()));
			}
		}
		out.append(attributes).append(text(element));
		for (Element child : elements(element)) {
			if (child.getAttribute("bpmnElement").isEmpty()) {
				signature(child, out, depth + 1);
			}
		}
		out.append('>');
	}

	/** {@code 100.0} and {@code 100} are the same coordinate. */
	private static String number(String value) {
		try {
			return new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	private static void checkDepth(int depth) {
		if (depth > MAX_DEPTH) {
			throw new IllegalArgumentException("the model nests elements deeper than " + MAX_DEPTH + " levels");
		}
	}

	/**
	 * BPMN elements by local name ({@code userTask}), others prefixed
	 * ({@code camunda:property}).
	 */
	private static String elementName(Element element) {
		String local = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
		return BPMN.equals(element.getNamespaceURI()) ? local : qualify(element.getNamespaceURI(), local);
	}

	private static String qualify(String namespace, String local) {
		if (namespace == null) {
			return local;
		}
		String prefix = PREFIXES.get(namespace);
		return prefix != null ? prefix + ":" + local : "{" + namespace + "}" + local;
	}

	private static List<Element> elements(Element parent) {
		List<Element> elements = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				elements.add(element);
			}
		}
		return elements;
	}

	/**
	 * The element's own text (not its descendants'), trimmed, with one kind of line end.
	 */
	private static String text(Element element) {
		StringBuilder text = new StringBuilder();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof CharacterData data && !(child instanceof Comment)) {
				text.append(data.getData());
			}
		}
		return text.toString().replace("\r\n", "\n").replace('\r', '\n').strip();
	}

}
