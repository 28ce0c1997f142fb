package org.minzheng.flow.shared;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.scripting.xmltags.DynamicSqlSource;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a transaction has read and written through MyBatis: the rows of
 * {@link ReadOncePerTransaction} SELECTs, kept until the transaction writes to a table
 * they name, and the tables it wrote ({@link #wrote}).
 * <p>
 * Per Spring transaction: the engine's nested commands run in the caller's transaction
 * and share its reads; a transaction started inside another (REQUIRES_NEW) has its own,
 * and its writes also drop what the suspended outer one kept. A write outside MyBatis
 * (plain JDBC) is not seen: no SELECT marked here may read a table written that way.
 * Another transaction's commit is not seen either, as under REPEATABLE READ; writes that
 * depend on the current state are compare-and-set updates, which read the row as it is.
 */
@Component
@Intercepts({
		@Signature(type = Executor.class, method = "query",
				args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }),
		@Signature(type = Executor.class, method = "update", args = { MappedStatement.class, Object.class }) })
public class TransactionReads implements Interceptor {

	private static final Pattern TABLE = Pattern.compile("\\b(?:from|join|into|update)\\s+`?([a-z0-9_]+)");

	/** The transactions of this thread, the current and any suspended ones. */
	private static final ThreadLocal<List<Transaction>> OPEN = ThreadLocal.withInitial(ArrayList::new);

	/** Per statement id: what a marked SELECT reads, or empty when not marked. */
	private final Map<String, Optional<Marked>> marked = new ConcurrentHashMap<>();

	/** Per statement id of a write whose SQL is fixed: the tables it names. */
	private final Map<String, Set<String>> written = new ConcurrentHashMap<>();

	/**
	 * Whether the current transaction wrote, through MyBatis, to any of the tables (lower
	 * case); true when there is no transaction to tell.
	 */
	public static boolean wrote(Collection<String> tables) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return true;
		}
		Transaction current = (Transaction) TransactionSynchronizationManager.getResource(Transaction.class);
		return current != null && tables.stream().anyMatch(current.written::contains);
	}

	@Override
	public Object intercept(Invocation invocation) throws Throwable {
		Object[] args = invocation.getArgs();
		MappedStatement statement = (MappedStatement) args[0];
		if (args.length == 2) {
			wrote(statement, args[1]);
			return invocation.proceed();
		}
		Optional<Marked> mark = marked.computeIfAbsent(statement.getId(), id -> markOf(statement));
		Object key = mark.isEmpty() || args[2] != RowBounds.DEFAULT || args[3] != Executor.NO_RESULT_HANDLER ? null
				: key(statement.getId(), args[1]);
		Transaction transaction = key == null ? null : current(true);
		if (transaction == null) {
			return invocation.proceed();
		}
		Read read = transaction.reads.get(key);
		if (read == null) {
			List<?> rows = (List<?>) invocation.proceed();
			read = new Read(Collections.unmodifiableList(new ArrayList<>(rows)), mark.get().tables());
			transaction.reads.put(key, read);
			if (rows.size() == 1 && rows.get(0) instanceof Record row) {
				for (SameRow same : mark.get().sameRows()) {
					Object value = same.valueIn(row);
					if (value != null && plain(value)) {
						transaction.reads.putIfAbsent(key(same.statementId(), value), read);
					}
				}
			}
		}
		return new ArrayList<>(read.rows());
	}

	private void wrote(MappedStatement statement, Object parameter) {
		if (!TransactionSynchronizationManager.isActualTransactionActive() && OPEN.get().isEmpty()) {
			return;
		}
		Set<String> tables = written.get(statement.getId());
		if (tables == null) {
			tables = tablesIn(statement.getBoundSql(parameter).getSql());
			if (!(statement.getSqlSource() instanceof DynamicSqlSource)) {
				written.put(statement.getId(), tables);
			}
		}
		Transaction current = current(true);
		if (current != null) {
			current.written.addAll(tables);
		}
		// the suspended transactions' reads too: this one may commit before they read
		// again
		for (Transaction open : OPEN.get()) {
			open.drop(tables);
		}
	}

	private static Optional<Marked> markOf(MappedStatement statement) {
		if (statement.getSqlCommandType() != SqlCommandType.SELECT
				|| statement.getSqlSource() instanceof DynamicSqlSource) {
			return Optional.empty();
		}
		return marking(statement.getId()).map(mark -> {
			String namespace = statement.getId().substring(0, statement.getId().lastIndexOf('.') + 1);
			List<SameRow> sameRows = Arrays.stream(mark.sameRowAs()).map(spec -> {
				int eq = spec.indexOf('=');
				if (eq <= 0 || eq == spec.length() - 1) {
					throw new IllegalStateException("@ReadOncePerTransaction(sameRowAs) of " + statement.getId()
							+ ": not method=component: " + spec);
				}
				return new SameRow(namespace + spec.substring(0, eq).trim(), spec.substring(eq + 1).trim());
			}).toList();
			return new Marked(tablesIn(statement.getBoundSql(null).getSql()), sameRows);
		});
	}

	private static Optional<ReadOncePerTransaction> marking(String statementId) {
		int dot = statementId.lastIndexOf('.');
		try {
			Class<?> mapper = Resources.classForName(statementId.substring(0, dot));
			String name = statementId.substring(dot + 1);
			return Arrays.stream(mapper.getMethods())
				.filter(method -> method.getName().equals(name))
				.map(method -> method.getAnnotation(ReadOncePerTransaction.class))
				.filter(Objects::nonNull)
				.findFirst();
		}
		catch (ClassNotFoundException | StringIndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

	/** The tables a statement names (lower case). */
	static Set<String> tablesIn(String sql) {
		Set<String> tables = new HashSet<>();
		Matcher matcher = TABLE.matcher(sql.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			tables.add(matcher.group(1));
		}
		return Set.copyOf(tables);
	}

	/** A key for the parameter, or null when it is not a plain value. */
	private static Object key(String statementId, Object parameter) {
		if (parameter == null || plain(parameter)) {
			return Arrays.asList(statementId, parameter);
		}
		if (parameter instanceof Map<?, ?> map && map.values().stream().allMatch(v -> v == null || plain(v))) {
			return Arrays.asList(statementId, new HashMap<>(map));
		}
		return null;
	}

	private static boolean plain(Object value) {
		return value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum;
	}

	private static Transaction current(boolean create) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Transaction current = (Transaction) TransactionSynchronizationManager.getResource(Transaction.class);
		if (current == null && create) {
			current = new Transaction();
			TransactionSynchronizationManager.bindResource(Transaction.class, current);
			TransactionSynchronizationManager.registerSynchronization(current);
			OPEN.get().add(current);
		}
		return current;
	}

	private record Read(List<?> rows, Set<String> tables) {
	}

	/**
	 * A marked SELECT: the tables it reads, the SELECTs that read its row by a column.
	 */
	private record Marked(Set<String> tables, List<SameRow> sameRows) {
	}

	/** A SELECT reading the same row by the value of one of its record components. */
	private record SameRow(String statementId, String component) {

		private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

		Object valueIn(Record row) {
			Method accessor = ACCESSORS
				.computeIfAbsent(row.getClass(),
						type -> Arrays.stream(type.getRecordComponents())
							.collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getAccessor)))
				.get(component);
			if (accessor == null) {
				throw new IllegalStateException("@ReadOncePerTransaction(sameRowAs) names " + component + ", which "
						+ row.getClass().getName() + " does not have");
			}
			try {
				return accessor.invoke(row);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("cannot read " + component + " of " + row.getClass().getName(), ex);
			}
		}

	}

	/** One transaction's reads and written tables. */
	private static final class Transaction implements TransactionSynchronization {

		final Map<Object, Read> reads = new HashMap<>();

		final Set<String> written = new HashSet<>();

		void drop(Set<String> tables) {
			if (!reads.isEmpty()) {
				reads.values().removeIf(read -> read.tables().stream().anyMatch(tables::contains));
			}
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResourceIfPossible(Transaction.class);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(Transaction.class, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(Transaction.class);
			OPEN.get().remove(this);
			if (OPEN.get().isEmpty()) {
				OPEN.remove();
			}
		}

	}

}
