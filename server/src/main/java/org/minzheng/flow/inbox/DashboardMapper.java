package org.minzheng.flow.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Aggregates of open work for a supervisor's dashboard. */
@Mapper
interface DashboardMapper {

	/** Work of each line at the units the supervisor holds that line at. */
	String SCOPE = "(<foreach collection='scopes' item='s' separator=' OR '>(w.business_line = #{s.line} AND "
			+ "w.org_unit_code IN <foreach collection='s.units' item='unit' open='(' separator=',' close=')'>#{unit}</foreach>)"
			+ "</foreach>)";

	String STATE = "CASE WHEN w.due_at &lt; #{now} THEN 'OVERDUE' WHEN w.due_at &lt; #{soon} THEN 'DUE_SOON' ELSE 'ON_TIME' END";

	@Select("<script>SELECT w.task_key, MIN(w.task_name) AS task_name, " + STATE
			+ " AS state, COUNT(*) AS count FROM work_item w WHERE " + SCOPE + " GROUP BY w.task_key, " + STATE
			+ " ORDER BY w.task_key</script>")
	List<TaskCount> byTask(@Param("scopes") Collection<LineScope> scopes, @Param("now") Instant now,
			@Param("soon") Instant soon);

	@Select("<script>SELECT CASE WHEN w.created_at &gt;= #{t2} THEN 'D0_2' WHEN w.created_at &gt;= #{t5} THEN 'D3_5' "
			+ "WHEN w.created_at &gt;= #{t10} THEN 'D6_10' ELSE 'D11_PLUS' END AS bucket, COUNT(*) AS count "
			+ "FROM work_item w WHERE " + SCOPE + " GROUP BY CASE WHEN w.created_at &gt;= #{t2} THEN 'D0_2' "
			+ "WHEN w.created_at &gt;= #{t5} THEN 'D3_5' WHEN w.created_at &gt;= #{t10} THEN 'D6_10' ELSE 'D11_PLUS' END"
			+ "</script>")
	List<AgeCount> ageing(@Param("scopes") Collection<LineScope> scopes, @Param("t2") Instant twoWorkingDaysAgo,
			@Param("t5") Instant fiveWorkingDaysAgo, @Param("t10") Instant tenWorkingDaysAgo);

	/** Open work of one task in one SLA state. */
	record TaskCount(String taskKey, String taskName, SlaState state, long count) {
	}

	/** Open work created within an age bucket. */
	record AgeCount(String bucket, long count) {
	}

}
