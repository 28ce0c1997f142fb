package org.minzheng.flow.processes.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.minzheng.flow.processes.ProcessConventions;
import org.w3c.dom.Document;

/**
 * The rules a process model must satisfy before it may be deployed, whether it ships with
 * the code ({@code ModelConventionsTest}) or a process owner uploads it from the browser
 * (the server checks it before anything is deployed). Safety first — no scripts, no class
 * names, no free expressions, only delegate beans from an allow-list — then the house
 * conventions the server relies on: id prefixes, history time to live, candidate groups,
 * forms that exist, due dates and timers on the working-day calendar, remote calls
 * asynchronous with a retry cycle.
 */
public final class ModelRules {

	/** Prefix of a flow node's id by its BPMN type. */
	public static final Map<String, String> PREFIX_BY_TYPE = Map.ofEntries(Map.entry("startEvent", "StartEvent_"),
			Map.entry("endEvent", "EndEvent_"), Map.entry("userTask", "Task_"), Map.entry("manualTask", "Task_"),
			Map.entry("task", "Task_"), Map.entry("serviceTask", "ServiceTask_"), Map.entry("sendTask", "SendTask_"),
			Map.entry("receiveTask", "ReceiveTask_"), Map.entry("businessRuleTask", "BusinessRuleTask_"),
			Map.entry("callActivity", "CallActivity_"), Map.entry("subProcess", "SubProcess_"),
			Map.entry("exclusiveGateway", "Gateway_"), Map.entry("parallelGateway", "Gateway_"),
			Map.entry("inclusiveGateway", "Gateway_"), Map.entry("eventBasedGateway", "Gateway_"),
			Map.entry("boundaryEvent", "BoundaryEvent_"),
			Map.entry("intermediateCatchEvent", "IntermediateCatchEvent_"),
			Map.entry("intermediateThrowEvent", "IntermediateThrowEvent_"));

	/**
	 * A decision's id (the key a business rule task's {@code camunda:decisionRef} names):
	 * {@code Decision_} and upper camel case, like the flow nodes' ids.
	 */
	public static final Pattern DECISION_ID = Pattern.compile("Decision_[A-Z][A-Za-z0-9]*");

	private static final Pattern PROCESS_KEY = Pattern.compile("[A-Z][A-Za-z0-9]*Process");

	private static final Pattern ID_TAIL = Pattern.compile("[A-Z][A-Za-z0-9]*");

	private static final Pattern BEAN = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

	private static final Pattern RETRY_CYCLE = Pattern.compile("R\\d+/PT\\d+[SMH]");

	private static final Pattern SLA_EXPRESSION = Pattern
		.compile("\\$\\{" + ProcessConventions.BEAN_SLA + "\\.due\\(execution(, '[A-Za-z_]+')?\\)}");

	private static final Pattern COMPUTED_DATE = Pattern.compile("\\$\\{[a-z][A-Za-z0-9]*}");

	private static final Pattern GROUP = Pattern.compile("\\$\\{\\w+}|[a-z]+-[a-z-]+@(\\$\\{\\w+}|[A-Z0-9-]+)");

	private ModelRules() {
	}

	/**
	 * One problem with a model: where (the element's id, the attribute or child element
	 * concerned, and for an unreadable file the line and column), a stable code, and what
	 * to do, in Chinese and (where written) English.
	 */
	public record Problem(String elementId, String attribute, String code, String message, String messageEn,
			Integer line, Integer column) {

		/** A problem of an element as a whole, described in Chinese. */
		public Problem(String elementId, String code, String message) {
			this(elementId, null, code, message, null, null, null);
		}

		/** A problem of one attribute or child element, described in both languages. */
		public Problem(String elementId, String attribute, String code, String message, String messageEn) {
			this(elementId, attribute, code, message, messageEn, null, null);
		}

	}

	/**
	 * Checks a model.
	 * @param model the parsed model
	 * @param forms ids of the forms that exist
	 * @param beans the delegate and listener bean names a model may use
	 * @return the problems, in model order; empty when the model may be deployed
	 */
	public static List<Problem> check(BpmnModelInstance model, Set<String> forms, Set<String> beans) {
		return check(model, forms, beans, Set.of());
	}

	/**
	 * Checks a model.
	 * @param model the parsed model
	 * @param forms ids of the forms that exist
	 * @param beans the delegate and listener bean names a model may use
	 * @param decisions ids of the decisions that exist (deployed, or carried with the
	 * change)
	 * @return the problems, in model order; empty when the model may be deployed
	 */
	public static List<Problem> check(BpmnModelInstance model, Set<String> forms, Set<String> beans,
			Set<String> decisions) {
		return check(model, ModelCheck.dom(Bpmn.convertToString(model)), forms, beans, decisions);
	}

	/**
	 * Checks a model whose document was already read (by {@link ModelCheck}).
	 * @param document the same model as a DOM document, for the deny-by-default walk
	 * ({@link ModelSafety}) of every element and attribute
	 * @param beans the delegate beans a model may name: those of the allow-list that
	 * exist
	 */
	static List<Problem> check(BpmnModelInstance model, Document document, Set<String> forms, Set<String> beans,
			Set<String> decisions) {
		List<Problem> problems = new ArrayList<>();
		checkProcess(model, problems);
		model.getModelElementsByType(FlowNode.class).forEach(node -> checkId(node, problems));
		model.getModelElementsByType(ScriptTask.class)
			.forEach(task -> problems.add(new Problem(task.getId(), "bpmn:scriptTask", "SCRIPT_NOT_ALLOWED",
					"不允许使用脚本任务", "Script tasks are not allowed")));
		problems.addAll(ModelSafety.check(document, ExpressionAllowList.shipped()));
		model.getModelElementsByType(ServiceTask.class).forEach(task -> {
			checkDelegate(task.getId(), task.getCamundaClass(), task.getCamundaExpression(),
					task.getCamundaDelegateExpression(), task.getCamundaType(), beans, problems);
			if ("true".equals(BpmnProperties.property(task, ProcessConventions.PROPERTY_REMOTE).orElse(null))
					&& !task.isCamundaAsyncBefore()) {
				problems.add(new Problem(task.getId(), "REMOTE_CALL_NOT_ASYNC", "调用外部系统的服务任务必须设为异步（asyncBefore）"));
			}
		});
		model.getModelElementsByType(CamundaExecutionListener.class)
			.forEach(listener -> checkDelegate(ownerId(listener), listener.getCamundaClass(),
					listener.getCamundaExpression(), listener.getCamundaDelegateExpression(), null, beans, problems));
		model.getModelElementsByType(CamundaTaskListener.class)
			.forEach(listener -> checkDelegate(ownerId(listener), listener.getCamundaClass(),
					listener.getCamundaExpression(), listener.getCamundaDelegateExpression(), null, beans, problems));
		model.getModelElementsByType(FlowNode.class).forEach(node -> checkRetries(node, problems));
		model.getModelElementsByType(UserTask.class).forEach(task -> checkUserTask(task, forms, problems));
		model.getModelElementsByType(TimerEventDefinition.class).forEach(timer -> checkTimer(timer, problems));
		model.getModelElementsByType(BusinessRuleTask.class)
			.forEach(task -> checkBusinessRuleTask(task, decisions, problems));
		return problems;
	}

	/**
	 * The delegate and listener beans a model uses ({@code ${name}} delegate
	 * expressions): the allow-list is what the shipped, reviewed models use.
	 */
	public static Set<String> beansOf(BpmnModelInstance model) {
		Set<String> beans = new LinkedHashSet<>();
		model.getModelElementsByType(ServiceTask.class)
			.forEach(task -> bean(task.getCamundaDelegateExpression()).ifPresent(beans::add));
		model.getModelElementsByType(CamundaExecutionListener.class)
			.forEach(listener -> bean(listener.getCamundaDelegateExpression()).ifPresent(beans::add));
		model.getModelElementsByType(CamundaTaskListener.class)
			.forEach(listener -> bean(listener.getCamundaDelegateExpression()).ifPresent(beans::add));
		return beans;
	}

	/** The forms ({@code camunda:formRef}) the model's user tasks use. */
	public static Set<String> formsOf(BpmnModelInstance model) {
		Set<String> forms = new LinkedHashSet<>();
		model.getModelElementsByType(UserTask.class).forEach(task -> {
			if (task.getCamundaFormRef() != null) {
				forms.add(task.getCamundaFormRef());
			}
		});
		return forms;
	}

	/**
	 * The decisions ({@code camunda:decisionRef}) the model's business rule tasks use.
	 */
	public static Set<String> decisionsOf(BpmnModelInstance model) {
		Set<String> decisions = new LinkedHashSet<>();
		model.getModelElementsByType(BusinessRuleTask.class).forEach(task -> {
			if (task.getCamundaDecisionRef() != null) {
				decisions.add(task.getCamundaDecisionRef());
			}
		});
		return decisions;
	}

	/**
	 * A business rule task evaluates a decision of its own deployment (binding
	 * {@code deployment}, so a running case keeps the tables it started with) that
	 * exists, into a result variable; never a class, expression or external task.
	 */
	private static void checkBusinessRuleTask(BusinessRuleTask task, Set<String> decisions, List<Problem> problems) {
		String ref = task.getCamundaDecisionRef();
		if (task.getCamundaDelegateExpression() != null) {
			problems.add(new Problem(task.getId(), "CLASS_NOT_ALLOWED", "业务规则任务只能引用决策，不能引用类、表达式或外部任务"));
		}
		if (ref == null || ref.isBlank()) {
			problems.add(new Problem(task.getId(), "DECISION_MISSING", "业务规则任务须引用一个决策（decisionRef）"));
			return;
		}
		if (!DECISION_ID.matcher(ref).matches()) {
			problems.add(new Problem(task.getId(), "DECISION_REF_INVALID", "决策标识须以 Decision_ 开头，后接英文大驼峰：" + ref));
		}
		else if (!decisions.contains(ref)) {
			problems.add(new Problem(task.getId(), "DECISION_NOT_FOUND", "决策不存在：" + ref));
		}
		if (!"deployment".equals(task.getAttributeValueNs(CAMUNDA_NS, "decisionRefBinding"))) {
			problems.add(new Problem(task.getId(), "DECISION_BINDING_INVALID",
					"决策须与流程一同部署（decisionRefBinding=\"deployment\"），在办案件才不受以后的改动影响"));
		}
		if (task.getCamundaResultVariable() == null || task.getCamundaResultVariable().isBlank()) {
			problems.add(new Problem(task.getId(), "RESULT_VARIABLE_MISSING", "请设置决策结果变量（resultVariable）"));
		}
	}

	private static void checkProcess(BpmnModelInstance model, List<Problem> problems) {
		Collection<Process> processes = model.getModelElementsByType(Process.class);
		List<Process> executable = processes.stream().filter(Process::isExecutable).toList();
		if (executable.size() != 1) {
			problems.add(new Problem(null, "PROCESS_NOT_EXECUTABLE", "模型必须恰好包含一个可执行流程"));
			return;
		}
		Process process = executable.get(0);
		if (process.getId() == null || !PROCESS_KEY.matcher(process.getId()).matches()) {
			problems.add(new Problem(process.getId(), "PROCESS_KEY_INVALID", "流程标识须为英文大驼峰并以 Process 结尾"));
		}
		if (process.getName() == null || process.getName().isBlank()) {
			problems.add(new Problem(process.getId(), "PROCESS_NAME_MISSING", "请填写流程名称"));
		}
		if (process.getCamundaHistoryTimeToLiveString() == null
				|| process.getCamundaHistoryTimeToLiveString().isBlank()) {
			problems.add(new Problem(process.getId(), "HISTORY_TTL_MISSING", "请设置历史数据保留期限（historyTimeToLive）"));
		}
		if (process.getCamundaVersionTag() == null || process.getCamundaVersionTag().isBlank()) {
			problems.add(new Problem(process.getId(), "VERSION_TAG_MISSING", "请填写版本标签（versionTag）"));
		}
		checkSeparateDuties(model, process, problems);
	}

	/**
	 * Each declared group of separated duties names at least two user tasks of this
	 * model: a misspelt id would silently separate nothing.
	 */
	private static void checkSeparateDuties(BpmnModelInstance model, Process process, List<Problem> problems) {
		Set<String> userTasks = new LinkedHashSet<>();
		model.getModelElementsByType(UserTask.class).forEach(task -> userTasks.add(task.getId()));
		for (Set<String> group : ProcessConventions.separateDuties(BpmnProperties.properties(process))) {
			if (group.size() < 2) {
				problems.add(new Problem(process.getId(), "SEPARATE_DUTIES_INVALID",
						"职责分离（" + ProcessConventions.PROPERTY_SEPARATE_DUTIES + "）须列出至少两个用户任务，以逗号分隔"));
			}
			group.stream()
				.filter(id -> !userTasks.contains(id))
				.forEach(id -> problems
					.add(new Problem(process.getId(), "SEPARATE_DUTIES_INVALID", "职责分离中的任务不存在或不是用户任务：" + id)));
		}
	}

	private static void checkId(FlowNode node, List<Problem> problems) {
		String type = node.getElementType().getTypeName();
		String prefix = PREFIX_BY_TYPE.get(type);
		if (prefix == null) {
			if (!"scriptTask".equals(type)) {
				problems.add(new Problem(node.getId(), "ELEMENT_TYPE_NOT_ALLOWED", "不支持的元素类型：" + type));
			}
			return;
		}
		String id = node.getId();
		if (id == null || !id.startsWith(prefix) || !ID_TAIL.matcher(id.substring(prefix.length())).matches()) {
			problems.add(new Problem(id, "ELEMENT_ID_INVALID",
					"元素标识须以 " + prefix + " 开头，后接英文大驼峰，例如 " + prefix + "StreetReview"));
		}
	}

	/**
	 * A service task or listener names a delegate bean that exists (whether it is on the
	 * allow-list, and whether a class, expression or external type is named instead, is
	 * {@link ModelSafety}'s refusal).
	 */
	private static void checkDelegate(String elementId, String className, String expression, String delegate,
			String type, Set<String> beans, List<Problem> problems) {
		if (delegate != null) {
			Optional<String> bean = bean(delegate);
			if (bean.isPresent() && ExpressionAllowList.shipped().delegates().contains(bean.get())
					&& !beans.contains(bean.get())) {
				problems.add(new Problem(elementId, "camunda:delegateExpression", "BEAN_NOT_ALLOWED",
						"处理程序不在允许清单内：" + delegate, "The delegate bean is not on the allow-list: " + delegate));
			}
		}
		else if ((className == null || className.isBlank()) && (expression == null || expression.isBlank())
				&& (type == null || type.isBlank())) {
			problems.add(new Problem(elementId, "DELEGATE_MISSING", "请为服务任务或监听器选择处理程序"));
		}
	}

	private static void checkRetries(FlowNode node, List<Problem> problems) {
		boolean async = "true".equals(node.getAttributeValueNs(CAMUNDA_NS, "asyncBefore"))
				|| "true".equals(node.getAttributeValueNs(CAMUNDA_NS, "asyncAfter"));
		if (!async) {
			return;
		}
		String cycle = node.getExtensionElements() == null ? null
				: node.getExtensionElements()
					.getElementsQuery()
					.filterByType(CamundaFailedJobRetryTimeCycle.class)
					.list()
					.stream()
					.map(ModelElementInstance::getTextContent)
					.findFirst()
					.orElse(null);
		if (cycle == null || !RETRY_CYCLE.matcher(cycle.trim()).matches()) {
			problems.add(new Problem(node.getId(), "RETRY_CYCLE_MISSING", "异步步骤须设置失败重试周期，例如 R3/PT1M"));
		}
	}

	private static void checkUserTask(UserTask task, Set<String> forms, List<Problem> problems) {
		String groups = task.getCamundaCandidateGroups();
		if (groups == null || groups.isBlank()) {
			problems.add(new Problem(task.getId(), "CANDIDATE_GROUPS_MISSING", "用户任务须设置候选组（按角色和单位）"));
		}
		else {
			for (String group : groups.split(",")) {
				if (!GROUP.matcher(group.trim()).matches()) {
					problems.add(new Problem(task.getId(), "CANDIDATE_GROUP_INVALID",
							"候选组须为 业务-角色@单位 形式或变量表达式：" + group.trim()));
				}
			}
		}
		String formRef = task.getCamundaFormRef();
		if (formRef == null || formRef.isBlank()) {
			problems.add(new Problem(task.getId(), "FORM_MISSING", "用户任务须引用一个表单"));
		}
		else if (!forms.contains(formRef)) {
			problems.add(new Problem(task.getId(), "FORM_NOT_FOUND", "表单不存在：" + formRef));
		}
		if (!ProcessConventions.SLA_DUE.equals(task.getCamundaDueDate())) {
			problems
				.add(new Problem(task.getId(), "DUE_DATE_NOT_CALENDAR", "到期时间须按工作日历计算：" + ProcessConventions.SLA_DUE));
		}
		String days = BpmnProperties.property(task, ProcessConventions.PROPERTY_SLA_WORKING_DAYS).orElse(null);
		if (days == null || !days.matches("[1-9]\\d{0,2}")) {
			problems.add(new Problem(task.getId(), "SLA_DAYS_MISSING",
					"须设置办理时限（扩展属性 " + ProcessConventions.PROPERTY_SLA_WORKING_DAYS + "，工作日）"));
		}
		String opinion = BpmnProperties.property(task, ProcessConventions.PROPERTY_OPINION).orElse(null);
		if (opinion != null && !ProcessConventions.OPINION_VALUES.contains(opinion)) {
			problems
				.add(new Problem(task.getId(), "OPINION_SETTING_INVALID", "扩展属性 " + ProcessConventions.PROPERTY_OPINION
						+ " 只能是 " + String.join("、", ProcessConventions.OPINION_VALUES)));
		}
	}

	private static void checkTimer(TimerEventDefinition timer, List<Problem> problems) {
		if (timer.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.StartEvent
				&& timer.getTimeCycle() != null) {
			// a timer start event with a cycle is a calendar schedule (e.g. 公墓年检 every
			// year before Qingming), not a limit of a case: there is no case yet to count
			// working days for
			return;
		}
		ModelElementInstance definition = timer.getTimeDate() != null ? timer.getTimeDate()
				: timer.getTimeDuration() != null ? timer.getTimeDuration() : timer.getTimeCycle();
		String text = definition == null ? null : definition.getTextContent().trim();
		// either the SLA bean, or a date the feature's service computed with the
		// working-day calendar and set as a variable (e.g. an offer's answer deadline,
		// whose working days are the area's own setting): never a literal time
		if (text == null || !(SLA_EXPRESSION.matcher(text).matches() || COMPUTED_DATE.matcher(text).matches())) {
			problems.add(new Problem(ownerId(timer.getParentElement()), "TIMER_NOT_CALENDAR",
					"定时器须按工作日历计算（" + ProcessConventions.SLA_DUE + "），不要写固定时长"));
		}
	}

	private static Optional<String> bean(String delegateExpression) {
		if (delegateExpression == null) {
			return Optional.empty();
		}
		Matcher m = BEAN.matcher(delegateExpression.trim());
		return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
	}

	/** The id of the nearest enclosing BPMN element with an id. */
	private static String ownerId(ModelElementInstance element) {
		ModelElementInstance current = element;
		while (current != null) {
			if (current instanceof BaseElement base && base.getId() != null) {
				return base.getId();
			}
			current = current.getParentElement();
		}
		return null;
	}

	private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

}
