package org.minzheng.flow.processadmin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minzheng.flow.inbox.FormSchemas;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.model.ModelCheck;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.ProcessRepository;
import org.minzheng.flow.workflow.ProcessRepository.ProcessVersion;
import org.springframework.stereotype.Service;

/**
 * The process owners' console: every process with its versions (the city's and the
 * districts' variants), running instances per version and per district, the forms each
 * version uses, and whether the process is retired.
 */
@Service
public class ProcessConsole {

	/** The code variable every chain's instances carry for their district. */
	static final String DISTRICT_VARIABLE = "districtCode";

	private final ProcessRepository repository;

	private final OrgDirectory orgs;

	private final FormSchemas shipped;

	private final ProcessChangeMapper changes;

	ProcessConsole(ProcessRepository repository, OrgDirectory orgs, FormSchemas shipped, ProcessChangeMapper changes) {
		this.repository = repository;
		this.orgs = orgs;
		this.shipped = shipped;
		this.changes = changes;
	}

	/**
	 * One process and its versions, newest first, with its name in Chinese and (when its
	 * newest version has one) in English; {@code retired} when its owners retired it (no
	 * new instances), else {@code null}.
	 */
	public record ProcessEntry(String key, String name, String nameEn, List<VersionEntry> versions,
			Retirement retired) {
	}

	/**
	 * Since when a process is retired, who proposed and who approved it, and why.
	 */
	public record Retirement(long changeId, java.time.Instant retiredAt, String requestedBy, String approvedBy,
			String reason) {
	}

	/**
	 * A version: running instances by district (code → name and count), the forms and
	 * decisions it uses, and which of its forms a process owner edited (they differ from
	 * the shipped ones).
	 */
	public record VersionEntry(ProcessVersion version, String variantName, List<DistrictCount> runningByDistrict,
			Set<String> forms, Set<String> decisions, Set<String> editedForms) {
	}

	/** A form of a version as the form editor opens it. */
	public record VersionForm(String definitionId, String formId, String schema, boolean deployed) {
	}

	/** The decision file that holds a decision of a version, for the DMN editor. */
	public record VersionDecision(String definitionId, String decisionKey, String resourceName, String xml) {
	}

	public record DistrictCount(String districtCode, String districtName, long running) {
	}

	public List<ProcessEntry> processes(StaffUser user) {
		ProcessChanges.requireAnyOwner(user);
		Map<String, List<VersionEntry>> byKey = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, String> namesEn = new java.util.HashMap<>();
		for (ProcessVersion version : repository.versions()) {
			if (!ProcessChanges.ownsLineOf(user, version.key())) {
				continue;
			}
			names.putIfAbsent(version.key(), version.name());
			List<DistrictCount> districts = new ArrayList<>();
			if (version.running() > 0) {
				repository.runningBy(version.definitionId(), DISTRICT_VARIABLE)
					.forEach((code, count) -> districts.add(new DistrictCount(code, orgs.nameOf(code), count)));
			}
			VersionUses uses = usesOf(version);
			namesEn.putIfAbsent(version.key(), uses.nameEn());
			byKey.computeIfAbsent(version.key(), k -> new ArrayList<>())
				.add(new VersionEntry(version, version.variant() == null ? null : orgs.nameOf(version.variant()),
						districts, uses.forms(), uses.decisions(), uses.edited()));
		}
		Map<String, Retirement> retired = new java.util.HashMap<>();
		for (ProcessChangeMapper.Retirement row : changes.retirements()) {
			retired.put(row.processKey(), new Retirement(row.changeId(), row.retiredAt(), row.requestedBy(),
					row.decidedBy(), row.changeNote()));
		}
		List<ProcessEntry> entries = new ArrayList<>();
		byKey.forEach((key, versions) -> entries
			.add(new ProcessEntry(key, names.get(key), namesEn.get(key), versions, retired.get(key))));
		return entries;
	}

	/**
	 * What a version uses: its forms and decisions, the forms a process owner edited, its
	 * English name. A deployed version never changes, so this is read once per version
	 * (reading a model takes tens of milliseconds; the console lists every version).
	 */
	private record VersionUses(Set<String> forms, Set<String> decisions, Set<String> edited, String nameEn) {
	}

	private final Map<String, VersionUses> uses = new java.util.concurrent.ConcurrentHashMap<>();

	private VersionUses usesOf(ProcessVersion version) {
		VersionUses known = uses.get(version.definitionId());
		if (known != null) {
			return known;
		}
		byte[] xml = repository.xml(version.definitionId())
			.map(text -> text.getBytes(StandardCharsets.UTF_8))
			.orElse(null);
		if (xml == null) {
			return new VersionUses(Set.of(), Set.of(), Set.of(), null);
		}
		ModelCheck.Uses read = ModelCheck.usesOf(xml);
		Map<String, String> deployedForms = read.forms().isEmpty() ? Map.of()
				: repository.forms(version.definitionId());
		Set<String> edited = new java.util.TreeSet<>();
		read.forms().forEach(form -> {
			String deployed = deployedForms.get(form);
			if (deployed != null && !deployed.equals(shipped.raw(form).orElse(null))) {
				edited.add(form);
			}
		});
		VersionUses found = new VersionUses(read.forms(), read.decisions(),
				java.util.Collections.unmodifiableSet(edited), read.processNameEn());
		uses.put(version.definitionId(), found);
		return found;
	}

	/** A form of a version: the one deployed with it, else the shipped one. */
	public VersionForm form(StaffUser user, String definitionId, String formId) {
		ProcessVersion version = ownedVersion(user, definitionId);
		String deployed = repository.forms(version.definitionId()).get(formId);
		if (deployed != null) {
			return new VersionForm(definitionId, formId, deployed, true);
		}
		return shipped.raw(formId)
			.map(raw -> new VersionForm(definitionId, formId, raw, false))
			.orElseThrow(() -> ApiException.notFound("FORM_NOT_FOUND", "没有这个表单：{0}", formId));
	}

	/** The decision file holding a decision of a version (or the newest deployed). */
	public VersionDecision decision(StaffUser user, String definitionId, String decisionKey) {
		ProcessVersion version = ownedVersion(user, definitionId);
		return repository.decisionFile(decisionKey, definitionId, version.variant())
			.map(file -> new VersionDecision(definitionId, decisionKey, file.resourceName(), file.xml()))
			.orElseThrow(() -> ApiException.notFound("DECISION_NOT_FOUND", "没有这个决策：{0}", decisionKey));
	}

	/** The model of a version, for the modeler to open. */
	public String xml(StaffUser user, String definitionId) {
		ownedVersion(user, definitionId);
		return repository.xml(definitionId)
			.orElseThrow(() -> ApiException.notFound("VERSION_NOT_FOUND", "没有这个流程版本：{0}", definitionId));
	}

	/** A version of a process of the user's line (404 otherwise: nothing is revealed). */
	private ProcessVersion ownedVersion(StaffUser user, String definitionId) {
		ProcessChanges.requireAnyOwner(user);
		return repository.version(definitionId)
			.filter(version -> ProcessChanges.ownsLineOf(user, version.key()))
			.orElseThrow(() -> ApiException.notFound("VERSION_NOT_FOUND", "没有这个流程版本：{0}", definitionId));
	}

}
