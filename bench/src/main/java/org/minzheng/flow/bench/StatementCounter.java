package org.minzheng.flow.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

/**
 * A JDBC proxy that counts the SQL statements sent through a {@link DataSource}, by kind
 * (SELECT, INSERT, UPDATE, DELETE, other). A batched statement counts once per
 * {@code addBatch}, as the server executes each one; {@code executeBatch} adds nothing.
 * Connection housekeeping (auto-commit, isolation, commit, rollback) is not a statement
 * and is not counted. Both sides of the throughput benchmark go through one of these, so
 * their counts compare.
 */
public final class StatementCounter {

	/** What is counted. */
	public enum Kind {

		SELECT, INSERT, UPDATE, DELETE, OTHER

	}

	private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

	private final AtomicLongArray counts = new AtomicLongArray(Kind.values().length);

	private final ConcurrentHashMap<String, LongAdder> byStatement = new ConcurrentHashMap<>();

	/** Wraps a data source so that every statement through it is counted here. */
	public DataSource wrap(DataSource target) {
		return proxy(DataSource.class, target, (method, args, result) -> {
			if (result instanceof Connection connection) {
				return connection(connection);
			}
			return result;
		});
	}

	/** A snapshot of the counts so far, indexed by {@link Kind#ordinal()}. */
	public long[] snapshot() {
		long[] out = new long[counts.length()];
		for (int i = 0; i < out.length; i++) {
			out[i] = counts.get(i);
		}
		return out;
	}

	private Connection connection(Connection target) {
		return proxy(Connection.class, target, (method, args, result) -> {
			if (TRACE != null && (method.getName().equals("commit") || method.getName().equals("rollback"))) {
				trace("-- " + method.getName());
			}
			if (result instanceof CallableStatement statement) {
				return statement(CallableStatement.class, statement, (String) args[0]);
			}
			if (result instanceof PreparedStatement statement) {
				return statement(PreparedStatement.class, statement, (String) args[0]);
			}
			if (result instanceof Statement statement) {
				return statement(Statement.class, statement, null);
			}
			return result;
		});
	}

	private <S extends Statement> S statement(Class<S> type, S target, String preparedSql) {
		return proxy(type, target, new After() {
			@Override
			public Object after(Method method, Object[] args, Object result) {
				return result;
			}

			@Override
			public void before(Method method, Object[] args) {
				String name = method.getName();
				boolean withSql = args != null && args.length > 0 && args[0] instanceof String;
				if (EXECUTE.contains(name) || name.equals("addBatch")) {
					count(withSql ? (String) args[0] : preparedSql);
				}
			}
		});
	}

	/**
	 * For finding where statements come from while working on the layer: with
	 * {@code -Dbench.trace=<file>} every statement is appended with its thread and the
	 * application's frames that sent it.
	 */
	private static final java.io.PrintWriter TRACE = trace();

	private static java.io.PrintWriter trace() {
		String file = System.getProperty("bench.trace");
		if (file == null || file.isBlank()) {
			return null;
		}
		try {
			return new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(file)), true);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void trace(String sql) {
		StringBuilder frames = new StringBuilder();
		for (StackTraceElement frame : new Throwable().getStackTrace()) {
			String type = frame.getClassName();
			if (type.startsWith("org.minzheng.flow.") && !type.startsWith("org.minzheng.flow.bench.StatementCounter")
					&& !type.contains("$$")) {
				frames.append(' ')
					.append(type.substring(type.lastIndexOf('.') + 1))
					.append('.')
					.append(frame.getMethodName())
					.append(':')
					.append(frame.getLineNumber());
			}
		}
		String shape = sql == null ? "?" : sql.replaceAll("\\s+", " ").strip();
		synchronized (TRACE) {
			TRACE.println(Thread.currentThread().getName() + "\t" + shape.substring(0, Math.min(110, shape.length()))
					+ "\t" + frames);
		}
	}

	private void count(String sql) {
		if (TRACE != null) {
			trace(sql);
		}
		counts.incrementAndGet(kind(sql).ordinal());
		if (sql != null) {
			String shape = sql.replaceAll("\\s+", " ").strip();
			byStatement.computeIfAbsent(shape.substring(0, Math.min(110, shape.length())), key -> new LongAdder())
				.increment();
		}
	}

	/** Every statement (its first 110 characters) and how often it ran. */
	public Map<String, Long> all() {
		Map<String, Long> all = new java.util.HashMap<>();
		byStatement.forEach((key, count) -> all.put(key, count.sum()));
		return all;
	}

	/**
	 * The most frequent statements (their first 110 characters) and how often each ran.
	 */
	public List<Map.Entry<String, Long>> top(int limit) {
		return byStatement.entrySet()
			.stream()
			.map(e -> Map.entry(e.getKey(), e.getValue().sum()))
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(limit)
			.toList();
	}

	static Kind kind(String sql) {
		if (sql == null) {
			return Kind.OTHER;
		}
		String head = sql.stripLeading();
		head = head.substring(0, Math.min(6, head.length())).toUpperCase(Locale.ROOT);
		for (Kind kind : Kind.values()) {
			if (head.equals(kind.name())) {
				return kind;
			}
		}
		return Kind.OTHER;
	}

	private interface After {

		Object after(Method method, Object[] args, Object result);

		default void before(Method method, Object[] args) {
		}

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, After after) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(target)) {
				return target;
			}
			if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(target)) {
				return true;
			}
			after.before(method, args);
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			return after.after(method, args, result);
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

}
