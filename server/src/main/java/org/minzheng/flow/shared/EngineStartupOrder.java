package org.minzheng.flow.shared;

import java.util.Arrays;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway owns all DDL, Camunda's included, so the engine must not start before the
 * migrations ran (otherwise ENGINE-03057 "no Camunda tables"). Makes the engine factory
 * depend on Flyway's initializer.
 */
@Configuration(proxyBeanMethods = false)
class EngineStartupOrder {

	static final String FLYWAY_INITIALIZER = "flywayInitializer";

	@Bean
	static BeanFactoryPostProcessor engineAfterFlyway() {
		return EngineStartupOrder::addDependency;
	}

	private static void addDependency(ConfigurableListableBeanFactory factory) {
		if (!factory.containsBeanDefinition(FLYWAY_INITIALIZER)) {
			return;
		}
		for (String name : new String[] { "processEngineConfigurationImpl", "processEngineFactoryBean" }) {
			if (factory.containsBeanDefinition(name)) {
				BeanDefinition definition = factory.getBeanDefinition(name);
				String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
				String[] extended = Arrays.copyOf(dependsOn, dependsOn.length + 1);
				extended[dependsOn.length] = FLYWAY_INITIALIZER;
				definition.setDependsOn(extended);
			}
		}
	}

}
