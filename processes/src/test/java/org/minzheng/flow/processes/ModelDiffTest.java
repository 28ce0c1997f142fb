package org.minzheng.flow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.processes.model.ModelDiff;
import org.minzheng.flow.processes.model.ModelDiff.Change;
import org.minzheng.flow.processes.model.ModelDiff.Diff;
import org.minzheng.flow.processes.model.ModelDiff.Field;
import org.minzheng.flow.processes.model.ModelDiff.Kind;

/**
 * What the four-eyes reviewer is shown: each edit that changes what the engine does
 * appears at its element with its old and new value; what changes nothing (defaults
 * written out or left out, namespace prefixes, attribute order, whitespace, the modeler's
 * metadata) does not, and diagram moves are listed apart as layout.
 */
class ModelDiffTest {

	static final String AID = read(AidApplicationProcess.RESOURCE);

	static final String PROCESS = AidApplicationProcess.PROCESS_KEY;

	@Test
	void everyShippedModelComparedWithItselfIsEmpty() {
		for (String model : ModelConventionsTest.models()) {
			String xml = read(model);
			Diff diff = ModelDiff.between(xml, xml);
			assertThat(diff.empty()).as(model).isTrue();
			assertThat(diff.changes()).as(model).isEmpty();
			assertThat(diff.layout()).as(model).isEmpty();
		}
	}

	@Test
	void everyShippedModelWrittenAgainByTheEnginesModelApiIsEmpty() {
		for (String model : ModelConventionsTest.models()) {
			String xml = read(model);
			ByteArrayOutputStream written = new ByteArrayOutputStream();
			Bpmn.writeModelToStream(written,
					Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
			Diff diff = ModelDiff.between(xml, written.toString(StandardCharsets.UTF_8));
			assertThat(diff.changes()).as(model).isEmpty();
			assertThat(diff.layout()).as(model).isEmpty();
		}
	}

	@Test
	void withoutAnEarlierVersionEverythingIsAdded() {
		Diff diff = ModelDiff.between(null, AID);

		assertThat(diff.removed()).isEmpty();
		assertThat(diff.changed()).isEmpty();
		assertThat(diff.layout()).isEmpty();
		assertThat(diff.added()).extracting(ModelDiff.Element::id)
			.contains(PROCESS, AidApplicationProcess.TASK_ACCEPTANCE_CHECK, "Message_SupplementReceived",
					"Flow_IntakeElsewhere");
		assertThat(diff.changes()).allMatch(change -> change.kind() == Kind.ADDED);
		assertField(diff, PROCESS, "camunda:historyTimeToLive", null, "180");
		assertField(diff, "Flow_IntakeElsewhere", "conditionExpression", null,
				"${intakeStreetCode != competentStreetCode}");
	}

	@Test
	void theProcessItselfIsOneEntryWithItsAttributesAndExtensions() {
		String edited = once(AID, "name=\"社会救助审批（低保/特困）\"", "name=\"社会救助审批\"");
		edited = once(edited, "camunda:historyTimeToLive=\"180\"", "camunda:historyTimeToLive=\"1\"");
		edited = once(edited, "camunda:versionTag=\"2026.1\"",
				"camunda:versionTag=\"2026.2\" camunda:candidateStarterGroups=\"aid-clerk@440308\"");
		edited = once(edited, "<camunda:property name=\"totalLimitWorkingDays\" value=\"30\" />",
				"<camunda:property name=\"totalLimitWorkingDays\" value=\"20\" />");

		Diff diff = ModelDiff.between(AID, edited);

		assertThat(diff.changed()).extracting(ModelDiff.Element::id).containsExactly(PROCESS);
		Change process = change(diff, PROCESS);
		assertThat(process.elementType()).isEqualTo("process");
		assertThat(process.kind()).isEqualTo(Kind.CHANGED);
		assertField(diff, PROCESS, "name", "社会救助审批（低保/特困）", "社会救助审批");
		assertField(diff, PROCESS, "camunda:historyTimeToLive", "180", "1");
		assertField(diff, PROCESS, "camunda:versionTag", "2026.1", "2026.2");
		assertField(diff, PROCESS, "camunda:candidateStarterGroups", null, "aid-clerk@440308");
		assertField(diff, PROCESS, "extensionElements/camunda:properties/camunda:property[totalLimitWorkingDays]", "30",
				"20");
		assertThat(process.fields()).hasSize(5);
	}

	@Test
	void aRenamedMessageShowsAtTheMessageAndAtTheTaskWaitingForIt() {
		String edited = once(AID, "name=\"AidSupplementReceived\"", "name=\"AidSupplementArrived\"");

		Diff diff = ModelDiff.between(AID, edited);

		assertThat(diff.changed()).extracting(ModelDiff.Element::id)
			.containsExactlyInAnyOrder("Message_SupplementReceived", "ReceiveTask_AwaitSupplement");
		assertField(diff, "Message_SupplementReceived", "name", "AidSupplementReceived", "AidSupplementArrived");
		assertField(diff, "ReceiveTask_AwaitSupplement", "messageRef",
				"Message_SupplementReceived (name=AidSupplementReceived)",
				"Message_SupplementReceived (name=AidSupplementArrived)");
	}

	@Test
	void theMessageATaskWaitsForAndAnEventsMessage() {
		String edited = once(AID, "messageRef=\"Message_SupplementReceived\"",
				"messageRef=\"Message_ObjectionRaised\"");
		edited = once(edited, "id=\"MessageEventDefinition_ObjectionRaised\" messageRef=\"Message_ObjectionRaised\"",
				"id=\"MessageEventDefinition_ObjectionRaised\" messageRef=\"Message_EconomicCheckCompleted\"");

		Diff diff = ModelDiff.between(AID, edited);

		assertField(diff, "ReceiveTask_AwaitSupplement", "messageRef",
				"Message_SupplementReceived (name=AidSupplementReceived)",
				"Message_ObjectionRaised (name=AidObjectionRaised)");
		assertField(diff, "IntermediateCatchEvent_ObjectionRaised", "messageEventDefinition@messageRef",
				"Message_ObjectionRaised (name=AidObjectionRaised)",
				"Message_EconomicCheckCompleted (name=AidEconomicCheckCompleted)");
	}

	@Test
	void signalsErrorsAndEscalationsByTheirNameAndCode() {
		String roots = "<bpmn:signal id=\"Signal_Recall\" name=\"AidRecall\" />"
				+ "<bpmn:error id=\"Error_Refused\" name=\"拒绝\" errorCode=\"REFUSED\" />"
				+ "<bpmn:escalation id=\"Escalation_Late\" name=\"超期\" escalationCode=\"LATE\" />";
		String throwing = "<bpmn:intermediateThrowEvent id=\"IntermediateThrowEvent_Recall\" name=\"撤回\">"
				+ "<bpmn:signalEventDefinition id=\"SignalEventDefinition_Recall\" signalRef=\"Signal_Recall\" />"
				+ "</bpmn:intermediateThrowEvent>";
		String older = addToProcess(addRootElements(AID, roots), throwing);
		String newer = once(older, "name=\"AidRecall\"", "name=\"AidWithdrawn\"");
		newer = once(newer, "errorCode=\"REFUSED\"", "errorCode=\"DECLINED\"");
		newer = once(newer, "escalationCode=\"LATE\"", "escalationCode=\"OVERDUE\"");

		Diff diff = ModelDiff.between(older, newer);

		assertField(diff, "Signal_Recall", "name", "AidRecall", "AidWithdrawn");
		assertField(diff, "Error_Refused", "errorCode", "REFUSED", "DECLINED");
		assertField(diff, "Escalation_Late", "escalationCode", "LATE", "OVERDUE");
		assertField(diff, "IntermediateThrowEvent_Recall", "signalEventDefinition@signalRef",
				"Signal_Recall (name=AidRecall)", "Signal_Recall (name=AidWithdrawn)");
		assertThat(change(diff, "Error_Refused").elementType()).isEqualTo("error");

		Diff removed = ModelDiff.between(older, AID);
		assertThat(removed.removed()).extracting(ModelDiff.Element::id)
			.containsExactlyInAnyOrder("Signal_Recall", "Error_Refused", "Escalation_Late",
					"IntermediateThrowEvent_Recall");
		assertField(removed, "Error_Refused", "errorCode", "REFUSED", null);
	}

	@Test
	void aTimerItsExpressionAndItsKind() {
		String timer = "<bpmn:timerEventDefinition id=\"TimerEventDefinition_HandOverOverdue\">\n"
				+ "        <bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${sla.due(execution)}</bpmn:timeDate>";
		String duration = once(AID, timer, "<bpmn:timerEventDefinition id=\"TimerEventDefinition_HandOverOverdue\">"
				+ "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P3D</bpmn:timeDuration>");
		String cycle = once(read("bpmn/cemetery/cemetery-campaign-schedule.bpmn"), "'cemetery-campaign', '09:00')}<",
				"'cemetery-campaign', '08:30')}<");

		Diff diff = ModelDiff.between(AID, duration);

		assertThat(diff.changed()).extracting(ModelDiff.Element::id).containsExactly("BoundaryEvent_HandOverOverdue");
		assertField(diff, "BoundaryEvent_HandOverOverdue", "timerEventDefinition/timeDuration", null, "P3D");
		assertField(diff, "BoundaryEvent_HandOverOverdue", "timerEventDefinition/timeDate", "${sla.due(execution)}",
				null);
		assertThat(field(ModelDiff.between(read("bpmn/cemetery/cemetery-campaign-schedule.bpmn"), cycle),
				"StartEvent_BeforeQingming", "timerEventDefinition/timeCycle"))
			.isEqualTo(new Field("timerEventDefinition/timeCycle",
					"${workingDaySchedule.yearly('cemetery-campaign', '09:00')}",
					"${workingDaySchedule.yearly('cemetery-campaign', '08:30')}"));
	}

	@Test
	void extensionPropertiesInputParametersAndListeners() {
		String edited = once(AID, "<camunda:property name=\"slaWorkingDays\" value=\"1\" />",
				"<camunda:property name=\"slaWorkingDays\" value=\"3\" />");
		edited = once(edited, ">Task_HandOver</camunda:inputParameter>",
				">Task_HandOverReceipt</camunda:inputParameter>");
		// a listener removed from one end event, one added to another
		String notAccepted = "<bpmn:endEvent id=\"EndEvent_NotAccepted\" name=\"不予受理\">\n"
				+ "      <bpmn:extensionElements>\n"
				+ "        <camunda:executionListener delegateExpression=\"${aidCaseClosedListener}\" event=\"end\" />";
		edited = once(edited, notAccepted, notAccepted
				+ "<camunda:executionListener delegateExpression=\"${aidAuditListener}\" event=\"start\" />");
		edited = once(edited, "<bpmn:endEvent id=\"EndEvent_SupplementExpired\" name=\"逾期未补正\">\n"
				+ "      <bpmn:extensionElements>\n"
				+ "        <camunda:executionListener delegateExpression=\"${aidCaseClosedListener}\" event=\"end\" />\n",
				"<bpmn:endEvent id=\"EndEvent_SupplementExpired\" name=\"逾期未补正\">\n"
						+ "      <bpmn:extensionElements>\n");

		Diff diff = ModelDiff.between(AID, edited);

		assertField(diff, "Task_HandOver", "extensionElements/camunda:properties/camunda:property[slaWorkingDays]", "1",
				"3");
		assertField(diff, "ServiceTask_EscalateHandOver",
				"extensionElements/camunda:inputOutput/camunda:inputParameter[overdueTaskKey]", "Task_HandOver",
				"Task_HandOverReceipt");
		assertField(diff, "EndEvent_NotAccepted",
				"extensionElements/camunda:executionListener[start]@delegateExpression", null, "${aidAuditListener}");
		assertThat(change(diff, "EndEvent_NotAccepted").fields()).hasSize(1);
		assertField(diff, "EndEvent_SupplementExpired",
				"extensionElements/camunda:executionListener[end]@delegateExpression", "${aidCaseClosedListener}",
				null);
		assertThat(diff.changed()).extracting(ModelDiff.Element::id)
			.containsExactlyInAnyOrder("Task_HandOver", "ServiceTask_EscalateHandOver", "EndEvent_NotAccepted",
					"EndEvent_SupplementExpired");
	}

	@Test
	void anEnglishNameChangeIsListedWithItsOldAndNewValue() {
		String edited = once(AID, "<camunda:property name=\"name@en\" value=\"Street review\" />",
				"<camunda:property name=\"name@en\" value=\"Street check\" />");

		Diff diff = ModelDiff.between(AID, edited);

		assertField(diff, "Task_StreetReview", "extensionElements/camunda:properties/camunda:property[name@en]",
				"Street review", "Street check");
		assertThat(diff.changed()).extracting(ModelDiff.Element::id).containsExactly("Task_StreetReview");
	}

	@Test
	void formsDecisionsConditionsAssignmentAndDocumentation() {
		String ruleTask = "<bpmn:businessRuleTask id=\"BusinessRuleTask_Priority\" name=\"办理优先级\" "
				+ "camunda:decisionRef=\"Decision_AidPriority\" camunda:resultVariable=\"priority\" "
				+ "camunda:mapDecisionResult=\"singleEntry\" />";
		String older = addToProcess(AID, ruleTask);
		String newer = once(older, "camunda:decisionRef=\"Decision_AidPriority\"",
				"camunda:decisionRef=\"Decision_AidPriority2\"");
		newer = once(newer, "camunda:formRef=\"aid-hand-over\"", "camunda:formRef=\"aid-hand-over-2\"");
		newer = once(newer, "${intakeStreetCode != competentStreetCode}", "${true}");
		newer = once(newer, "camunda:assignee=\"${panelist}\" camunda:candidateGroups=\"${approverGroup}\"",
				"camunda:assignee=\"${panelist}\" camunda:candidateGroups=\"aid-approver\"");
		newer = once(newer, "or the first member to act (或签).</bpmn:documentation>",
				"or the first member to act.</bpmn:documentation>");

		Diff diff = ModelDiff.between(older, newer);

		assertField(diff, "BusinessRuleTask_Priority", "camunda:decisionRef", "Decision_AidPriority",
				"Decision_AidPriority2");
		assertField(diff, "Task_HandOver", "camunda:formRef", "aid-hand-over", "aid-hand-over-2");
		assertField(diff, "Flow_IntakeElsewhere", "conditionExpression", "${intakeStreetCode != competentStreetCode}",
				"${true}");
		assertField(diff, AidApplicationProcess.TASK_APPROVAL, "camunda:candidateGroups", "${approverGroup}",
				"aid-approver");
		assertThat(field(diff, AidApplicationProcess.TASK_APPROVAL, "documentation").after())
			.endsWith("or the first member to act.");
		assertThat(diff.added()).isEmpty();
		assertThat(diff.removed()).isEmpty();
	}

	@Test
	void addedRemovedRetypedAndMovedIntoASubProcess() {
		String older = addToProcess(AID,
				"<bpmn:subProcess id=\"SubProcess_Checks\" name=\"核查\">"
						+ "<bpmn:manualTask id=\"Task_PhoneCall\" name=\"电话核实\" /></bpmn:subProcess>"
						+ "<bpmn:manualTask id=\"Task_Visit\" name=\"走访\" />");
		String newer = once(older,
				"<bpmn:subProcess id=\"SubProcess_Checks\" name=\"核查\">"
						+ "<bpmn:manualTask id=\"Task_PhoneCall\" name=\"电话核实\" /></bpmn:subProcess>"
						+ "<bpmn:manualTask id=\"Task_Visit\" name=\"走访\" />",
				"<bpmn:subProcess id=\"SubProcess_Checks\" name=\"核查\">"
						+ "<bpmn:userTask id=\"Task_PhoneCall\" name=\"电话核实\" />"
						+ "<bpmn:manualTask id=\"Task_Visit\" name=\"走访\" /></bpmn:subProcess>"
						+ "<bpmn:manualTask id=\"Task_Letter\" name=\"发函\" />");
		newer = newer.replaceAll("(?s)<bpmn:receiveTask id=\"ReceiveTask_AwaitSupplement\".*?</bpmn:receiveTask>", "");

		Diff diff = ModelDiff.between(older, newer);

		assertField(diff, "Task_PhoneCall", "type", "manualTask", "userTask");
		assertField(diff, "Task_Visit", "parent", null, "SubProcess_Checks");
		assertThat(diff.added()).extracting(ModelDiff.Element::id).containsExactly("Task_Letter");
		assertThat(change(diff, "Task_Letter").fields()).containsExactly(new Field("name", null, "发函"));
		assertThat(diff.removed()).extracting(ModelDiff.Element::id).containsExactly("ReceiveTask_AwaitSupplement");
		assertField(diff, "ReceiveTask_AwaitSupplement",
				"extensionElements/camunda:properties/camunda:property[slaWorkingDays]", "10", null);
		assertThat(diff.changed()).extracting(ModelDiff.Element::id)
			.containsExactlyInAnyOrder("Task_PhoneCall", "Task_Visit");
	}

	@Test
	void defaultValuesWrittenOutOrLeftOutChangeNothing() {
		String explicit = once(AID, "<bpmn:boundaryEvent id=\"BoundaryEvent_SupplementExpired\" name=\"补正期满\"",
				"<bpmn:boundaryEvent id=\"BoundaryEvent_SupplementExpired\" name=\"补正期满\" cancelActivity=\"true\" parallelMultiple=\"false\" camunda:asyncBefore=\"false\"");
		explicit = once(explicit, "camunda:versionTag=\"2026.1\"",
				"camunda:versionTag=\"2026.1\" isClosed=\"false\" processType=\"None\" camunda:isStartableInTasklist=\"true\"");
		explicit = explicit.replace("camunda:asyncBefore=\"true\"",
				"camunda:asyncBefore=\"true\" camunda:exclusive=\"true\" implementation=\"##WebService\" startQuantity=\"1\" completionQuantity=\"1\" isForCompensation=\"false\"")
			.replace("<bpmn:exclusiveGateway id=\"Gateway_IntakeJoin\"",
					"<bpmn:exclusiveGateway gatewayDirection=\"Unspecified\" id=\"Gateway_IntakeJoin\"")
			.replace("<bpmn:startEvent id=\"StartEvent_ApplicationReceived\"",
					"<bpmn:startEvent isInterrupting=\"true\" id=\"StartEvent_ApplicationReceived\"")
			.replace("<bpmn:documentation>", "<bpmn:documentation textFormat=\"text/plain\">")
			.replace("<bpmn:multiInstanceLoopCharacteristics ",
					"<bpmn:multiInstanceLoopCharacteristics isSequential=\"false\" behavior=\"All\" ")
			.replace("<bpmn:receiveTask id=\"ReceiveTask_AwaitSupplement\"",
					"<bpmn:receiveTask instantiate=\"0\" id=\"ReceiveTask_AwaitSupplement\"");

		Diff diff = ModelDiff.between(AID, explicit);

		assertThat(diff.changes()).isEmpty();
		assertThat(diff.empty()).isTrue();
		// as bpmn-js writes it: the interrupting default dropped
		assertThat(ModelDiff.between(explicit, explicit.replace(" cancelActivity=\"true\"", "")).changes()).isEmpty();
		// but a non-default value left out is a change
		Diff interrupting = ModelDiff.between(AID,
				once(AID, "name=\"超期\" cancelActivity=\"false\" attachedToRef=\"Task_HandOver\"",
						"name=\"超期\" attachedToRef=\"Task_HandOver\""));
		assertField(interrupting, "BoundaryEvent_HandOverOverdue", "cancelActivity", "false", null);
	}

	@Test
	void prefixesAttributeOrderWhitespaceCommentsAndMetadataChangeNothing() {
		String bpmn2 = AID.replace("xmlns:bpmn=", "xmlns:bpmn2=").replace("bpmn:", "bpmn2:");
		assertThat(bpmn2).doesNotContain("<bpmn:").contains("xsi:type=\"bpmn2:tFormalExpression\"");
		String defaultNamespace = AID.replace("xmlns:bpmn=", "xmlns=")
			.replace("<bpmn:", "<")
			.replace("</bpmn:", "</")
			.replace("\"bpmn:tFormalExpression\"", "\"tFormalExpression\"");
		String reordered = reverseAttributes(AID);
		assertThat(reordered).isNotEqualTo(AID);
		String reformatted = AID.replaceAll(">\\s+<", "><")
			.replace(">${sla.due(execution)}<", ">\n        ${sla.due(execution)}\n      <")
			.replace("<bpmn:process ", "<!-- reviewed -->\n<bpmn:process ")
			.replace("\n", "\r\n");
		String metadata = AID
			.replace("exporter=\"MinZheng Flow\" exporterVersion=\"0.1.0\"",
					"exporter=\"Camunda Modeler\" exporterVersion=\"5.40.0\"")
			.replace("modeler:executionPlatformVersion=\"7.24.0\"", "modeler:executionPlatformVersion=\"7.23.0\"");
		// a condition whose xsi:type names the BPMN namespace through a prefix of its own
		String localPrefix = once(AID,
				"<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${intakeStreetCode != competentStreetCode}",
				"<bpmn:conditionExpression xmlns:b=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xsi:type=\"b:tFormalExpression\">${intakeStreetCode != competentStreetCode}");

		for (String same : List.of(bpmn2, defaultNamespace, reordered, reformatted, metadata, localPrefix)) {
			Diff diff = ModelDiff.between(AID, same);
			assertThat(diff.changes()).isEmpty();
			assertThat(diff.layout()).isEmpty();
			assertThat(diff.empty()).isTrue();
		}
		// the type itself still counts
		assertField(ModelDiff.between(AID, localPrefix.replace("b:tFormalExpression", "b:tExpression")),
				"Flow_IntakeElsewhere", "conditionExpression@xsi:type", "bpmn:tFormalExpression", "bpmn:tExpression");
	}

	@Test
	void diagramMovesAreLayoutOnly() {
		String moved = once(AID,
				"<bpmndi:BPMNShape id=\"Task_HandOver_di\" bpmnElement=\"Task_HandOver\">\n        <dc:Bounds x=\"350\"",
				"<bpmndi:BPMNShape id=\"Task_HandOver_di\" bpmnElement=\"Task_HandOver\">\n        <dc:Bounds x=\"360.0\"");
		moved = once(moved,
				"<di:waypoint x=\"350\" y=\"400\" />\n        <bpmndi:BPMNLabel><dc:Bounds x=\"300\" y=\"382\"",
				"<di:waypoint x=\"360\" y=\"400\" />\n        <bpmndi:BPMNLabel><dc:Bounds x=\"310\" y=\"382\"");
		String sameCoordinates = once(AID, "bpmnElement=\"Task_HandOver\">\n        <dc:Bounds x=\"350\"",
				"bpmnElement=\"Task_HandOver\">\n        <dc:Bounds x=\"350.00\"");

		Diff diff = ModelDiff.between(AID, moved);

		assertThat(diff.empty()).isTrue();
		assertThat(diff.changes()).isEmpty();
		assertThat(diff.layout()).containsExactly("Task_HandOver", "Flow_IntakeElsewhere");
		assertThat(ModelDiff.between(AID, sameCoordinates).layout()).isEmpty();
		// a moved element that also changed is both
		Diff both = ModelDiff.between(AID, moved.replace("name=\"移交接收\"", "name=\"移交\""));
		assertThat(both.changed()).extracting(ModelDiff.Element::id).containsExactly("Task_HandOver");
		assertThat(both.layout()).contains("Task_HandOver");
	}

	@Test
	void longValuesAreCutWhereTheyDiffer() {
		String older = "a".repeat(3000) + "OLD" + "b".repeat(3000);
		String newer = "a".repeat(3000) + "NEW" + "b".repeat(3000);
		String documented = "<bpmn:documentation>最低生活保障（低保）与特困人员供养的申请、审核、公示、审批。办理时限按工作日计，期限为流程版本的配置（各任务的 slaWorkingDays 属性）。</bpmn:documentation>";

		Field field = field(
				ModelDiff.between(once(AID, documented, "<bpmn:documentation>" + older + "</bpmn:documentation>"),
						once(AID, documented, "<bpmn:documentation>" + newer + "</bpmn:documentation>")),
				PROCESS, "documentation");

		assertThat(field.before()).startsWith("…").endsWith("…").contains("OLD").hasSizeLessThan(310);
		assertThat(field.after()).startsWith("…").endsWith("…").contains("NEW").hasSizeLessThan(310);
	}

	@Test
	void deepDocumentsAreRefusedNotRecursedInto() {
		int depth = 100_000;
		String deep = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
				+ "<bpmn:process id=\"P\"><bpmn:extensionElements>" + "<x>".repeat(depth) + "</x>".repeat(depth)
				+ "</bpmn:extensionElements></bpmn:process></bpmn:definitions>";

		assertThatThrownBy(() -> ModelDiff.between(null, deep)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ModelDiff.between(deep, AID)).isInstanceOf(IllegalArgumentException.class);

		// nesting within the limit is compared to the leaf
		String nested = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
				+ "<bpmn:process id=\"P\"><bpmn:extensionElements>" + "<x>".repeat(300) + "%s" + "</x>".repeat(300)
				+ "</bpmn:extensionElements></bpmn:process></bpmn:definitions>";
		Diff diff = ModelDiff.between(nested.formatted("1"), nested.formatted("2"));
		assertThat(change(diff, "P").fields()).singleElement().satisfies(field -> {
			assertThat(field.before()).isEqualTo("1");
			assertThat(field.after()).isEqualTo("2");
		});
	}

	@Test
	void unreadableModelsAreRefused() {
		assertThatThrownBy(() -> ModelDiff.between(AID, "<bpmn:definitions"))
			.isInstanceOf(IllegalArgumentException.class);
		String doctype = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x \"y\">]>"
				+ AID.substring(AID.indexOf("<bpmn:definitions"));
		assertThatThrownBy(() -> ModelDiff.between(AID, doctype)).isInstanceOf(IllegalArgumentException.class);
	}

	private static Change change(Diff diff, String elementId) {
		return diff.changes()
			.stream()
			.filter(change -> change.elementId().equals(elementId))
			.findFirst()
			.orElseThrow(() -> new AssertionError(elementId + " not among the changes: " + diff.changes()));
	}

	private static Field field(Diff diff, String elementId, String path) {
		return change(diff, elementId).fields()
			.stream()
			.filter(field -> field.path().equals(path))
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					path + " not among the fields of " + elementId + ": " + change(diff, elementId).fields()));
	}

	private static void assertField(Diff diff, String elementId, String path, String before, String after) {
		assertThat(field(diff, elementId, path)).isEqualTo(new Field(path, before, after));
	}

	/** Replaces text that must occur exactly once (so an edit cannot miss silently). */
	private static String once(String xml, String target, String replacement) {
		int at = xml.indexOf(target);
		assertThat(at).as("occurs: " + target).isNotNegative();
		assertThat(xml.indexOf(target, at + 1)).as("occurs once: " + target).isNegative();
		return xml.substring(0, at) + replacement + xml.substring(at + target.length());
	}

	private static String addToProcess(String xml, String elements) {
		return once(xml, "</bpmn:process>", elements + "</bpmn:process>");
	}

	private static String addRootElements(String xml, String elements) {
		return once(xml, "</bpmn:process>", "</bpmn:process>" + elements);
	}

	/** Every start tag with its attributes in the opposite order. */
	private static String reverseAttributes(String xml) {
		Matcher tag = Pattern.compile("<([\\w:]+)((?:\\s+[\\w:.-]+=\"[^\"]*\")+)(\\s*/?>)").matcher(xml);
		Pattern attribute = Pattern.compile("[\\w:.-]+=\"[^\"]*\"");
		StringBuilder out = new StringBuilder();
		while (tag.find()) {
			List<String> attributes = new ArrayList<>();
			attribute.matcher(tag.group(2)).results().forEach(match -> attributes.add(match.group()));
			Collections.reverse(attributes);
			tag.appendReplacement(out,
					Matcher.quoteReplacement("<" + tag.group(1) + " " + String.join(" ", attributes) + tag.group(3)));
		}
		tag.appendTail(out);
		return out.toString();
	}

	static String read(String resource) {
		try (InputStream in = ClasspathFiles.open(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
