package org.minzheng.flow.shared;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The application's data source hands out a connection only when a statement is about to
 * run ({@link LazyConnectionDataSourceProxy}). A transaction that runs none (the engine's
 * command after every job, which only tells the job executor it succeeded; a read served
 * from the transaction's reads) then costs no round trip at all, where it took three
 * ({@code SET autocommit=0}, {@code COMMIT}, {@code SET autocommit=1}): three a job, in
 * production as in the benchmark.
 */
@Configuration(proxyBeanMethods = false)
class LazyConnections {

	@Bean
	static BeanPostProcessor lazyConnectionDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && "dataSource".equals(name)
						&& !(bean instanceof LazyConnectionDataSourceProxy)) {
					return new LazyConnectionDataSourceProxy(dataSource);
				}
				return bean;
			}
		};
	}

}
