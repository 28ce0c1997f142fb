package org.minzheng.flow.calendar.process;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Adds {@code camunda:property} extension elements to a model built with the fluent API
 * (which has no builder).
 */
final class SlaModels {

	private SlaModels() {
	}

	static BpmnModelInstance property(BpmnModelInstance model, String elementId, String name, String value) {
		BaseElement element = model.getModelElementById(elementId);
		ExtensionElements extensions = element.getExtensionElements();
		if (extensions == null) {
			extensions = model.newInstance(ExtensionElements.class);
			element.setExtensionElements(extensions);
		}
		CamundaProperties properties = extensions.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		if (properties == null) {
			properties = extensions.addExtensionElement(CamundaProperties.class);
		}
		CamundaProperty property = model.newInstance(CamundaProperty.class);
		property.setCamundaName(name);
		property.setCamundaValue(value);
		properties.addChildElement(property);
		return model;
	}

}
