package org.minzheng.flow.workflow.camunda;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Our archive of ended instances' paths ({@code case_path}, {@code case_path_step}):
 * written from the engine's history by {@link EngineHistoryArchive} before the history
 * cleanup removes it, read by {@link CamundaWorkflow} when the engine's rows are gone.
 */
@Mapper
interface CasePathMapper {

	/**
	 * Ended instances the cleanup may remove before {@code cutoff} and not yet archived
	 * (by {@code ACT_IDX_HI_PRO_INST_RM_TIME}).
	 */
	@Select("SELECT p.ID_ FROM ACT_HI_PROCINST p WHERE p.REMOVAL_TIME_ <= #{cutoff} AND p.END_TIME_ IS NOT NULL "
			+ "AND NOT EXISTS (SELECT 1 FROM case_path c WHERE c.process_instance_id = p.ID_) "
			+ "ORDER BY p.REMOVAL_TIME_ LIMIT #{limit}")
	List<String> unarchived(@Param("cutoff") Instant cutoff, @Param("limit") int limit);

	@Insert("<script>INSERT INTO case_path (process_instance_id, process_definition_id, business_key, end_activity_id, "
			+ "started_at, ended_at, removal_at, archived_at) "
			+ "SELECT p.ID_, p.PROC_DEF_ID_, p.BUSINESS_KEY_, p.END_ACT_ID_, p.START_TIME_, p.END_TIME_, p.REMOVAL_TIME_, #{now} "
			+ "FROM ACT_HI_PROCINST p WHERE p.ID_ IN "
			+ "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
	int archiveInstances(@Param("ids") List<String> ids, @Param("now") Instant now);

	/**
	 * Every activity instance, numbered in the order {@code Workflow.history} reads them
	 * (start time, then the engine's sequence counter).
	 */
	@Insert("<script>INSERT INTO case_path_step (process_instance_id, seq, activity_id, activity_name, activity_type, "
			+ "assignee, task_id, started_at, ended_at, sequence_counter, state) "
			+ "SELECT h.PROC_INST_ID_, ROW_NUMBER() OVER (PARTITION BY h.PROC_INST_ID_ "
			+ "ORDER BY h.START_TIME_, h.SEQUENCE_COUNTER_, h.ID_), h.ACT_ID_, h.ACT_NAME_, h.ACT_TYPE_, h.ASSIGNEE_, "
			+ "h.TASK_ID_, h.START_TIME_, h.END_TIME_, COALESCE(h.SEQUENCE_COUNTER_, 0), COALESCE(h.ACT_INST_STATE_, 0) "
			+ "FROM ACT_HI_ACTINST h WHERE h.PROC_INST_ID_ IN "
			+ "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
	int archiveSteps(@Param("ids") List<String> ids);

	@Select("SELECT process_definition_id, end_activity_id FROM case_path WHERE process_instance_id = #{id}")
	ArchivedPath path(String processInstanceId);

	@Select("SELECT activity_id, activity_name, activity_type, started_at, ended_at, assignee, task_id, state "
			+ "FROM case_path_step WHERE process_instance_id = #{id} ORDER BY seq")
	List<ArchivedStep> steps(String processInstanceId);

	record ArchivedPath(String processDefinitionId, String endActivityId) {
	}

	record ArchivedStep(String activityId, String activityName, String activityType, Instant startedAt, Instant endedAt,
			String assignee, String taskId, int state) {
	}

}
