package org.minzheng.flow.audit;

import java.time.LocalDate;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the audit trail is kept at least ({@code minzheng.audit.retention}, an ISO
 * period such as {@code P3Y}). China's Cybersecurity Law (art. 21) and MLPS 2.0 ask for
 * at least six months of logs; the application refuses to start with less. Nothing in the
 * application deletes audit rows (see the package description): the setting is the
 * promise the security page shows, and the floor for any archiving done outside it.
 *
 * @param retention the shortest time a row is kept
 */
@ConfigurationProperties("minzheng.audit")
public record AuditRetention(@DefaultValue("P3Y") Period retention) {

	/** The legal minimum. */
	public static final Period MINIMUM = Period.ofMonths(6);

	public AuditRetention {
		LocalDate from = LocalDate.of(2000, 1, 1);
		if (retention.isNegative() || from.plus(retention).isBefore(from.plus(MINIMUM))) {
			throw new IllegalArgumentException("minzheng.audit.retention must be at least " + MINIMUM
					+ " (Cybersecurity Law art. 21): " + retention);
		}
	}

}
