package org.minzheng.flow.socialorg.credit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.minzheng.flow.shared.FeaturePort;
import org.minzheng.flow.socialorg.Organisation;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit standing of a social organisation as other features read it: charity
 * recognition (慈善组织认定) refuses an organisation on the abnormal or serious list, or
 * penalised in the last 2 years.
 */
@Service
@FeaturePort("charity checks an organisation's credit standing before recognising it (慈善法 第十条)")
public class CreditStandings {

	/** Penalties this recent bar charity recognition. */
	static final int PENALTY_YEARS = 2;

	private final OrganisationMapper organisations;

	private final Clock clock;

	CreditStandings(OrganisationMapper organisations, Clock clock) {
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * The standing of the organisation with this unified social credit code.
	 * @param uscc the organisation's code
	 * @return its standing, or empty when no registered organisation has the code
	 */
	@Transactional(readOnly = true)
	public Optional<CreditStanding> standingOf(String uscc) {
		Organisation organisation = uscc == null ? null : organisations.findByUscc(uscc);
		if (organisation == null) {
			return Optional.empty();
		}
		LocalDate after = LocalDate.now(clock).minusYears(PENALTY_YEARS);
		boolean penalised = organisations.countPenaltiesAfter(organisation.id(), after) > 0;
		return Optional.of(new CreditStanding(organisation.uscc(), organisation.name(), organisation.status(),
				organisation.creditState(), organisation.creditSince(), penalised, organisation.registrarCode()));
	}

	/**
	 * An organisation's standing on the credit lists.
	 *
	 * @param uscc its code
	 * @param name its registered name
	 * @param status {@code REGISTERED}, …
	 * @param creditState where it stands
	 * @param since since when (null when it was never listed)
	 * @param penalisedInLastTwoYears whether an administrative penalty was decided in the
	 * last 2 years
	 * @param registrarCode the bureau it is registered with (city or district), which
	 * also decides its charity recognition
	 */
	public record CreditStanding(String uscc, String name, String status, CreditState creditState, LocalDate since,
			boolean penalisedInLastTwoYears, String registrarCode) {

		/** On the abnormal-activity or the serious-violation list. */
		public boolean listed() {
			return creditState != CreditState.NORMAL;
		}

		/** Whether charity recognition must refuse the organisation. */
		public boolean barsCharityRecognition() {
			return listed() || penalisedInLastTwoYears;
		}

		/** Why charity recognition must refuse it, in Chinese, or {@code null}. */
		public String charityRecognitionBar() {
			if (creditState == CreditState.SERIOUS) {
				return "该组织已列入严重违法失信名单（自 " + since + " 起）";
			}
			if (creditState == CreditState.ABNORMAL) {
				return "该组织已列入活动异常名录（自 " + since + " 起）";
			}
			return penalisedInLastTwoYears ? "该组织近 2 年内受过行政处罚" : null;
		}

	}

}
