package org.minzheng.flow.inbox;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who a task that has ended belonged to, from our own {@code task_record} (the engine
 * keeps no task or identity-link history: {@code workflow.camunda.CaseHistoryLevel}): the
 * group of the role and unit it was completed in, {@code aid-reviewer@440308001}. A task
 * that ended without a record (deleted by a withdrawal, a send-back or a boundary event)
 * is unknown here, and its endpoints answer as for any task not found.
 */
@Component
class EndedTasks {

	private final EndedTaskMapper mapper;

	EndedTasks(EndedTaskMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * The groups the ended task was completed in, or empty when no record of it exists.
	 */
	Optional<List<String>> groups(String taskId) {
		if (taskId == null || taskId.length() > 64) {
			return Optional.empty();
		}
		List<String> groups = mapper.completions(taskId)
			.stream()
			.flatMap(row -> BusinessLine.ofCaseRef(row.caseRef())
				.flatMap(line -> role(row.actorRole()).map(role -> role.group(line.code(), row.orgUnitCode())))
				.stream())
			.distinct()
			.toList();
		return groups.isEmpty() ? Optional.empty() : Optional.of(groups);
	}

	private static Optional<Role> role(String name) {
		return java.util.Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst();
	}

	record Completion(String caseRef, String actorRole, String orgUnitCode) {
	}

	@Mapper
	interface EndedTaskMapper {

		/** By {@code ix_task_record_task}. */
		@Select("SELECT case_ref, actor_role, org_unit_code FROM task_record WHERE task_id = #{taskId}")
		List<Completion> completions(String taskId);

	}

}
