package org.minzheng.flow.processes.elderly;

/**
 * Names shared by {@value #RESOURCE} (高龄津贴 无感申办: one resident who reached 80, started by
 * the population registry's message, never by an application), its decision file
 * {@value #DECISION_RESOURCE} (eligibility and monthly amount by age band, 秒批) and
 * {@value #RECONCILE_RESOURCE} (the working-day timer that reconciles a month's birthdays
 * with a registry query, once a month).
 */
public final class ElderlyAllowanceProcess {

	public static final String PROCESS_KEY = "ElderlyAllowanceProcess";

	public static final String RESOURCE = "bpmn/elderly/elderly-allowance.bpmn";

	public static final String DECISION_RESOURCE = "dmn/elderly/elderly-allowance.dmn";

	public static final String RECONCILE_PROCESS_KEY = "ElderlyAllowanceReconcileProcess";

	public static final String RECONCILE_RESOURCE = "bpmn/elderly/elderly-allowance-reconcile.bpmn";

	// ---- decisions ----

	/**
	 * Eligibility by the registry's facts: one of {@link Eligibility}, in the output
	 * {@value #VAR_ELIGIBILITY}.
	 */
	public static final String DECISION_ELIGIBILITY = "Decision_ElderlyAllowance";

	/**
	 * The monthly amount of an age band, in yuan, in the output
	 * {@value #VAR_MONTHLY_AMOUNT_YUAN}.
	 */
	public static final String DECISION_AMOUNT = "Decision_ElderlyAllowanceAmount";

	// ---- start variables (business key = case number GL-…) ----

	/** Long: the allowance case's id. */
	public static final String VAR_ALLOWANCE_ID = "allowanceId";

	/** The street (街道) of the resident's hukou: its clerk handles unclear cases. */
	public static final String VAR_STREET_CODE = "streetCode";

	// ---- decision inputs (set by the registry check) ----

	public static final String VAR_HUKOU_SHENZHEN = "hukouShenzhen";

	/** Integer: full years on the day of the decision. */
	public static final String VAR_AGE = "age";

	public static final String VAR_ALREADY_RECEIVING = "alreadyReceiving";

	public static final String VAR_DECEASED = "deceased";

	public static final String VAR_MOVED_OUT = "movedOut";

	/**
	 * Why staff must look at the case ({@link UnclearReason}), or {@code null} when the
	 * registries agree and the rule decides alone.
	 */
	public static final String VAR_UNCLEAR_REASON = "unclearReason";

	// ---- decision outputs ----

	public static final String VAR_ELIGIBILITY = "eligibility";

	public static final String VAR_MONTHLY_AMOUNT_YUAN = "monthlyAmountYuan";

	/** Where the recorded decision sends the case: one of {@link Route}. */
	public static final String VAR_ROUTE = "route";

	/** The clerk's answer on an unclear case: one of {@link ClerkDecision}. */
	public static final String VAR_CLERK_DECISION = "clerkDecision";

	public static final String FIELD_OPINION = "opinion";

	// ---- beans ----

	public static final String BEAN_CHECK_REGISTRIES = "elderlyCheckRegistriesDelegate";

	public static final String BEAN_RECORD_DECISION = "elderlyRecordDecisionDelegate";

	public static final String BEAN_GRANT = "elderlyGrantDelegate";

	public static final String BEAN_CLOSE = "elderlyCloseDelegate";

	public static final String BEAN_RECONCILE = "elderlyReconcileDelegate";

	public static final String BEAN_ESCALATE_OVERDUE = "elderlyEscalateOverdueDelegate";

	public static final String BEAN_CASE_CLOSED_LISTENER = "elderlyCaseClosedListener";

	// ---- forms ----

	public static final String FORM_CLERK_REVIEW = "elderly-clerk-review";

	// ---- elements ----

	public static final String START_EVENT_REACHED_EIGHTY = "StartEvent_ReachedEighty";

	public static final String SERVICE_TASK_CHECK_REGISTRIES = "ServiceTask_CheckRegistries";

	public static final String BUSINESS_RULE_TASK_ELIGIBILITY = "BusinessRuleTask_Eligibility";

	public static final String BUSINESS_RULE_TASK_AMOUNT = "BusinessRuleTask_Amount";

	public static final String SERVICE_TASK_RECORD_DECISION = "ServiceTask_RecordDecision";

	public static final String SERVICE_TASK_GRANT_BY_RULE = "ServiceTask_GrantByRule";

	public static final String TASK_CLERK_REVIEW = "Task_ClerkReview";

	public static final String SERVICE_TASK_GRANT_BY_STAFF = "ServiceTask_GrantByStaff";

	public static final String SERVICE_TASK_CLOSE_NOT_GRANTED = "ServiceTask_CloseNotGranted";

	public static final String SERVICE_TASK_CLOSE_NOT_ELIGIBLE = "ServiceTask_CloseNotEligible";

	public static final String END_EVENT_GRANTED_BY_RULE = "EndEvent_GrantedByRule";

	public static final String END_EVENT_GRANTED_BY_STAFF = "EndEvent_GrantedByStaff";

	public static final String END_EVENT_NOT_GRANTED = "EndEvent_NotGranted";

	public static final String END_EVENT_NOT_ELIGIBLE = "EndEvent_NotEligible";

	public static final String START_EVENT_DAILY = "StartEvent_WorkingDayMorning";

	public static final String SERVICE_TASK_RECONCILE = "ServiceTask_Reconcile";

	public static final String END_EVENT_RECONCILED = "EndEvent_Reconciled";

	private ElderlyAllowanceProcess() {
	}

	/**
	 * Where a decided case goes: to the street's clerk whenever something is unclear (the
	 * rule's answer then rests on facts that may be wrong), else granted by the rule
	 * alone (秒批) or closed as not eligible.
	 * @param eligibility the decision table's answer ({@link Eligibility} by name)
	 * @param unclearReason {@link UnclearReason} by name, or {@code null}
	 */
	public static Route route(String eligibility, String unclearReason) {
		if (unclearReason != null && !unclearReason.isBlank()) {
			return Route.STAFF;
		}
		return Eligibility.valueOf(eligibility).eligible() ? Route.GRANT : Route.NOT_ELIGIBLE;
	}

	/** {@link #VAR_ELIGIBILITY}: the decision table's answer. */
	public enum Eligibility {

		AGE_80_89, AGE_90_99, AGE_100_PLUS, UNDER_80, NO_SHENZHEN_HUKOU, ALREADY_RECEIVING, DECEASED, MOVED_OUT;

		/** Whether the answer grants an allowance (an age band). */
		public boolean eligible() {
			return name().startsWith("AGE_");
		}

	}

	/** {@link #VAR_UNCLEAR_REASON}. */
	public enum UnclearReason {

		/** 姓名与户籍登记不一致. */
		NAME_MISMATCH,
		/** 未提供银行账户（社保卡金融账户）. */
		MISSING_BANK_ACCOUNT,
		/** 各库记录相互矛盾（如消息称深圳户籍而人口库不符）. */
		CONFLICTING_RECORDS

	}

	/** {@link #VAR_ROUTE}. */
	public enum Route {

		/** 秒批: the rule grants alone. */
		GRANT,
		/** 转街道人工核实. */
		STAFF,
		/** 不符合条件，办结. */
		NOT_ELIGIBLE

	}

	/** {@link #VAR_CLERK_DECISION}. */
	public enum ClerkDecision {

		/** 核实无误，予以发放. */
		GRANT,
		/** 不予发放（本人拒绝或核实不符）. */
		NOT_GRANTED

	}

}
