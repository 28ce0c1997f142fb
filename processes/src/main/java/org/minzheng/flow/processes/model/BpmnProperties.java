package org.minzheng.flow.processes.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Reads the BPMN model: the one place outside the engine adapter that knows Camunda's
 * model API. Domain code uses the constants of
 * {@link org.minzheng.flow.processes.ProcessConventions} only.
 */
public final class BpmnProperties {

	private BpmnProperties() {
	}

	/**
	 * An extension property ({@code camunda:property}) of a BPMN element: where each
	 * process version keeps its limits. One reader for the engine adapter, the
	 * engine-level beans and the model tests.
	 * @param element the element, may be {@code null}
	 * @param name the property name
	 * @return the value of the first property of that name
	 */
	public static Optional<String> property(BaseElement element, String name) {
		if (element == null || element.getExtensionElements() == null) {
			return Optional.empty();
		}
		return element.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap(properties -> properties.getCamundaProperties().stream())
			.filter(property -> name.equals(property.getCamundaName()))
			.map(CamundaProperty::getCamundaValue)
			.findFirst();
	}

	/**
	 * Every extension property of a BPMN element, by name, in model order (the first of
	 * two properties with one name wins, as in {@link #property}).
	 * @param element the element, may be {@code null}
	 * @return the properties; empty when the element has none
	 */
	public static Map<String, String> properties(BaseElement element) {
		Map<String, String> properties = new LinkedHashMap<>();
		if (element == null || element.getExtensionElements() == null) {
			return properties;
		}
		element.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap(list -> list.getCamundaProperties().stream())
			.filter(property -> property.getCamundaName() != null)
			.forEach(property -> properties.putIfAbsent(property.getCamundaName(),
					property.getCamundaValue() == null ? "" : property.getCamundaValue()));
		return properties;
	}

}
