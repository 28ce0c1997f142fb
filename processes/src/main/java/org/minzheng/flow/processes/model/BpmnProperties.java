package org.minzheng.flow.processes.model;

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

}
