package org.minzheng.flow.shared.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.apache.ibatis.builder.annotation.ProviderContext;
import org.junit.jupiter.api.Test;

/**
 * Every statement of {@link WaitlistSql} names a queue kind's tables and columns in full:
 * no placeholder is left, and the parameters stay MyBatis parameters.
 */
class WaitlistSqlTest {

	@WaitlistTables(queues = "q_queue", events = "q_event", entries = "q_entry", slots = "q_slot", offers = "q_offer",
			queueColumn = "q_code", slot = "bed", sortColumn = "q_key")
	interface Tables {

	}

	@Test
	void everyStatementNamesTheKindsTablesAndKeepsItsParameters() throws Exception {
		ProviderContext context = context(Tables.class);
		List<Method> statements = Arrays.stream(WaitlistSql.class.getDeclaredMethods())
			.filter(m -> Modifier.isPublic(m.getModifiers()))
			.toList();
		assertThat(statements).hasSizeGreaterThan(20);
		for (Method statement : statements) {
			String sql = (String) statement.invoke(null, context);
			assertThat(sql).as(statement.getName()).doesNotContain("[").doesNotContain("]").contains("q_");
			assertThat(sql.replaceAll("#\\{[A-Za-z.]+\\}", "")).as(statement.getName()).doesNotContain("#");
		}
		assertThat((String) WaitlistSql.class.getMethod("candidate", ProviderContext.class).invoke(null, context))
			.isEqualTo("SELECT e.* FROM q_entry e WHERE e.q_code = #{queue} AND e.status = 'WAITING' "
					+ "AND NOT EXISTS (SELECT 1 FROM q_offer f WHERE f.live_entry_id = e.id) "
					+ "AND NOT EXISTS (SELECT 1 FROM q_offer f WHERE f.bed_id = #{slotId} AND f.entry_id = e.id) "
					+ "ORDER BY e.q_key, e.application_no LIMIT 1");
	}

	private static ProviderContext context(Class<?> mapper) throws Exception {
		Constructor<ProviderContext> constructor = ProviderContext.class.getDeclaredConstructor(Class.class,
				Method.class, String.class);
		constructor.setAccessible(true);
		return constructor.newInstance(mapper, null, null);
	}

}
