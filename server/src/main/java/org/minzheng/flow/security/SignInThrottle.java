package org.minzheng.flow.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sign-in throttling by source, not by account: nobody can lock a colleague out by typing
 * wrong passwords under their name. Failed sign-ins are counted per (username, client
 * address) pair — {@link #PAIR} — and per client address across usernames against
 * password spraying — {@link #ADDRESS}. Past a rule's free failures the next attempt must
 * wait, twice as long after each further failure; a refused attempt is not counted and
 * its password is never checked. A successful sign-in forgets its pair and gives its
 * address back the attempt. The counts live in the database ({@code login_throttle}), so
 * every server node sees the same ones; rows are keyed by SHA-256 digests of the
 * lower-cased username and of the address.
 *
 * <p>
 * An attempt is counted when it starts, before its password is checked, under a row lock:
 * parallel attempts from one source cannot all slip through while the first is still
 * being checked.
 */
@Service
class SignInThrottle {

	/**
	 * Per (username, client address): 3 failures free, then 2, 4, 8 … seconds, at most 15
	 * minutes.
	 */
	static final Rule PAIR = new Rule(3, Duration.ofMinutes(15), Duration.ofHours(24));

	/**
	 * Per client address across usernames: 100 failures an hour free, then 2, 4 …
	 * seconds, at most 15 minutes.
	 */
	static final Rule ADDRESS = new Rule(100, Duration.ofMinutes(15), Duration.ofHours(1));

	/** The username hash of an address's row across usernames (never a hex digest). */
	static final String ANY_USERNAME = "*";

	private final ThrottleMapper rows;

	private final TransactionOperations tx;

	private final Clock clock;

	SignInThrottle(ThrottleMapper rows, TransactionOperations tx, Clock clock) {
		this.rows = rows;
		this.tx = tx;
		this.clock = clock;
	}

	/**
	 * How failures are counted against one kind of source.
	 *
	 * @param free failures that cost nothing
	 * @param cap the longest wait
	 * @param window how long a count lasts: the count starts again with the first attempt
	 * after the window that began with its first failure
	 */
	record Rule(int free, Duration cap, Duration window) {

		/**
		 * How long the next attempt must wait after the {@code failures}-th failure:
		 * nothing up to {@link #free}, then 2^(failures − free) seconds up to the cap.
		 */
		Duration delayAfter(int failures) {
			int exponent = failures - free;
			if (exponent <= 0) {
				return Duration.ZERO;
			}
			if (exponent >= 40) {
				return cap;
			}
			Duration delay = Duration.ofSeconds(1L << exponent);
			return delay.compareTo(cap) > 0 ? cap : delay;
		}

		/**
		 * How long after its last attempt a row counts for nothing: its window is over
		 * and no wait it set can still run.
		 */
		Duration idle() {
			return window.plus(cap);
		}

	}

	/** Where an attempt comes from, as stored: digests only. */
	record Source(String usernameHash, String addressHash) {

		/**
		 * The source of an attempt: the username as typed (trimmed and lower-cased, as
		 * the database may compare it) and the client address the connection comes from.
		 */
		static Source of(String username, String remoteAddress) {
			return new Source(usernameHash(username), sha256(clientKey(remoteAddress)));
		}

		static String usernameHash(String username) {
			return sha256(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
		}

	}

	/**
	 * Counts an attempt from the source before its password is checked.
	 * @param username the username as typed
	 * @param remoteAddress the client address of the connection (never a forwarded-for
	 * header: anyone can write one)
	 * @return empty when the attempt may go on (it now counts as a failure until
	 * {@link #succeeded} gives it back), else how long the source must wait
	 */
	Optional<Duration> tryAttempt(String username, String remoteAddress) {
		Source source = Source.of(username, remoteAddress);
		for (int round = 1;; round++) {
			try {
				return tx.execute(status -> count(source));
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// another node inserted the row in the meantime (or, under stricter
				// isolation,
				// the two inserts deadlocked): count again, on top of the other's count
				if (round == 3) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Forgets the failures of the pair that has just signed in and gives the address its
	 * attempt back.
	 */
	void succeeded(String username, String remoteAddress) {
		Source source = Source.of(username, remoteAddress);
		tx.executeWithoutResult(status -> {
			rows.delete(source.usernameHash(), source.addressHash());
			ThrottleMapper.Row address = rows.lock(ANY_USERNAME, source.addressHash());
			if (address != null && address.failures() > 0) {
				int failures = address.failures() - 1;
				// a wait already set stays: it was earned by the failures before this
				// attempt, and lifting it early would reward a burst of parallel attempts
				rows.update(
						new ThrottleMapper.Row(ANY_USERNAME, source.addressHash(), failures, address.windowStartedAt(),
								address.lastAttemptAt(), failures <= ADDRESS.free() ? null : address.retryAt()));
			}
		});
	}

	/**
	 * Forgets every address's failures for the username (an administrator has checked who
	 * is asking).
	 */
	void forgetUsername(String username) {
		rows.deleteUsername(Source.usernameHash(username));
	}

	/** Drops rows that no longer make anyone wait and whose count would start again. */
	@Scheduled(fixedDelayString = "${minzheng.security.sign-in-throttle.prune-interval:PT1H}")
	void prune() {
		rows.deleteIdleSince(clock.instant().minus(longer(PAIR.idle(), ADDRESS.idle())));
	}

	private Optional<Duration> count(Source source) {
		Instant now = clock.instant();
		// always the pair's row first, then the address's: the same order on every node
		ThrottleMapper.Row pair = rows.lock(source.usernameHash(), source.addressHash());
		ThrottleMapper.Row address = rows.lock(ANY_USERNAME, source.addressHash());
		Duration wait = longer(remaining(pair, now), remaining(address, now));
		if (!wait.isZero()) {
			return Optional.of(wait);
		}
		count(PAIR, source.usernameHash(), source.addressHash(), pair, now);
		count(ADDRESS, ANY_USERNAME, source.addressHash(), address, now);
		return Optional.empty();
	}

	private void count(Rule rule, String usernameHash, String addressHash, ThrottleMapper.Row row, Instant now) {
		boolean restart = row == null || !row.windowStartedAt().plus(rule.window()).isAfter(now);
		int failures = restart ? 1 : row.failures() + 1;
		Duration delay = rule.delayAfter(failures);
		// whole seconds: the database may drop the fraction, and must not shorten the
		// wait
		Instant retryAt = delay.isZero() ? null : roundUp(now.plus(delay));
		ThrottleMapper.Row counted = new ThrottleMapper.Row(usernameHash, addressHash, failures,
				restart ? now : row.windowStartedAt(), now, retryAt);
		if (row == null) {
			rows.insert(counted);
		}
		else {
			rows.update(counted);
		}
	}

	private static Duration remaining(ThrottleMapper.Row row, Instant now) {
		if (row == null || row.retryAt() == null || !row.retryAt().isAfter(now)) {
			return Duration.ZERO;
		}
		return Duration.between(now, row.retryAt());
	}

	private static Duration longer(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static Instant roundUp(Instant instant) {
		Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
		return seconds.equals(instant) ? instant : seconds.plusSeconds(1);
	}

	/**
	 * The address as counted: an IPv4 address as it is, an IPv6 address by its /64 prefix
	 * — one IPv6 host usually holds a whole /64 and could otherwise move to a fresh
	 * address for every guess.
	 */
	static String clientKey(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return "";
		}
		String literal = remoteAddress.strip();
		if (literal.indexOf(':') < 0) {
			return literal;
		}
		int zone = literal.indexOf('%');
		try {
			// a literal with ':' is parsed, never looked up
			InetAddress address = InetAddress.getByName(zone < 0 ? literal : literal.substring(0, zone));
			byte[] bytes = address.getAddress();
			if (bytes.length == 4) {
				return address.getHostAddress();
			}
			for (int i = 8; i < 16; i++) {
				bytes[i] = 0;
			}
			return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
		}
		catch (UnknownHostException ex) {
			return literal;
		}
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
