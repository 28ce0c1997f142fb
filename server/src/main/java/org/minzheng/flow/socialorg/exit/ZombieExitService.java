package org.minzheng.flow.socialorg.exit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.processes.socialorg.SocialOrgRevocationProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.minzheng.flow.socialorg.SocialOrgCases;
import org.minzheng.flow.socialorg.SocialOrgScope;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exit of zombie organisations (不年报、活而不动、失联): the detection query makes a candidate
 * batch, a registrar's approver confirms it, and one revocation case per candidate starts
 * in batches so that hundreds never make one long transaction.
 */
@Service
public class ZombieExitService {

	private static final Logger log = LoggerFactory.getLogger(ZombieExitService.class);

	/** Cases started per transaction when a batch is confirmed. */
	static final int BATCH = 50;

	/** Most candidates one detection puts in a batch. */
	static final int MAX_CANDIDATES = 2000;

	private final ExitMapper exits;

	private final Workflow workflow;

	private final AuditTrail audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	ZombieExitService(ExitMapper exits, Workflow workflow, AuditTrail audit, TransactionTemplate tx, Clock clock) {
		this.exits = exits;
		this.workflow = workflow;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	/** Runs the detection query for a registrar and records the candidates as a batch. */
	@Transactional
	public BatchView detect(String registrarCode, StaffUser user) {
		requireApprover(user, registrarCode);
		LocalDate today = LocalDate.now(clock);
		List<ExitMapper.Detected> detected = exits.detect(registrarCode, today.minusYears(2), today.minusYears(2),
				MAX_CANDIDATES);
		if (detected.isEmpty()) {
			throw ApiException.conflict("NO_EXIT_CANDIDATES", "未发现符合条件的僵尸组织");
		}
		OrganisationMapper.Key key = new OrganisationMapper.Key();
		exits.insertBatch(key, "NEW-" + java.util.UUID.randomUUID(), registrarCode, user.username(), clock.instant());
		String batchNo = SocialOrgCases.EXIT_PREFIX
				+ "%s-%d-%04d".formatted(registrarCode, Year.now(clock).getValue(), key.id);
		exits.numberBatch(key.id, batchNo, detected.size());
		int n = 0;
		for (ExitMapper.Detected candidate : detected) {
			exits.insertCandidate(batchNo + "-" + String.format("%04d", ++n), key.id, candidate.organisationId(),
					candidate.reason());
		}
		audit.record(user, Role.APPROVER, registrarCode, batchNo, "SOCIALORG_EXIT_DETECTED",
				"僵尸组织筛查：" + detected.size() + " 个候选对象", null);
		return view(batchNo, user);
	}

	/**
	 * The approver confirms the batch: notices are served and the revocation cases start,
	 * {@value #BATCH} per transaction.
	 */
	public BatchView confirm(String batchNo, StaffUser user) {
		ExitMapper.ExitBatch batch = visible(batchNo, user);
		requireApprover(user, batch.registrarCode());
		tx.executeWithoutResult(status -> {
			if (exits.confirmBatch(batch.id(), user.username(), clock.instant()) == 0) {
				throw ApiException.conflict("BATCH_ALREADY_CONFIRMED", "该批次已确认");
			}
			audit.record(user, Role.APPROVER, batch.registrarCode(), batchNo, "SOCIALORG_EXIT_CONFIRMED",
					"确认僵尸组织退出批次：" + batch.candidateCount() + " 个", null);
		});
		List<ExitCandidate> candidates = exits.candidates(batch.id());
		for (int from = 0; from < candidates.size(); from += BATCH) {
			List<ExitCandidate> chunk = new ArrayList<>(
					candidates.subList(from, Math.min(candidates.size(), from + BATCH)));
			tx.executeWithoutResult(status -> chunk.forEach(candidate -> start(batch, candidate)));
		}
		log.info("[{}] {} revocation cases started", batchNo, candidates.size());
		return view(batchNo, user);
	}

	private void start(ExitMapper.ExitBatch batch, ExitCandidate candidate) {
		if (exits.moveCandidate(candidate.id(), "DETECTED", "IN_PROGRESS") == 0) {
			return;
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(SocialOrgRevocationProcess.VAR_CANDIDATE_ID, candidate.id());
		variables.put(SocialOrgRevocationProcess.VAR_REGISTRAR_CODE, batch.registrarCode());
		exits.setCandidateProcess(candidate.id(),
				workflow.start(SocialOrgRevocationProcess.PROCESS_KEY, candidate.caseNo(), variables));
	}

	/** The organisation asks for a hearing within the notice period. */
	@Transactional
	public void hearingRequested(String caseNo, String note, StaffUser clerk) {
		ExitCandidate candidate = exits.candidateByNo(caseNo);
		ExitMapper.ExitBatch batch = candidate == null ? null : batchOf(candidate);
		if (batch == null || !SocialOrgScope.isStaffOf(clerk, batch.registrarCode())) {
			throw ApiException.notFound("EXIT_CASE_NOT_FOUND", "撤销登记案件不存在或无权查看");
		}
		audit.record(clerk, clerk.primary(BusinessLine.SOCIALORG, Role.CLERK, Role.REVIEWER, Role.APPROVER).role(),
				batch.registrarCode(), caseNo, "SOCIALORG_HEARING_REQUESTED", "当事人申请听证", note);
		if (!workflow.correlate(SocialOrgRevocationProcess.MESSAGE_HEARING_REQUESTED, caseNo, Map.of())) {
			throw ApiException.conflict("HEARING_PERIOD_OVER", "听证申请期已过或已在听证");
		}
	}

	@Transactional(readOnly = true)
	public BatchView view(String batchNo, StaffUser user) {
		ExitMapper.ExitBatch batch = visible(batchNo, user);
		return new BatchView(batch.batchNo(), batch.registrarCode(), batch.status(), batch.candidateCount(),
				exits.candidates(batch.id()));
	}

	private ExitMapper.ExitBatch batchOf(ExitCandidate candidate) {
		String no = candidate.caseNo().substring(0, candidate.caseNo().lastIndexOf('-'));
		return exits.batch(no);
	}

	private ExitMapper.ExitBatch visible(String batchNo, StaffUser user) {
		ExitMapper.ExitBatch batch = exits.batch(batchNo);
		if (batch == null || !(SocialOrgScope.isStaffOf(user, batch.registrarCode())
				|| SocialOrgScope.oversees(user, batch.registrarCode()))) {
			throw ApiException.notFound("EXIT_BATCH_NOT_FOUND", "批次不存在或无权查看");
		}
		return batch;
	}

	private static void requireApprover(StaffUser user, String registrarCode) {
		if (!SocialOrgScope.holds(user, Role.APPROVER, registrarCode)) {
			throw ApiException.forbidden("NOT_REGISTRAR_APPROVER", "只有登记管理机关的审批人可以筛查和确认退出对象");
		}
	}

	/** A batch and its candidates. */
	record BatchView(String batchNo, String registrarCode, String status, int candidateCount,
			List<ExitCandidate> candidates) {
	}

}
