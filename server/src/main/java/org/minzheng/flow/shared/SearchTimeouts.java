package org.minzheng.flow.shared;

import java.time.Duration;
import java.util.Locale;

import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.apache.ibatis.builder.StaticSqlSource;
import org.apache.ibatis.scripting.defaults.RawSqlSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A time limit for the queries a user's input can make expensive: the SELECTs whose SQL
 * MyBatis builds per call from the filters given ({@code <if>}, {@code <where>},
 * {@code <foreach>}: searches, lists, exports) and the fixed ones that search by text
 * ({@code LIKE}). After {@code minzheng.database.search-timeout} the driver cancels the
 * query, so that a search gone wrong cannot hold connections the clerks need.
 * <p>
 * A fixed query on keys (a case by its number, a task's work item) and the writes (by
 * key, or a transaction's rows in one multi-row INSERT) have no limit: the driver's limit
 * costs a timer task a statement (scheduled, cancelled, and a wake-up of the driver's
 * timer thread each), 6 % of the application's CPU in the throughput benchmark when every
 * statement had it.
 */
@Component
class SearchTimeouts implements SmartInitializingSingleton {

	private final SqlSessionFactory sessions;

	private final int seconds;

	SearchTimeouts(SqlSessionFactory sessions, @Value("${minzheng.database.search-timeout:PT30S}") Duration timeout) {
		this.sessions = sessions;
		this.seconds = (int) Math.max(1, timeout.toSeconds());
	}

	/** Once every mapper is known (MyBatis-Spring adds them as their beans are made). */
	@Override
	public void afterSingletonsInstantiated() {
		for (Object each : sessions.getConfiguration().getMappedStatements()) {
			// the statements are listed under their full and their short names
			if (each instanceof MappedStatement statement && statement.getTimeout() == null && searches(statement)) {
				SystemMetaObject.forObject(statement).setValue("timeout", seconds);
			}
		}
	}

	/**
	 * Whether the statement is a SELECT built per call (dynamic SQL, a provider) or a
	 * fixed one that searches by text.
	 */
	static boolean searches(MappedStatement statement) {
		if (statement.getSqlCommandType() != SqlCommandType.SELECT) {
			return false;
		}
		if (!(statement.getSqlSource() instanceof RawSqlSource
				|| statement.getSqlSource() instanceof StaticSqlSource)) {
			return true;
		}
		return statement.getBoundSql(null).getSql().toLowerCase(Locale.ROOT).contains(" like ");
	}

}
