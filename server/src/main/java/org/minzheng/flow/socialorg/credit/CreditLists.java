package org.minzheng.flow.socialorg.credit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.socialorg.Organisation;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credit-list state machine: every move is a compare-and-set on the organisation's
 * state, a dated and reasoned {@link CreditTransition} and an audit event, in one
 * transaction.
 */
@Service
public class CreditLists {

	private static final Logger log = LoggerFactory.getLogger(CreditLists.class);

	/** Years on the abnormal list before the serious-violation list. */
	static final int YEARS_TO_SERIOUS = 2;

	/** Clean years on the serious list before removal. */
	static final int CLEAN_YEARS_TO_REMOVAL = 2;

	/** Organisations moved per transaction by the periodic review. */
	static final int BATCH = 200;

	private final OrganisationMapper organisations;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate tx;

	CreditLists(OrganisationMapper organisations, AuditTrail audit, Clock clock, TransactionTemplate tx) {
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
		this.tx = tx;
	}

	/**
	 * Moves an organisation for the reason (to the reason's target state), from the state
	 * it is expected to be in.
	 * @return false when the organisation was not in {@code from} (someone moved it
	 * first)
	 */
	@Transactional
	public boolean move(long organisationId, CreditState from, CreditReason reason, String reasonText, String caseRef,
			Actor actor) {
		CreditState to = reason.target();
		if (!allowed(from, to)) {
			throw new IllegalArgumentException("no credit transition " + from + " -> " + to);
		}
		LocalDate today = LocalDate.now(clock);
		if (organisations.moveCredit(organisationId, from, to, to == CreditState.NORMAL ? null : today) == 0) {
			return false;
		}
		Organisation organisation = organisations.find(organisationId);
		organisations.insertTransition(new CreditTransition(0, organisationId, from, to, reason, reasonText, today,
				caseRef, actor.username(), clock.instant()));
		audit.record(new AuditRecord(actor.username(), actor.role(), organisation.registrarCode(), caseRef,
				"SOCIALORG_CREDIT_" + to.name(), organisation.name() + "：" + label(from) + " → " + label(to),
				reasonText));
		log.info("[{}] organisation {} {} -> {} ({})", caseRef, organisationId, from, to, reason);
		return true;
	}

	/**
	 * Puts a normal organisation on the abnormal-activity list; false if already listed.
	 */
	@Transactional
	public boolean listAbnormal(long organisationId, CreditReason reason, String reasonText, String caseRef,
			Actor actor) {
		return move(organisationId, CreditState.NORMAL, reason, reasonText, caseRef, actor);
	}

	/**
	 * Puts an organisation whose registration was revoked on the serious-violation list,
	 * by the revocation decision itself (《社会组织信用信息管理办法》第十条 lists 被撤销登记的; the decision was
	 * made by the registrar's approver after the hearing notice). From normal or the
	 * abnormal list; nothing when it is there already.
	 * @return whether it moved
	 */
	@Transactional
	public boolean listRevoked(long organisationId, String caseRef) {
		CreditState from = organisations.find(organisationId).creditState();
		if (from == CreditState.SERIOUS) {
			return false;
		}
		return move(organisationId, from, CreditReason.REVOKED, "被撤销登记，依撤销登记决定（" + caseRef + "）列入", caseRef,
				Actor.SYSTEM);
	}

	/**
	 * Removes an organisation from the abnormal list after correction, when it is there.
	 */
	@Transactional
	public boolean removeCorrected(long organisationId, String reasonText, String caseRef, Actor actor) {
		return move(organisationId, CreditState.ABNORMAL, CreditReason.CORRECTED, reasonText, caseRef, actor);
	}

	/**
	 * A registrar removes an organisation from the abnormal list by hand (e.g. it became
	 * reachable again), with a reason.
	 */
	@Transactional
	public void removeByRegistrar(long organisationId, String reasonText, Actor actor) {
		Organisation organisation = organisations.find(organisationId);
		if (organisation == null || organisation.creditState() != CreditState.ABNORMAL) {
			throw ApiException.conflict("CREDIT_STATE", "该组织不在活动异常名录中");
		}
		if (!move(organisationId, CreditState.ABNORMAL, CreditReason.CORRECTED, reasonText, null, actor)) {
			throw ApiException.conflict("CREDIT_STATE", "名录状态已变化，请刷新");
		}
	}

	/**
	 * The periodic review (run daily): 2 years on the abnormal list → serious list; 2
	 * clean years on the serious list → removed. Each batch commits on its own.
	 * @return how many organisations moved
	 */
	public int reviewPeriods(Actor actor) {
		LocalDate today = LocalDate.now(clock);
		int moved = 0;
		moved += promote(CreditState.ABNORMAL, today.minusYears(YEARS_TO_SERIOUS), CreditReason.TWO_YEARS_ABNORMAL,
				"列入活动异常名录满 2 年", actor);
		moved += promote(CreditState.SERIOUS, today.minusYears(CLEAN_YEARS_TO_REMOVAL), CreditReason.TWO_CLEAN_YEARS,
				"列入严重违法失信名单满 2 年，期间未再发生违法失信行为", actor);
		return moved;
	}

	private int promote(CreditState from, LocalDate since, CreditReason reason, String text, Actor actor) {
		int moved = 0;
		List<Long> batch;
		do {
			List<Long> ids = organisations.inStateSince(from, since, BATCH);
			batch = ids;
			Integer done = tx
				.execute(status -> (int) ids.stream().filter(id -> move(id, from, reason, text, null, actor)).count());
			moved += done == null ? 0 : done;
		}
		while (batch.size() == BATCH);
		return moved;
	}

	public List<CreditTransition> history(long organisationId) {
		return organisations.transitions(organisationId);
	}

	static boolean allowed(CreditState from, CreditState to) {
		return switch (from) {
			case NORMAL -> to == CreditState.ABNORMAL || to == CreditState.SERIOUS;
			case ABNORMAL -> to == CreditState.SERIOUS || to == CreditState.NORMAL;
			case SERIOUS -> to == CreditState.NORMAL;
		};
	}

	static String label(CreditState state) {
		return switch (state) {
			case NORMAL -> "正常";
			case ABNORMAL -> "活动异常名录";
			case SERIOUS -> "严重违法失信名单";
		};
	}

	/** Who moves an organisation: a user in a role, or the system. */
	public record Actor(String username, String role) {

		public static final Actor SYSTEM = new Actor(AuditTrail.SYSTEM_ACTOR, AuditTrail.SYSTEM_ROLE);

	}

}
