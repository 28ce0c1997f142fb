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
import org.xml.sax.SAXException;

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
		String unsafe = unsafeXml(xml);
		if (unsafe != null) {
			return new Result(null, null, Set.of(), List.of(new ModelRules.Problem(null, unsafe, message(unsafe))));
		}
		BpmnModelInstance model;
		try {
			model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
		}
		catch (ModelException ex) {
			return new Result(null, null, Set.of(), List
				.of(new ModelRules.Problem(null, "BPMN_INVALID", "不是有效的 BPMN 2.0 模型：" + firstLine(ex.getMessage()))));
		}
		Process process = model.getModelElementsByType(Process.class)
			.stream()
			.filter(Process::isExecutable)
			.findFirst()
			.orElse(null);
		return new Result(process == null ? null : process.getId(), process == null ? null : process.getName(),
				ModelRules.formsOf(model), ModelRules.check(model, forms, beans, decisions));
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

	/** The bean names the model uses; see {@link ModelRules#beansOf}. */
	public static Set<String> beansOf(byte[] xml) {
		return ModelRules.beansOf(Bpmn.readModelFromStream(new ByteArrayInputStream(xml)));
	}

	/** A code when the bytes are not plain, well-formed XML without a DOCTYPE. */
	static String unsafeXml(byte[] xml) {
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
			builder.parse(new ByteArrayInputStream(xml));
			return null;
		}
		catch (SAXException ex) {
			String text = String.valueOf(ex.getMessage());
			return text.contains("DOCTYPE") ? "XML_DOCTYPE_NOT_ALLOWED" : "XML_MALFORMED";
		}
		catch (ParserConfigurationException | IOException ex) {
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
