package org.minzheng.flow.workflow.camunda;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.workflow.Workflow.NextStep;

/**
 * Walks a process model from a user task to what its completion leads to: the next user
 * tasks, the end, or a wait for a message or a timer. Conditions and candidate groups are
 * evaluated read-only against the given variables (nothing of the engine runs: no bean,
 * no method, no delegate); a condition that cannot be evaluated that way (it names a
 * variable a later step sets, or calls a method) makes every branch of its gateway
 * possible.
 */
final class NextSteps {

	/** How far a walk goes through automatic steps before it gives up (a loop guard). */
	private static final int MAX_NODES = 200;

	private static final ExpressionFactoryImpl EXPRESSIONS = new ExpressionFactoryImpl();

	private final Map<String, Object> variables;

	private final Map<String, NextStep> found = new LinkedHashMap<>();

	private final Set<String> visited = new HashSet<>();

	private final Set<String> background;

	private NextSteps(Map<String, Object> variables, Set<String> background) {
		this.variables = variables;
		this.background = background;
	}

	/**
	 * The steps that follow the task's completion, in model order.
	 * @param model the task's process version
	 * @param taskKey the user task's id
	 * @param variables the process variables as they will be after completion
	 * @param background ids of the waits of a watching branch (the total-limit timer
	 * beside the case's steps): not steps of the case, left out
	 */
	static List<NextStep> of(BpmnModelInstance model, String taskKey, Map<String, Object> variables,
			Set<String> background) {
		NextSteps walk = new NextSteps(variables, background);
		FlowNode task = model.getModelElementById(taskKey);
		if (task == null) {
			return List.of();
		}
		walk.leave(task, true);
		return List.copyOf(walk.found.values());
	}

	private void leave(FlowNode node, boolean certain) {
		if (visited.size() > MAX_NODES) {
			return;
		}
		Collection<SequenceFlow> outgoing = node.getOutgoing();
		if (outgoing.isEmpty() && node.getParentElement() instanceof SubProcess sub) {
			// the end of an embedded sub-process: the walk goes on after it
			leave(sub, certain);
			return;
		}
		boolean choosing = node instanceof ExclusiveGateway || node instanceof InclusiveGateway;
		List<SequenceFlow> taken = new ArrayList<>();
		boolean unknown = false;
		SequenceFlow fallback = null;
		String defaultId = node.getAttributeValue("default");
		for (SequenceFlow flow : outgoing) {
			if (flow.getId().equals(defaultId)) {
				fallback = flow;
				continue;
			}
			if (flow.getConditionExpression() == null) {
				taken.add(flow);
				continue;
			}
			Optional<Boolean> holds = test(flow.getConditionExpression().getTextContent());
			if (holds.isEmpty()) {
				unknown = true;
			}
			else if (holds.get()) {
				taken.add(flow);
				if (node instanceof ExclusiveGateway) {
					break;
				}
			}
		}
		if (unknown) {
			// one condition could not be read: every branch may be the one taken
			outgoing.forEach(flow -> enter(flow.getTarget(), false));
			return;
		}
		if (taken.isEmpty() && fallback != null) {
			taken.add(fallback);
		}
		boolean each = certain && (!choosing || taken.size() == 1 || node instanceof InclusiveGateway);
		taken.forEach(flow -> enter(flow.getTarget(), each));
	}

	private void enter(FlowNode node, boolean certain) {
		if (background.contains(node.getId()) || !visited.add(node.getId() + certain)) {
			return;
		}
		if (node instanceof UserTask task) {
			found.merge(node.getId(), new NextStep(NextStep.USER_TASK, node.getId(), node.getName(), englishName(node),
					groups(task), certain), NextSteps::surest);
		}
		else if (node instanceof EndEvent && !(node.getParentElement() instanceof SubProcess)) {
			found.merge(node.getId(),
					new NextStep(NextStep.END, node.getId(), node.getName(), englishName(node), List.of(), certain),
					NextSteps::surest);
		}
		else if (waits(node)) {
			found.merge(node.getId(),
					new NextStep(waitKind(node), node.getId(), node.getName(), englishName(node), List.of(), certain),
					NextSteps::surest);
		}
		else if (node instanceof CallActivity) {
			found.merge(node.getId(),
					new NextStep(NextStep.CALL, node.getId(), node.getName(), englishName(node), List.of(), certain),
					NextSteps::surest);
		}
		else if (node instanceof SubProcess sub) {
			sub.getChildElementsByType(StartEvent.class).forEach(start -> leave(start, certain));
		}
		else if (!(node instanceof BoundaryEvent)) {
			leave(node, certain);
		}
	}

	/** The element's English name ({@code name@en} property), or null. */
	private static String englishName(FlowNode node) {
		return org.minzheng.flow.processes.model.BpmnProperties.properties(node)
			.get(ProcessConventions.PROPERTY_NAME_EN);
	}

	private static NextStep surest(NextStep a, NextStep b) {
		return a.certain() ? a : b;
	}

	private static boolean waits(FlowNode node) {
		return node instanceof ReceiveTask || node instanceof EventBasedGateway
				|| node instanceof IntermediateCatchEvent;
	}

	/**
	 * A wait for a timer alone is TIMER; any other wait (a message among them) MESSAGE.
	 */
	private static String waitKind(FlowNode node) {
		if (node instanceof IntermediateCatchEvent event) {
			return event.getEventDefinitions().stream().allMatch(TimerEventDefinition.class::isInstance)
					? NextStep.TIMER : NextStep.MESSAGE;
		}
		if (node instanceof EventBasedGateway gateway) {
			return gateway.getSucceedingNodes()
				.list()
				.stream()
				.allMatch(next -> next instanceof IntermediateCatchEvent event
						&& event.getEventDefinitions().stream().allMatch(TimerEventDefinition.class::isInstance))
								? NextStep.TIMER : NextStep.MESSAGE;
		}
		return NextStep.MESSAGE;
	}

	/** The candidate groups, each evaluated, or left out where a variable is missing. */
	private List<String> groups(UserTask task) {
		String text = task.getCamundaCandidateGroups();
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<String> groups = new ArrayList<>();
		for (String part : text.split(",")) {
			value(part.strip()).map(Object::toString).filter(g -> !g.isBlank()).ifPresent(value -> {
				for (String group : value.split(",")) {
					groups.add(group.strip());
				}
			});
		}
		return groups;
	}

	private Optional<Boolean> test(String condition) {
		return value(condition.strip()).filter(Boolean.class::isInstance).map(Boolean.class::cast);
	}

	/** An expression's value from the variables alone, or empty when it needs more. */
	private Optional<Object> value(String text) {
		try {
			ELContext context = new SimpleContext(resolver());
			Object value = EXPRESSIONS.createValueExpression(context, text, Object.class).getValue(context);
			return Optional.ofNullable(value);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private ELResolver resolver() {
		CompositeELResolver resolver = new CompositeELResolver();
		resolver.add(new VariablesOnly(variables));
		resolver.add(new ListELResolver(true));
		resolver.add(new MapELResolver(true));
		return resolver;
	}

	/**
	 * Resolves a top-level name to a variable, and refuses any other name (a bean, the
	 * execution): what it would take is not known now.
	 */
	private static final class VariablesOnly extends ELResolver {

		private final Map<String, Object> variables;

		VariablesOnly(Map<String, Object> variables) {
			this.variables = variables;
		}

		@Override
		public Object getValue(ELContext context, Object base, Object property) {
			if (base != null) {
				return null;
			}
			String name = String.valueOf(property);
			if (!variables.containsKey(name)) {
				throw new PropertyNotFoundException(name);
			}
			context.setPropertyResolved(true);
			return variables.get(name);
		}

		@Override
		public Class<?> getType(ELContext context, Object base, Object property) {
			return base == null ? Object.class : null;
		}

		@Override
		public void setValue(ELContext context, Object base, Object property, Object value) {
			throw new PropertyNotFoundException(String.valueOf(property));
		}

		@Override
		public boolean isReadOnly(ELContext context, Object base, Object property) {
			return true;
		}

		@Override
		public java.util.Iterator<java.beans.FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
			return null;
		}

		@Override
		public Class<?> getCommonPropertyType(ELContext context, Object base) {
			return base == null ? String.class : null;
		}

	}

}
