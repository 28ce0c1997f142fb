package org.minzheng.flow.cemetery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.StaffUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What district and city staff see of campaigns: each cemetery's progress (its open step
 * and due date), rectifications and whether they are overdue, results; and the city's
 * summary of every district's campaign of a year.
 */
@Service
public class CampaignBoard {

	private final CemeteryMapper cemeteries;

	private final Campaigns campaigns;

	private final Inspections inspections;

	private final Checklists checklists;

	private final OrgDirectory orgs;

	CampaignBoard(CemeteryMapper cemeteries, Campaigns campaigns, Inspections inspections, Checklists checklists,
			OrgDirectory orgs) {
		this.cemeteries = cemeteries;
		this.campaigns = campaigns;
		this.inspections = inspections;
		this.checklists = checklists;
		this.orgs = orgs;
	}

	/** The dashboard of one campaign the user may see. */
	@Transactional(readOnly = true)
	public Board board(String campaignNo, StaffUser user) {
		Campaign campaign = campaigns.visible(campaignNo, user);
		LocalDate today = campaigns.today();
		Instant now = campaigns.now();
		List<Progress> rows = new ArrayList<>();
		for (Inspection inspection : cemeteries.inspectionsOf(campaign.id())) {
			Cemetery cemetery = cemeteries.cemeteryById(inspection.cemeteryId());
			List<Step> steps = inspections.openTasks(inspection)
				.stream()
				.map(task -> new Step(task.id(), task.taskKey(), task.name(), task.due(),
						task.due() != null && task.due().isBefore(now)))
				.toList();
			rows.add(new Progress(inspection.inspectionNo(), cemetery.code(), cemetery.name(), cemetery.operatorName(),
					steps, inspection.findings(), inspection.result(), inspection.rectificationDue(),
					inspection.rectificationSubmittedAt(), Inspections.rectificationOverdue(inspection, today),
					inspection.selfReportEscalatedAt(), inspection.creditRecordNo(), inspection.closedAt()));
		}
		return new Board(CampaignView.of(campaign), orgs.nameOf(campaign.districtCode()),
				checklists.version(campaign.checklistVersionId()).versionNo(), counts(rows), rows);
	}

	/**
	 * The city's view of a year: every district campaign in the user's scope with counts
	 * by result and open and overdue rectifications.
	 */
	@Transactional(readOnly = true)
	public List<DistrictSummary> summary(StaffUser user, int year) {
		List<DistrictSummary> result = new ArrayList<>();
		for (Campaign campaign : campaigns.list(user, year)) {
			Board board = board(campaign.campaignNo(), user);
			result.add(new DistrictSummary(campaign.districtCode(), board.districtName(), campaign.campaignNo(),
					campaign.status(), board.counts(), campaign.summaryNote(), campaign.cityDecision(),
					campaign.cityReason()));
		}
		return result;
	}

	private static Counts counts(List<Progress> rows) {
		int open = 0;
		int qualified = 0;
		int pending = 0;
		int unqualified = 0;
		int underRectification = 0;
		int overdue = 0;
		for (Progress row : rows) {
			open += row.closedAt() == null ? 1 : 0;
			qualified += "QUALIFIED".equals(row.result()) ? 1 : 0;
			pending += "RECTIFY_PENDING".equals(row.result()) ? 1 : 0;
			unqualified += "UNQUALIFIED".equals(row.result()) ? 1 : 0;
			boolean rectifying = row.rectificationDue() != null && row.rectificationSubmittedAt() == null
					&& (row.result() == null || "RECTIFY_PENDING".equals(row.result()));
			underRectification += rectifying ? 1 : 0;
			overdue += row.rectificationOverdue() ? 1 : 0;
		}
		return new Counts(rows.size(), open, qualified, pending, unqualified, underRectification, overdue);
	}

	/** A campaign's dashboard. */
	public record Board(CampaignView campaign, String districtName, int checklistVersionNo, Counts counts,
			List<Progress> inspections) {
	}

	/** Numbers of a campaign; open rectifications include results of 限期整改. */
	public record Counts(int total, int open, int qualified, int rectifyPending, int unqualified,
			int openRectifications, int overdueRectifications) {
	}

	/** One cemetery's row. */
	public record Progress(String inspectionNo, String cemeteryCode, String cemeteryName, String operatorName,
			List<Step> openSteps, String findings, String result, LocalDate rectificationDue,
			Instant rectificationSubmittedAt, boolean rectificationOverdue, Instant selfReportEscalatedAt,
			String creditRecordNo, Instant closedAt) {
	}

	/** An open step of an inspection. */
	public record Step(String taskId, String taskKey, String name, Instant due, boolean overdue) {
	}

	/** One district's line of the city summary. */
	public record DistrictSummary(String districtCode, String districtName, String campaignNo, CampaignStatus status,
			Counts counts, String summaryNote, String cityDecision, String cityReason) {
	}

}
