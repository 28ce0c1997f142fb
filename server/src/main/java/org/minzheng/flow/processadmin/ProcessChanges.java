package org.minzheng.flow.processadmin;

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
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.inbox.FormSchemas;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.processadmin.ProcessChange.Kind;
import org.minzheng.flow.processes.model.DecisionCheck;
import org.minzheng.flow.processes.model.ExpressionAllowList;
import org.minzheng.flow.processes.model.ModelCheck;
import org.minzheng.flow.processes.model.ModelDiff;
import org.minzheng.flow.processes.model.ModelRules;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.ProcessRepository;
import org.minzheng.flow.workflow.ProcessRepository.ProcessVersion;
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

	/** Most forms a change may carry. */
	static final int MAX_FORMS = 30;

	/** Most decision files a change may carry. */
	static final int MAX_DECISION_FILES = 10;

	/** A decision file's name (its resource is {@code <name>.dmn}). */
	static final java.util.regex.Pattern DECISION_FILE = java.util.regex.Pattern
		.compile("[a-z][a-z0-9]*(-[a-z0-9]+){0,8}");

	static final String CITY = "440300";

	private final ProcessRepository repository;

	private final ProcessChangeMapper changes;

	private final FormSchemas forms;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final Clock clock;

	private final Set<String> allowedBeans;

	private final ObjectMapper json;

	ProcessChanges(ProcessRepository repository, ProcessChangeMapper changes, FormSchemas forms, OrgDirectory orgs,
			AuditTrail audit, Clock clock, ObjectMapper json) {
		this.json = json;
		this.repository = repository;
		this.changes = changes;
		this.forms = forms;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
		this.allowedBeans = ExpressionAllowList.shipped().delegates();
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
	public Proposal propose(StaffUser user, String processKey, String variant, String changeNote, byte[] xml) {
		return propose(user, processKey, variant, changeNote, xml, Map.of(), Map.of());
	}

	/**
	 * Checks a revised model with the forms and decision files edited with it, and stores
	 * them for a second owner's approval.
	 * @param variant a district code for that district's variant, or {@code null} for the
	 * city's version
	 * @param editedForms form-js JSON by form id: new forms, or edited versions of forms
	 * the model uses
	 * @param decisionFiles DMN XML by file name (the resource is {@code <name>.dmn})
	 * @throws ApiException {@code MODEL_INVALID} (422, with every problem of the model,
	 * the forms and the decisions), or a refusal
	 */
	@Transactional
	public Proposal propose(StaffUser user, String processKey, String variant, String changeNote, byte[] xml,
			Map<String, String> editedForms, Map<String, String> decisionFiles) {
		String unit = requireOwner(user, processKey, variant);
		requireProposal(changeNote, xml);
		ProcessVersion base = repository.latest(processKey, variant)
			.or(() -> repository.latest(processKey, null))
			.orElseThrow(() -> ApiException.notFound("PROCESS_UNKNOWN", "没有这个流程：{0}", processKey));
		requireNotRetired(processKey);
		Checked checked = check(xml, editedForms, decisionFiles, base.definitionId(), variant,
				result -> result.ok() && !processKey.equals(result.processKey())
						? List.of(new ModelRules.Problem(result.processKey(), "PROCESS_KEY_MISMATCH",
								"模型的流程标识须为 " + processKey + "，不能改为 " + result.processKey()))
						: List.of());
		if (changes.countPending(processKey, variant) > 0) {
			throw ApiException.conflict("CHANGE_PENDING", "该流程已有一项待审批的变更，请先审批或驳回");
		}
		return store(user, unit, Kind.CHANGE, variant, base.definitionId(), checked, changeNote);
	}

	/**
	 * Checks the model of a process not deployed yet, with the same checks as a change
	 * (and the forms and decision files edited with it), and stores it for a second
	 * owner's approval. Its key is the model's executable process's id and must belong to
	 * a line the user is a process owner of at the city.
	 * @throws ApiException {@code MODEL_INVALID} (422), {@code ACCESS_DENIED} (403:
	 * another line's key), {@code PROCESS_EXISTS} (409: propose a change of it instead),
	 * {@code CHANGE_PENDING} (409: the key is proposed already)
	 */
	@Transactional
	public Proposal proposeNew(StaffUser user, String changeNote, byte[] xml, Map<String, String> editedForms,
			Map<String, String> decisionFiles) {
		requireCityOwner(user);
		requireProposal(changeNote, xml);
		Checked checked = check(xml, editedForms, decisionFiles, null, null,
				result -> result.processKey() == null ? List.of() : requireNewKey(user, result.processKey()));
		String unit = requireOwner(user, checked.processKey(), null);
		return store(user, unit, Kind.NEW, null, null, checked, changeNote);
	}

	/**
	 * Proposes to retire a process: once a second owner approves, no new instance of any
	 * of its versions or district variants starts, and running ones finish.
	 * @throws ApiException {@code CHANGE_NOTE_MISSING} (the reason),
	 * {@code PROCESS_RETIRED}, {@code PROCESS_CALLED} (another process still starts it),
	 * {@code CHANGE_PENDING}
	 */
	@Transactional
	public ProcessChange proposeRetirement(StaffUser user, String processKey, String changeNote) {
		String unit = requireOwner(user, processKey, null);
		if (changeNote == null || changeNote.isBlank() || changeNote.length() > 1000) {
			throw ApiException.badRequest("CHANGE_NOTE_MISSING", "changeNote", "请填写停用理由（1000 字以内）");
		}
		ProcessVersion current = repository.latest(processKey, null)
			.orElseThrow(() -> ApiException.notFound("PROCESS_UNKNOWN", "没有这个流程：{0}", processKey));
		requireNotRetired(processKey);
		requireNotCalled(processKey);
		if (changes.countPendingAll(processKey) > 0) {
			throw ApiException.conflict("CHANGE_PENDING", "该流程（或其区级版本）有待审批的变更，请先审批或驳回再停用");
		}
		String xml = repository.xml(current.definitionId()).orElseThrow();
		ProcessChangeMapper.NewChange change = new ProcessChangeMapper.NewChange(Kind.RETIRE, processKey, null,
				current.definitionId(), processKey + ".bpmn", xml, sha256(xml.getBytes(StandardCharsets.UTF_8)),
				changeNote.strip(), user.username(), clock.instant());
		changes.insert(change);
		audit.record(
				new AuditRecord(user.username(), Role.PROCESS_OWNER.name(), unit, null, "PROCESS_RETIREMENT_PROPOSED",
						"提交停用流程 #" + change.id + "：" + processKey + "（全市通用版本及各区版本，现行第 " + current.version() + " 版）",
						changeNote.strip()));
		return changes.find(change.id);
	}

	/**
	 * A second process owner approves: a change or a new process is deployed as the new
	 * version (with the forms it uses) and becomes the one new cases start; a retirement
	 * stops new instances of the process.
	 */
	@Transactional
	public ProcessChange approve(StaffUser user, long id, String reason) {
		ProcessChange change = visibleChange(user, id);
		String unit = requireOwner(user, change.processKey(), change.variant());
		requirePending(change);
		if (change.requestedBy().equals(user.username())) {
			throw ApiException.forbidden("FOUR_EYES_REQUIRED", "不能审批自己提交的变更，须由另一位流程管理员审批");
		}
		if (change.kind() == Kind.RETIRE) {
			return retire(user, unit, change, reason);
		}
		if (change.kind() == Kind.NEW) {
			if (repository.latest(change.processKey(), null).isPresent()) {
				throw ApiException.conflict("PROCESS_EXISTS", "该流程已部署，请基于现行版本提交流程变更");
			}
		}
		else {
			requireNotRetired(change.processKey());
			ProcessVersion current = repository.latest(change.processKey(), change.variant())
				.or(() -> repository.latest(change.processKey(), null))
				.orElseThrow();
			if (!current.definitionId().equals(change.baseDefinitionId())) {
				throw ApiException.conflict("CHANGE_OUTDATED", "提交后流程已有新版本，请基于最新版本重新提交");
			}
		}
		String xml = changes.xml(id).bpmnXml();
		List<ProcessChangeMapper.ChangeResource> carried = changes.resources(id);
		Map<String, String> baseForms = change.baseDefinitionId() == null ? Map.of()
				: repository.forms(change.baseDefinitionId());
		Map<String, String> formResources = new LinkedHashMap<>();
		for (String form : ModelCheck.formsOf(xml.getBytes(StandardCharsets.UTF_8))) {
			String edited = carried.stream()
				.filter(r -> ProcessChangeMapper.ChangeResource.FORM.equals(r.kind()) && r.name().equals(form))
				.map(ProcessChangeMapper.ChangeResource::content)
				.findFirst()
				.orElse(null);
			// an edited form, else the one the version it replaces deployed (an earlier
			// owner's edit stays), else the shipped one
			formResources.put(form, edited != null ? edited
					: baseForms.containsKey(form) ? baseForms.get(form) : forms.raw(form).orElseThrow());
		}
		Map<String, String> decisionResources = new LinkedHashMap<>();
		Set<String> provided = new LinkedHashSet<>();
		carried.stream().filter(r -> ProcessChangeMapper.ChangeResource.DMN.equals(r.kind())).forEach(r -> {
			decisionResources.put(r.name() + ".dmn", r.content());
			provided.addAll(DecisionCheck.check(r.content().getBytes(StandardCharsets.UTF_8)).decisions());
		});
		for (String decision : ModelCheck.decisionsOf(xml.getBytes(StandardCharsets.UTF_8))) {
			if (provided.contains(decision)) {
				continue;
			}
			// a decision deployed before travels on with the new version (the business
			// rule task binds to its own deployment)
			ProcessRepository.DecisionFile file = repository
				.decisionFile(decision, change.baseDefinitionId(), change.variant())
				.orElseThrow(() -> ApiException.conflict("DECISION_NOT_FOUND", "决策已不存在：{0}", decision));
			decisionResources.putIfAbsent(file.resourceName(), file.xml());
			provided.addAll(DecisionCheck.check(file.xml().getBytes(StandardCharsets.UTF_8)).decisions());
		}
		if (changes.decide(id, ProcessChange.DEPLOYED, user.username(), clock.instant(), blankToNull(reason)) != 1) {
			throw ApiException.conflict("CHANGE_DECIDED", "该变更已被处理");
		}
		String name = (kindText(change.kind()) + " #" + id + "：" + change.changeNote());
		String definitionId = repository.deploy(name.length() > 200 ? name.substring(0, 200) : name,
				change.resourceName(), xml, formResources, decisionResources, change.variant());
		changes.setDeployed(id, definitionId);
		ProcessVersion deployed = repository.version(definitionId).orElseThrow();
		audit.record(new AuditRecord(user.username(), Role.PROCESS_OWNER.name(), unit, null,
				change.kind() == Kind.NEW ? "PROCESS_NEW_DEPLOYED" : "PROCESS_DEPLOYED",
				"审批并部署" + kindText(change.kind()) + " #" + id + "（" + change.requestedBy() + " 提交）："
						+ change.processKey() + scopeText(change.variant()) + " 第 " + deployed.version() + " 版，SHA-256 "
						+ change.contentSha256() + carriedText(carried),
				blankToNull(reason)));
		return changes.find(id);
	}

	/**
	 * An approved retirement: every version and variant of the process stops starting,
	 * recorded for the console.
	 */
	private ProcessChange retire(StaffUser user, String unit, ProcessChange change, String reason) {
		requireNotRetired(change.processKey());
		requireNotCalled(change.processKey());
		if (changes.decide(change.id(), ProcessChange.RETIRED, user.username(), clock.instant(),
				blankToNull(reason)) != 1) {
			throw ApiException.conflict("CHANGE_DECIDED", "该变更已被处理");
		}
		repository.retire(change.processKey());
		changes.insertRetirement(change.processKey(), change.id(), clock.instant());
		long running = repository.versions()
			.stream()
			.filter(version -> version.key().equals(change.processKey()))
			.mapToLong(ProcessVersion::running)
			.sum();
		audit.record(new AuditRecord(user.username(), Role.PROCESS_OWNER.name(), unit, null, "PROCESS_RETIRED",
				"审批停用流程 #" + change.id() + "（" + change.requestedBy() + " 提交）：" + change.processKey()
						+ "（全市通用版本及各区版本）不再发起新的办理，在办 " + running + " 件照常办结",
				blankToNull(reason)));
		return changes.find(change.id());
	}

	/**
	 * A second process owner refuses the proposal, with a reason; nothing is deployed or
	 * retired.
	 */
	@Transactional
	public ProcessChange reject(StaffUser user, long id, String reason) {
		ProcessChange change = visibleChange(user, id);
		String unit = requireOwner(user, change.processKey(), change.variant());
		requirePending(change);
		if (reason == null || reason.isBlank()) {
			throw ApiException.badRequest("REASON_MISSING", "reason", "请填写驳回理由");
		}
		if (changes.decide(id, ProcessChange.REJECTED, user.username(), clock.instant(), reason.strip()) != 1) {
			throw ApiException.conflict("CHANGE_DECIDED", "该变更已被处理");
		}
		String action = switch (change.kind()) {
			case CHANGE -> "PROCESS_CHANGE_REJECTED";
			case NEW -> "PROCESS_NEW_REJECTED";
			case RETIRE -> "PROCESS_RETIREMENT_REJECTED";
		};
		audit.record(new AuditRecord(user.username(), Role.PROCESS_OWNER.name(), unit, null, action,
				"驳回" + kindText(change.kind()) + " #" + id + "：" + change.processKey() + scopeText(change.variant()),
				reason.strip()));
		return changes.find(id);
	}

	/** A model that passed every check, with the forms and decision files it carries. */
	private record Checked(String processKey, String xml, String sha256, Map<String, String> forms,
			Map<String, String> decisions) {
	}

	/**
	 * The checks every proposed model passes, a change or a new process: the forms and
	 * decision files it carries, {@link ModelCheck} against the forms, beans and
	 * decisions that exist, the resources it carries but does not use, then the engine's
	 * own parse.
	 * @param baseDefinitionId the version a change replaces (its deployed forms exist),
	 * or {@code null}
	 * @param keyCheck what the model's process key must meet, asked once the model is
	 * read and before any problem is reported: the problems it finds, or a refusal it
	 * throws
	 * @throws ApiException {@code MODEL_INVALID} (422, with every problem)
	 */
	private Checked check(byte[] xml, Map<String, String> editedForms, Map<String, String> decisionFiles,
			String baseDefinitionId, String variant, Function<ModelCheck.Result, List<ModelRules.Problem>> keyCheck) {
		Map<String, String> carriedForms = editedForms == null ? Map.of() : editedForms;
		Map<String, String> carriedDecisions = decisionFiles == null ? Map.of() : decisionFiles;
		List<ModelRules.Problem> problems = new java.util.ArrayList<>();
		if (carriedForms.size() > MAX_FORMS || carriedDecisions.size() > MAX_DECISION_FILES) {
			throw invalid(List.of(new ModelRules.Problem(null, "RESOURCES_TOO_MANY",
					"一项变更最多携带 " + MAX_FORMS + " 个表单、" + MAX_DECISION_FILES + " 个决策文件")));
		}
		carriedForms.forEach((id, text) -> problems.addAll(FormCheck.check(id, text, json)));
		Map<String, Set<String>> decisionsByFile = new LinkedHashMap<>();
		carriedDecisions.forEach((name, dmn) -> {
			if (name == null || name.length() > 64 || !DECISION_FILE.matcher(name).matches()) {
				problems.add(new ModelRules.Problem(name, "DECISION_FILE_NAME_INVALID", "决策文件名须为小写英文单词以连字符相连"));
				return;
			}
			byte[] bytes = dmn == null ? new byte[0] : dmn.getBytes(StandardCharsets.UTF_8);
			DecisionCheck.Result checked = DecisionCheck.check(bytes);
			problems.addAll(checked.problems());
			if (checked.ok()) {
				repository.decisionProblems(name + ".dmn", dmn)
					.forEach(message -> problems
						.add(new ModelRules.Problem(name, "DMN_ENGINE_PARSE", "流程引擎无法解析决策：" + message)));
			}
			for (String decision : checked.decisions()) {
				if (decisionsByFile.values().stream().anyMatch(ids -> ids.contains(decision))) {
					problems.add(new ModelRules.Problem(decision, "DECISION_DUPLICATE", "多个决策文件定义了同一决策：" + decision));
				}
			}
			decisionsByFile.put(name, checked.decisions());
		});
		Set<String> knownForms = new LinkedHashSet<>(forms.ids());
		if (baseDefinitionId != null) {
			knownForms.addAll(repository.forms(baseDefinitionId).keySet());
		}
		knownForms.addAll(carriedForms.keySet());
		Set<String> knownDecisions = new LinkedHashSet<>(repository.decisionKeys(variant));
		decisionsByFile.values().forEach(knownDecisions::addAll);
		ModelCheck.Result result = ModelCheck.check(xml, knownForms, allowedBeans, knownDecisions);
		problems.addAll(0, keyCheck.apply(result));
		problems.addAll(0, result.problems());
		if (result.ok()) {
			Set<String> usedDecisions = ModelCheck.decisionsOf(xml);
			carriedForms.keySet()
				.stream()
				.filter(id -> !result.forms().contains(id))
				.forEach(id -> problems.add(new ModelRules.Problem(id, "FORM_NOT_USED", "模型的用户任务没有引用这个表单：" + id)));
			decisionsByFile.forEach((name, ids) -> {
				if (ids.stream().noneMatch(usedDecisions::contains)) {
					problems.add(new ModelRules.Problem(name, "DECISION_NOT_USED", "模型的业务规则任务没有引用这个决策文件中的决策：" + name));
				}
			});
		}
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		String text = new String(xml, StandardCharsets.UTF_8);
		List<String> engineProblems = repository.parseProblems(result.processKey() + ".bpmn", text);
		if (!engineProblems.isEmpty()) {
			throw invalid(engineProblems.stream()
				.map(message -> new ModelRules.Problem(null, "ENGINE_PARSE", "流程引擎无法解析：" + message))
				.toList());
		}
		return new Checked(result.processKey(), text, sha256(xml), carriedForms, carriedDecisions);
	}

	/** Stores a checked model as a pending proposal, with what it carries; audited. */
	private Proposal store(StaffUser user, String unit, Kind kind, String variant, String baseDefinitionId,
			Checked checked, String changeNote) {
		String processKey = checked.processKey();
		ProcessChangeMapper.NewChange change = new ProcessChangeMapper.NewChange(kind, processKey, variant,
				baseDefinitionId, processKey + ".bpmn", checked.xml(), checked.sha256(), changeNote.strip(),
				user.username(), clock.instant());
		changes.insert(change);
		StringBuilder carried = new StringBuilder();
		new java.util.TreeMap<>(checked.forms()).forEach((id, form) -> {
			String formSha = sha256(form.getBytes(StandardCharsets.UTF_8));
			changes.insertResource(change.id, ProcessChangeMapper.ChangeResource.FORM, id, form, formSha);
			carried.append("；表单 ").append(id).append(" SHA-256 ").append(formSha);
		});
		new java.util.TreeMap<>(checked.decisions()).forEach((name, dmn) -> {
			String dmnSha = sha256(dmn.getBytes(StandardCharsets.UTF_8));
			changes.insertResource(change.id, ProcessChangeMapper.ChangeResource.DMN, name, dmn, dmnSha);
			carried.append("；决策 ").append(name).append(".dmn SHA-256 ").append(dmnSha);
		});
		String baseXml = baseDefinitionId == null ? null : repository.xml(baseDefinitionId).orElse(null);
		ModelDiff.Diff diff = ModelDiff.between(baseXml, checked.xml());
		audit.record(new AuditRecord(user.username(), Role.PROCESS_OWNER.name(), unit, null,
				kind == Kind.NEW ? "PROCESS_NEW_PROPOSED" : "PROCESS_CHANGE_PROPOSED",
				"提交" + kindText(kind) + " #" + change.id + "：" + processKey + scopeText(variant) + "，新增 "
						+ diff.added().size() + "、删除 " + diff.removed().size() + "、修改 " + diff.changed().size() + " 个元素"
						+ (diff.layout().isEmpty() ? "" : "，调整布局 " + diff.layout().size() + " 处") + "，SHA-256 "
						+ checked.sha256() + (carried.length() > 560 ? carried.substring(0, 560) + "……" : carried),
				changeNote));
		return new Proposal(changes.find(change.id), diff);
	}

	/** A proposal's note and model are there, and the model within its size. */
	private static void requireProposal(String changeNote, byte[] xml) {
		if (changeNote == null || changeNote.isBlank() || changeNote.length() > 1000) {
			throw ApiException.badRequest("CHANGE_NOTE_MISSING", "changeNote", "请填写变更说明（1000 字以内）");
		}
		if (xml == null || xml.length == 0) {
			throw ApiException.badRequest("MODEL_MISSING", "xml", "请提供流程模型");
		}
		if (xml.length > MAX_MODEL_BYTES) {
			throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "MODEL_TOO_LARGE", "流程模型不能超过 2 MB");
		}
	}

	/**
	 * A new process's key: of a line, of the user's lines at the city (else nothing more
	 * is said), not deployed and not proposed yet.
	 */
	private List<ModelRules.Problem> requireNewKey(StaffUser user, String processKey) {
		if (BusinessLine.ofProcessKey(processKey).isEmpty()) {
			return List.of(new ModelRules.Problem(processKey, "PROCESS_KEY_LINE_UNKNOWN",
					"新流程的标识须以业务条线名开头：" + java.util.Arrays.stream(BusinessLine.values())
						.map(BusinessLine::processKeyPrefix)
						.collect(java.util.stream.Collectors.joining("、"))));
		}
		requireOwner(user, processKey, null);
		if (repository.latest(processKey, null).isPresent()) {
			throw ApiException.conflict("PROCESS_EXISTS", "流程 {0} 已部署，请在该流程上提交变更", processKey);
		}
		if (changes.countPending(processKey, null) > 0) {
			throw ApiException.conflict("CHANGE_PENDING", "流程 {0} 已有一项待审批的新建申请，请先审批或驳回", processKey);
		}
		return List.of();
	}

	/**
	 * Only a process owner at the city (of any line) proposes new processes: asked before
	 * the model is read, which names the line.
	 */
	void requireCityOwner(StaffUser user) {
		if (java.util.Arrays.stream(BusinessLine.values())
			.noneMatch(line -> user.covers(line, Role.PROCESS_OWNER, CITY))) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有市级流程管理员可以新建流程");
		}
	}

	private void requireNotRetired(String processKey) {
		if (changes.countRetired(processKey) > 0) {
			throw ApiException.conflict("PROCESS_RETIRED", "流程 {0} 已停用", processKey);
		}
	}

	/**
	 * No process that still starts instances, or has running ones, calls this one: their
	 * call activities would fail.
	 */
	private void requireNotCalled(String processKey) {
		Set<String> callers = new java.util.TreeSet<>();
		for (ProcessVersion caller : repository.callers(processKey)) {
			if (caller.running() > 0 || changes.countRetired(caller.key()) == 0) {
				callers.add(caller.key());
			}
		}
		if (!callers.isEmpty()) {
			throw ApiException.conflict("PROCESS_CALLED", "流程 {0} 由 {1} 调用：请先停用调用它的流程，并待其在办案件办结后再停用", processKey,
					String.join("、", callers));
		}
	}

	private static String kindText(Kind kind) {
		return switch (kind) {
			case CHANGE -> "流程变更";
			case NEW -> "新建流程";
			case RETIRE -> "停用流程";
		};
	}

	/**
	 * A change with its model, the differences to the version it was based on, and the
	 * forms and decision files it carries.
	 */
	public record ChangeView(ProcessChange change, String xml, String baseXml, ModelDiff.Diff diff,
			List<ResourceView> resources) {
	}

	/**
	 * A form or decision file a change carries, with what the version it replaces had
	 * ({@code null} when it is new): {@code ADDED}, {@code CHANGED} or {@code UNCHANGED}.
	 */
	public record ResourceView(String kind, String name, String status, String contentSha256, String content,
			String baseContent) {
	}

	@Transactional(readOnly = true)
	public ChangeView change(StaffUser user, long id) {
		ProcessChange change = visibleChange(user, id);
		String xml = changes.xml(id).bpmnXml();
		String base = change.baseDefinitionId() == null ? null : repository.xml(change.baseDefinitionId()).orElse(null);
		List<ResourceView> resources = new java.util.ArrayList<>();
		Map<String, String> baseForms = change.baseDefinitionId() == null ? Map.of()
				: repository.forms(change.baseDefinitionId());
		for (ProcessChangeMapper.ChangeResource resource : changes.resources(id)) {
			String before;
			if (ProcessChangeMapper.ChangeResource.FORM.equals(resource.kind())) {
				before = baseForms.containsKey(resource.name()) ? baseForms.get(resource.name())
						: forms.raw(resource.name()).orElse(null);
			}
			else {
				before = DecisionCheck.check(resource.content().getBytes(StandardCharsets.UTF_8))
					.decisions()
					.stream()
					.findFirst()
					.flatMap(decision -> repository.decisionFile(decision, change.baseDefinitionId(), change.variant()))
					.map(ProcessRepository.DecisionFile::xml)
					.orElse(null);
			}
			String status = before == null ? "ADDED" : before.equals(resource.content()) ? "UNCHANGED" : "CHANGED";
			resources.add(new ResourceView(resource.kind(), resource.name(), status, resource.contentSha256(),
					resource.content(), before));
		}
		return new ChangeView(change, xml, base, ModelDiff.between(base, xml), resources);
	}

	@Transactional(readOnly = true)
	public List<ProcessChange> recent(StaffUser user) {
		requireAnyOwner(user);
		return changes.recent().stream().filter(change -> ownsLineOf(user, change.processKey())).toList();
	}

	/**
	 * The role check for a change: the city's version needs the city, a variant its
	 * district.
	 */
	String requireOwner(StaffUser user, String processKey, String variant) {
		BusinessLine line = BusinessLine.ofProcessKey(processKey)
			.orElseThrow(() -> ApiException.notFound("PROCESS_UNKNOWN", "没有这个流程：{0}", processKey));
		if (!user.holds(line, Role.PROCESS_OWNER)) {
			throw ApiException.forbidden("ACCESS_DENIED", "您不是该业务条线的流程管理员");
		}
		if (variant != null) {
			OrgUnit district = orgs.find(variant)
				.filter(OrgUnit::isDistrict)
				.orElseThrow(() -> ApiException.badRequest("VARIANT_INVALID", "variant", "区级版本须指定一个区：{0}", variant));
			if (!user.covers(line, Role.PROCESS_OWNER, district.code())) {
				throw ApiException.forbidden("ACCESS_DENIED", "只有该区或市级的流程管理员可以变更该区版本");
			}
			return user.primary(line, Role.PROCESS_OWNER).orgUnitCode();
		}
		if (!user.covers(line, Role.PROCESS_OWNER, CITY)) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有市级流程管理员可以变更全市通用版本");
		}
		return user.primary(line, Role.PROCESS_OWNER).orgUnitCode();
	}

	static void requireAnyOwner(StaffUser user) {
		if (!user.hasRole(Role.PROCESS_OWNER)) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有流程管理员可以使用流程管理");
		}
	}

	/** Whether the user is a process owner of the line the process belongs to. */
	static boolean ownsLineOf(StaffUser user, String processKey) {
		return BusinessLine.ofProcessKey(processKey).map(line -> user.holds(line, Role.PROCESS_OWNER)).orElse(false);
	}

	/**
	 * A change of a process of the user's line: permission first, so that another line's
	 * owner (or anyone else) learns nothing of whether it exists or its state.
	 */
	private ProcessChange visibleChange(StaffUser user, long id) {
		requireAnyOwner(user);
		ProcessChange change = changes.find(id);
		if (change == null || !ownsLineOf(user, change.processKey())) {
			throw ApiException.notFound("CHANGE_NOT_FOUND", "没有这项流程变更");
		}
		return change;
	}

	private static void requirePending(ProcessChange change) {
		if (!ProcessChange.PENDING.equals(change.status())) {
			throw ApiException.conflict("CHANGE_DECIDED", "该变更已被处理");
		}
	}

	private String scopeText(String variant) {
		return variant == null ? "（全市通用版本）" : "（" + orgs.nameOf(variant) + "版本）";
	}

	private static ApiException invalid(List<ModelRules.Problem> problems) {
		return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "MODEL_INVALID", "流程模型未通过检查（{0} 个问题），未部署",
				Map.of("problems", problems), problems.size());
	}

	/** The forms and decision files a change carried, for the audit record (bounded). */
	private static String carriedText(List<ProcessChangeMapper.ChangeResource> carried) {
		if (carried.isEmpty()) {
			return "";
		}
		String names = carried.stream()
			.map(r -> (ProcessChangeMapper.ChangeResource.FORM.equals(r.kind()) ? "表单 " : "决策 ") + r.name())
			.collect(java.util.stream.Collectors.joining("、"));
		return "，随附" + (names.length() > 300 ? names.substring(0, 300) + "……" : names);
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

}
