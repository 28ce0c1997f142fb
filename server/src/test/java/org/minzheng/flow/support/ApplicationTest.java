package org.minzheng.flow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a fresh MariaDB database (see {@link MariaDbTestDatabase}), on
 * a random port, with demo users and the registry simulators, and a clock tests may stop
 * ({@link TestClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
@ActiveProfiles("test")
@Import(TestClock.Config.class)
public @interface ApplicationTest {

}
