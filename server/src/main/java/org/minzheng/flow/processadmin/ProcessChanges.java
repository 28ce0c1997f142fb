package org.minzheng.flow.processadmin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.inbox.FormSchemas;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.processes.model.ModelCheck;
import org.minzheng.flow.processes.model.ModelDiff;
import org.minzheng.flow.processes.model.ModelRules;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.ProcessRepository;
import org.minzheng.flow.workflow.ProcessRepository.ProcessVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing, approving (four eyes) and deploying a process owner's revision of a model.
 * Nothing reaches the engine before the checks pass and a second process owner approves.
 */
@Service
public class ProcessChanges {

	/** Largest model accepted, in bytes. */
	public static final int MAX_MODEL_BYTES = 2 * 1024 * 1024;

	static final String CITY = "440300";

	private final ProcessRepository repository;

	private final ProcessChangeMapper changes;

	private final FormSchemas forms;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final Clock clock;

	private final Set<String> allowedBeans;

	ProcessChanges(ProcessRepository repository, ProcessChangeMapper changes, FormSchemas forms, OrgDirectory orgs,
			AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.changes = changes;
		this.forms = forms;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
		this.allowedBeans = shippedBeans();
	}

	/**
	 * What a proposal came to: the stored change and its differences to the version it
	 * replaces.
	 */
	public record Proposal(ProcessChange change, ModelDiff.Diff diff) {
	}

	/**
	 * Checks a revised model and stores it for a second owner's approval.
	 * @param variant a district code for that district's variant, or {@code null} for the
	 * city's version
	 * @throws ApiException {@code MODEL_INVALID} (422, with every problem), or a refusal
	 */
	@Transactional
	public Proposal propose(StaffUser user, String processKey, String variant, String changeNote, byte[] xml) {
		String unit = requireOwner(user, variant);
		if (changeNote == null || changeNote.isBlank() || changeNote.length() > 1000) {
			throw ApiException.badRequest("CHANGE_NOTE_MISSING", "changeNote", "请填写变更说明（1000 字以内）");
		}
		if (xml == null || xml.length == 0) {
			throw ApiException.badRequest("MODEL_MISSING", "xml", "请提供流程模型");
		}
		if (xml.length > MAX_MODEL_BYTES) {
			throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "MODEL_TOO_LARGE", "流程模型不能超过 2 MB");
		}
		ProcessVersion base = repository.latest(processKey, variant)
			.or(() -> repository.latest(processKey, null))
			.orElseThrow(() -> ApiException.notFound("PROCESS_UNKNOWN", "没有这个流程：" + processKey));
		ModelCheck.Result result = ModelCheck.check(xml, forms.ids(), allowedBeans);
		if (result.ok() && !processKey.equals(result.processKey())) {
			throw invalid(List.of(new ModelRules.Problem(result.processKey(), "PROCESS_KEY_MISMATCH",
					"模型的流程标识须为 " + processKey + "，不能改为 " + result.processKey())));
		}
		if (!result.ok()) {
			throw invalid(result.problems());
		}
		String text = new String(xml, StandardCharsets.UTF_8);
		List<String> engineProblems = repository.parseProblems(processKey + ".bpmn", text);
		if (!engineProblems.isEmpty()) {
			throw invalid(engineProblems.stream()
				.map(message -> new ModelRules.Problem(null, "ENGINE_PARSE", "流程引擎无法解析：" + message))
				.toList());
		}
		boolean pending = changes.countPending(processKey, variant) > 0;
		if (pending) {
			throw ApiException.conflict("CHANGE_PENDING", "该流程已有一项待审批的变更，请先审批或驳回");
		}
		String sha = sha256(xml);
		ProcessChangeMapper.NewChange change = new ProcessChangeMapper.NewChange(processKey, variant,
				base.definitionId(), processKey + ".bpmn", text, sha, changeNote.strip(), user.username(),
				clock.instant());
		changes.insert(change);
		ModelDiff.Diff diff = ModelDiff.between(repository.xml(base.definitionId()).orElse(null), text);
		audit
			.record(new AuditRecord(user.username(), Role.PROCESS_OWNER.name(), unit, null, "PROCESS_CHANGE_PROPOSED",
					"提交流程变更 #" + change.id + "：" + processKey + scopeText(variant) + "，新增 " + diff.added().size()
							+ "、删除 " + diff.removed().size() + "、修改 " + diff.changed().size() + " 个元素，SHA-256 " + sha,
					changeNote));
		return new Proposal(changes.find(change.id), diff);
	}

	/**
	 * A second process owner approves: the model is deployed as the new version (with the
	 * forms it uses) and becomes the one new cases start.
	 */
	@Transactional
	public ProcessChange approve(StaffUser user, long id, String reason) {
		ProcessChange change = pending(id);
		String unit = requireOwner(user, change.variant());
		if (change.requestedBy().equals(user.username())) {
			throw ApiException.forbidden("FOUR_EYES_REQUIRED", "不能审批自己提交的变更，须由另一位流程管理员审批");
		}
		ProcessVersion current = repository.latest(change.processKey(), change.variant())
			.or(() -> repository.latest(change.processKey(), null))
			.orElseThrow();
		if (!current.definitionId().equals(change.baseDefinitionId())) {
			throw ApiException.conflict("CHANGE_OUTDATED", "提交后流程已有新版本，请基于最新版本重新提交");
		}
		String xml = changes.xml(id).bpmnXml();
		Map<String, String> formResources = new LinkedHashMap<>();
		for (String form : ModelCheck.formsOf(xml.getBytes(StandardCharsets.UTF_8))) {
			formResources.put(form + ".form", forms.raw(form).orElseThrow());
		}
		if (changes.decide(id, ProcessChange.DEPLOYED, user.username(), clock.instant(), blankToNull(reason)) != 1) {
			throw ApiException.conflict("CHANGE_DECIDED", "该变更已被处理");
		}
		String name = ("流程变更 #" + id + "：" + change.changeNote());
		String definitionId = repository.deploy(name.length() > 200 ? name.substring(0, 200) : name,
				change.resourceName(), xml, formResources, change.variant());
		changes.setDeployed(id, definitionId);
		ProcessVersion deployed = repository.version(definitionId).orElseThrow();
		audit.record(new AuditRecord(user.username(), Role.PROCESS_OWNER.name(), unit, null, "PROCESS_DEPLOYED",
				"审批并部署流程变更 #" + id + "（" + change.requestedBy() + " 提交）：" + change.processKey()
						+ scopeText(change.variant()) + " 第 " + deployed.version() + " 版，SHA-256 "
						+ change.contentSha256(),
				blankToNull(reason)));
		return changes.find(id);
	}

	/** A second process owner refuses the change, with a reason; nothing is deployed. */
	@Transactional
	public ProcessChange reject(StaffUser user, long id, String reason) {
		ProcessChange change = pending(id);
		String unit = requireOwner(user, change.variant());
		if (reason == null || reason.isBlank()) {
			throw ApiException.badRequest("REASON_MISSING", "reason", "请填写驳回理由");
		}
		if (changes.decide(id, ProcessChange.REJECTED, user.username(), clock.instant(), reason.strip()) != 1) {
			throw ApiException.conflict("CHANGE_DECIDED", "该变更已被处理");
		}
		audit.record(new AuditRecord(user.username(), Role.PROCESS_OWNER.name(), unit, null, "PROCESS_CHANGE_REJECTED",
				"驳回流程变更 #" + id + "：" + change.processKey() + scopeText(change.variant()), reason.strip()));
		return changes.find(id);
	}

	/** A change with its model and the differences to the version it was based on. */
	public record ChangeView(ProcessChange change, String xml, String baseXml, ModelDiff.Diff diff) {
	}

	@Transactional(readOnly = true)
	public ChangeView change(StaffUser user, long id) {
		requireAnyOwner(user);
		ProcessChange change = changes.find(id);
		if (change == null) {
			throw ApiException.notFound("CHANGE_NOT_FOUND", "没有这项流程变更");
		}
		String xml = changes.xml(id).bpmnXml();
		String base = change.baseDefinitionId() == null ? null : repository.xml(change.baseDefinitionId()).orElse(null);
		return new ChangeView(change, xml, base, ModelDiff.between(base, xml));
	}

	@Transactional(readOnly = true)
	public List<ProcessChange> recent(StaffUser user) {
		requireAnyOwner(user);
		return changes.recent();
	}

	/**
	 * The role check for a change: the city's version needs the city, a variant its
	 * district.
	 */
	String requireOwner(StaffUser user, String variant) {
		if (variant != null) {
			OrgUnit district = orgs.find(variant)
				.filter(OrgUnit::isDistrict)
				.orElseThrow(() -> ApiException.badRequest("VARIANT_INVALID", "variant", "区级版本须指定一个区：" + variant));
			if (!user.covers(Role.PROCESS_OWNER, district.code())) {
				throw ApiException.forbidden("ACCESS_DENIED", "只有该区或市级的流程管理员可以变更该区版本");
			}
			return user.primary(Role.PROCESS_OWNER).orgUnitCode();
		}
		if (!user.covers(Role.PROCESS_OWNER, CITY)) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有市级流程管理员可以变更全市通用版本");
		}
		return user.primary(Role.PROCESS_OWNER).orgUnitCode();
	}

	static void requireAnyOwner(StaffUser user) {
		if (!user.hasRole(Role.PROCESS_OWNER)) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有流程管理员可以使用流程管理");
		}
	}

	private ProcessChange pending(long id) {
		ProcessChange change = changes.find(id);
		if (change == null) {
			throw ApiException.notFound("CHANGE_NOT_FOUND", "没有这项流程变更");
		}
		if (!ProcessChange.PENDING.equals(change.status())) {
			throw ApiException.conflict("CHANGE_DECIDED", "该变更已被处理");
		}
		return change;
	}

	private String scopeText(String variant) {
		return variant == null ? "（全市通用版本）" : "（" + orgs.nameOf(variant) + "版本）";
	}

	private static ApiException invalid(List<ModelRules.Problem> problems) {
		return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "MODEL_INVALID",
				"流程模型未通过检查（" + problems.size() + " 个问题），未部署", Map.of("problems", problems));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The delegate beans the shipped (reviewed) models use: the allow-list for uploads.
	 */
	private static Set<String> shippedBeans() {
		Set<String> beans = new LinkedHashSet<>();
		try {
			for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/**/*.bpmn")) {
				try (InputStream in = model.getInputStream()) {
					beans.addAll(ModelCheck.beansOf(in.readAllBytes()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(beans);
	}

}
