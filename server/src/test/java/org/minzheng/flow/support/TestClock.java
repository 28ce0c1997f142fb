package org.minzheng.flow.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the shared test context: the real time (in the application's
 * zone) until a test stops it, and again once the test lets it go. Lets a test hold time
 * still where the behaviour under test depends on it (sign-in waits) instead of racing
 * the wall clock.
 */
public final class TestClock extends Clock {

	private final Clock system;

	private volatile Instant stopped;

	TestClock(Clock system) {
		this.system = system;
	}

	/** Stops the clock at the current whole second; returns that instant. */
	public Instant stop() {
		Instant now = system.instant().truncatedTo(ChronoUnit.SECONDS);
		this.stopped = now;
		return now;
	}

	/** Moves a stopped clock on. */
	public void advance(Duration duration) {
		if (this.stopped == null) {
			throw new IllegalStateException("the clock runs: stop it first");
		}
		this.stopped = this.stopped.plus(duration);
	}

	/** Lets the clock run with the real time again. */
	public void run() {
		this.stopped = null;
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		Instant at = this.stopped;
		return at == null ? system.withZone(zone) : Clock.fixed(at, zone);
	}

	@Override
	public Instant instant() {
		Instant at = this.stopped;
		return at == null ? system.instant() : at;
	}

	/** Puts the test clock in place of the application's. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		TestClock testClock(@Qualifier("clock") Clock clock) {
			return new TestClock(clock);
		}

	}

}
