package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The waits of {@link SignInThrottle}: the schedule of each rule, and how the pair and
 * the address are counted, against an in-memory table and a clock that only moves when
 * told.
 */
class SignInThrottleTest {

	final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));

	final MemoryRows rows = new MemoryRows();

	final SignInThrottle throttle = new SignInThrottle(rows, TransactionOperations.withoutTransaction(), clock);

	@Test
	void thePairsScheduleIsThreeFreeFailuresThenDoublingUpToFifteenMinutes() {
		List<Long> seconds = new ArrayList<>();
		for (int failures = 1; failures <= 14; failures++) {
			seconds.add(SignInThrottle.PAIR.delayAfter(failures).toSeconds());
		}
		assertThat(seconds).containsExactly(0L, 0L, 0L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L);
		assertThat(SignInThrottle.PAIR.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void theAddressScheduleIsLooser() {
		assertThat(SignInThrottle.ADDRESS.delayAfter(100)).isZero();
		assertThat(SignInThrottle.ADDRESS.delayAfter(101)).hasSeconds(2);
		assertThat(SignInThrottle.ADDRESS.delayAfter(110)).hasMinutes(15);
	}

	@Test
	void aThrottledAttemptIsRefusedUncountedUntilItsTime() {
		for (int i = 0; i < 4; i++) {
			assertThat(throttle.tryAttempt("yt-meisha-clerk", "10.0.0.1")).isEmpty();
		}
		assertThat(throttle.tryAttempt("yt-meisha-clerk", "10.0.0.1")).contains(Duration.ofSeconds(2));
		assertThat(throttle.tryAttempt("YT-Meisha-Clerk ", "10.0.0.1")).as("the same username as the database sees it")
			.contains(Duration.ofSeconds(2));
		clock.advance(Duration.ofMillis(1500));
		assertThat(throttle.tryAttempt("yt-meisha-clerk", "10.0.0.1")).contains(Duration.ofMillis(500));
		clock.advance(Duration.ofMillis(500));
		assertThat(throttle.tryAttempt("yt-meisha-clerk", "10.0.0.1")).isEmpty();
		// refused attempts did not count: this was the fifth failure
		assertThat(throttle.tryAttempt("yt-meisha-clerk", "10.0.0.1")).contains(Duration.ofSeconds(4));

		// another address, another username: not touched
		assertThat(throttle.tryAttempt("yt-meisha-clerk", "10.0.0.2")).isEmpty();
		assertThat(throttle.tryAttempt("yt-meisha-reviewer", "10.0.0.1")).isEmpty();
	}

	@Test
	void aWaitEndsOnAWholeSecondNeverSooner() {
		clock.advance(Duration.ofMillis(300));
		for (int i = 0; i < 4; i++) {
			throttle.tryAttempt("u", "10.0.0.1");
		}
		// databases may drop the fraction of a second: the wait is rounded up, not cut
		assertThat(throttle.tryAttempt("u", "10.0.0.1")).contains(Duration.ofMillis(2700));
	}

	@Test
	void successForgetsThePairAndGivesTheAddressItsAttemptBack() {
		for (int i = 0; i < 4; i++) {
			throttle.tryAttempt("yt-meisha-clerk", "10.0.0.1");
		}
		clock.advance(Duration.ofSeconds(2));
		assertThat(throttle.tryAttempt("yt-meisha-clerk", "10.0.0.1")).isEmpty();
		throttle.succeeded("yt-meisha-clerk", "10.0.0.1");
		assertThat(rows.row(SignInThrottle.Source.of("yt-meisha-clerk", "10.0.0.1").usernameHash(), "10.0.0.1"))
			.isNull();
		assertThat(rows.row(SignInThrottle.ANY_USERNAME, "10.0.0.1").failures()).isEqualTo(4);
		for (int i = 0; i < 4; i++) {
			assertThat(throttle.tryAttempt("yt-meisha-clerk", "10.0.0.1")).isEmpty();
		}
		assertThat(throttle.tryAttempt("yt-meisha-clerk", "10.0.0.1")).contains(Duration.ofSeconds(2));
	}

	@Test
	void oneAddressTryingManyUsernamesWaitsAfterAHundredFailuresAnHour() {
		for (int i = 0; i < 101; i++) {
			assertThat(throttle.tryAttempt("user-" + i, "10.0.0.9")).as("attempt %d", i + 1).isEmpty();
		}
		// any username, even a right password: the address waits
		assertThat(throttle.tryAttempt("yt-meisha-clerk", "10.0.0.9")).contains(Duration.ofSeconds(2));
		assertThat(throttle.tryAttempt("yt-meisha-clerk", "10.0.0.10")).isEmpty();

		// the next hour counts afresh (once the running wait is over)
		clock.advance(Duration.ofHours(1));
		for (int i = 0; i < 100; i++) {
			assertThat(throttle.tryAttempt("other-" + i, "10.0.0.9")).isEmpty();
		}
		assertThat(rows.row(SignInThrottle.ANY_USERNAME, "10.0.0.9").failures()).isEqualTo(100);
	}

	@Test
	void thePairsCountLastsADay() {
		for (int i = 0; i < 5; i++) {
			throttle.tryAttempt("u", "10.0.0.1");
			clock.advance(Duration.ofMinutes(1));
		}
		clock.advance(Duration.ofHours(24));
		for (int i = 0; i < 4; i++) {
			assertThat(throttle.tryAttempt("u", "10.0.0.1")).isEmpty();
		}
		assertThat(throttle.tryAttempt("u", "10.0.0.1")).contains(Duration.ofSeconds(2));
	}

	@Test
	void pruningDropsOnlyRowsThatCountForNothing() {
		throttle.tryAttempt("old", "10.0.0.1");
		clock.advance(Duration.ofHours(24).plusMinutes(15).plusSeconds(1));
		throttle.tryAttempt("new", "10.0.0.2");
		throttle.prune();
		assertThat(rows.rows).hasSize(2);
		assertThat(rows.rows.keySet()).allMatch(key -> key.endsWith(SignInThrottle.sha256("10.0.0.2")));
	}

	@Test
	void anIpv6ClientCountsByItsSlash64AndNamesNeverSitInClearText() {
		assertThat(SignInThrottle.clientKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
			.isEqualTo(SignInThrottle.clientKey("2001:db8:1:2::1"))
			.isEqualTo("2001:db8:1:2:0:0:0:0/64");
		assertThat(SignInThrottle.clientKey("2001:db8:1:3::1"))
			.isNotEqualTo(SignInThrottle.clientKey("2001:db8:1:2::1"));
		assertThat(SignInThrottle.clientKey("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0:0:0:0:0/64");
		assertThat(SignInThrottle.clientKey("127.0.0.2")).isEqualTo("127.0.0.2");

		throttle.tryAttempt("yt-meisha-clerk", "10.0.0.1");
		assertThat(rows.rows.keySet()).noneMatch(key -> key.contains("meisha") || key.contains("10.0.0.1"));
		assertThat(rows.rows.keySet())
			.contains(SignInThrottle.sha256("yt-meisha-clerk") + "/" + SignInThrottle.sha256("10.0.0.1"));
	}

	/** login_throttle in memory (the tests run on one thread: no locks needed). */
	static final class MemoryRows implements ThrottleMapper {

		final Map<String, Row> rows = new HashMap<>();

		Row row(String usernameHash, String address) {
			return rows.get(usernameHash + "/" + SignInThrottle.sha256(SignInThrottle.clientKey(address)));
		}

		@Override
		public Row lock(String usernameHash, String addressHash) {
			return rows.get(usernameHash + "/" + addressHash);
		}

		@Override
		public int insert(Row row) {
			if (rows.putIfAbsent(row.usernameHash() + "/" + row.addressHash(), row) != null) {
				throw new org.springframework.dao.DuplicateKeyException(row.toString());
			}
			return 1;
		}

		@Override
		public int update(Row row) {
			return rows.replace(row.usernameHash() + "/" + row.addressHash(), row) == null ? 0 : 1;
		}

		@Override
		public int delete(String usernameHash, String addressHash) {
			return rows.remove(usernameHash + "/" + addressHash) == null ? 0 : 1;
		}

		@Override
		public int deleteUsername(String usernameHash) {
			int before = rows.size();
			rows.values().removeIf(row -> row.usernameHash().equals(usernameHash));
			return before - rows.size();
		}

		@Override
		public int deleteIdleSince(Instant before) {
			int count = rows.size();
			rows.values().removeIf(row -> row.lastAttemptAt().isBefore(before));
			return count - rows.size();
		}

	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
