package org.minzheng.flow.processes.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.processes.model.ExpressionGrammar.Form;
import org.minzheng.flow.processes.model.ModelRules.Problem;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Deny by default: every element and attribute of a model is either on a list of what the
 * engine may read from a process owner's model, or refused. Whatever the engine evaluates
 * as an expression must sit where this class expects one and keep to
 * {@link ExpressionGrammar}; anything else that holds {@code ${…}} or {@code #{…}} is
 * refused. Scripts, Java classes, connectors, external tasks, field injection and
 * resource references are refused wherever they appear.
 *
 * <p>
 * The lists below follow what the Camunda 7.24 BPMN parser evaluates: conditions
 * (sequence flows, conditional events, multi-instance completion), timers, multi-instance
 * collection and cardinality, input/output parameters, call-activity variable mappings
 * and business key, user-task assignment and dates, and delegate expressions of tasks,
 * message events and listeners. Attributes the parser also evaluates but that a process
 * owner has no need to compute (message, signal, error and escalation names; called
 * element and decision references; form references; priorities) take fixed values only.
 */
public final class ModelSafety {

	/** The BPMN 2.0 model namespace. */
	public static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	/** Camunda's extension namespace. */
	public static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

	private static final Set<String> DIAGRAM = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
			"http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI");

	private static final String MODELER = "http://camunda.org/schema/modeler/1.0";

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

	/**
	 * BPMN elements through which a model would run a script or assign by expression:
	 * refused with their own reason (any other unlisted element is refused as such).
	 */
	private static final Set<String> BPMN_REFUSED = Set.of("script", "humanPerformer", "potentialOwner", "performer",
			"resourceAssignmentExpression");

	/** Flow nodes outside the list, which ModelRules' id check names with their type. */
	private static final Set<String> FLOW_NODES_ELSEWHERE = Set.of("scriptTask", "complexGateway", "transaction",
			"adHocSubProcess", "callChoreography", "subChoreography", "choreographyTask", "implicitThrowEvent");

	private ModelSafety() {
	}

	/**
	 * Walks a model document (iteratively: depth is bounded before, by the upload's
	 * pre-scan, but never trusted here).
	 * @return the refusals, in document order
	 */
	public static List<Problem> check(Document document, ExpressionAllowList allowList) {
		List<Problem> problems = new ArrayList<>();
		Deque<Element> pending = new ArrayDeque<>();
		pending.push(document.getDocumentElement());
		while (!pending.isEmpty()) {
			Element element = pending.pop();
			boolean descend = element(element, allowList, problems);
			if (descend) {
				List<Element> children = new ArrayList<>();
				for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
					if (child instanceof Element childElement) {
						children.add(childElement);
					}
				}
				for (int i = children.size() - 1; i >= 0; i--) {
					pending.push(children.get(i));
				}
			}
		}
		return problems;
	}

	/** Checks one element's kind, attributes and text; whether to look inside. */
	private static boolean element(Element element, ExpressionAllowList allowList, List<Problem> problems) {
		String ns = element.getNamespaceURI();
		String name = element.getLocalName();
		String owner = ownerId(element);
		if (DIAGRAM.contains(ns)) {
			return true;
		}
		if (CAMUNDA.equals(ns)) {
			Map<String, Form> attributes = allowList.extensions().get(name);
			if (attributes == null) {
				problems.add(refusedExtension(owner, element));
				return false;
			}
			attributes(element, owner, attributes, allowList, problems);
			text(element, owner, allowList, problems);
			return true;
		}
		if (!BPMN.equals(ns)) {
			problems.add(new Problem(owner, qualified(element), "EXTENSION_NOT_ALLOWED",
					"不支持的扩展元素：" + qualified(element), "Unsupported extension element: " + qualified(element)));
			return false;
		}
		if (BPMN_REFUSED.contains(name) || !allowList.bpmnElements().contains(name)) {
			if (!BPMN_REFUSED.contains(name)) {
				// flow nodes of other types are named by ModelRules' id check
				if (!FLOW_NODES_ELSEWHERE.contains(name)) {
					problems.add(new Problem(owner, qualified(element), "ELEMENT_TYPE_NOT_ALLOWED", "不支持的元素类型：" + name,
							"Unsupported element type: " + name));
				}
				return false;
			}
			boolean script = "script".equals(name);
			problems.add(new Problem(owner, qualified(element),
					script ? "SCRIPT_NOT_ALLOWED" : "ASSIGNMENT_NOT_ALLOWED",
					script ? "不允许使用脚本" : "不允许用表达式指派办理人，请使用候选组（camunda:candidateGroups）",
					script ? "Scripts are not allowed"
							: "Assignment by expression is not allowed; use candidate groups (camunda:candidateGroups)"));
			return false;
		}
		attributes(element, owner, null, allowList, problems);
		if (!allowList.freeText().contains(name)) {
			text(element, owner, allowList, problems);
		}
		return true;
	}

	/**
	 * An element's attributes: on a Camunda extension element only {@code allowed}
	 * (unqualified); on a BPMN element Camunda's listed attributes and BPMN's own.
	 */
	private static void attributes(Element element, String owner, Map<String, Form> allowed,
			ExpressionAllowList allowList, List<Problem> problems) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String ns = attribute.getNamespaceURI();
			String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
			if (XMLNS.equals(ns) || "xmlns".equals(attribute.getName())) {
				continue;
			}
			String shown = attribute.getName();
			Form form = Form.NONE;
			if (allowed != null) {
				// an extension element's own attributes are unqualified
				if (ns != null || !allowed.containsKey(local)) {
					problems.add(refusedAttribute(owner, qualified(element) + "@" + shown, local));
					continue;
				}
				if (allowList.freeText().contains(element.getLocalName())) {
					continue;
				}
				form = allowed.get(local);
			}
			else if (CAMUNDA.equals(ns)) {
				if (!allowList.attributes().containsKey(local)) {
					problems.add(refusedAttribute(owner, shown, local));
					continue;
				}
				form = allowList.attributes().get(local);
			}
			else if (ns == null) {
				if ("language".equals(local) || "scriptFormat".equals(local)) {
					problems.add(new Problem(owner, shown, "SCRIPT_NOT_ALLOWED",
							"不允许使用脚本语言（" + attribute.getValue() + "），请使用表达式",
							"Script languages are not allowed (" + attribute.getValue() + "); use an expression"));
					continue;
				}
				if ("expressionLanguage".equals(local)
						&& !"http://www.w3.org/1999/XPath".equals(attribute.getValue())) {
					problems.add(new Problem(owner, shown, "SCRIPT_NOT_ALLOWED", "不允许指定表达式语言：" + attribute.getValue(),
							"An expression language may not be chosen: " + attribute.getValue()));
					continue;
				}
			}
			else if (!XSI.equals(ns) && !MODELER.equals(ns)) {
				problems.add(new Problem(owner, shown, "ATTRIBUTE_NOT_ALLOWED", "不支持的扩展属性：" + shown,
						"Unsupported extension attribute: " + shown));
				continue;
			}
			refuseExpression(owner, shown, attribute.getValue(), form, allowList, problems);
		}
	}

	/** The element's own text (not its children's). */
	private static void text(Element element, String owner, ExpressionAllowList allowList, List<Problem> problems) {
		StringBuilder text = new StringBuilder();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(child.getNodeValue());
			}
		}
		String value = text.toString().strip();
		Form form = allowList.texts().getOrDefault(element.getLocalName(), Form.NONE);
		refuseExpression(owner, qualified(element), value, form, allowList, problems);
	}

	private static void refuseExpression(String owner, String where, String value, Form form,
			ExpressionAllowList allowList, List<Problem> problems) {
		Optional<ExpressionGrammar.Refusal> refusal = ExpressionGrammar.check(value, form, allowList);
		refusal.ifPresent(r -> problems.add(new Problem(owner, where, r.rule(), r.message(), r.messageEn())));
	}

	private static Problem refusedExtension(String owner, Element element) {
		String shown = qualified(element);
		return switch (element.getLocalName()) {
			case "script" -> new Problem(owner, shown, "SCRIPT_NOT_ALLOWED", "不允许在监听器或参数中使用脚本",
					"Scripts are not allowed in listeners or parameters");
			case "connector", "connectorId", "errorEventDefinition" -> new Problem(owner, shown,
					"EXTERNAL_TASK_NOT_ALLOWED", "不支持外部任务或连接器", "External tasks and connectors are not supported");
			case "field" -> new Problem(owner, shown, "FIELD_INJECTION_NOT_ALLOWED", "不允许字段注入（camunda:field）",
					"Field injection (camunda:field) is not allowed");
			default -> new Problem(owner, shown, "EXTENSION_NOT_ALLOWED", "不支持的扩展元素：" + shown,
					"Unsupported extension element: " + shown);
		};
	}

	private static Problem refusedAttribute(String owner, String shown, String local) {
		return switch (local) {
			case "class", "variableMappingClass", "formHandlerClass" -> new Problem(owner, shown, "CLASS_NOT_ALLOWED",
					"不允许直接引用 Java 类，请选择已登记的处理程序", "Java classes may not be named; choose a registered bean");
			case "expression", "variableMappingDelegateExpression" ->
				new Problem(owner, shown, "EXPRESSION_NOT_ALLOWED", "不允许使用任意表达式，请选择已登记的处理程序",
						"Free expressions are not allowed; choose a registered bean");
			case "type", "topic" -> new Problem(owner, shown, "EXTERNAL_TASK_NOT_ALLOWED", "不支持外部任务或连接器",
					"External tasks and connectors are not supported");
			case "resource", "scriptFormat" -> new Problem(owner, shown, "SCRIPT_NOT_ALLOWED", "不允许引用脚本或外部资源",
					"Scripts and external resources are not allowed");
			case "formKey" -> new Problem(owner, shown, "FORM_KEY_NOT_ALLOWED", "请使用表单引用（formRef），不要使用 formKey",
					"Use a form reference (formRef), not formKey");
			default -> new Problem(owner, shown, "ATTRIBUTE_NOT_ALLOWED", "不支持的属性：" + shown,
					"Unsupported attribute: " + shown);
		};
	}

	private static String qualified(Element element) {
		String prefix = CAMUNDA.equals(element.getNamespaceURI()) ? "camunda:" : BPMN.equals(element.getNamespaceURI())
				? "bpmn:" : element.getPrefix() == null ? "" : element.getPrefix() + ":";
		return prefix + element.getLocalName();
	}

	/** The id of the nearest enclosing element with one. */
	static String ownerId(Element element) {
		for (Node current = element; current instanceof Element e; current = current.getParentNode()) {
			// an event definition's id is not what a process owner sees: its event's is
			if (BPMN.equals(e.getNamespaceURI()) && e.hasAttribute("id")
					&& !e.getLocalName().endsWith("EventDefinition")) {
				return e.getAttribute("id");
			}
		}
		return null;
	}

}
