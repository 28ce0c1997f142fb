package org.minzheng.flow.cemetery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.flow.attachment.Attachment;
import org.minzheng.flow.inbox.WorkItem;
import org.minzheng.flow.inbox.WorkItemService;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.StaffDirectory;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.workflow.Workflow.OpenTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the cemetery API shows: view records built from the stored rows (no internal ids,
 * no process instances).
 */
@Service
public class CemeteryViews {

	private final Campaigns campaigns;

	private final CemeteryDirectory directory;

	private final Checklists checklists;

	private final Inspections inspections;

	private final WorkItemService workItems;

	private final StaffDirectory staff;

	private final OrgDirectory orgs;

	CemeteryViews(Campaigns campaigns, CemeteryDirectory directory, Checklists checklists, Inspections inspections,
			WorkItemService workItems, StaffDirectory staff, OrgDirectory orgs) {
		this.campaigns = campaigns;
		this.directory = directory;
		this.checklists = checklists;
		this.inspections = inspections;
		this.workItems = workItems;
		this.staff = staff;
		this.orgs = orgs;
	}

	public CampaignView campaign(Campaign campaign) {
		return CampaignView.of(campaign);
	}

	@Transactional(readOnly = true)
	public List<CampaignView> campaigns(StaffUser user, Integer year) {
		return campaigns.list(user, year).stream().map(CampaignView::of).toList();
	}

	@Transactional(readOnly = true)
	public List<CemeteryView> cemeteries(StaffUser user) {
		return directory.list(user).stream().map(CemeteryView::of).toList();
	}

	@Transactional(readOnly = true)
	public CemeteryPage cemetery(String code, StaffUser user) {
		return cemetery(directory.visible(code, user));
	}

	@Transactional(readOnly = true)
	public CemeteryPage cemetery(Cemetery cemetery) {
		return new CemeteryPage(CemeteryView.of(cemetery), directory.prices(cemetery));
	}

	@Transactional(readOnly = true)
	public List<ChecklistVersionView> checklists() {
		return checklists.versions().stream().map(ChecklistVersionView::of).toList();
	}

	@Transactional(readOnly = true)
	public ChecklistVersionView currentChecklist() {
		return ChecklistVersionView.of(checklists.current());
	}

	public ChecklistVersionView checklist(ChecklistVersion version) {
		return ChecklistVersionView.of(version);
	}

	@Transactional(readOnly = true)
	public InspectionPage inspection(String inspectionNo, StaffUser user) {
		Inspection inspection = inspections.visible(inspectionNo, user);
		Cemetery cemetery = inspections.cemeteryOf(inspection);
		return new InspectionPage(InspectionView.of(inspection), CemeteryView.of(cemetery),
				inspections.prices(cemetery), inspections.checklistOf(inspection),
				inspections.selfReport(inspection).map(SelfReportView::of), results(inspections.results(inspection)),
				inspections.visits(inspection).stream().map(SiteVisitView::of).toList(),
				inspections.attachments(inspection),
				inspections.openTasks(inspection).stream().map(OpenTask::taskKey).toList(),
				inspections.openRound(inspection).orElse(null), steps(inspection),
				inspections.referrals(inspection)
					.stream()
					.map(r -> new ReferralView(r.unitCode(), orgs.nameOf(r.unitCode()), r.bodyKind(), r.itemCodes(),
							r.referredAt(), r.decision(), r.note(), r.reportedAt()))
					.toList());
	}

	/**
	 * The inspection's open steps: which, at which unit, with whom (unclaimed: null), due
	 * when.
	 */
	private List<OpenStep> steps(Inspection inspection) {
		if (inspection.processInstanceId() == null) {
			return List.of();
		}
		List<WorkItem> items = this.workItems.forProcessInstance(inspection.processInstanceId());
		Map<String, String> names = this.staff
			.displayNames(items.stream().map(WorkItem::assignee).filter(Objects::nonNull).toList());
		return items.stream()
			.map(w -> new OpenStep(w.taskKey(), w.taskName(), w.orgUnitCode(), this.orgs.nameOf(w.orgUnitCode()),
					w.assignee() == null ? null : names.getOrDefault(w.assignee(), w.assignee()), w.dueAt()))
			.toList();
	}

	public List<CheckResultView> results(List<CheckResult> results) {
		return results.stream().map(CheckResultView::of).toList();
	}

	/** A cemetery with its price catalogue. */
	public record CemeteryPage(CemeteryView cemetery, List<PriceItem> prices) {
	}

	/** The whole record of an inspection. */
	public record InspectionPage(InspectionView inspection, CemeteryView cemetery, List<PriceItem> prices,
			List<ChecklistItem> checklist, Optional<SelfReportView> selfReport, List<CheckResultView> results,
			List<SiteVisitView> visits, List<Attachment> attachments, List<String> openSteps, Integer openRound,
			List<OpenStep> steps, List<ReferralView> referrals) {
	}

	/**
	 * A body the unqualified cemetery was referred to, the findings referred (item codes,
	 * comma-separated) and what it reported back.
	 */
	public record ReferralView(String unitCode, String unitName, String bodyKind, String itemCodes, Instant referredAt,
			String decision, String note, Instant reportedAt) {
	}

	/**
	 * A step open on an inspection and who holds it (the unit's staff while unclaimed).
	 */
	public record OpenStep(String taskKey, String taskName, String unitCode, String unitName, String assigneeName,
			Instant dueAt) {
	}

}
