package org.minzheng.flow.aid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.minzheng.flow.aid.SubmitApplication.Relation;
import org.minzheng.flow.aid.amount.SelfCare;
import org.minzheng.flow.aid.amount.SupportMode;
import org.minzheng.flow.aid.review.ReviewDates;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: the households a bureau already supports on the day the system goes live
 * (存量对象), decided in the old system and taken over, so that the 发放名册, 动态管理 and 抽查 pages
 * show something from the first start. Twelve households across 盐田区's four streets
 * (decided by the streets under the district's entrustment, see {@link AidDemoData}) and
 * three in 福田区 (decided by the district): 低保 and 特困 of each self-care level, 集中 and 分散.
 *
 * <p>
 * Each is written through the mappers and services an application goes through —
 * household, members, application, declaration, decision, then
 * {@link AidCaseActions#grantBenefit} (the amount by {@code BenefitCalculator} under the
 * rates in force, the breakdown stored) — except that there is no process instance: the
 * case pages say so ({@code AidCaseFeature#decidedBeforeGoLive}). Dates are set relative
 * to the first start once and stored: decisions spread over the last months (last month's
 * make this month's roster show new households and give the district's spot-check draw a
 * population), and some next-review dates fall due now or within days so that the review
 * timer brings review cases into the streets' inboxes.
 *
 * <p>
 * Fictitious people: names, addresses (on real streets) and ID numbers (valid check
 * digits; sequence codes 010–099, which no test fixture uses). Tests keep this off
 * ({@code minzheng.demo.aid-beneficiaries: false}): they count beneficiaries, reviews and
 * draws from an empty start.
 */
@Component
@Order(3)
@ConditionalOnExpression("${minzheng.demo.enabled:false} and ${minzheng.demo.aid-beneficiaries:true}")
class AidBeneficiaryDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AidBeneficiaryDemoData.class);

	static final String BATCH = "demo-2026";

	static final String ACTION = "AID_LEGACY_TAKEN_OVER";

	/** Who decided and who registered at each street (the demo users). */
	static final Map<String, String> STREET_APPROVERS = Map.of("440308001", "yt-meisha-approver", "440308002",
			"yt-yantian-approver", "440308003", "yt-shatoujiao-approver", "440308004", "yt-haishan-approver");

	static final Map<String, String> DISTRICT_APPROVERS = Map.of("440308", "yt-approver", "440304", "ft-approver");

	static final Map<String, String> CLERKS = Map.of("440308001", "yt-meisha-clerk", "440308002", "yt-yantian-clerk",
			"440308003", "yt-shatoujiao-clerk", "440308004", "yt-haishan-clerk", "440304001", "ft-yuanling-clerk",
			"440304002", "ft-nanyuan-clerk");

	/**
	 * A member: name, age at the first start (born on the given month and day of that
	 * year minus the age; month 0: turns that age on the first of the start's month),
	 * sex, relation to the applicant, severe disability, serious illness.
	 */
	record Person(String name, int age, int month, int day, boolean male, Relation relation, boolean severeDisability,
			boolean seriousIllness) {

		static Person of(String name, int age, int month, int day, boolean male, Relation relation) {
			return new Person(name, age, month, day, male, relation, false, false);
		}

		LocalDate born(LocalDate anchor) {
			return month == 0 ? YearMonth.from(anchor).atDay(1).minusYears(age)
					: LocalDate.of(anchor.getYear() - age, month, day);
		}

	}

	/**
	 * A household: street, benefit, address, monthly income (yuan), the 特困 self-care
	 * level and support mode, when it was decided (months before the first start's month,
	 * day), its next review (days after the first start; {@code null}: the next date of
	 * its cycle) and its members, the applicant first.
	 */
	record Household(String street, BenefitType type, String address, long incomeYuan, SelfCare selfCare,
			SupportMode mode, int decidedMonthsAgo, int decidedDay, Integer reviewInDays, List<Person> members) {

		String district() {
			return street.substring(0, 6);
		}

		LocalDate decidedOn(LocalDate anchor) {
			YearMonth month = YearMonth.from(anchor).minusMonths(decidedMonthsAgo);
			return month.atDay(Math.min(decidedDay, month.lengthOfMonth()));
		}

	}

	static final List<Household> HOUSEHOLDS = List.of(
			new Household("440308001", BenefitType.DIBAO, "深圳市盐田区梅沙街道环梅路 18 号梅沙村 3 栋 201", 800, null, null, 14, 12, -2,
					List.of(Person.of("陈桂兰", 68, 3, 14, false, Relation.APPLICANT),
							new Person("陈志明", 41, 9, 2, true, Relation.CHILD, true, false))),
			new Household("440308001", BenefitType.TEKUN, "深圳市盐田区梅沙街道大梅沙海滨路 6 号 1 栋 102", 0, SelfCare.FULL_SELF_CARE,
					SupportMode.DISPERSED, 5, 20, null,
					List.of(Person.of("黄伯强", 79, 11, 23, true, Relation.APPLICANT))),
			new Household("440308001", BenefitType.DIBAO, "深圳市盐田区梅沙街道东部华侨城路 9 号 5 栋 604", 1600, null, null, 1, 8, null,
					List.of(Person.of("李淑芬", 38, 6, 5, false, Relation.APPLICANT),
							Person.of("李晓雨", 10, 4, 17, false, Relation.CHILD),
							Person.of("李浩", 7, 12, 1, true, Relation.CHILD))),
			new Household("440308002", BenefitType.DIBAO, "深圳市盐田区盐田街道东海道 355 号 12 栋 303", 900, null, null, 9, 3, 4,
					List.of(Person.of("吴国华", 60, 0, 1, true, Relation.APPLICANT),
							new Person("张玉梅", 57, 8, 19, false, Relation.SPOUSE, false, true))),
			new Household("440308002", BenefitType.TEKUN, "深圳市盐田区盐田街道盐田路 47 号（盐田区社会福利中心）", 0, SelfCare.FULL_CARE,
					SupportMode.CENTRALISED, 3, 15, null,
					List.of(Person.of("刘秀珍", 86, 2, 9, false, Relation.APPLICANT))),
			new Household("440308002", BenefitType.DIBAO, "深圳市盐田区盐田街道北山道 88 号 2 栋 505", 2200, null, null, 1, 16, null,
					List.of(new Person("郑建平", 45, 10, 30, true, Relation.APPLICANT, false, true),
							Person.of("林小红", 43, 5, 21, false, Relation.SPOUSE),
							Person.of("郑婷", 16, 7, 7, false, Relation.CHILD))),
			new Household("440308003", BenefitType.DIBAO, "深圳市盐田区沙头角街道沙深路 126 号 4 栋 107", 0, null, null, 7, 25, 0,
					List.of(new Person("何家兴", 52, 1, 26, true, Relation.APPLICANT, true, false))),
			new Household("440308003", BenefitType.TEKUN, "深圳市盐田区沙头角街道深沙路 30 号 2 栋 301", 0, SelfCare.PARTIAL_SELF_CARE,
					SupportMode.DISPERSED, 1, 22, null, List.of(Person.of("罗永福", 74, 5, 3, true, Relation.APPLICANT))),
			new Household("440308003", BenefitType.DIBAO, "深圳市盐田区沙头角街道中英街 21 号 3 楼", 500, null, null, 11, 6, 9,
					List.of(Person.of("谢美玲", 63, 9, 12, false, Relation.APPLICANT),
							Person.of("谢俊杰", 13, 3, 28, true, Relation.GRANDCHILD))),
			new Household("440308004", BenefitType.DIBAO, "深圳市盐田区海山街道海景二路 1021 号 7 栋 402", 3000, null, null, 2, 11,
					null,
					List.of(Person.of("唐志强", 35, 8, 8, true, Relation.APPLICANT),
							Person.of("梁芳", 33, 11, 15, false, Relation.SPOUSE),
							Person.of("唐子轩", 4, 6, 30, true, Relation.CHILD),
							Person.of("唐子涵", 1, 2, 14, false, Relation.CHILD))),
			new Household("440308004", BenefitType.TEKUN, "深圳市盐田区海山街道海山路 62 号 6 栋 106", 0, SelfCare.FULL_CARE,
					SupportMode.DISPERSED, 6, 18, null,
					List.of(new Person("宋德明", 58, 4, 4, true, Relation.APPLICANT, true, false))),
			new Household("440308004", BenefitType.DIBAO, "深圳市盐田区海山街道沙头角路 2 号 9 栋 208", 1200, null, null, 1, 26, null,
					List.of(Person.of("方丽华", 66, 12, 24, false, Relation.APPLICANT),
							Person.of("邓建国", 70, 1, 18, true, Relation.SPOUSE))),
			new Household("440304001", BenefitType.DIBAO, "深圳市福田区园岭街道红荔路 2008 号园岭新村 41 栋 503", 600, null, null, 8, 14,
					null, List.of(Person.of("彭秋菊", 71, 10, 10, false, Relation.APPLICANT))),
			new Household("440304001", BenefitType.TEKUN, "深圳市福田区园岭街道八卦二路 31 号（福田区社会福利中心）", 0, SelfCare.FULL_SELF_CARE,
					SupportMode.CENTRALISED, 1, 9, null,
					List.of(Person.of("曾广生", 81, 7, 27, true, Relation.APPLICANT))),
			new Household("440304002", BenefitType.DIBAO, "深圳市福田区南园街道南园路 105 号 2 栋 702", 1800, null, null, 4, 21, null,
					List.of(Person.of("田志勇", 47, 3, 3, true, Relation.APPLICANT),
							Person.of("田小燕", 14, 9, 9, false, Relation.CHILD))));

	private final AidMapper aid;

	private final AidAmountMapper figures;

	private final AidLegacyMapper legacy;

	private final AidCaseActions actions;

	private final EntrustmentService entrustments;

	private final ReviewDates reviewDates;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final Clock clock;

	private final StartupLock lock;

	private final TransactionTemplate transactions;

	AidBeneficiaryDemoData(AidMapper aid, AidAmountMapper figures, AidLegacyMapper legacy, AidCaseActions actions,
			EntrustmentService entrustments, ReviewDates reviewDates, OrgDirectory orgs, AuditTrail audit, Clock clock,
			StartupLock lock, TransactionTemplate transactions) {
		this.aid = aid;
		this.figures = figures;
		this.legacy = legacy;
		this.actions = actions;
		this.entrustments = entrustments;
		this.reviewDates = reviewDates;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
		this.lock = lock;
		this.transactions = transactions;
	}

	/**
	 * Under the start-up lock, in one transaction that first claims the batch (its
	 * primary key): a restart finds the batch and does nothing; a second node started at
	 * the same moment waits for the first and finds it too.
	 */
	@Override
	public void run(ApplicationArguments args) {
		lock.run("the demo beneficiaries", () -> {
			try {
				transactions.executeWithoutResult(status -> importBatch());
			}
			catch (DuplicateKeyException ex) {
				log.info("demo beneficiaries: batch {} imported by another node", BATCH);
			}
		});
	}

	private void importBatch() {
		if (legacy.anchor(BATCH) != null) {
			return;
		}
		LocalDate anchor = LocalDate.now(clock);
		legacy.insert(BATCH, anchor, HOUSEHOLDS.size(), clock.instant());
		int person = 0;
		for (Household household : HOUSEHOLDS) {
			create(household, anchor, person);
			person += household.members().size();
		}
		log.info("demo beneficiaries: {} households taken over (anchor {})", HOUSEHOLDS.size(), anchor);
	}

	/** A valid ID number of the person, unique among the demo people by its index. */
	static String idNumber(Household household, Person person, LocalDate anchor, int index) {
		int sequence = 10 + 2 * index + (person.male() ? 1 : 0);
		String first17 = household.district()
				+ person.born(anchor).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
				+ "%03d".formatted(sequence);
		return first17 + CitizenIdNumber.checkCharacter(first17);
	}

	private void create(Household household, LocalDate anchor, int firstIndex) {
		LocalDate decidedOn = household.decidedOn(anchor);
		Instant decidedAt = decidedOn.atTime(LocalTime.of(10, 30)).atZone(WorkingDayCalendar.ZONE).toInstant();
		Instant submittedAt = decidedOn.minusDays(25)
			.atTime(LocalTime.of(9, 15))
			.atZone(WorkingDayCalendar.ZONE)
			.toInstant();
		String district = household.district();
		AidMapper.Key home = new AidMapper.Key();
		aid.insertHousehold(home, district, household.street(), household.address(), submittedAt);
		Long applicantId = null;
		for (int i = 0; i < household.members().size(); i++) {
			Person person = household.members().get(i);
			CitizenIdNumber id = CitizenIdNumber.of(idNumber(household, person, anchor, firstIndex + i));
			AidMapper.Key member = new AidMapper.Key();
			boolean applicant = person.relation() == Relation.APPLICANT;
			aid.insertMember(member, home.id, person.name(), id.value(), id.birthDate(), person.relation().name(),
					SubmitApplication.HukouStatus.SHENZHEN_HUKOU.name(), applicant);
			aid.setHukouVerified(member.id, SubmitApplication.HukouStatus.SHENZHEN_HUKOU.name());
			if (person.severeDisability() || person.seriousIllness()) {
				figures.setConditions(member.id, person.severeDisability(), person.seriousIllness());
			}
			applicantId = applicant ? member.id : applicantId;
		}
		String clerk = CLERKS.get(household.street());
		AidMapper.Key application = new AidMapper.Key();
		aid.insertApplication(application, "NEW-" + UUID.randomUUID().toString().replace("-", ""),
				new AidApplication(0, null, household.type().name(), home.id, applicantId, district, household.street(),
						household.street(), false, null, ApplicationStatus.SUBMITTED, null, clerk, submittedAt, null,
						null, false, null, false, null, null, null, null, null, null, null, null, null, null, null,
						null));
		String number = "%s-%s-%d-%06d".formatted(household.type().numberPrefix(), district,
				LocalDate.ofInstant(submittedAt, WorkingDayCalendar.ZONE).getYear(), application.id);
		aid.setNumber(application.id, number);
		aid.storeDeclaration(application.id,
				new SubmitApplication.Declaration(household.incomeYuan() * 100, 0L, 0, 0, true));
		aid.accept(application.id, submittedAt.plusSeconds(86_400), null);
		aid.setEconomicCheckOutcome(number, "WITHIN_LIMIT");
		if (household.type() == BenefitType.TEKUN) {
			aid.setSelfCareLevel(application.id, household.selfCare().name());
			figures.setSupportMode(application.id, household.mode().name());
		}
		// decided by the street under the district's entrustment in force on the day, or
		// by
		// the district
		ApprovalAuthority authority = entrustments.resolve(district, household.street(), household.type().name());
		boolean entrusted = authority.entrusted() && authority.entrustment().covers(household.street(), decidedOn);
		String unit = entrusted ? household.street() : district;
		String approver = entrusted ? STREET_APPROVERS.get(household.street()) : DISTRICT_APPROVERS.get(district);
		aid.recordDecision(application.id, "APPROVE", decidedAt, approver, unit,
				entrusted ? authority.entrustmentId() : null,
				"经入户调查、家庭经济状况核对和社区公示，符合" + household.type().label() + "条件，予以批准（原系统审批）");
		Beneficiary beneficiary = actions.grantBenefit(application.id);
		aid.close(application.id, ApplicationStatus.APPROVED, decidedAt);
		LocalDate review = reviewDates.takeOver(application.id,
				household.reviewInDays() == null ? null : anchor.plusDays(household.reviewInDays()));
		audit.recordSystem(unit, number, ACTION, "系统上线前已办结的存量案件迁入：" + orgs.nameOf(unit) + " " + decidedOn + " 批准"
				+ (entrusted ? "（受" + orgs.nameOf(district) + "委托，" + authority.entrustment().documentNo() + "）" : "")
				+ "，" + beneficiary.persons() + " 人，自 " + beneficiary.paymentStart() + " 起发放，下次复核 " + review, null);
	}

}
