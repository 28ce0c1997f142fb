package org.minzheng.flow.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.executor.ExecutorException;
import org.apache.ibatis.executor.resultset.DefaultResultSetHandler;
import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.apache.ibatis.executor.resultset.ResultSetWrapper;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.type.TypeHandler;
import org.springframework.stereotype.Component;

/**
 * Maps rows to records the way MyBatis's argument-name constructor auto-mapping does
 * ({@code arg-name-based-constructor-auto-mapping}), with the matching of columns to
 * constructor arguments worked out once per statement and column list instead of for
 * every row. MyBatis compares every argument with every column on each row (the column
 * name with its underscores removed, a new string each time, plus a type-handler lookup):
 * for a record of 40 components that is 1,600 comparisons a row, 6 % of the application's
 * CPU in the throughput benchmark.
 * <p>
 * Only the plain case takes this way: a statement with one inline result map of a record
 * type with a single constructor, no explicit, nested or discriminated mappings, all rows
 * wanted, every argument matched by exactly one column, MyBatis's default object factory.
 * Everything else (and any doubt) is left to MyBatis as it is.
 */
@Component
@Intercepts(@Signature(type = ResultSetHandler.class, method = "handleResultSets", args = Statement.class))
public class RecordRows implements Interceptor {

	private static final Field MAPPED_STATEMENT = field("mappedStatement");

	private static final Field ROW_BOUNDS = field("rowBounds");

	private static final Field RESULT_HANDLER = field("resultHandler");

	private static final Field CONFIGURATION = field("configuration");

	/**
	 * Whether this MyBatis has the fields read above (another version: all to MyBatis).
	 */
	private static final boolean READABLE = MAPPED_STATEMENT != null && ROW_BOUNDS != null && RESULT_HANDLER != null
			&& CONFIGURATION != null;

	/** Per result map and column list: how its rows are made, or empty for MyBatis. */
	private final Map<Key, Optional<Plan>> plans = new ConcurrentHashMap<>();

	@Override
	public Object intercept(Invocation invocation) throws Throwable {
		if (!READABLE || !(invocation.getTarget() instanceof DefaultResultSetHandler handler)) {
			return invocation.proceed();
		}
		MappedStatement statement = (MappedStatement) MAPPED_STATEMENT.get(handler);
		if (statement.getResultMaps().size() != 1 || statement.getResultSets() != null
				|| ROW_BOUNDS.get(handler) != RowBounds.DEFAULT || RESULT_HANDLER.get(handler) != null) {
			return invocation.proceed();
		}
		ResultMap resultMap = statement.getResultMaps().get(0);
		if (!plain(resultMap)) {
			return invocation.proceed();
		}
		ResultSet rows = ((Statement) invocation.getArgs()[0]).getResultSet();
		if (rows == null) {
			return invocation.proceed();
		}
		Key key = Key.of(resultMap.getId(), rows.getMetaData());
		Configuration configuration = (Configuration) CONFIGURATION.get(handler);
		Optional<Plan> plan = plans.computeIfAbsent(key, k -> Plan.of(resultMap.getType(), rows, configuration));
		if (plan.isEmpty()) {
			return invocation.proceed();
		}
		List<Object> out = new ArrayList<>();
		try (rows) {
			while (rows.next()) {
				out.add(plan.get().row(rows));
			}
		}
		return out;
	}

	/** The record types this interceptor makes rows of itself (for tests). */
	Set<Class<?>> planned() {
		return plans.values()
			.stream()
			.flatMap(Optional::stream)
			.map(plan -> plan.constructor().getDeclaringClass())
			.collect(Collectors.toSet());
	}

	private static boolean plain(ResultMap resultMap) {
		return resultMap.getType().isRecord() && resultMap.getResultMappings().isEmpty()
				&& resultMap.getDiscriminator() == null && !resultMap.hasNestedResultMaps()
				&& !resultMap.hasNestedQueries() && !Boolean.FALSE.equals(resultMap.getAutoMapping());
	}

	private static Field field(String name) {
		try {
			Field field = DefaultResultSetHandler.class.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// another MyBatis: everything goes to MyBatis
			return null;
		}
	}

	/** A result map and the labels and JDBC types of the columns a statement returned. */
	private record Key(String resultMap, List<String> labels, int[] types) {

		static Key of(String resultMap, ResultSetMetaData meta) throws SQLException {
			int n = meta.getColumnCount();
			String[] labels = new String[n];
			int[] types = new int[n];
			for (int i = 0; i < n; i++) {
				labels[i] = meta.getColumnLabel(i + 1);
				types[i] = meta.getColumnType(i + 1);
			}
			return new Key(resultMap, Arrays.asList(labels), types);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key k && resultMap.equals(k.resultMap) && labels.equals(k.labels)
					&& Arrays.equals(types, k.types);
		}

		@Override
		public int hashCode() {
			return (resultMap.hashCode() * 31 + labels.hashCode()) * 31 + Arrays.hashCode(types);
		}

	}

	/**
	 * The constructor, and per argument its column (by position: a value by name makes
	 * the driver look the label up again) and type handler.
	 */
	private record Plan(Constructor<?> constructor, int[] columns, TypeHandler<?>[] handlers) {

		/**
		 * The plan MyBatis's own matching gives, or empty where it would not give exactly
		 * one column per argument (MyBatis then reports it as it does).
		 */
		static Optional<Plan> of(Class<?> type, ResultSet rows, Configuration configuration) {
			try {
				Constructor<?>[] constructors = type.getDeclaredConstructors();
				if (constructors.length != 1
						|| configuration.getObjectFactory().getClass() != DefaultObjectFactory.class
						|| configuration.getTypeHandlerRegistry().hasTypeHandler(type)
						|| !configuration.isArgNameBasedConstructorAutoMapping()) {
					return Optional.empty();
				}
				Constructor<?> constructor = constructors[0];
				constructor.setAccessible(true);
				ResultSetWrapper wrapper = new ResultSetWrapper(rows, configuration);
				Parameter[] parameters = constructor.getParameters();
				List<String> names = wrapper.getColumnNames();
				int[] columns = new int[parameters.length];
				TypeHandler<?>[] handlers = new TypeHandler<?>[parameters.length];
				for (int i = 0; i < parameters.length; i++) {
					Param named = parameters[i].getAnnotation(Param.class);
					String name = named == null ? parameters[i].getName() : named.value();
					for (int c = 0; c < names.size(); c++) {
						String column = names.get(c);
						String compared = configuration.isMapUnderscoreToCamelCase() ? column.replace("_", "") : column;
						if (name.equalsIgnoreCase(compared)) {
							if (columns[i] != 0) {
								return Optional.empty();
							}
							columns[i] = c + 1;
						}
					}
					if (columns[i] == 0) {
						return Optional.empty();
					}
					handlers[i] = wrapper.getTypeHandler(parameters[i].getType(), names.get(columns[i] - 1));
					if (handlers[i] == null) {
						return Optional.empty();
					}
				}
				return Optional.of(new Plan(constructor, columns, handlers));
			}
			catch (SQLException | RuntimeException ex) {
				return Optional.empty();
			}
		}

		Object row(ResultSet rows) throws SQLException {
			Object[] args = new Object[columns.length];
			for (int i = 0; i < columns.length; i++) {
				args[i] = handlers[i].getResult(rows, columns[i]);
			}
			try {
				return constructor.newInstance(args);
			}
			catch (ReflectiveOperationException | IllegalArgumentException ex) {
				// as MyBatis reports a row it cannot make
				throw new ExecutorException("Error instantiating " + constructor.getDeclaringClass() + " with "
						+ Arrays.toString(args) + ". Cause: " + ex, ex);
			}
		}

	}

}
