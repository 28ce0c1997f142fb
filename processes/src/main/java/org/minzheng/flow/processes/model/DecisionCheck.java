package org.minzheng.flow.processes.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads an uploaded DMN file (a process owner's decision tables) safely and checks it
 * before the engine sees it: the same hardened XML parse as a BPMN model (no document
 * type declaration, so no entity is ever resolved), a size limit, decision ids after
 * {@link ModelRules#DECISION_ID}, a history time to live on every decision, and nothing
 * that runs code: expressions are FEEL only (no script language, no JUEL, which could
 * call any bean), no FEEL functions bound to Java ({@code external}), no Camunda
 * extension attributes beyond the harmless ones.
 */
public final class DecisionCheck {

	/** Largest DMN file accepted, in bytes. */
	public static final int MAX_DMN_BYTES = 1024 * 1024;

	private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/dmn";

	/** Camunda attributes a decision file may carry: none of them runs anything. */
	private static final Set<String> CAMUNDA_ATTRIBUTES = Set.of("historyTimeToLive", "versionTag", "inputVariable");

	private static final Set<String> SAFE_LANGUAGES = Set.of("feel", "https://www.omg.org/spec/dmn/20191111/feel/",
			"http://www.omg.org/spec/feel/20140401");

	private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\s*\\{");

	private DecisionCheck() {
	}

	/**
	 * What a check found.
	 *
	 * @param decisions the ids of the file's decisions, in file order
	 * @param problems everything that stops a deployment; empty when it may be deployed
	 */
	public record Result(Set<String> decisions, List<ModelRules.Problem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	/** Checks one uploaded DMN file. */
	public static Result check(byte[] dmn) {
		if (dmn == null || dmn.length == 0) {
			return refused("DMN_MISSING", "决策文件为空");
		}
		if (dmn.length > MAX_DMN_BYTES) {
			return refused("DMN_TOO_LARGE", "决策文件不能超过 1 MB");
		}
		ModelRules.Problem shape = XmlLimits.check(dmn);
		if (shape != null) {
			return new Result(Set.of(), List.of(shape));
		}
		String unsafe = ModelCheck.unsafeXml(dmn);
		if (unsafe != null) {
			return refused(unsafe, ModelCheck.message(unsafe));
		}
		Document document = parse(dmn);
		Element root = document.getDocumentElement();
		if (!"definitions".equals(root.getLocalName()) || root.getNamespaceURI() == null
				|| !root.getNamespaceURI().contains("/DMN/")) {
			return refused("DMN_INVALID", "不是有效的 DMN 决策文件");
		}
		Set<String> decisions = new LinkedHashSet<>();
		List<ModelRules.Problem> problems = new ArrayList<>();
		for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element decision && "decision".equals(decision.getLocalName())) {
				String id = decision.getAttribute("id");
				decisions.add(id);
				if (!ModelRules.DECISION_ID.matcher(id).matches()) {
					problems.add(new ModelRules.Problem(id, "DECISION_ID_INVALID",
							"决策标识须以 Decision_ 开头，后接英文大驼峰，例如 Decision_AidPriority"));
				}
				if (decision.getAttributeNS(CAMUNDA_NS, "historyTimeToLive").isBlank()) {
					problems
						.add(new ModelRules.Problem(id, "HISTORY_TTL_MISSING", "请为决策设置历史数据保留期限（historyTimeToLive）"));
				}
				if (decision.getAttribute("name").isBlank()) {
					problems.add(new ModelRules.Problem(id, "DECISION_NAME_MISSING", "请填写决策名称"));
				}
			}
		}
		if (decisions.isEmpty()) {
			problems.add(new ModelRules.Problem(null, "DECISION_MISSING", "决策文件须至少包含一个决策"));
		}
		checkCode(root, problems);
		return new Result(decisions, problems);
	}

	/** Everything that could run code, anywhere in the file. */
	private static void checkCode(Element element, List<ModelRules.Problem> problems) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
			if ("expressionLanguage".equals(name) && !SAFE_LANGUAGES.contains(attribute.getValue().toLowerCase())) {
				problems.add(new ModelRules.Problem(owner(element), "SCRIPT_NOT_ALLOWED",
						"决策表达式只能使用 FEEL，不允许 " + attribute.getValue()));
			}
			if (CAMUNDA_NS.equals(attribute.getNamespaceURI()) && !CAMUNDA_ATTRIBUTES.contains(name)) {
				problems.add(new ModelRules.Problem(owner(element),
						"class".equals(name) ? "CLASS_NOT_ALLOWED" : "EXTENSION_NOT_ALLOWED",
						"决策文件不允许使用扩展属性 camunda:" + name));
			}
		}
		if ("text".equals(element.getLocalName()) && EXTERNAL_FUNCTION.matcher(element.getTextContent()).find()) {
			problems.add(new ModelRules.Problem(owner(element), "SCRIPT_NOT_ALLOWED", "决策表达式不允许调用 Java 函数（external）"));
		}
		if ("extensionElements".equals(element.getLocalName())) {
			problems.add(new ModelRules.Problem(owner(element), "EXTENSION_NOT_ALLOWED", "决策文件不允许使用扩展元素"));
			return;
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element next) {
				checkCode(next, problems);
			}
		}
	}

	/** The id of the nearest enclosing element with one. */
	private static String owner(Element element) {
		for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
			if (e.hasAttribute("id")) {
				return e.getAttribute("id");
			}
		}
		return null;
	}

	private static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setExpandEntityReferences(false);
			factory.setNamespaceAware(true);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalArgumentException("checked before: " + ex.getMessage(), ex);
		}
	}

	private static Result refused(String code, String message) {
		return new Result(Set.of(), List.of(new ModelRules.Problem(null, code, message)));
	}

}
