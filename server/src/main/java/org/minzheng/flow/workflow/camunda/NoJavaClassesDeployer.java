package org.minzheng.flow.workflow.camunda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.minzheng.flow.processes.model.ModelSafety;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Defence in depth at deployment: a BPMN resource that names a Java class for the engine
 * to instantiate ({@code camunda:class} on a task, a message event or a listener,
 * {@code camunda:variableMappingClass}, {@code camunda:formHandlerClass}) is refused
 * whoever deploys it, through the console or straight through the engine's API. Classes
 * are not expressions, so the {@link GuardedExpressionManager} never sees them; without
 * this, a model deployed another way could make the engine create and run any delegate
 * class on the classpath. (Scripts are refused at run time by {@link NoScriptEngines};
 * the console's check refuses all of these, and more, before anything is deployed.)
 */
class NoJavaClassesDeployer implements Deployer {

	/** Attributes through which the engine instantiates a class by name. */
	static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass", "formHandlerClass");

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (deployment.getResources() == null) {
			return;
		}
		for (ResourceEntity resource : deployment.getResources().values()) {
			String name = resource.getName();
			if (name != null && (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml"))
					&& resource.getBytes() != null) {
				List<String> found = classReferences(resource.getBytes());
				if (!found.isEmpty()) {
					throw new ProcessEngineException("Refused: " + name + " names Java classes for the engine to run ("
							+ String.join(", ", found) + "); a process model may only name registered beans");
				}
			}
		}
	}

	/**
	 * Where a model names a class: {@code elementId@attribute}, in document order (empty
	 * when it names none, or when it is not readable XML, which the engine's parser then
	 * refuses itself).
	 */
	static List<String> classReferences(byte[] xml) {
		List<String> found = new ArrayList<>();
		Element root;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setNamespaceAware(true);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			root = builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			return found;
		}
		Deque<Element> pending = new ArrayDeque<>();
		pending.push(root);
		while (!pending.isEmpty()) {
			Element element = pending.pop();
			boolean camundaElement = ModelSafety.CAMUNDA.equals(element.getNamespaceURI());
			NamedNodeMap attributes = element.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				Attr attribute = (Attr) attributes.item(i);
				String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
				boolean camunda = ModelSafety.CAMUNDA.equals(attribute.getNamespaceURI())
						|| (camundaElement && attribute.getNamespaceURI() == null);
				if (camunda && CLASS_ATTRIBUTES.contains(local)) {
					found.add(owner(element) + "@" + attribute.getName());
				}
			}
			for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element childElement) {
					pending.push(childElement);
				}
			}
		}
		return found;
	}

	private static String owner(Element element) {
		for (Node current = element; current instanceof Element e; current = current.getParentNode()) {
			if (e.hasAttribute("id")) {
				return e.getAttribute("id");
			}
		}
		return "?";
	}

}
