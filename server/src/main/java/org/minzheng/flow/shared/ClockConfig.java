package org.minzheng.flow.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in China Standard Time (statutory limits are
 * counted there).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
