package org.minzheng.flow.inbox;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What a user did or holds on a case, for separation of duties (SQL in the XML). */
@Mapper
interface SeparationOfDutiesMapper {

	/**
	 * The steps of the case among {@code taskKeys} that the user completed
	 * ({@code task_record}) or holds claimed now ({@code work_item}, other than
	 * {@code taskId}), completed ones first.
	 */
	List<EarlierStep> stepsOf(@Param("caseRef") String caseRef, @Param("username") String username,
			@Param("taskKeys") Collection<String> taskKeys, @Param("taskId") String taskId);

	/** One such step: {@code completed}, or held claimed. */
	record EarlierStep(boolean completed, String taskKey, String taskName) {
	}

}
