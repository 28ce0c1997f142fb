package org.minzheng.flow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Which of the application's mapper statements the tests of this JVM ran. An interceptor
 * on the application's MyBatis executor (test contexts only, see {@link ApplicationTest})
 * records each statement id that runs; when the test plan ends this listener writes
 * target/mapper-statements-&lt;database&gt;.txt with the statements no test ran, so a
 * subset that claims to cover the mappers (the h2-it execution) can be checked. It
 * reports; it does not fail the build.
 */
public class MapperStatementCoverage implements TestExecutionListener {

	private static final String OWN = "org.minzheng.";

	private static final Set<String> KNOWN = new ConcurrentSkipListSet<>();

	private static final Set<String> RAN = new ConcurrentSkipListSet<>();

	private static final ThreadLocal<Boolean> PLACEHOLDERS = ThreadLocal.withInitial(() -> false);

	/**
	 * Runs statements with placeholder data ({@code MapperDialectIT}) without counting
	 * them: the report lists what no test ran with real data.
	 */
	public static void uncounted(Runnable calls) {
		PLACEHOLDERS.set(true);
		try {
			calls.run();
		}
		finally {
			PLACEHOLDERS.set(false);
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		if (KNOWN.isEmpty()) {
			return; // no application context in this JVM (unit tests)
		}
		Set<String> never = new TreeSet<>(KNOWN);
		never.removeAll(RAN);
		String database = System.getProperty(TestDatabase.PROPERTY, "mariadb");
		List<String> lines = new ArrayList<>();
		lines.add("# mapper statements on " + database + ": " + (KNOWN.size() - never.size()) + " of " + KNOWN.size()
				+ " ran; " + never.size() + " never ran:");
		lines.addAll(never);
		Path report = Path.of("target", "mapper-statements-" + database + ".txt");
		try {
			Files.createDirectories(report.getParent());
			Files.write(report, lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.println(lines.get(0) + " (list: " + report.toAbsolutePath() + ")");
	}

	/** Registers the recorder in a test context and learns the context's statements. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		Recorder mapperStatementRecorder() {
			return new Recorder();
		}

		@Bean
		SmartInitializingSingleton mapperStatementCatalogue(ObjectProvider<SqlSessionFactory> factories) {
			return () -> factories.forEach(factory -> factory.getConfiguration()
				.getMappedStatementNames()
				.stream()
				.filter(MapperStatementCoverage::own)
				.forEach(KNOWN::add));
		}

	}

	private static boolean own(String id) {
		return id.startsWith(OWN) && !id.contains("!");
	}

	/** Records the id of every statement the application's executor runs. */
	@Intercepts({ @Signature(type = Executor.class, method = "update", args = { MappedStatement.class, Object.class }),
			@Signature(type = Executor.class, method = "query",
					args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }),
			@Signature(type = Executor.class, method = "query", args = { MappedStatement.class, Object.class,
					RowBounds.class, ResultHandler.class, CacheKey.class, BoundSql.class }) })
	static class Recorder implements Interceptor {

		@Override
		public Object intercept(Invocation invocation) throws Throwable {
			if (!PLACEHOLDERS.get()) {
				RAN.add(((MappedStatement) invocation.getArgs()[0]).getId());
			}
			return invocation.proceed();
		}

	}

}
