package org.minzheng.flow.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service tasks whose retries ran out (a registry down for longer than the retry cycle).
 * A supervisor of the case's unit sees them and, once the registry is back, retries them.
 */
@Service
public class Incidents {

	private final Workflow workflow;

	private final CaseSummaries summaries;

	private final AuditTrail audit;

	Incidents(Workflow workflow, CaseSummaries summaries, AuditTrail audit) {
		this.workflow = workflow;
		this.summaries = summaries;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<IncidentRow> visibleTo(StaffUser supervisor) {
		return workflow.incidents(null)
			.stream()
			.filter(incident -> supervises(supervisor, incident.businessKey()))
			.map(incident -> row(incident, orgUnitOf(incident.businessKey())))
			.toList();
	}

	@Transactional
	public void retry(String incidentId, StaffUser supervisor) {
		Workflow.IncidentView incident = workflow.incident(incidentId)
			.orElseThrow(() -> ApiException.notFound("INCIDENT_NOT_FOUND", "故障不存在或已处理"));
		String orgUnit = orgUnitOf(incident.businessKey());
		if (!supervises(supervisor, incident.businessKey())) {
			throw ApiException.notFound("INCIDENT_NOT_FOUND", "故障不存在或已处理");
		}
		workflow.retry(incidentId, 1);
		audit.record(new AuditRecord(supervisor.username(), Role.SUPERVISOR.name(), orgUnit, incident.businessKey(),
				"INCIDENT_RETRIED", "重试失败的外部调用：" + incident.activityId(), null));
	}

	/** Whether the supervisor holds the case's line at its unit or above. */
	private boolean supervises(StaffUser supervisor, String businessKey) {
		return summaries.summary(businessKey)
			.map(summary -> supervisor.covers(summary.line(), Role.SUPERVISOR, summary.orgUnitCode()))
			.orElse(false);
	}

	private String orgUnitOf(String businessKey) {
		return summaries.summary(businessKey).map(CaseSummaries.CaseSummary::orgUnitCode).orElse(null);
	}

	private static IncidentRow row(Workflow.IncidentView incident, String orgUnit) {
		return new IncidentRow(incident.id(), incident.businessKey(), incident.activityId(), orgUnit,
				incident.message(), incident.created());
	}

	/** An incident as a supervisor sees it. */
	public record IncidentRow(String id, String caseRef, String activityId, String orgUnitCode, String message,
			Instant created) {
	}

}
