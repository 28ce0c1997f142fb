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

	// The buckets are computed in a derived table and grouped by its column: grouping by
	// the CASE itself is rejected by H2 (each #{...} is its own parameter, so the GROUP
	// BY
	// expression is not the selected one).
	@Select("<script>SELECT task_key, MIN(task_name) AS task_name, state, COUNT(*) AS count FROM (SELECT "
			+ "w.task_key, w.task_name, " + STATE + " AS state FROM work_item w WHERE " + SCOPE
			+ ") t GROUP BY task_key, state ORDER BY task_key</script>")
	List<TaskCount> byTask(@Param("scopes") Collection<LineScope> scopes, @Param("now") Instant now,
			@Param("soon") Instant soon);

	@Select("<script>SELECT bucket, COUNT(*) AS count FROM (SELECT CASE WHEN w.created_at &gt;= #{t2} THEN 'D0_2' "
			+ "WHEN w.created_at &gt;= #{t5} THEN 'D3_5' WHEN w.created_at &gt;= #{t10} THEN 'D6_10' "
			+ "ELSE 'D11_PLUS' END AS bucket FROM work_item w WHERE " + SCOPE + ") a GROUP BY bucket</script>")
	List<AgeCount> ageing(@Param("scopes") Collection<LineScope> scopes, @Param("t2") Instant twoWorkingDaysAgo,
			@Param("t5") Instant fiveWorkingDaysAgo, @Param("t10") Instant tenWorkingDaysAgo);

	/** Open work of one task in one SLA state. */
	record TaskCount(String taskKey, String taskName, SlaState state, long count) {
	}

	/** Open work created within an age bucket. */
	record AgeCount(String bucket, long count) {
	}

}
