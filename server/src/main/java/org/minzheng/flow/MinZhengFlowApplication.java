package org.minzheng.flow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * MinZheng Flow (民政流程平台): the civil-affairs approval chains on an embedded Camunda 7
 * engine.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MinZhengFlowApplication {

	public static void main(String[] args) {
		SpringApplication.run(MinZhengFlowApplication.class, args);
	}

}
