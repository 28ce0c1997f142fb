package org.minzheng.flow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.minzheng.flow.security.SecondFactorTestExemption;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a fresh database, MariaDB or with -Dmzf.test.db=h2 the
 * embedded H2 default (see {@link TestDatabase}), on a random port, with demo users and
 * the registry simulators, and a clock tests may stop ({@link TestClock}). The second
 * factor is not asked at sign-in unless the test sets
 * {@link SecondFactorTestExemption#ENFORCED} (see there).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@ActiveProfiles("test")
@Import({ TestClock.Config.class, MapperStatementCoverage.Config.class, SecondFactorTestExemption.class })
public @interface ApplicationTest {

}
