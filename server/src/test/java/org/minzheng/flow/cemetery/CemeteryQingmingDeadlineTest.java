package org.minzheng.flow.cemetery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.calendar.ReferenceCalendar;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.cemetery.CemeteryCampaignProcess;
import org.minzheng.flow.processes.cemetery.CemeteryInspectionProcess;
import org.minzheng.flow.processes.model.BpmnProperties;

/**
 * The step limits of the shipped cemetery models (configuration of the process version,
 * in working days) end a campaign before 清明 in each of the next two years, even on the
 * longest path: rectification, a further period, a final 不合格 and the bodies' reports,
 * then the district's summary and the city's review. Counted with the working-day
 * calendar over the shipped holiday arrangements ({@code cn-public-holidays.csv}).
 */
class CemeteryQingmingDeadlineTest {

	/**
	 * The campaign opens on the first working day on or after this month-day (default of
	 * {@code minzheng.cemetery.campaign.open-on}).
	 */
	static final String OPEN_ON = "01-05";

	/**
	 * Working days a year without shipped holiday arrangements loses before 清明, which the
	 * weekends-only fallback does not see: 春节 4 days (《全国年节及纪念日放假办法》 as amended 2024,
	 * art. 2: 农历除夕、正月初一至初三), and one working day of the 清明 break that may fall on the day
	 * before 清明 (e.g. 2028-04-03).
	 */
	static final int RESERVE_WITHOUT_DATA = 5;

	/** The longest path of one inspection, in order. */
	static final List<String> INSPECTION_PATH = List.of(CemeteryInspectionProcess.TASK_SELF_INSPECTION,
			CemeteryInspectionProcess.TASK_DOCUMENT_REVIEW, CemeteryInspectionProcess.TASK_ON_SITE_INSPECTION,
			CemeteryInspectionProcess.TASK_FINDINGS, CemeteryInspectionProcess.TASK_RECTIFICATION,
			CemeteryInspectionProcess.TASK_RE_INSPECTION, CemeteryInspectionProcess.TASK_RESULT,
			CemeteryInspectionProcess.TASK_FOLLOW_UP_RECTIFICATION,
			CemeteryInspectionProcess.TASK_FOLLOW_UP_RE_INSPECTION, CemeteryInspectionProcess.TASK_FINAL_RESULT,
			CemeteryInspectionProcess.TASK_JOINT_ENFORCEMENT);

	static final List<String> CAMPAIGN_PATH = List.of(CemeteryCampaignProcess.TASK_DISTRICT_SUMMARY,
			CemeteryCampaignProcess.TASK_CITY_REVIEW);

	final WorkingDayCalendar calendar = ReferenceCalendar.workingDayCalendar();

	@Test
	void longestPathOfTheShippedLimitsEndsBeforeQingmingInEachOfTheNextTwoYears() {
		List<Integer> limits = shippedLimits();
		int thisYear = Year.now(WorkingDayCalendar.ZONE).getValue();
		for (int year = thisYear + 1; year <= thisYear + 2; year++) {
			LocalDate qingming = qingming(year);
			LocalDate end = endOfLongestPath(year, limits);
			assertThat(end)
				.as("campaign of %d (limits %s, opened %s) ends before 清明 %s", year, limits, opening(year), qingming)
				.isBefore(qingming);
		}
	}

	@Test
	void theLimitsOfVersion2026WouldHaveRunPastQingming() {
		// self 10, documents 5, on site 10, findings 3, rectification 20, re-inspection
		// 10, result 3, district summary 5, city review 10: the check sees it
		List<Integer> limits2026 = List.of(10, 5, 10, 3, 20, 10, 3, 5, 10);
		int year = Year.now(WorkingDayCalendar.ZONE).getValue() + 1;

		assertThat(endOfLongestPath(year, limits2026)).isAfterOrEqualTo(qingming(year));
	}

	@Test
	void qingmingIsTheKnownDate() {
		// 2025-04-04 and 2026-04-05 are 清明节 in the shipped arrangements; 2027-04-05 and
		// 2028-04-04: the sun reaches ecliptic longitude 15° on those days in Beijing
		// time
		// (Hong Kong Observatory, "The 24 Solar Terms" tables; 紫金山天文台《中国天文年历》)
		assertThat(qingming(2025)).isEqualTo(LocalDate.of(2025, 4, 4));
		assertThat(qingming(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(qingming(2027)).isEqualTo(LocalDate.of(2027, 4, 5));
		assertThat(qingming(2028)).isEqualTo(LocalDate.of(2028, 4, 4));
	}

	/** The day the campaign opens: the first working day on or after {@link #OPEN_ON}. */
	LocalDate opening(int year) {
		LocalDate day = LocalDate.parse(year + "-" + OPEN_ON);
		while (!calendar.isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/**
	 * Each step taking its full limit from the day the previous one ended, plus the
	 * reserve where the year's holiday arrangements are not shipped yet.
	 */
	LocalDate endOfLongestPath(int year, List<Integer> limits) {
		LocalDate day = opening(year);
		for (int limit : limits) {
			day = calendar.addWorkingDays(day, limit);
		}
		return calendar.hasDataFor(year) ? day : calendar.addWorkingDays(day, RESERVE_WITHOUT_DATA);
	}

	/**
	 * 清明 (the sun at ecliptic longitude 15°) in April of a year of 2000–2099, by the 寿星通式
	 * for the 21st century: [Y × 0.2422 + C] − [Y / 4] with Y the last two digits and C =
	 * 4.81.
	 */
	static LocalDate qingming(int year) {
		int y = year % 100;
		int day = (int) Math.floor(y * 0.2422 + 4.81) - y / 4;
		return LocalDate.of(year, 4, day);
	}

	private static List<Integer> shippedLimits() {
		List<Integer> limits = new ArrayList<>();
		BpmnModelInstance inspection = read(CemeteryInspectionProcess.RESOURCE);
		INSPECTION_PATH.forEach(task -> limits.add(limit(inspection, task)));
		BpmnModelInstance campaign = read(CemeteryCampaignProcess.RESOURCE);
		CAMPAIGN_PATH.forEach(task -> limits.add(limit(campaign, task)));
		return limits;
	}

	private static int limit(BpmnModelInstance model, String elementId) {
		BaseElement element = model.getModelElementById(elementId);
		return Integer.parseInt(BpmnProperties.property(element, ProcessConventions.PROPERTY_SLA_WORKING_DAYS)
			.orElseThrow(
					() -> new AssertionError(elementId + " has no " + ProcessConventions.PROPERTY_SLA_WORKING_DAYS)));
	}

	private static BpmnModelInstance read(String resource) {
		try (InputStream stream = CemeteryQingmingDeadlineTest.class.getClassLoader().getResourceAsStream(resource)) {
			return Bpmn.readModelFromStream(stream);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
