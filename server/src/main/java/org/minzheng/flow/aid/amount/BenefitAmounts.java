package org.minzheng.flow.aid.amount;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.minzheng.flow.aid.amount.BenefitCalculator.Breakdown;
import org.minzheng.flow.aid.amount.BenefitCalculator.Household;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amounts under the rates in force ({@link BenefitCalculator} with {@link BenefitRates}),
 * and the breakdown stored at approval: the month it was computed for, the totals, the
 * rates used and a line per member and item.
 */
@Service
public class BenefitAmounts {

	private final BenefitRates rates;

	private final CalculationMapper calculations;

	private final Clock clock;

	BenefitAmounts(BenefitRates rates, CalculationMapper calculations, Clock clock) {
		this.rates = rates;
		this.calculations = calculations;
		this.clock = clock;
	}

	/** The household's breakdown for the month under the rates in force in it. */
	@Transactional(readOnly = true)
	public Breakdown calculate(Household household, YearMonth month) {
		return BenefitCalculator.calculate(household, month, rates.inForce());
	}

	/** Every rate in force, to compute many households at once. */
	@Transactional(readOnly = true)
	public List<Rate> ratesInForce() {
		return rates.inForce();
	}

	/** Stores the breakdown approved for an application (once). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void store(long applicationId, Breakdown breakdown) {
		String notes = String.join("\n", breakdown.missing().stream().map(m -> "无现行标准：" + m).toList()) + "\n"
				+ String.join("\n", breakdown.notes());
		CalculationMapper.Head head = new CalculationMapper.Head(applicationId, breakdown.month().atDay(1),
				breakdown.benefitType().name(), breakdown.persons(), breakdown.householdIncomeFen(),
				breakdown.baseFen(), breakdown.extraFen(), breakdown.totalFen(),
				breakdown.rates().stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(",")),
				cut(notes.strip(), 2000), clock.instant());
		calculations.insert(head);
		int no = 0;
		for (BenefitCalculator.Line line : breakdown.lines()) {
			calculations.insertLine(head.id, ++no, line.memberId(), line.category(), line.amountFen(), line.rateId(),
					cut(line.note(), 300));
		}
	}

	/** A breakdown as stored at approval. */
	public record Stored(YearMonth month, String benefitType, int persons, long householdIncomeFen, long baseFen,
			long extraFen, long totalFen, List<StoredLine> lines, List<RateRecord> rates, List<String> notes,
			Instant computedAt) {
	}

	/** A stored line; the caller names the member. */
	public record StoredLine(int lineNo, Long memberId, String category, String label, long amountFen, Long rateId,
			String note) {
	}

	/** The breakdown stored for the application, if it was approved. */
	@Transactional(readOnly = true)
	public Optional<Stored> stored(long applicationId) {
		CalculationMapper.StoredHead head = calculations.find(applicationId);
		if (head == null) {
			return Optional.empty();
		}
		List<StoredLine> lines = calculations.lines(head.id())
			.stream()
			.map(l -> new StoredLine(l.lineNo(), l.memberId(), l.category(), BenefitCalculator.label(l.category()),
					l.amountFen(), l.rateId(), l.note()))
			.toList();
		List<Long> ids = head.rateIds().isBlank() ? List.of()
				: Arrays.stream(head.rateIds().split(",")).map(Long::valueOf).toList();
		List<RateRecord> used = ids.isEmpty() ? List.of() : calculations.rates(ids);
		List<String> notes = head.notes() == null ? List.of() : List.of(head.notes().split("\n"));
		return Optional.of(new Stored(YearMonth.from(head.computedFor()), head.benefitType(), head.persons(),
				head.householdIncomeFen(), head.baseFen(), head.extraFen(), head.totalFen(), lines, used, notes,
				head.computedAt()));
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
