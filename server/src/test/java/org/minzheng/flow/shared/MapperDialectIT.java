package org.minzheng.flow.shared;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.TestDatabase;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement of every application mapper runs on this test's database (MariaDB in
 * the default execution, the embedded H2 default in {@code h2-it}), with placeholder
 * arguments, in a transaction that is rolled back. The database may refuse the
 * placeholder data (a foreign key, a NOT NULL, a duplicate): the statement reached it and
 * was understood. What fails this test is SQL the database does not understand — grammar,
 * an unknown column or function, H2's GROUP BY rule — the kind of fault that made the
 * supervisors' dashboard answer 500 on the embedded default while every MariaDB test
 * passed. The ITs show each statement's meaning; this one shows that the two dialects
 * accept all of them.
 */
@ApplicationTest
class MapperDialectIT {

	/** H2's codes for SQL it does not understand besides the SQLSTATE 42 class. */
	private static final Set<String> H2_DIALECT_STATES = Set.of("90016", "90022", "90054", "90086");

	@Autowired
	SqlSessionFactory sessions;

	@Autowired
	SqlSessionTemplate session;

	@Autowired
	TransactionTemplate tx;

	@Test
	void everyMapperStatementIsUnderstoodByTheDatabase() {
		org.minzheng.flow.support.MapperStatementCoverage.uncounted(this::runAll);
	}

	private void runAll() {
		Configuration configuration = sessions.getConfiguration();
		Map<String, String> misunderstood = new TreeMap<>();
		Set<String> reached = new TreeSet<>();
		Set<String> refusedData = new TreeSet<>();
		Set<String> notBound = new TreeSet<>();
		// inserts first, then reads, then updates and deletes, all in one transaction
		// rolled
		// back at the end: the reads meet the rows the inserts made (the placeholders
		// agree,
		// so a row's unit, key and dates match a read's filter), and H2 checks some
		// rules,
		// such as GROUP BY, only on rows it groups
		List<Call> calls = new ArrayList<>();
		for (Class<?> mapper : configuration.getMapperRegistry().getMappers()) {
			if (!mapper.getName().startsWith("org.minzheng.flow.")) {
				continue;
			}
			Object proxy = session.getMapper(mapper);
			for (Method method : mapper.getMethods()) {
				String id = mapper.getName() + "." + method.getName();
				if (method.isDefault() || !configuration.hasStatement(id, false)) {
					continue;
				}
				method.setAccessible(true);
				calls.add(new Call(id, configuration.getMappedStatement(id).getSqlCommandType().ordinal(), proxy,
						method));
			}
		}
		calls.sort(java.util.Comparator.comparingInt(Call::order).thenComparing(Call::id));
		tx.executeWithoutResult(status -> {
			status.setRollbackOnly();
			for (Call call : calls) {
				Object savepoint = status.createSavepoint();
				Throwable failure = null;
				try {
					call.method().invoke(call.proxy(), arguments(call.method()));
				}
				catch (java.lang.reflect.InvocationTargetException ex) {
					failure = ex.getCause();
				}
				catch (ReflectiveOperationException | RuntimeException ex) {
					failure = ex;
				}
				if (failure != null) {
					status.rollbackToSavepoint(savepoint);
				}
				else {
					status.releaseSavepoint(savepoint);
				}
				SQLException sql = sqlCause(failure);
				if (failure == null) {
					reached.add(call.id());
				}
				else if (sql != null && dialectProblem(sql)) {
					misunderstood.put(call.id(),
							sql.getSQLState() + " " + sql.getMessage().lines().findFirst().orElse(""));
				}
				else if (sql != null) {
					refusedData.add(call.id());
				}
				else {
					notBound.add(call.id() + " (" + root(failure) + ")");
				}
			}
		});
		String database = System.getProperty(TestDatabase.PROPERTY, "mariadb");
		System.out.printf(
				"mapper statements on %s: %d ran, %d reached the database and refused the placeholder data, "
						+ "%d could not be given placeholder arguments, %d misunderstood%n",
				database, reached.size(), refusedData.size(), notBound.size(), misunderstood.size());
		notBound.forEach(s -> System.out.println("  not bound: " + s));
		assertThat(misunderstood).as("statements the %s database does not understand", database).isEmpty();
		int total = reached.size() + refusedData.size() + notBound.size();
		assertThat(total).isGreaterThan(400);
		assertThat(reached.size() + refusedData.size()).as("statements that reached the database")
			.isGreaterThanOrEqualTo(total * 95 / 100);
	}

	private static boolean dialectProblem(SQLException sql) {
		String state = sql.getSQLState() == null ? "" : sql.getSQLState();
		return state.startsWith("42") || H2_DIALECT_STATES.contains(state);
	}

	private static SQLException sqlCause(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql) {
				return sql;
			}
		}
		return null;
	}

	private static String root(Throwable failure) {
		Throwable t = failure;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
		return t.getClass().getSimpleName() + ": " + (message.length() > 160 ? message.substring(0, 160) : message);
	}

	private static Object[] arguments(Method method) {
		Type[] types = method.getGenericParameterTypes();
		Object[] arguments = new Object[types.length];
		for (int i = 0; i < types.length; i++) {
			arguments[i] = placeholder(types[i], 0);
		}
		return arguments;
	}

	/** A value of the type a mapper parameter declares. */
	static Object placeholder(Type type, int depth) {
		if (type instanceof ParameterizedType parameterized) {
			Class<?> raw = (Class<?>) parameterized.getRawType();
			if (Collection.class.isAssignableFrom(raw)) {
				Object element = placeholder(parameterized.getActualTypeArguments()[0], depth + 1);
				List<Object> list = new ArrayList<>();
				list.add(element);
				return Set.class.isAssignableFrom(raw) ? new java.util.HashSet<>(list) : list;
			}
			if (Map.class.isAssignableFrom(raw)) {
				return new java.util.HashMap<>();
			}
			return placeholder(raw, depth);
		}
		if (!(type instanceof Class<?> c)) {
			return null;
		}
		if (c == String.class) {
			return "X";
		}
		if (c == int.class || c == Integer.class) {
			return 1;
		}
		if (c == long.class || c == Long.class) {
			return 1L;
		}
		if (c == short.class || c == Short.class) {
			return (short) 1;
		}
		if (c == boolean.class || c == Boolean.class) {
			return false;
		}
		if (c == double.class || c == Double.class) {
			return 1.0;
		}
		if (c == BigDecimal.class) {
			return BigDecimal.ONE;
		}
		if (c == Instant.class) {
			return Instant.parse("2026-01-05T02:00:00Z");
		}
		if (c == LocalDate.class) {
			return LocalDate.of(2026, 1, 5);
		}
		if (c == LocalDateTime.class) {
			return LocalDateTime.of(2026, 1, 5, 10, 0);
		}
		if (c == byte[].class) {
			return new byte[] { 1 };
		}
		if (c.isEnum()) {
			return c.getEnumConstants()[0];
		}
		if (List.class.isAssignableFrom(c) || Collection.class.isAssignableFrom(c)) {
			return new ArrayList<>(List.of("X"));
		}
		if (Map.class.isAssignableFrom(c)) {
			return new java.util.HashMap<>();
		}
		if (depth > 3) {
			return null;
		}
		if (c.isRecord()) {
			RecordComponent[] components = c.getRecordComponents();
			Object[] values = new Object[components.length];
			Class<?>[] classes = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				values[i] = placeholder(components[i].getGenericType(), depth + 1);
				classes[i] = components[i].getType();
			}
			return construct(c, classes, values);
		}
		// a parameter object (a key holder, a new row): its widest constructor
		java.lang.reflect.Constructor<?> widest = null;
		for (java.lang.reflect.Constructor<?> constructor : c.getDeclaredConstructors()) {
			if (widest == null || constructor.getParameterCount() > widest.getParameterCount()) {
				widest = constructor;
			}
		}
		if (widest == null) {
			return null;
		}
		Type[] parameters = widest.getGenericParameterTypes();
		Object[] values = new Object[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			values[i] = placeholder(parameters[i], depth + 1);
		}
		return construct(c, widest.getParameterTypes(), values);
	}

	private static Object construct(Class<?> type, Class<?>[] classes, Object[] values) {
		try {
			java.lang.reflect.Constructor<?> constructor = type.getDeclaredConstructor(classes);
			constructor.setAccessible(true);
			return constructor.newInstance(values);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * One statement to run: inserts (order 1) before selects (4), updates (2), deletes
	 * (3).
	 */
	private record Call(String id, int type, Object proxy, Method method) {

		int order() {
			// SqlCommandType: UNKNOWN, INSERT, UPDATE, DELETE, SELECT, FLUSH
			return switch (type) {
				case 1 -> 0;
				case 4 -> 1;
				case 2 -> 2;
				default -> 3;
			};
		}

	}

}
