package org.minzheng.flow.processes.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.ModelException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an uploaded model safely and checks it against {@link ModelRules}. The bytes are
 * first parsed by a hardened XML parser that refuses any document type declaration, so no
 * entity (external or expanding) is ever resolved; only then does the BPMN model API read
 * them.
 */
public final class ModelCheck {

	private ModelCheck() {
	}

	/**
	 * What a check found.
	 *
	 * @param processKey the executable process's id, or {@code null}
	 * @param processName its name
	 * @param forms the forms its user tasks use
	 * @param problems everything that stops a deployment; empty when it may be deployed
	 */
	public record Result(String processKey, String processName, Set<String> forms, List<ModelRules.Problem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	/**
	 * Checks an uploaded model.
	 * @param xml the file's bytes
	 * @param forms ids of the forms that exist
	 * @param beans the delegate beans a model may use
	 */
	public static Result check(byte[] xml, Set<String> forms, Set<String> beans) {
		return check(xml, forms, beans, Set.of());
	}

	/**
	 * Checks an uploaded model.
	 * @param xml the file's bytes
	 * @param forms ids of the forms that exist (shipped, deployed or carried with the
	 * change)
	 * @param beans the delegate beans a model may use
	 * @param decisions ids of the decisions that exist (deployed or carried with the
	 * change)
	 */
	public static Result check(byte[] xml, Set<String> forms, Set<String> beans, Set<String> decisions) {
		ModelRules.Problem shape = XmlLimits.check(xml);
		if (shape != null) {
			return new Result(null, null, Set.of(), List.of(shape));
		}
		Document document;
		try {
			document = parse(xml);
		}
		catch (SAXException | IOException ex) {
			String text = String.valueOf(ex.getMessage());
			String code = text.contains("DOCTYPE") ? "XML_DOCTYPE_NOT_ALLOWED" : "XML_MALFORMED";
			return new Result(null, null, Set.of(), List.of(located(code, message(code), ex, xml)));
		}
		BpmnModelInstance model;
		try {
			model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
		}
		catch (ModelException ex) {
			// what would run code is named even in a model the schema refuses
			List<ModelRules.Problem> problems = new java.util.ArrayList<>(
					ModelSafety.check(document, ExpressionAllowList.shipped()));
			problems.add(0, located("BPMN_INVALID", "不是有效的 BPMN 2.0 模型", ex, xml));
			return new Result(null, null, Set.of(), problems);
		}
		Process process = model.getModelElementsByType(Process.class)
			.stream()
			.filter(Process::isExecutable)
			.findFirst()
			.orElse(null);
		return new Result(process == null ? null : process.getId(), process == null ? null : process.getName(),
				ModelRules.formsOf(model), ModelRules.check(model, document, forms, beans, decisions));
	}

	/**
	 * A problem of an unreadable file, with the line, the column and the element the
	 * parser stopped at, when it says.
	 */
	private static ModelRules.Problem located(String code, String message, Exception ex, byte[] xml) {
		SAXParseException at = null;
		String reason = null;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SAXParseException parse && at == null) {
				at = parse;
			}
			if (cause instanceof SAXException && cause.getMessage() != null) {
				reason = cause.getMessage();
			}
		}
		int line = at != null ? at.getLineNumber() : -1;
		int column = at != null ? at.getColumnNumber() : -1;
		if (reason == null) {
			reason = ex.getMessage();
		}
		// the model API's schema validation reports "Error: URI=… Line=10: cvc-…" and
		// names
		// the element as {"namespace":local}
		java.util.regex.Matcher lineNumber = SCHEMA_LINE.matcher(String.valueOf(reason));
		if (line < 1 && lineNumber.find()) {
			line = Integer.parseInt(lineNumber.group(1));
		}
		String text = firstLine(
				SCHEMA_NAME.matcher(SCHEMA_PREFIX.matcher(String.valueOf(reason)).replaceFirst("")).replaceAll("$1"));
		if (line < 1) {
			return new ModelRules.Problem(null, null, code, message + "：" + text, null, null, null);
		}
		XmlLimits.Located element = XmlLimits.elementAt(xml, line, column < 1 ? Integer.MAX_VALUE : column);
		if (column < 1) {
			column = element == null || element.line() != line ? 1 : element.column();
		}
		String where = "第 " + line + " 行第 " + column + " 列" + (element == null ? "" : "（元素 " + element.name() + "）");
		String whereEn = "line " + line + ", column " + column
				+ (element == null ? "" : " (element " + element.name() + ")");
		return new ModelRules.Problem(element == null ? null : element.id(), element == null ? null : element.name(),
				code, message + "，" + where + "：" + text,
				("BPMN_INVALID".equals(code) ? "Not a valid BPMN 2.0 model" : "Not well-formed XML") + " at " + whereEn
						+ ": " + text,
				line, column);
	}

	private static final java.util.regex.Pattern SCHEMA_LINE = java.util.regex.Pattern.compile("Line=(\\d+)");

	private static final java.util.regex.Pattern SCHEMA_PREFIX = java.util.regex.Pattern
		.compile("^Error: URI=\\S* Line=\\d+: ");

	private static final java.util.regex.Pattern SCHEMA_NAME = java.util.regex.Pattern
		.compile("\\{?\"[^\"]*\":([A-Za-z0-9_.-]+)}?");

	/** A model's text as a DOM document, read by the hardened parser. */
	static Document dom(String xml) {
		try {
			return parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (SAXException | IOException ex) {
			throw new IllegalArgumentException("not a readable model: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The forms a model's user tasks use, for a model that was checked before (a deployed
	 * version, an accepted change).
	 */
	public static Set<String> formsOf(byte[] xml) {
		return ModelRules.formsOf(Bpmn.readModelFromStream(new ByteArrayInputStream(xml)));
	}

	/**
	 * The decisions ({@code camunda:decisionRef}) a checked model's business rule tasks
	 * use.
	 */
	public static Set<String> decisionsOf(byte[] xml) {
		return ModelRules.decisionsOf(Bpmn.readModelFromStream(new ByteArrayInputStream(xml)));
	}

	/**
	 * What a deployed model uses and what the console shows of it, from one reading.
	 *
	 * @param forms its user tasks' forms
	 * @param decisions its business rule tasks' decisions
	 * @param processNameEn the executable process's English name (extension property
	 * {@code name@en}), or {@code null}
	 */
	public record Uses(Set<String> forms, Set<String> decisions, String processNameEn) {
	}

	/** The forms, decisions and English process name of a checked model. */
	public static Uses usesOf(byte[] xml) {
		BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
		String nameEn = model.getModelElementsByType(Process.class)
			.stream()
			.filter(Process::isExecutable)
			.findFirst()
			.flatMap(process -> BpmnProperties.property(process,
					org.minzheng.flow.processes.ProcessConventions.PROPERTY_NAME_EN))
			.orElse(null);
		return new Uses(ModelRules.formsOf(model), ModelRules.decisionsOf(model), nameEn);
	}

	/** The bean names the model uses; see {@link ModelRules#beansOf}. */
	public static Set<String> beansOf(byte[] xml) {
		return ModelRules.beansOf(Bpmn.readModelFromStream(new ByteArrayInputStream(xml)));
	}

	/**
	 * Parses plain XML: no document type declaration (so no entity, external or
	 * expanding, is ever resolved), no external DTD or schema, no XInclude.
	 */
	private static Document parse(byte[] xml) throws SAXException, IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setNamespaceAware(true);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A code when the bytes are not plain, well-formed XML without a DOCTYPE. */
	static String unsafeXml(byte[] xml) {
		try {
			parse(xml);
			return null;
		}
		catch (SAXException ex) {
			String text = String.valueOf(ex.getMessage());
			return text.contains("DOCTYPE") ? "XML_DOCTYPE_NOT_ALLOWED" : "XML_MALFORMED";
		}
		catch (IOException ex) {
			return "XML_MALFORMED";
		}
	}

	static String message(String code) {
		return switch (code) {
			case "XML_DOCTYPE_NOT_ALLOWED" -> "文件含有文档类型声明（DOCTYPE），出于安全原因不予接受";
			default -> "文件不是格式正确的 XML";
		};
	}

	private static String firstLine(String text) {
		if (text == null) {
			return "";
		}
		int newline = text.indexOf('\n');
		String line = newline < 0 ? text : text.substring(0, newline);
		return line.length() > 300 ? line.substring(0, 300) : line;
	}

}
