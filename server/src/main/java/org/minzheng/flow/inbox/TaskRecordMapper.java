package org.minzheng.flow.inbox;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface TaskRecordMapper {

	@Insert("INSERT INTO task_record (case_ref, task_id, task_key, task_name, actor, actor_role, org_unit_code, decision, data, completed_at) "
			+ "VALUES (#{caseRef}, #{taskId}, #{taskKey}, #{taskName}, #{actor}, #{actorRole}, #{orgUnitCode}, #{decision}, #{data}, #{completedAt})")
	void insert(TaskRecord record);

	@Select("SELECT case_ref, task_id, task_key, task_name, actor, actor_role, org_unit_code, decision, data, completed_at "
			+ "FROM task_record WHERE case_ref = #{caseRef} ORDER BY id")
	List<TaskRecord> forCase(String caseRef);

	/** 已办: what a user completed, newest first. */
	@Select("SELECT case_ref, task_id, task_key, task_name, actor, actor_role, org_unit_code, decision, data, completed_at "
			+ "FROM task_record WHERE actor = #{actor} ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}")
	List<TaskRecord> doneBy(@Param("actor") String actor, @Param("offset") int offset, @Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM task_record WHERE actor = #{actor}")
	long countDoneBy(String actor);

}
