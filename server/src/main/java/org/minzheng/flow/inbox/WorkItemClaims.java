package org.minzheng.flow.inbox;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

/**
 * Compare-and-set on the work item: of concurrent claims, the database lets exactly one
 * change the row; the others wait for its lock and then find the item taken.
 */
@Mapper
interface WorkItemClaims {

	@Update("UPDATE work_item SET assignee = #{username} WHERE task_id = #{taskId} AND assignee IS NULL")
	int tryClaim(@Param("taskId") String taskId, @Param("username") String username);

	default boolean claim(String taskId, String username) {
		return tryClaim(taskId, username) == 1;
	}

	/**
	 * Takes an unclaimed item away from its inbox for a withdrawal (撤回); the engine then
	 * cancels its task. Of a withdrawal and a claim racing for the item, exactly one
	 * changes the row.
	 */
	@Update("UPDATE work_item SET assignee = '#withdrawn' WHERE task_id = #{taskId} AND assignee IS NULL")
	int tryWithdraw(String taskId);

	default boolean withdraw(String taskId) {
		return tryWithdraw(taskId) == 1;
	}

}
