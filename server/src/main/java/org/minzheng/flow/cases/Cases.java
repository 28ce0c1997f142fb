package org.minzheng.flow.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minzheng.flow.attachment.Attachment;
import org.minzheng.flow.attachment.Attachments;
import org.minzheng.flow.audit.AuditEventView;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.audit.AuditVerification;
import org.minzheng.flow.audit.AuditVerifier;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.inbox.StartedCases;
import org.minzheng.flow.inbox.TaskRecord;
import org.minzheng.flow.inbox.TaskWork;
import org.minzheng.flow.inbox.WorkItem;
import org.minzheng.flow.inbox.WorkItemService;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.RoleAssignment;
import org.minzheng.flow.security.StaffDirectory;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.Csv;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.minzheng.flow.shared.SealedText;
import org.minzheng.flow.shared.UnifiedSocialCreditCode;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases of every chain, read the same way: search inside the reader's scope, 我发起, the
 * case page (summary, the feature's facts, open work, attachments), the timeline, the
 * diagram with the path taken, the CSV and the print record, and the check of the case's
 * audit events. Who may read a case was decided before these run ({@code @Access} with
 * target {@code case}); here a reader who does not handle the case sees the party's name
 * and number masked.
 */
@Service
public class Cases implements StartedCases {

	/** Roles that read cases through the case module (a party reads its own pages). */
	static final List<Role> READERS = List.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR);

	/** Staff who work a case and need the party's full name and number. */
	static final List<Role> HANDLERS = List.of(Role.CLERK, Role.REVIEWER, Role.APPROVER);

	/**
	 * The roles that may see a case's personal identifiers in full (through
	 * {@link #reveal}): the handlers and the supervisor of the case's line at a unit
	 * their role covers. Auditors, process owners and external parties never.
	 */
	static final List<Role> REVEALERS = List.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR);

	/** The field name of the party's ID number in {@link #reveal}. */
	public static final String PARTY_ID_FIELD = "partyId";

	private final CaseIndex index;

	private final CaseIndexMapper rows;

	private final CaseLabels labels;

	private final OrgDirectory orgs;

	private final StaffDirectory staff;

	private final Workflow workflow;

	private final WorkItemService workItems;

	private final TaskWork tasks;

	private final AuditTrail audit;

	private final AuditVerifier verifier;

	private final Attachments attachments;

	private final ObjectMapper json;

	private final java.time.Clock clock;

	private final List<CaseFeature> features;

	Cases(CaseIndex index, CaseIndexMapper rows, CaseLabels labels, OrgDirectory orgs, StaffDirectory staff,
			Workflow workflow, WorkItemService workItems, TaskWork tasks, AuditTrail audit, AuditVerifier verifier,
			Attachments attachments, ObjectMapper json, java.time.Clock clock, List<CaseFeature> features) {
		this.features = features;
		this.clock = clock;
		this.index = index;
		this.rows = rows;
		this.labels = labels;
		this.orgs = orgs;
		this.staff = staff;
		this.workflow = workflow;
		this.workItems = workItems;
		this.tasks = tasks;
		this.audit = audit;
		this.verifier = verifier;
		this.attachments = attachments;
		this.json = json;
	}

	/** What a search asks for; {@code null} fields do not filter. */
	public record Query(String q, BusinessLine line, String unit, LocalDate from, LocalDate to, CaseOutcome outcome) {
	}

	/**
	 * Cases inside the reader's scope. {@code q} is a case number, a full citizen ID
	 * number or credit code, or the beginning of the applicant's or organisation's name.
	 */
	@Transactional(readOnly = true)
	public CasePage search(Query query, StaffUser user, int page, int size) {
		String caseNo = null;
		String namePrefix = null;
		String partyId = null;
		String personId = null;
		if (query.q() != null && !query.q().isBlank()) {
			String value = query.q().strip();
			if (value.length() == 18 && CitizenIdNumber.problem(value).isEmpty()) {
				personId = CitizenIdNumber.of(value).value();
			}
			else if (value.length() == 18 && UnifiedSocialCreditCode.problem(value).isEmpty()) {
				partyId = value.toUpperCase(Locale.ROOT);
			}
			else if (index.featureOf(value.toUpperCase(Locale.ROOT)).isPresent() && value.matches(".*\\d.*")) {
				caseNo = value.toUpperCase(Locale.ROOT);
			}
			else if (value.matches(".*\\d.*")) {
				throw ApiException.badRequest("CASE_QUERY_INVALID", "q", "请输入完整的案件编号、身份证号码或统一社会信用代码，或申请人、组织名称的开头");
			}
			else {
				namePrefix = value;
			}
		}
		Map<String, Collection<String>> scope = scope(user, query.line());
		if (query.unit() != null && !query.unit().isBlank()
				&& scope.values().stream().noneMatch(units -> units.contains(query.unit().strip()))) {
			throw ApiException.badRequest("ORG_UNIT_OUT_OF_SCOPE", "unit", "所选单位不在您的管辖范围内");
		}
		if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
			throw ApiException.badRequest("DATE_RANGE_INVALID", "to", "结束日期不能早于开始日期");
		}
		CaseIndexMapper.CaseFilter filter = new CaseIndexMapper.CaseFilter(caseNo, namePrefix,
				WorkItemService.upperBound(namePrefix), partyId, personId, blankToNull(query.unit()),
				startOf(query.from()), query.to() == null ? null : startOf(query.to().plusDays(1)),
				query.outcome() == null ? null : query.outcome().name(), null);
		return page(filter, scope, user, page, size);
	}

	/** 我发起: the cases the user filed or opened, of every chain, newest first. */
	@Transactional(readOnly = true)
	public CasePage startedBy(StaffUser user, int page, int size) {
		CaseIndexMapper.CaseFilter filter = new CaseIndexMapper.CaseFilter(null, null, null, null, null, null, null,
				null, null, user.username());
		Map<String, Collection<String>> scope = new LinkedHashMap<>();
		for (BusinessLine line : BusinessLine.values()) {
			if (!user.scope(line).isEmpty()) {
				scope.put(line.code(), user.scope(line));
			}
		}
		return page(filter, scope, user, page, size);
	}

	@Override
	@Transactional(readOnly = true)
	public long countStartedBy(StaffUser user) {
		return rows.countStartedBy(user.username());
	}

	/** The case page: summary, the feature's facts, open work, attachments. */
	@Transactional(readOnly = true)
	public CaseDetail detail(String caseNo, StaffUser user) {
		Located located = locate(caseNo, user);
		Locale locale = CaseLabels.reader();
		boolean handling = handling(user, located.line, located.file.entry());
		CaseRow summary = row(located.line, located.file.entry(), handling, locale,
				names(List.of(located.file.entry())));
		List<CaseFile.Section> sections = sections(located.file, handling, locale);
		List<OpenWork> openWork = openWork(located.file.entry());
		List<AttachmentView> files = attachments.forCase(caseNo)
			.stream()
			.map(a -> new AttachmentView(a.id(), a.fileName(), a.sizeBytes(), a.sha256(), a.uploadedAt()))
			.toList();
		return new CaseDetail(summary, sections, openWork, files, handling,
				mayReveal(user, located.line, located.file.entry()) && hasPersonalIds(located.file));
	}

	/**
	 * The case's personal identifiers in full: the party's ID number
	 * ({@value #PARTY_ID_FIELD}) and each personal fact, or only the one named by
	 * {@code field} (a fact's label as filed, or {@value #PARTY_ID_FIELD}). Only for
	 * {@link #REVEALERS} at the case's unit; anyone else gets the same 404 as for a case
	 * that does not exist. Every full view is audited ({@code PERSONAL_DATA_REVEALED}:
	 * who, when, which case, which fields), and shows on the case's timeline and the
	 * audit pages.
	 */
	@Transactional
	public Revealed reveal(String caseNo, String field, String reason, StaffUser user) {
		Located located = locate(caseNo, user);
		CaseEntry entry = located.file.entry();
		if (!mayReveal(user, located.line, entry)) {
			throw notFound();
		}
		List<RevealedField> fields = new ArrayList<>();
		if (entry.partyPerson() && entry.partyId() != null && (field == null || PARTY_ID_FIELD.equals(field))) {
			fields.add(new RevealedField(PARTY_ID_FIELD, null, "证件号码", entry.partyId()));
		}
		for (CaseFile.Section section : located.file.sections()) {
			for (CaseFile.Fact fact : section.facts()) {
				if (revealable(fact) && (field == null || field.equals(fact.label()))) {
					fields.add(new RevealedField(fact.label(), section.title(), fact.label(), fact.value()));
				}
			}
		}
		if (fields.isEmpty()) {
			throw ApiException.notFound("PERSONAL_FIELD_NOT_FOUND", "该案件没有此项个人信息");
		}
		Role role = REVEALERS.stream()
			.filter(r -> covers(readsAt(user, located.line, r), entry))
			.findFirst()
			.orElseThrow();
		RoleAssignment acting = user.primary(located.line, role);
		audit.record(user, role, acting == null ? entry.unitCode() : acting.orgUnitCode(), caseNo,
				"PERSONAL_DATA_REVEALED",
				"查看完整个人信息：" + String.join("、", fields.stream().map(RevealedField::label).distinct().toList()),
				blankToNull(reason));
		return new Revealed(caseNo, fields);
	}

	/** What a reveal returns. */
	public record Revealed(String caseNo, List<RevealedField> fields) {
	}

	/**
	 * One identifier in full: the field name to ask for again, its section (for a fact),
	 * its label and its value.
	 */
	public record RevealedField(String field, String section, String label, String value) {
	}

	private boolean mayReveal(StaffUser user, BusinessLine line, CaseEntry entry) {
		return REVEALERS.stream().anyMatch(role -> covers(readsAt(user, line, role), entry));
	}

	private static boolean covers(Set<String> units, CaseEntry entry) {
		return units.contains(entry.unitCode())
				|| (entry.otherUnitCode() != null && units.contains(entry.otherUnitCode()));
	}

	private static boolean hasPersonalIds(CaseFile file) {
		return (file.entry().partyPerson() && file.entry().partyId() != null)
				|| file.sections().stream().flatMap(s -> s.facts().stream()).anyMatch(Cases::revealable);
	}

	/**
	 * A personal fact that masking hides something of (an ID or phone number): an amount
	 * line naming a member holds nothing more in full.
	 */
	private static boolean revealable(CaseFile.Fact fact) {
		return fact.personal() && fact.value() != null
				&& !PersonalDataMasking.maskText(fact.value()).equals(fact.value());
	}

	/**
	 * The case's timeline: every audited action and every completed task, oldest first.
	 */
	@Transactional(readOnly = true)
	public Timeline timeline(String caseNo, StaffUser user) {
		Located located = locate(caseNo, user);
		return new Timeline(located.file.entry().caseNo(), entries(caseNo, CaseLabels.reader()));
	}

	/** The deployed diagram of the case, what was done, what is open, the path taken. */
	@Transactional(readOnly = true)
	public Diagram diagram(String caseNo, StaffUser user) {
		Located located = locate(caseNo, user);
		String pi = located.file.entry().processInstanceId();
		if (pi == null && located.feature.decidedBeforeGoLive(located.file.entry())) {
			// nothing to draw, and nothing is wrong: the page says why
			return new Diagram(caseNo, null, List.of(), List.of(), List.of(), true);
		}
		if (pi == null) {
			throw ApiException.notFound("DIAGRAM_NOT_AVAILABLE", "该案件尚未进入办理流程，没有流程图");
		}
		String xml = workflow.diagramXml(pi)
			.orElseThrow(() -> ApiException.notFound("DIAGRAM_NOT_AVAILABLE", "该案件尚未进入办理流程，没有流程图"));
		Set<String> completed = new LinkedHashSet<>();
		Set<String> active = new LinkedHashSet<>();
		for (Workflow.ActivityStep step : workflow.history(pi)) {
			String id = step.activityId();
			if (id.indexOf('#') >= 0) {
				continue;
			}
			if (step.ended() == null) {
				active.add(id);
			}
			else if (!step.canceled()) {
				completed.add(id);
			}
		}
		completed.removeAll(active);
		// sets to highlight, sorted: parallel steps started in the same millisecond have
		// no
		// order of their own, and the engine's history and our archive may list them
		// apart
		return new Diagram(caseNo, xml, List.copyOf(new java.util.TreeSet<>(completed)),
				List.copyOf(new java.util.TreeSet<>(active)), workflow.takenFlows(pi), false);
	}

	/** Whether the case's audit events are unaltered and in place in the chain. */
	@Transactional(readOnly = true)
	public AuditVerification verify(String caseNo, StaffUser user) {
		locate(caseNo, user);
		return verifier.verifyCase(caseNo);
	}

	/**
	 * The record a bureau files: summary, the feature's facts, the decisions with their
	 * reasons, the timeline and who printed it when, with the check of the case's audit
	 * events. Printing is audited.
	 */
	@Transactional
	public PrintRecord print(String caseNo, StaffUser user) {
		Located located = locate(caseNo, user);
		Locale locale = CaseLabels.reader();
		boolean handling = handling(user, located.line, located.file.entry());
		CaseRow summary = row(located.line, located.file.entry(), handling, locale,
				names(List.of(located.file.entry())));
		List<TimelineEntry> timeline = entries(caseNo, locale);
		List<TimelineEntry> decisions = timeline.stream().filter(e -> e.decision() != null).toList();
		RoleAssignment acting = acting(user, located.line);
		AuditVerification verification = verifier.verifyCase(caseNo);
		audit.record(user, acting.role(), acting.orgUnitCode(), caseNo, "CASE_PRINTED", "打印案件记录", null);
		return new PrintRecord(summary, sections(located.file, handling, locale), decisions, timeline,
				user.displayName(), labels.role(acting.role().name(), locale), orgs.nameOf(acting.orgUnitCode()),
				clock.instant(), verification);
	}

	/**
	 * The case as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese text),
	 * filed in Chinese with Beijing times: summary, facts, then the timeline. Exporting
	 * is audited.
	 */
	@Transactional
	public String csv(String caseNo, StaffUser user) {
		Located located = locate(caseNo, user);
		Locale locale = CaseLabels.FILING;
		boolean handling = handling(user, located.line, located.file.entry());
		CaseRow s = row(located.line, located.file.entry(), handling, locale, names(List.of(located.file.entry())));
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append("项目,内容\r\n");
		csv.append(Csv.row("案件编号", s.caseNo()));
		csv.append(Csv.row("业务条线", s.lineName()));
		csv.append(Csv.row("案件类别", s.kindLabel()));
		csv.append(Csv.row("事项", s.title()));
		csv.append(Csv.row("申请人/组织", s.partyName()));
		csv.append(Csv.row("证件号码/统一社会信用代码", s.partyId()));
		csv.append(Csv.row("所属区", s.districtName()));
		csv.append(Csv.row("承办单位", s.unitName()));
		csv.append(Csv.row("状态", s.statusLabel()));
		csv.append(Csv.row("办理结果", s.outcomeLabel()));
		csv.append(Csv.row("登记人", s.startedByName()));
		csv.append(Csv.row("登记时间", CaseFacts.time(s.startedAt())));
		csv.append(Csv.row("办结时间", CaseFacts.time(s.closedAt())));
		for (CaseFile.Section section : sections(located.file, handling, locale)) {
			for (CaseFile.Fact fact : section.facts()) {
				csv.append(Csv.row(section.title() + "：" + fact.label(), fact.value()));
			}
		}
		csv.append("\r\n时间,办理人,角色,单位,操作,结果,内容,理由\r\n");
		for (TimelineEntry e : entries(caseNo, locale)) {
			csv.append(Csv.row(CaseFacts.time(e.at()), e.actorName(), e.roleLabel(), e.unitName(), e.action(),
					e.decisionLabel(), e.summary(), e.reason()));
		}
		RoleAssignment acting = acting(user, located.line);
		audit.record(user, acting.role(), acting.orgUnitCode(), caseNo, "CASE_EXPORTED", "导出案件办理记录", null);
		return csv.toString();
	}

	/** An attachment of the case, for download. */
	@Transactional(readOnly = true)
	public Optional<Attachment> attachment(String caseNo, long id) {
		return attachments.find(id).filter(a -> caseNo.equals(a.caseRef()));
	}

	/** The attachment's bytes. */
	public byte[] content(long id) {
		return attachments.content(id);
	}

	private CasePage page(CaseIndexMapper.CaseFilter filter, Map<String, Collection<String>> scope, StaffUser user,
			int page, int size) {
		if (scope.isEmpty()) {
			return new CasePage(List.of(), 0, page, size);
		}
		Locale locale = CaseLabels.reader();
		List<CaseEntry> found = rows.search(filter, scope, (long) page * size, size);
		Map<String, String> names = names(found);
		List<CaseRow> items = new ArrayList<>();
		for (CaseEntry entry : found) {
			BusinessLine line = lineOf(entry.caseNo());
			items.add(row(line, entry, handling(user, line, entry), locale, names));
		}
		return new CasePage(items, rows.count(filter, scope), page, size);
	}

	/** Lines (one, or all) and the units the user reads cases at in each. */
	private Map<String, Collection<String>> scope(StaffUser user, BusinessLine only) {
		Map<String, Collection<String>> scope = new LinkedHashMap<>();
		for (BusinessLine line : BusinessLine.values()) {
			if (only != null && line != only) {
				continue;
			}
			Set<String> units = new LinkedHashSet<>();
			for (Role role : READERS) {
				units.addAll(readsAt(user, line, role));
			}
			if (!units.isEmpty()) {
				scope.put(line.code(), units);
			}
		}
		return scope;
	}

	/**
	 * The units the role lets the user read the line's cases at: those it covers, or for
	 * a feature whose handlers act at their own unit only, the units it is held at.
	 */
	private Set<String> readsAt(StaffUser user, BusinessLine line, Role role) {
		boolean ownUnitOnly = HANDLERS.contains(role)
				&& features.stream().anyMatch(f -> f.line() == line && f.handlersAtOwnUnitOnly());
		if (!ownUnitOnly) {
			return user.coverage(line, role);
		}
		Set<String> held = new LinkedHashSet<>();
		for (RoleAssignment a : user.assignments()) {
			if (a.role() == role && a.appliesTo(line)) {
				held.add(a.orgUnitCode());
			}
		}
		return held;
	}

	/** Whether the user reads this case: a reading role at its unit or second unit. */
	private boolean canRead(StaffUser user, BusinessLine line, CaseEntry entry) {
		for (Role role : READERS) {
			Set<String> units = readsAt(user, line, role);
			if (units.contains(entry.unitCode())
					|| (entry.otherUnitCode() != null && units.contains(entry.otherUnitCode()))) {
				return true;
			}
		}
		return false;
	}

	private BusinessLine lineOf(String caseNo) {
		return index.featureOf(caseNo).map(CaseFeature::line).orElseThrow();
	}

	private record Located(BusinessLine line, CaseFile file, CaseFeature feature) {
	}

	/**
	 * The case, if the user may read it; 404 otherwise, as for a case that does not
	 * exist.
	 */
	private Located locate(String caseNo, StaffUser user) {
		CaseFeature feature = index.featureOf(caseNo).orElseThrow(Cases::notFound);
		CaseFile file = feature.find(caseNo).orElseThrow(Cases::notFound);
		if (!canRead(user, feature.line(), file.entry())) {
			throw notFound();
		}
		return new Located(feature.line(), file, feature);
	}

	static ApiException notFound() {
		return ApiException.notFound("CASE_NOT_FOUND", "案件不存在或无权查看");
	}

	private boolean handling(StaffUser user, BusinessLine line, CaseEntry entry) {
		for (Role role : HANDLERS) {
			Set<String> units = readsAt(user, line, role);
			if (units.contains(entry.unitCode())
					|| (entry.otherUnitCode() != null && units.contains(entry.otherUnitCode()))) {
				return true;
			}
		}
		return false;
	}

	private Map<String, String> names(Collection<CaseEntry> entries) {
		return staff.displayNames(entries.stream().map(CaseEntry::startedBy).filter(u -> u != null).toList());
	}

	private CaseRow row(BusinessLine line, CaseEntry e, boolean handling, Locale locale, Map<String, String> names) {
		boolean mask = e.partyPerson() && !handling;
		String name = mask && e.partyName() != null ? PersonalDataMasking.maskName(e.partyName()) : e.partyName();
		String id = e.partyPerson() && e.partyId() != null ? SealedText.mask(e.partyId()) : e.partyId();
		String page = index.featureOf(e.caseNo())
			.flatMap(f -> f.kinds().stream().filter(k -> k.code().equals(e.kind())).findFirst())
			.map(k -> k.pageOf(e.caseNo()))
			.orElse(null);
		String starter = e.startedBy() == null ? null : names.getOrDefault(e.startedBy(), e.startedBy());
		return new CaseRow(e.caseNo(), line.code(), locale.getLanguage().equals("en") ? line.nameEn() : line.nameZh(),
				e.kind(), labels.kind(e.kind(), locale), e.title(), name, id, e.districtCode(),
				orgs.nameOf(e.districtCode()), e.unitCode(), orgs.nameOf(e.unitCode()), e.status(),
				labels.status(e.kind(), e.status(), locale), e.outcome().name(), labels.outcome(e.outcome(), locale),
				starter, e.startedAt(), e.closedAt(), page);
	}

	/**
	 * The feature's facts in the reader's language, personal ones masked unless handling.
	 */
	private List<CaseFile.Section> sections(CaseFile file, boolean handling, Locale locale) {
		return file.sections()
			.stream()
			.map(s -> new CaseFile.Section(labels.text(s.title(), locale),
					s.facts()
						.stream()
						.map(f -> new CaseFile.Fact(labels.text(f.label(), locale),
								f.personal() && f.value() != null ? masked(f.value(), handling)
										: labels.text(f.value(), locale),
								f.personal()))
						.toList()))
			.toList();
	}

	/**
	 * A personal fact masked word by word: ID and phone numbers always (in full only
	 * through {@link #reveal}), as {@link PersonalDataMasking#maskText}, names as
	 * {@link PersonalDataMasking#maskName} unless the reader handles the case.
	 */
	private static String masked(String value, boolean handling) {
		StringBuilder out = new StringBuilder();
		for (String word : value.split(" ", -1)) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(word.chars().anyMatch(Character::isDigit) ? PersonalDataMasking.maskText(word)
					: handling ? word : PersonalDataMasking.maskName(word));
		}
		return out.toString();
	}

	private List<OpenWork> openWork(CaseEntry entry) {
		if (entry.processInstanceId() == null) {
			return List.of();
		}
		List<WorkItem> items = workItems.forProcessInstance(entry.processInstanceId());
		Map<String, String> names = staff
			.displayNames(items.stream().map(WorkItem::assignee).filter(a -> a != null).toList());
		return items.stream()
			.map(w -> new OpenWork(w.taskId(), w.taskName(), w.orgUnitCode(), orgs.nameOf(w.orgUnitCode()),
					w.assignee() == null ? null : names.getOrDefault(w.assignee(), w.assignee()), w.createdAt(),
					w.dueAt()))
			.toList();
	}

	/**
	 * Audit events and task records merged by time, oldest first, with names and labels.
	 */
	private List<TimelineEntry> entries(String caseNo, Locale locale) {
		List<AuditEventView> events = audit.forCase(caseNo);
		List<TaskRecord> records = tasks.recordsOf(caseNo);
		Set<String> users = new HashSet<>();
		events.forEach(e -> users.add(e.actor()));
		records.forEach(r -> users.add(r.actor()));
		Map<String, String> names = staff.displayNames(users);
		List<TimelineEntry> entries = new ArrayList<>();
		for (AuditEventView e : events) {
			String action = labels.action(e.action(), locale);
			entries.add(new TimelineEntry(e.occurredAt().toInstant(), "EVENT", actorName(e.actor(), names, locale),
					e.actorRole(), labels.role(e.actorRole(), locale), e.orgUnitCode(), orgs.nameOf(e.orgUnitCode()),
					e.action(), action != null ? action : e.summary(), e.summary(), null, null, e.reason()));
		}
		for (TaskRecord r : records) {
			entries.add(new TimelineEntry(r.completedAt(), "TASK", actorName(r.actor(), names, locale), r.actorRole(),
					labels.role(r.actorRole(), locale), r.orgUnitCode(), orgs.nameOf(r.orgUnitCode()), r.taskKey(),
					r.taskName(), null, r.decision(), labels.decision(r.decision(), locale), opinion(r.data())));
		}
		entries.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder())));
		return entries;
	}

	private static String actorName(String actor, Map<String, String> names, Locale locale) {
		if (actor == null) {
			return null;
		}
		if (AuditTrail.SYSTEM_ACTOR.equals(actor)) {
			return locale.getLanguage().equals("en") ? "System" : "系统";
		}
		return names.getOrDefault(actor, actor);
	}

	/** The opinion, reason or note a task's form recorded, if any. */
	private String opinion(String data) {
		if (data == null || data.isBlank()) {
			return null;
		}
		try {
			JsonNode root = json.readTree(data);
			List<String> parts = new ArrayList<>();
			root.fields().forEachRemaining(field -> {
				String name = field.getKey().toLowerCase(Locale.ROOT);
				if ((name.contains("opinion") || name.contains("reason") || name.endsWith("note")
						|| name.contains("comment")) && field.getValue().isTextual()
						&& !field.getValue().asText().isBlank()) {
					parts.add(field.getValue().asText());
				}
			});
			return parts.isEmpty() ? null : String.join("；", parts);
		}
		catch (Exception ex) {
			return null;
		}
	}

	private static RoleAssignment acting(StaffUser user, BusinessLine line) {
		return user.primary(line, Role.AUDITOR, Role.SUPERVISOR, Role.APPROVER, Role.REVIEWER, Role.CLERK);
	}

	private static Instant startOf(LocalDate date) {
		return date == null ? null : date.atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
	}

	/** A page of cases. */
	public record CasePage(List<CaseRow> items, long total, int page, int size) {
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A case as lists, the case page and exports show it. */
	public record CaseRow(String caseNo, String line, String lineName, String kind, String kindLabel, String title,
			String partyName, String partyId, String districtCode, String districtName, String unitCode,
			String unitName, String status, String statusLabel, String outcome, String outcomeLabel,
			String startedByName, Instant startedAt, Instant closedAt, String featurePage) {
	}

	/** The case page. */
	public record CaseDetail(CaseRow summary, List<CaseFile.Section> sections, List<OpenWork> openWork,
			List<AttachmentView> attachments, boolean handling, boolean mayReveal) {
	}

	/**
	 * Work open on the case: which task, at which unit, with whom, since and due when.
	 */
	public record OpenWork(String taskId, String taskName, String unitCode, String unitName, String assigneeName,
			Instant createdAt, Instant dueAt) {
	}

	/** An attachment as the case page lists it. */
	public record AttachmentView(long id, String fileName, long sizeBytes, String sha256, Instant uploadedAt) {
	}

	/** The timeline of a case. */
	public record Timeline(String caseNo, List<TimelineEntry> entries) {
	}

	/**
	 * One line of a timeline: when, who (name, role, unit), what, the result of a task,
	 * why. {@code type} is {@code EVENT} (an audited action) or {@code TASK} (a completed
	 * task).
	 */
	public record TimelineEntry(Instant at, String type, String actorName, String role, String roleLabel,
			String unitCode, String unitName, String code, String action, String summary, String decision,
			String decisionLabel, String reason) {
	}

	/**
	 * The diagram and its highlights; for a case decided before the system went live
	 * ({@code legacy}) no diagram (nothing ran here).
	 */
	public record Diagram(String caseNo, String bpmnXml, List<String> completedActivityIds,
			List<String> activeActivityIds, List<String> takenFlowIds, boolean legacy) {
	}

	/** The record to file: the case, its decisions, its timeline, who printed it. */
	public record PrintRecord(CaseRow summary, List<CaseFile.Section> sections, List<TimelineEntry> decisions,
			List<TimelineEntry> timeline, String printedBy, String printedByRole, String printedByUnit,
			Instant printedAt, AuditVerification verification) {
	}

}
