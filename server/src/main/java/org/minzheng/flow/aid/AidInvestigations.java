package org.minzheng.flow.aid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.minzheng.flow.attachment.Attachment;
import org.minzheng.flow.attachment.Attachments;
import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home-investigation record (入户调查): kept by the competent street's clerk while the
 * case is accepted and not yet decided, validated here (two investigators of the street
 * or of a contracted organisation, a visit date neither in the future nor before
 * acceptance, the household's situation, at least one neighbour visited, photos among the
 * case's attachments), replaced by a new investigation and audited each time.
 */
@Service
public class AidInvestigations {

	static final int MAX_NEIGHBOURS = 20;

	static final int MAX_PHOTOS = 20;

	private final AidMapper aid;

	private final AidInvestigationMapper investigations;

	private final AidApplicationService applications;

	private final Attachments attachments;

	private final UserDetailsService users;

	private final AuditTrail audit;

	private final Clock clock;

	AidInvestigations(AidMapper aid, AidInvestigationMapper investigations, AidApplicationService applications,
			Attachments attachments, UserDetailsService users, AuditTrail audit, Clock clock) {
		this.aid = aid;
		this.investigations = investigations;
		this.applications = applications;
		this.attachments = attachments;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** Who investigated. */
	public enum InvestigatorKind {

		/** Two staff of the street, by username. */
		STAFF,
		/** A contracted organisation (政府购买服务), with two of its workers by name. */
		CONTRACTED

	}

	/** What the clerk records. */
	public record RecordInvestigation(InvestigatorKind investigatorKind,
			@Size(max = 2) List<@Size(max = 100) String> investigators, @Size(max = 200) String organisation,
			LocalDate visitedOn, @Size(max = 500) String housing, @Size(max = 500) String incomeSources,
			@Size(max = 500) String health, @Size(max = 1000) String notes,
			@Size(max = MAX_NEIGHBOURS) List<@Valid Neighbour> neighbours,
			@Size(max = MAX_PHOTOS) List<Long> photoAttachmentIds) {
	}

	/** A neighbour visited: who, how related to the household, what they said. */
	public record Neighbour(@Size(max = 100) String name, @Size(max = 100) String relation,
			@Size(max = 500) String statement) {
	}

	/** The record as shown. */
	public record InvestigationView(String investigatorKind, List<String> investigators, String organisation,
			LocalDate visitedOn, String housing, String incomeSources, String health, String notes,
			List<Neighbour> neighbours, List<Long> photoAttachmentIds, String recordedBy,
			java.time.Instant recordedAt) {
	}

	@Transactional
	public InvestigationView record(String applicationNo, RecordInvestigation request, StaffUser clerk) {
		AidApplication application = applications.visible(applicationNo, clerk);
		if (!clerk.covers(BusinessLine.AID, Role.CLERK, application.competentStreetCode())) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有属地街道的受理人员可以填写入户调查记录");
		}
		if (application.acceptedAt() == null || application.closedAt() != null || application.decision() != null) {
			throw ApiException.conflict("INVESTIGATION_NOT_OPEN", "案件未受理、已作出决定或已办结，不能填写入户调查记录");
		}
		validate(application, request);
		long id = application.id();
		investigations.delete(id);
		investigations.deleteNeighbours(id);
		investigations.deletePhotos(id);
		List<String> who = request.investigators().stream().map(String::strip).toList();
		investigations.insert(id,
				new AidInvestigationMapper.Investigation(request.investigatorKind().name(), who.get(0), who.get(1),
						request.investigatorKind() == InvestigatorKind.CONTRACTED ? request.organisation().strip()
								: null,
						request.visitedOn(), request.housing().strip(), request.incomeSources().strip(),
						request.health().strip(), blank(request.notes()) ? null : request.notes().strip(),
						clerk.username(), clock.instant()));
		for (Neighbour n : request.neighbours()) {
			investigations.insertNeighbour(id, new AidInvestigationMapper.Neighbour(n.name().strip(),
					n.relation().strip(), n.statement().strip()));
		}
		List<Long> photos = photos(request);
		photos.forEach(photo -> investigations.insertPhoto(id, photo));
		audit.record(new AuditRecord(clerk.username(), Role.CLERK.name(), application.competentStreetCode(),
				applicationNo, "AID_INVESTIGATION_RECORDED",
				"入户调查记录：入户日期 " + request.visitedOn() + "，"
						+ (request.investigatorKind() == InvestigatorKind.STAFF ? "街道工作人员 " + String.join("、", who)
								: "受委托机构 " + request.organisation().strip() + " 两名工作人员")
						+ "，走访邻里 " + request.neighbours().size() + " 人，照片 " + photos.size() + " 张",
				null));
		return find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<InvestigationView> of(String applicationNo, StaffUser user) {
		return find(applications.visible(applicationNo, user).id());
	}

	Optional<InvestigationView> find(long applicationId) {
		AidInvestigationMapper.Investigation i = investigations.find(applicationId);
		if (i == null) {
			return Optional.empty();
		}
		return Optional.of(new InvestigationView(i.investigatorKind(), List.of(i.investigator1(), i.investigator2()),
				i.organisation(), i.visitedOn(), i.housing(), i.incomeSources(), i.health(), i.notes(),
				investigations.neighbours(applicationId)
					.stream()
					.map(n -> new Neighbour(n.name(), n.relation(), n.statement()))
					.toList(),
				investigations.photos(applicationId), i.recordedBy(), i.recordedAt()));
	}

	private void validate(AidApplication application, RecordInvestigation r) {
		if (r.investigatorKind() == null) {
			throw ApiException.badRequest("FIELD_REQUIRED", "investigatorKind", "请选择调查人员（街道工作人员或受委托机构）");
		}
		List<String> who = r.investigators() == null ? List.of()
				: r.investigators().stream().map(s -> s == null ? "" : s.strip()).toList();
		if (who.size() != 2 || who.stream().anyMatch(String::isEmpty) || who.get(0).equals(who.get(1))) {
			throw ApiException.badRequest("TWO_INVESTIGATORS", "investigators", "入户调查须由两名不同的调查人员进行");
		}
		if (who.stream().anyMatch(s -> s.length() > 100)) {
			throw ApiException.badRequest("FIELD_TOO_LONG", "investigators", "调查人员姓名过长");
		}
		if (r.investigatorKind() == InvestigatorKind.STAFF) {
			for (int i = 0; i < 2; i++) {
				if (!streetStaff(who.get(i), application.competentStreetCode())) {
					throw ApiException.badRequest("INVESTIGATOR_NOT_STREET_STAFF", "investigators[" + i + "]",
							"调查人员须为属地街道的社会救助工作人员（用户名）");
				}
			}
		}
		else {
			require(r.organisation(), "organisation", "请填写受委托机构名称", 200);
		}
		if (r.visitedOn() == null) {
			throw ApiException.badRequest("FIELD_REQUIRED", "visitedOn", "请填写入户日期");
		}
		if (r.visitedOn().isAfter(LocalDate.now(clock))) {
			throw ApiException.badRequest("VISIT_DATE_IN_FUTURE", "visitedOn", "入户日期不能晚于今天");
		}
		if (r.visitedOn().isBefore(LocalDate.ofInstant(application.acceptedAt(), clock.getZone()))) {
			throw ApiException.badRequest("VISIT_DATE_BEFORE_ACCEPTANCE", "visitedOn", "入户日期不能早于受理日期");
		}
		require(r.housing(), "housing", "请填写住房情况", 500);
		require(r.incomeSources(), "incomeSources", "请填写收入来源", 500);
		require(r.health(), "health", "请填写健康状况", 500);
		if (r.notes() != null && r.notes().length() > 1000) {
			throw ApiException.badRequest("FIELD_TOO_LONG", "notes", "其他情况不超过 1000 字");
		}
		if (r.neighbours() == null || r.neighbours().isEmpty()) {
			throw ApiException.badRequest("NEIGHBOUR_VISIT_REQUIRED", "neighbours", "须走访至少一户邻里");
		}
		if (r.neighbours().size() > MAX_NEIGHBOURS) {
			throw ApiException.badRequest("TOO_MANY", "neighbours", "走访邻里不超过 {0} 户", MAX_NEIGHBOURS);
		}
		for (int i = 0; i < r.neighbours().size(); i++) {
			Neighbour n = r.neighbours().get(i);
			if (n == null) {
				throw ApiException.badRequest("FIELD_REQUIRED", "neighbours[" + i + "]", "请填写走访邻里");
			}
			require(n.name(), "neighbours[" + i + "].name", "请填写被走访人", 100);
			require(n.relation(), "neighbours[" + i + "].relation", "请填写与申请家庭的关系", 100);
			require(n.statement(), "neighbours[" + i + "].statement", "请填写走访所述情况", 500);
		}
		List<Long> photos = photos(r);
		if (photos.size() > MAX_PHOTOS) {
			throw ApiException.badRequest("TOO_MANY", "photoAttachmentIds", "照片不超过 {0} 张", MAX_PHOTOS);
		}
		for (int i = 0; i < photos.size(); i++) {
			Optional<Attachment> photo = attachments.find(photos.get(i));
			if (photo.isEmpty() || !photo.get().caseRef().equals(application.applicationNo())) {
				throw ApiException.badRequest("PHOTO_NOT_OF_CASE", "photoAttachmentIds[" + i + "]", "照片须为本案件已上传的附件");
			}
		}
	}

	private static List<Long> photos(RecordInvestigation r) {
		if (r.photoAttachmentIds() == null) {
			return List.of();
		}
		Set<Long> seen = new HashSet<>();
		return r.photoAttachmentIds().stream().filter(id -> id != null && seen.add(id)).toList();
	}

	private boolean streetStaff(String username, String street) {
		try {
			if (users.loadUserByUsername(username) instanceof StaffUser staff) {
				return staff.covers(BusinessLine.AID, Role.CLERK, street)
						|| staff.covers(BusinessLine.AID, Role.REVIEWER, street)
						|| staff.covers(BusinessLine.AID, Role.SUPERVISOR, street);
			}
			return false;
		}
		catch (UsernameNotFoundException ex) {
			return false;
		}
	}

	private static void require(String value, String field, String message, int max) {
		if (blank(value)) {
			throw ApiException.badRequest("FIELD_REQUIRED", field, message);
		}
		if (value.strip().length() > max) {
			throw ApiException.badRequest("FIELD_TOO_LONG", field, "不超过 {0} 字", max);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
