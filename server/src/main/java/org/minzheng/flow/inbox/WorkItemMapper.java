package org.minzheng.flow.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface WorkItemMapper {

	@Insert("INSERT INTO work_item (task_id, case_ref, process_key, process_instance_id, task_key, task_name, org_unit_code, "
			+ "district_code, candidate_groups, assignee, applicant_name, applicant_name_masked, applicant_id_masked, "
			+ "applicant_id_bidx, "
			+ "created_at, due_at, business_line) VALUES (#{i.taskId}, #{i.caseRef}, #{i.processKey}, #{i.processInstanceId}, #{i.taskKey}, "
			+ "#{i.taskName}, #{i.orgUnitCode}, #{i.districtCode}, #{i.candidateGroups}, #{i.assignee}, #{i.applicantName}, "
			+ "#{i.applicantNameMasked}, #{i.applicantIdMasked}, #{idNumber,typeHandler=blindIndex}, #{i.createdAt}, "
			+ "#{i.dueAt}, #{i.businessLine})")
	void insert(@Param("i") WorkItem item, @Param("idNumber") String applicantIdNumber);

	@Insert("INSERT INTO work_item_group (task_id, group_id) VALUES (#{taskId}, #{groupId})")
	void insertGroup(@Param("taskId") String taskId, @Param("groupId") String groupId);

	@Update("UPDATE work_item SET assignee = #{assignee} WHERE task_id = #{taskId}")
	int updateAssignee(@Param("taskId") String taskId, @Param("assignee") String assignee);

	@Update("UPDATE work_item SET due_at = #{dueAt} WHERE task_id = #{taskId}")
	int updateDue(@Param("taskId") String taskId, @Param("dueAt") Instant dueAt);

	@Delete("DELETE FROM work_item_group WHERE task_id = #{taskId}")
	void deleteGroups(String taskId);

	@Delete("DELETE FROM work_item WHERE task_id = #{taskId}")
	int delete(String taskId);

	@Select("SELECT * FROM work_item WHERE task_id = #{taskId}")
	WorkItem find(String taskId);

	@Select("SELECT * FROM work_item WHERE district_code = #{district} AND process_key = #{processKey} "
			+ "AND task_key = #{taskKey} ORDER BY task_id")
	List<WorkItem> openIn(@Param("district") String districtCode, @Param("processKey") String processKey,
			@Param("taskKey") String taskKey);

	@Select("SELECT process_instance_id FROM work_item WHERE case_ref = #{caseRef} LIMIT 1")
	String processInstanceOf(String caseRef);

	@Select("SELECT * FROM work_item WHERE due_at >= #{now} AND due_at < #{limit} AND near_due_notified_at IS NULL "
			+ "ORDER BY due_at LIMIT 500")
	List<WorkItem> nearDue(@Param("now") Instant now, @Param("limit") Instant limit);

	@Update("UPDATE work_item SET near_due_notified_at = #{now} WHERE task_id = #{taskId} AND near_due_notified_at IS NULL")
	int markNearDue(@Param("taskId") String taskId, @Param("now") Instant now);

	@Select("SELECT * FROM work_item WHERE escalated_at IS NOT NULL AND escalated_again_at IS NULL "
			+ "AND escalated_at < #{before} ORDER BY escalated_at LIMIT 500")
	List<WorkItem> escalatedBefore(Instant before);

	@Update("UPDATE work_item SET escalated_again_at = #{now} WHERE task_id = #{taskId} AND escalated_again_at IS NULL")
	int markEscalatedAgain(@Param("taskId") String taskId, @Param("now") Instant now);

	@Select("SELECT * FROM work_item ORDER BY task_id")
	List<WorkItem> findAll();

	@Select("SELECT group_id FROM work_item_group WHERE task_id = #{taskId} ORDER BY group_id")
	List<String> groupsOf(String taskId);

	@Select("SELECT * FROM work_item WHERE process_instance_id = #{processInstanceId} ORDER BY created_at")
	List<WorkItem> findByProcessInstance(String processInstanceId);

	/** Marks overdue, not yet escalated items of a process instance; returns how many. */
	@Update("UPDATE work_item SET escalated_at = #{now} WHERE process_instance_id = #{processInstanceId} "
			+ "AND task_key = #{taskKey} AND escalated_at IS NULL")
	int markEscalated(@Param("processInstanceId") String processInstanceId, @Param("taskKey") String taskKey,
			@Param("now") Instant now);

	List<WorkItem> inbox(@Param("q") InboxQuery query, @Param("groups") Collection<String> groups,
			@Param("scope") Collection<String> scope, @Param("lines") Collection<String> lines,
			@Param("now") Instant now, @Param("soon") Instant soon, @Param("nameUpperBound") String nameUpperBound);

	/** The count of {@link #inbox}, each of its two parts read up to {@code cap} rows. */
	long countInbox(@Param("q") InboxQuery query, @Param("groups") Collection<String> groups,
			@Param("scope") Collection<String> scope, @Param("lines") Collection<String> lines,
			@Param("now") Instant now, @Param("soon") Instant soon, @Param("nameUpperBound") String nameUpperBound,
			@Param("cap") int cap);

	List<WorkItem> overdue(@Param("scopes") Collection<LineScope> scopes, @Param("now") Instant now,
			@Param("offset") int offset, @Param("limit") int limit);

	List<SlaCount> slaCounts(@Param("scopes") Collection<LineScope> scopes, @Param("now") Instant now,
			@Param("soon") Instant soon);

}
