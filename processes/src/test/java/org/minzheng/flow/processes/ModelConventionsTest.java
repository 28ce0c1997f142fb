package org.minzheng.flow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.minzheng.flow.processes.ProcessConventions.CASE_CLOSED_LISTENER_SUFFIX;
import static org.minzheng.flow.processes.ProcessConventions.PROPERTY_NAME_EN;
import static org.minzheng.flow.processes.ProcessConventions.PROPERTY_REMOTE;
import static org.minzheng.flow.processes.ProcessConventions.PROPERTY_SLA_CALENDAR_DAYS;
import static org.minzheng.flow.processes.ProcessConventions.PROPERTY_SLA_WORKING_DAYS;
import static org.minzheng.flow.processes.ProcessConventions.SLA_DUE;
import static org.minzheng.flow.processes.ProcessConventions.VAR_OVERDUE_TASK_KEY;
import static org.minzheng.flow.processes.ProcessConventions.escalatedEndEventOf;
import static org.minzheng.flow.processes.ProcessConventions.escalationTaskOf;
import static org.minzheng.flow.processes.ProcessConventions.overdueBoundaryEventOf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.flow.processes.aid.AidApplicationProcess;

/**
 * Conventions of every process model under {@code bpmn/<feature>/} and every form under
 * {@code forms/<feature>/}; a new process is checked as soon as its file exists.
 */
class ModelConventionsTest {

	private static final String MODELS = "bpmn";

	private static final String FORMS = "forms";

	private static final String FORM_SUFFIX = ".form";

	private static final String FORM_REF_BINDING = "deployment";

	private static final Map<String, String> PREFIX_BY_TYPE = org.minzheng.flow.processes.model.ModelRules.PREFIX_BY_TYPE;

	private static final Pattern PASCAL_CASE = Pattern.compile("[A-Z][A-Za-z0-9]*");

	private static final Pattern RETRY_CYCLE = Pattern.compile("R\\d+/PT\\d+[SMH]");

	private static final ObjectMapper JSON = new ObjectMapper();

	static List<String> models() {
		return ClasspathFiles.list(MODELS, ".bpmn");
	}

	static List<String> forms() {
		return ClasspathFiles.list(FORMS, FORM_SUFFIX);
	}

	@Test
	void findsTheModelsAndTheFormsModule() {
		assertThat(models()).contains(AidApplicationProcess.RESOURCE);
		assertThat(forms()).isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void processIsExecutableWithHistoryTimeToLiveAndVersionTag(String model) {
		BpmnModelInstance bpmn = read(model);
		Collection<Process> processes = bpmn.getModelElementsByType(Process.class);
		assertThat(processes).as("processes in " + model).isNotEmpty();
		assertSoftly(softly -> processes.forEach(process -> {
			softly.assertThat(process.isExecutable()).as(process.getId() + " executable").isTrue();
			softly.assertThat(process.getId()).as("process key").matches(PASCAL_CASE + "Process");
			softly.assertThat(process.getName()).as(process.getId() + " name").isNotBlank();
			softly.assertThat(process.getCamundaHistoryTimeToLiveString())
				.as(process.getId() + " historyTimeToLive")
				.isEqualTo(String.valueOf(ProcessConventions.ENGINE_HISTORY_DAYS));
			softly.assertThat(process.getCamundaVersionTag()).as(process.getId() + " versionTag").isNotBlank();
		}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void everyNamedElementHasItsEnglishName(String model) {
		BpmnModelInstance bpmn = read(model);
		List<BaseElement> named = new ArrayList<>(bpmn.getModelElementsByType(Process.class));
		bpmn.getModelElementsByType(FlowElement.class)
			.stream()
			.filter(element -> element.getName() != null && !element.getName().isBlank())
			.forEach(named::add);
		assertThat(named).as("named elements in " + model).isNotEmpty();
		assertSoftly(softly -> named.forEach(element -> softly.assertThat(property(element, PROPERTY_NAME_EN))
			.as(element.getId() + " (" + element.getAttributeValue("name") + ") " + PROPERTY_NAME_EN)
			.hasValueSatisfying(english -> assertThat(english).isNotBlank()
				.doesNotContainPattern("\\p{IsHan}")
				.isEqualTo(english.strip()))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void idsCarryThePrefixOfTheirType(String model) {
		BpmnModelInstance bpmn = read(model);
		String messagePrefix = capitalize(featureOf(model));
		assertSoftly(softly -> {
			bpmn.getModelElementsByType(FlowNode.class).forEach(node -> {
				String type = node.getElementType().getTypeName();
				String prefix = PREFIX_BY_TYPE.get(type);
				softly.assertThat(prefix).as("a prefix for " + type + " (" + node.getId() + ")").isNotNull();
				if (prefix != null) {
					assertPrefixed(softly, node, prefix);
				}
			});
			bpmn.getModelElementsByType(SequenceFlow.class).forEach(flow -> assertPrefixed(softly, flow, "Flow_"));
			bpmn.getModelElementsByType(Message.class).forEach(message -> {
				assertPrefixed(softly, message, "Message_");
				softly.assertThat(message.getName())
					.as(message.getId() + " name (messages are global)")
					.startsWith(messagePrefix);
			});
			bpmn.getModelElementsByType(Error.class).forEach(error -> assertPrefixed(softly, error, "Error_"));
			bpmn.getModelElementsByType(Signal.class).forEach(signal -> assertPrefixed(softly, signal, "Signal_"));
			bpmn.getModelElementsByType(Escalation.class)
				.forEach(escalation -> assertPrefixed(softly, escalation, "Escalation_"));
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void elementsAreNamedAndBranchesLabelled(String model) {
		BpmnModelInstance bpmn = read(model);
		assertSoftly(softly -> {
			bpmn.getModelElementsByType(FlowNode.class)
				.stream()
				.filter(node -> !isJoiningGateway(node))
				.forEach(node -> softly.assertThat(node.getName()).as(node.getId() + " name").isNotBlank());
			bpmn.getModelElementsByType(Message.class)
				.forEach(message -> softly.assertThat(message.getName()).as(message.getId()).isNotBlank());
			bpmn.getModelElementsByType(Error.class)
				.forEach(error -> softly.assertThat(error.getName()).as(error.getId()).isNotBlank());
			bpmn.getModelElementsByType(Gateway.class)
				.stream()
				// a parallel split takes every branch: no choice to label (bpmnlint's
				// superfluous-label), and the engine ignores conditions there
				.filter(gateway -> gateway.getOutgoing().size() > 1 && !(gateway instanceof EventBasedGateway)
						&& !(gateway instanceof org.camunda.bpm.model.bpmn.instance.ParallelGateway))
				.forEach(gateway -> gateway.getOutgoing().forEach(flow -> {
					softly.assertThat(flow.getName()).as(flow.getId() + " label").isNotBlank();
					if (!flow.equals(defaultFlowOf(gateway))) {
						softly.assertThat(flow.getConditionExpression()).as(flow.getId() + " condition").isNotNull();
					}
				}));
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void userTasksUseAFormDeployedWithTheProcess(String model) {
		BpmnModelInstance bpmn = read(model);
		List<String> forms = forms();
		assertSoftly(softly -> bpmn.getModelElementsByType(UserTask.class).forEach(task -> {
			String formRef = task.getCamundaFormRef();
			softly.assertThat(task.getCamundaFormKey()).as(task.getId() + " formKey").isNull();
			softly.assertThat(formRef).as(task.getId() + " formRef").isNotBlank();
			softly.assertThat(task.getCamundaFormRefBinding())
				.as(task.getId() + " formRefBinding")
				.isEqualTo(FORM_REF_BINDING);
			String form = FORMS + "/" + featureOf(model) + "/" + formRef + FORM_SUFFIX;
			softly.assertThat(forms).as(task.getId() + " form file").contains(form);
			if (forms.contains(form)) {
				softly.assertThat(readJson(form).path("id").asText()).as(form + " id").isEqualTo(formRef);
			}
		}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void userTasksHaveCandidateGroupsAndSlaDueDate(String model) {
		BpmnModelInstance bpmn = read(model);
		Pattern group = Pattern.compile("\\$\\{\\w+}|" + featureOf(model) + "-[a-z]+@(\\$\\{\\w+}|\\d+)");
		assertSoftly(softly -> bpmn.getModelElementsByType(UserTask.class).forEach(task -> {
			String groups = task.getCamundaCandidateGroups();
			softly.assertThat(groups).as(task.getId() + " candidateGroups").isNotBlank();
			if (groups != null) {
				for (String candidateGroup : groups.split(",")) {
					softly.assertThat(candidateGroup.trim()).as(task.getId() + " candidate group").matches(group);
				}
			}
			softly.assertThat(task.getCamundaDueDate()).as(task.getId() + " dueDate").isEqualTo(SLA_DUE);
			softly.assertThat(slaDays(task))
				.as(task.getId() + " SLA property")
				.hasValueSatisfying(
						days -> softly.assertThat(days).as(task.getId() + " SLA days").matches("[1-9]\\d*"));
		}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void userTasksEscalateWhenOverdueWithoutInterruption(String model) {
		BpmnModelInstance bpmn = read(model);
		assertSoftly(softly -> userTasks(bpmn).forEach(task -> {
			BoundaryEvent overdue = bpmn.getModelElementById(overdueBoundaryEventOf(task.getId()));
			softly.assertThat(overdue).as(overdueBoundaryEventOf(task.getId())).isNotNull();
			if (overdue == null) {
				return;
			}
			softly.assertThat(overdue.getAttachedTo().getId()).as(overdue.getId() + " host").isEqualTo(task.getId());
			softly.assertThat(overdue.cancelActivity()).as(overdue.getId() + " interrupting").isFalse();
			softly.assertThat(timeDateOf(overdue)).as(overdue.getId() + " timeDate").hasValue(SLA_DUE);
			softly.assertThat(overdue.getSucceedingNodes().list())
				.extracting(BaseElement::getId)
				.as(overdue.getId() + " leads to")
				.containsExactly(escalationTaskOf(task.getId()));
			ServiceTask escalation = bpmn.getModelElementById(escalationTaskOf(task.getId()));
			if (escalation != null) {
				softly.assertThat(escalation.isCamundaAsyncBefore()).as(escalation.getId() + " asyncBefore").isTrue();
				softly.assertThat(inputParameter(escalation, VAR_OVERDUE_TASK_KEY))
					.as(escalation.getId() + " input " + VAR_OVERDUE_TASK_KEY)
					.hasValue(task.getId());
				softly.assertThat(escalation.getSucceedingNodes().list())
					.extracting(BaseElement::getId)
					.as(escalation.getId() + " leads to")
					.containsExactly(escalatedEndEventOf(task.getId()));
			}
		}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void registryCallsAreAsynchronousAndRetried(String model) {
		BpmnModelInstance bpmn = read(model);
		assertSoftly(softly -> bpmn.getModelElementsByType(FlowNode.class).forEach(node -> {
			if ("true".equals(property(node, PROPERTY_REMOTE).orElse(null))) {
				softly.assertThat(node).as(node.getId() + " remote call").isInstanceOf(ServiceTask.class);
				softly.assertThat(isCamundaFlag(node, "asyncBefore")).as(node.getId() + " asyncBefore").isTrue();
			}
			if (isCamundaFlag(node, "asyncBefore") || isCamundaFlag(node, "asyncAfter")) {
				softly.assertThat(retryCycleOf(node))
					.as(node.getId() + " failedJobRetryTimeCycle")
					.hasValueSatisfying(cycle -> softly.assertThat(cycle).matches(RETRY_CYCLE));
			}
		}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void delegatesAndListenersAreBeansOfTheFeature(String model) {
		BpmnModelInstance bpmn = read(model);
		String feature = featureOf(model);
		Pattern delegate = Pattern.compile("\\$\\{" + feature + "[A-Z][A-Za-z]*Delegate}");
		Pattern listener = Pattern.compile("\\$\\{" + feature + "[A-Z][A-Za-z]*Listener}");
		assertSoftly(softly -> {
			bpmn.getModelElementsByType(ServiceTask.class).forEach(task -> {
				softly.assertThat(task.getCamundaDelegateExpression())
					.as(task.getId() + " delegateExpression")
					.matches(delegate);
				softly.assertThat(task.getCamundaClass()).as(task.getId() + " class").isNull();
				softly.assertThat(task.getCamundaExpression()).as(task.getId() + " expression").isNull();
			});
			bpmn.getModelElementsByType(CamundaExecutionListener.class).forEach(each -> {
				softly.assertThat(each.getCamundaDelegateExpression()).as("execution listener").matches(listener);
				softly.assertThat(each.getCamundaClass()).as("execution listener class").isNull();
			});
			bpmn.getModelElementsByType(CamundaTaskListener.class).forEach(each -> {
				softly.assertThat(each.getCamundaDelegateExpression()).as("task listener").matches(listener);
				softly.assertThat(each.getCamundaClass()).as("task listener class").isNull();
			});
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void caseClosingEndEventsNotifyTheCaseClosedListener(String model) {
		BpmnModelInstance bpmn = read(model);
		String closedListener = "${" + featureOf(model) + CASE_CLOSED_LISTENER_SUFFIX + "}";
		Set<String> escalationEnds = userTasks(bpmn).stream()
			.map(task -> escalatedEndEventOf(task.getId()))
			.collect(Collectors.toSet());
		assertSoftly(softly -> bpmn.getModelElementsByType(EndEvent.class).forEach(end -> {
			List<String> listeners = executionListenersOn(end, "end");
			if (escalationEnds.contains(end.getId())) {
				softly.assertThat(listeners)
					.as(end.getId() + " ends only the escalation")
					.doesNotContain(closedListener);
			}
			else {
				softly.assertThat(listeners).as(end.getId() + " closes the case").containsExactly(closedListener);
			}
		}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void diagramShowsEveryElementWithoutOverlaps(String model) {
		BpmnModelInstance bpmn = read(model);
		Map<String, Bounds> shapes = new HashMap<>();
		List<String> duplicates = new ArrayList<>();
		bpmn.getModelElementsByType(BpmnShape.class).forEach(shape -> {
			if (shapes.put(shape.getBpmnElement().getId(), shape.getBounds()) != null) {
				duplicates.add(shape.getBpmnElement().getId());
			}
		});
		Set<String> edges = bpmn.getModelElementsByType(BpmnEdge.class)
			.stream()
			.filter(edge -> edge.getWaypoints().size() >= 2)
			.map(edge -> edge.getBpmnElement().getId())
			.collect(Collectors.toSet());
		assertSoftly(softly -> {
			softly.assertThat(bpmn.getModelElementsByType(FlowNode.class))
				.extracting(BaseElement::getId)
				.as("flow nodes without a shape")
				.filteredOn(id -> !shapes.containsKey(id))
				.isEmpty();
			softly.assertThat(bpmn.getModelElementsByType(SequenceFlow.class))
				.extracting(BaseElement::getId)
				.as("sequence flows without an edge")
				.filteredOn(id -> !edges.contains(id))
				.isEmpty();
			softly.assertThat(duplicates).as("elements shown twice").isEmpty();
			softly.assertThat(overlappingShapes(bpmn, shapes)).as("overlapping shapes").isEmpty();
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void formIdIsItsFileNameAndTextIsBounded(String form) {
		JsonNode json = readJson(form);
		assertSoftly(softly -> {
			softly.assertThat(json.path("id").asText()).as("id").isEqualTo(ClasspathFiles.baseName(form));
			softly.assertThat(ClasspathFiles.baseName(form)).as("name").startsWith(form.split("/")[1] + "-");
			softly.assertThat(json.path("type").asText()).as("type").isEqualTo("default");
			softly.assertThat(json.path("schemaVersion").isInt()).as("schemaVersion").isTrue();
			Set<String> keys = new HashSet<>();
			json.path("components").forEach(component -> {
				String key = component.path("key").asText(null);
				if (key != null) {
					softly.assertThat(keys.add(key)).as("unique key " + key).isTrue();
				}
				if (Set.of("textfield", "textarea").contains(component.path("type").asText())) {
					softly.assertThat(component.path("validate").path("maxLength").isInt())
						.as(key + " maxLength")
						.isTrue();
				}
			});
			softly.assertThat(keys).as("input fields").isNotEmpty();
		});
	}

	/**
	 * A timer start event fires on working days only: its cycle is the working-day
	 * schedule's ({@link ProcessConventions#WORKING_DAY_DAILY},
	 * {@link ProcessConventions#WORKING_DAY_YEARLY} with a configured yearly schedule),
	 * never a literal cron or date, which knows weekends but not holidays or 调休. The
	 * server's {@code WorkingDayTimerStartsTest} simulates every firing against the
	 * shipped calendar.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void timerStartsFireOnWorkingDaysFromTheWorkingDaySchedule(String model) {
		BpmnModelInstance bpmn = read(model);
		assertSoftly(softly -> bpmn.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class)
			.forEach(start -> start.getEventDefinitions()
				.stream()
				.filter(TimerEventDefinition.class::isInstance)
				.map(TimerEventDefinition.class::cast)
				.forEach(timer -> softly.assertThat(timerStartViolation(timer))
					.as(start.getId() + " timer start")
					.isEmpty())));
	}

	@Test
	void aLiteralCronOrAnUnknownScheduleIsNoWorkingDayTimerStart() {
		assertThat(timerStartViolation(timerCycle("0 0 9 20 2 ?"))).contains("literal");
		assertThat(timerStartViolation(timerCycle("${workingDaySchedule.yearly('unknown', '09:00')}")))
			.contains("unknown");
		assertThat(timerStartViolation(timerCycle("${workingDaySchedule.daily('08:30')}"))).isEmpty();
		assertThat(timerStartViolation(
				timerCycle(ProcessConventions.workingDayYearly(ProcessConventions.YEARLY_CEMETERY_CAMPAIGN, "09:00"))))
			.isEmpty();
	}

	private static final Pattern WORKING_DAY_CYCLE = Pattern.compile(
			"\\$\\{workingDaySchedule\\.(?:daily\\('(\\d{2}:\\d{2})'\\)|yearly\\('([a-z-]+)', '(\\d{2}:\\d{2})'\\))}");

	/**
	 * Why a timer start's definition is not the working-day schedule's; empty if it is.
	 */
	private static String timerStartViolation(TimerEventDefinition timer) {
		if (timer.getTimeDate() != null || timer.getTimeDuration() != null || timer.getTimeCycle() == null) {
			return "a date or duration, not a cycle of the working-day schedule";
		}
		String cycle = timer.getTimeCycle().getTextContent().strip();
		java.util.regex.Matcher matcher = WORKING_DAY_CYCLE.matcher(cycle);
		if (!matcher.matches()) {
			return "literal or other cycle " + cycle + ", not " + ProcessConventions.WORKING_DAY_DAILY + " or "
					+ ProcessConventions.WORKING_DAY_YEARLY;
		}
		if (matcher.group(2) != null && !ProcessConventions.YEARLY_SCHEDULES.contains(matcher.group(2))) {
			return "unknown yearly schedule " + matcher.group(2) + ", known: " + ProcessConventions.YEARLY_SCHEDULES;
		}
		return "";
	}

	private static TimerEventDefinition timerCycle(String cycle) {
		BpmnModelInstance bpmn = org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("Fixture")
			.startEvent("StartEvent_Fixture")
			.timerWithCycle(cycle)
			.endEvent()
			.done();
		return bpmn.getModelElementsByType(TimerEventDefinition.class).iterator().next();
	}

	@Test
	void everyFormBelongsToAUserTask() {
		Set<String> formRefs = new HashSet<>();
		models().forEach(model -> read(model).getModelElementsByType(UserTask.class)
			.forEach(task -> formRefs
				.add(FORMS + "/" + featureOf(model) + "/" + task.getCamundaFormRef() + FORM_SUFFIX)));
		assertThat(forms()).allSatisfy(form -> assertThat(formRefs).as("user task using " + form).contains(form));
	}

	/** User tasks whose id is well-formed (the prefix rule reports the others). */
	private static List<UserTask> userTasks(BpmnModelInstance bpmn) {
		return bpmn.getModelElementsByType(UserTask.class)
			.stream()
			.filter(task -> task.getId().startsWith(PREFIX_BY_TYPE.get("userTask")))
			.toList();
	}

	private static BpmnModelInstance read(String model) {
		try (InputStream stream = ClasspathFiles.open(model)) {
			return Bpmn.readModelFromStream(stream);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode readJson(String resource) {
		try (InputStream stream = ClasspathFiles.open(resource)) {
			return JSON.readTree(stream);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code bpmn/aid/aid-application.bpmn} → {@code aid}. */
	private static String featureOf(String model) {
		String[] parts = model.split("/");
		assertThat(parts).as(model + " lies in bpmn/<feature>/").hasSize(3);
		return parts[1];
	}

	private static String capitalize(String feature) {
		return Character.toUpperCase(feature.charAt(0)) + feature.substring(1);
	}

	private static void assertPrefixed(SoftAssertions softly, BaseElement element, String prefix) {
		softly.assertThat(element.getId())
			.as(element.getElementType().getTypeName() + " id")
			.startsWith(prefix)
			.satisfies(id -> softly.assertThat(id.substring(Math.min(prefix.length(), id.length())))
				.as(id + " after the prefix")
				.matches(PASCAL_CASE));
	}

	/**
	 * Read as an attribute: the typed accessors throw for elements that cannot be
	 * asynchronous.
	 */
	private static boolean isCamundaFlag(BaseElement element, String attribute) {
		return "true".equals(element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, attribute));
	}

	private static boolean isJoiningGateway(FlowNode node) {
		return node instanceof Gateway && node.getIncoming().size() > 1 && node.getOutgoing().size() == 1;
	}

	private static SequenceFlow defaultFlowOf(Gateway gateway) {
		if (gateway instanceof ExclusiveGateway exclusive) {
			return exclusive.getDefault();
		}
		if (gateway instanceof InclusiveGateway inclusive) {
			return inclusive.getDefault();
		}
		return null;
	}

	private static Optional<String> slaDays(BaseElement element) {
		return property(element, PROPERTY_SLA_WORKING_DAYS).or(() -> property(element, PROPERTY_SLA_CALENDAR_DAYS));
	}

	private static Optional<String> property(BaseElement element, String name) {
		return org.minzheng.flow.processes.model.BpmnProperties.property(element, name);
	}

	private static Optional<String> inputParameter(BaseElement element, String name) {
		if (element.getExtensionElements() == null) {
			return Optional.empty();
		}
		return element.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaInputOutput.class)
			.list()
			.stream()
			.flatMap(io -> io.getCamundaInputParameters().stream())
			.filter(parameter -> name.equals(parameter.getCamundaName()))
			.map(CamundaInputParameter::getTextContent)
			.findFirst();
	}

	private static Optional<String> retryCycleOf(BaseElement element) {
		if (element.getExtensionElements() == null) {
			return Optional.empty();
		}
		return element.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaFailedJobRetryTimeCycle.class)
			.list()
			.stream()
			.map(CamundaFailedJobRetryTimeCycle::getTextContent)
			.findFirst();
	}

	private static Optional<String> timeDateOf(BoundaryEvent event) {
		return event.getEventDefinitions()
			.stream()
			.filter(TimerEventDefinition.class::isInstance)
			.map(TimerEventDefinition.class::cast)
			.filter(timer -> timer.getTimeDate() != null)
			.map(timer -> timer.getTimeDate().getTextContent())
			.findFirst();
	}

	private static List<String> executionListenersOn(BaseElement element, String event) {
		if (element.getExtensionElements() == null) {
			return List.of();
		}
		return element.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaExecutionListener.class)
			.list()
			.stream()
			.filter(listener -> event.equals(listener.getCamundaEvent()))
			.map(CamundaExecutionListener::getCamundaDelegateExpression)
			.toList();
	}

	/**
	 * Pairs of overlapping shapes; a boundary event sits on its host's border by design.
	 */
	private static List<String> overlappingShapes(BpmnModelInstance bpmn, Map<String, Bounds> shapes) {
		List<String> ids = new ArrayList<>(shapes.keySet());
		List<String> overlaps = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			for (int j = i + 1; j < ids.size(); j++) {
				String a = ids.get(i);
				String b = ids.get(j);
				if (!isBoundaryOf(bpmn, a, b) && !isBoundaryOf(bpmn, b, a) && overlap(shapes.get(a), shapes.get(b))) {
					overlaps.add(a + " / " + b);
				}
			}
		}
		return overlaps;
	}

	private static boolean isBoundaryOf(BpmnModelInstance bpmn, String boundaryId, String hostId) {
		return bpmn.getModelElementById(boundaryId) instanceof BoundaryEvent boundary
				&& boundary.getAttachedTo().getId().equals(hostId);
	}

	private static boolean overlap(Bounds a, Bounds b) {
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
				&& a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
	}

}
