package org.minzheng.flow.processes.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribute values a model may leave out because they are the default: the BPMN 2.0
 * schema's ({@code Semantic.xsd}, as bpmn-moddle declares them) and the Camunda
 * extension's (camunda-bpmn-moddle, and the engine's reading of a missing attribute). A
 * modeler that writes {@code cancelActivity="true"} and one that drops it say the same.
 * Attributes without a default the engine agrees on ({@code isExecutable},
 * {@code isImmediate}, {@code camunda:formRefBinding}) are not listed: leaving them out
 * may change what the engine does.
 */
final class DefaultAttributes {

	private DefaultAttributes() {
	}

	private static final List<String> ACTIVITIES = List.of("task", "userTask", "serviceTask", "sendTask", "receiveTask",
			"scriptTask", "manualTask", "businessRuleTask", "callActivity", "subProcess", "adHocSubProcess",
			"transaction");

	private static final List<String> EVENTS = List.of("startEvent", "endEvent", "intermediateCatchEvent",
			"intermediateThrowEvent", "boundaryEvent", "implicitThrowEvent");

	private static final List<String> GATEWAYS = List.of("exclusiveGateway", "inclusiveGateway", "parallelGateway",
			"complexGateway", "eventBasedGateway");

	/** Default value by element (as {@link CanonicalModel} names it) and attribute. */
	private static final Map<String, Map<String, String>> DEFAULTS = new HashMap<>();

	static {
		for (String activity : ACTIVITIES) {
			put(activity, "isForCompensation", "false");
			put(activity, "startQuantity", "1");
			put(activity, "completionQuantity", "1");
		}
		// camunda:AsyncCapable extends bpmn:Activity, bpmn:Gateway and bpmn:Event
		for (List<String> nodes : List.of(ACTIVITIES, EVENTS, GATEWAYS)) {
			for (String node : nodes) {
				put(node, "camunda:async", "false");
				put(node, "camunda:asyncBefore", "false");
				put(node, "camunda:asyncAfter", "false");
				put(node, "camunda:exclusive", "true");
			}
		}
		for (String gateway : GATEWAYS) {
			put(gateway, "gatewayDirection", "Unspecified");
		}
		for (String catchEvent : List.of("startEvent", "intermediateCatchEvent", "boundaryEvent")) {
			put(catchEvent, "parallelMultiple", "false");
		}
		put("startEvent", "isInterrupting", "true");
		put("boundaryEvent", "cancelActivity", "true");
		for (String container : List.of("subProcess", "adHocSubProcess", "transaction")) {
			put(container, "triggeredByEvent", "false");
		}
		put("transaction", "method", "##Compensate");
		put("adHocSubProcess", "cancelRemainingInstances", "true");
		for (String task : List.of("serviceTask", "sendTask", "receiveTask")) {
			put(task, "implementation", "##WebService");
		}
		put("userTask", "implementation", "##unspecified");
		put("businessRuleTask", "implementation", "##unspecified");
		put("receiveTask", "instantiate", "false");
		put("eventBasedGateway", "instantiate", "false");
		put("eventBasedGateway", "eventGatewayType", "Exclusive");
		put("callActivity", "camunda:calledElementBinding", "latest");
		put("callActivity", "camunda:caseBinding", "latest");
		put("businessRuleTask", "camunda:decisionRefBinding", "latest");
		put("businessRuleTask", "camunda:mapDecisionResult", "resultList");
		put("process", "processType", "None");
		put("process", "isClosed", "false");
		put("process", "camunda:isStartableInTasklist", "true");
		put("collaboration", "isClosed", "false");
		put("multiInstanceLoopCharacteristics", "isSequential", "false");
		put("multiInstanceLoopCharacteristics", "behavior", "All");
		put("standardLoopCharacteristics", "testBefore", "false");
		put("compensateEventDefinition", "waitForCompletion", "true");
		put("signalEventDefinition", "camunda:async", "false");
		for (String data : List.of("dataObject", "dataInput", "dataOutput", "itemDefinition")) {
			put(data, "isCollection", "false");
		}
		put("itemDefinition", "itemKind", "Information");
		put("dataStore", "isUnlimited", "true");
		put("documentation", "textFormat", "text/plain");
		put("textAnnotation", "textFormat", "text/plain");
		put("association", "associationDirection", "None");
		put("participantMultiplicity", "minimum", "0");
		put("participantMultiplicity", "maximum", "1");
		put("extension", "mustUnderstand", "false");
		put("definitions", "expressionLanguage", "http://www.w3.org/1999/XPath");
		put("definitions", "typeLanguage", "http://www.w3.org/2001/XMLSchema");
		put("camunda:in", "local", "false");
		put("camunda:out", "local", "false");
	}

	private static void put(String element, String attribute, String value) {
		DEFAULTS.computeIfAbsent(element, e -> new HashMap<>()).put(attribute, value);
	}

	/**
	 * Whether the attribute holds its default (booleans in any of the schema's spellings:
	 * {@code true}/{@code 1}, {@code false}/{@code 0}).
	 */
	static boolean isDefault(String element, String attribute, String value) {
		String fallback = DEFAULTS.getOrDefault(element, Map.of()).get(attribute);
		if (fallback == null) {
			return false;
		}
		String given = value.strip();
		if ("true".equals(fallback) || "false".equals(fallback)) {
			given = "1".equals(given) ? "true" : "0".equals(given) ? "false" : given;
		}
		return fallback.equals(given);
	}

}
