package org.minzheng.flow.processadmin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.ProcessRepository;
import org.minzheng.flow.workflow.ProcessRepository.InstanceCheck;
import org.minzheng.flow.workflow.ProcessRepository.MigrationPreview;
import org.minzheng.flow.workflow.ProcessRepository.ProcessVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moving running instances to a newer version: a preview (the generated mapping, and per
 * instance whether all its active steps map), a dry run (each instance migrated in a
 * transaction that is rolled back, so the engine's own validation speaks too), then the
 * migration, one instance per transaction, so that one refusal does not stop the others.
 * The outcome is recorded and audited.
 */
@Service
public class ProcessMigrations {

	private final ProcessRepository repository;

	private final ProcessChanges changes;

	private final ProcessChangeMapper records;

	private final AuditTrail audit;

	private final TransactionTemplate each;

	private final ObjectMapper json;

	private final Clock clock;

	ProcessMigrations(ProcessRepository repository, ProcessChanges changes, ProcessChangeMapper records,
			AuditTrail audit, PlatformTransactionManager transactions, ObjectMapper json, Clock clock) {
		this.repository = repository;
		this.changes = changes;
		this.records = records;
		this.audit = audit;
		this.each = new TransactionTemplate(transactions);
		this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.json = json;
		this.clock = clock;
	}

	/** What a migration did: instances moved and refused, with the reasons. */
	public record MigrationReport(String fromId, String toId, int migrated, List<InstanceCheck> refused) {
	}

	/**
	 * Which running instances of {@code fromId} can move to {@code toId} and why not,
	 * after a dry run of each candidate. Changes nothing.
	 */
	public MigrationPreview preview(StaffUser user, String fromId, String toId) {
		ProcessVersion to = versions(user, fromId, toId);
		MigrationPreview preview = repository.previewMigration(fromId, to.definitionId());
		List<InstanceCheck> checked = new ArrayList<>();
		for (InstanceCheck instance : preview.instances()) {
			checked.add(instance.migratable() ? dryRun(fromId, toId, instance) : instance);
		}
		return new MigrationPreview(preview.fromId(), preview.toId(), preview.mapping(), preview.unmapped(),
				preview.planProblem(), checked);
	}

	/**
	 * Migrates every instance that can move; the others stay on their version and are
	 * reported.
	 */
	public MigrationReport migrate(StaffUser user, String fromId, String toId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw ApiException.badRequest("REASON_MISSING", "reason", "请填写迁移理由");
		}
		ProcessVersion to = versions(user, fromId, toId);
		MigrationPreview preview = repository.previewMigration(fromId, toId);
		int migrated = 0;
		List<InstanceCheck> refused = new ArrayList<>();
		for (InstanceCheck instance : preview.instances()) {
			if (!instance.migratable()) {
				refused.add(instance);
				continue;
			}
			try {
				each.executeWithoutResult(status -> repository.migrate(fromId, toId, instance.processInstanceId()));
				migrated++;
			}
			catch (ProcessRepository.MigrationRefusedException ex) {
				refused.add(refusal(instance, ex));
			}
		}
		MigrationReport report = new MigrationReport(fromId, toId, migrated, refused);
		String unit = changes.requireOwner(user, to.key(), to.variant());
		int moved = migrated;
		each.executeWithoutResult(status -> {
			records.insertMigration(to.key(), fromId, toId, user.username(), clock.instant(), moved, refused.size(),
					toJson(report));
			audit.record(new AuditRecord(user.username(), Role.PROCESS_OWNER.name(), unit, null,
					"PROCESS_INSTANCES_MIGRATED", "迁移 " + to.key() + " 的运行实例：" + fromId + " → " + toId + "，成功 " + moved
							+ " 个，未迁移 " + refused.size() + " 个",
					reason.strip()));
		});
		return report;
	}

	private InstanceCheck dryRun(String fromId, String toId, InstanceCheck instance) {
		try {
			each.executeWithoutResult(status -> {
				status.setRollbackOnly();
				repository.migrate(fromId, toId, instance.processInstanceId());
			});
			return instance;
		}
		catch (ProcessRepository.MigrationRefusedException ex) {
			return refusal(instance, ex);
		}
	}

	private static InstanceCheck refusal(InstanceCheck instance, RuntimeException ex) {
		String message = ex.getMessage() == null ? "" : ex.getMessage();
		return new InstanceCheck(instance.processInstanceId(), instance.businessKey(), instance.activeActivities(),
				false, "流程引擎拒绝迁移：" + (message.length() > 300 ? message.substring(0, 300) : message));
	}

	/**
	 * Both versions exist, are the same process and variant, and the user may change it.
	 */
	private ProcessVersion versions(StaffUser user, String fromId, String toId) {
		ProcessChanges.requireAnyOwner(user);
		// both named: an engine query without the id would read every version (found by
		// the OpenAPI fuzzing test: a migration without "from" was a 500)
		if (fromId == null || fromId.isBlank()) {
			throw ApiException.badRequest("VERSION_REQUIRED", "from", "请指定迁移的源流程版本");
		}
		if (toId == null || toId.isBlank()) {
			throw ApiException.badRequest("VERSION_REQUIRED", "to", "请指定迁移的目标流程版本");
		}
		ProcessVersion from = repository.version(fromId)
			.filter(version -> ProcessChanges.ownsLineOf(user, version.key()))
			.orElseThrow(() -> ApiException.notFound("VERSION_NOT_FOUND", "没有这个流程版本：{0}", fromId));
		ProcessVersion to = repository.version(toId)
			.orElseThrow(() -> ApiException.notFound("VERSION_NOT_FOUND", "没有这个流程版本：{0}", toId));
		if (!from.key().equals(to.key()) || from.definitionId().equals(to.definitionId())) {
			throw ApiException.badRequest("MIGRATION_TARGET_INVALID", "to", "只能迁移到同一流程的另一个版本");
		}
		changes.requireOwner(user, to.key(), to.variant());
		return to;
	}

	private String toJson(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
