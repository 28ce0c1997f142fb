package org.minzheng.flow.processadmin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.model.ModelCheck;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.ProcessRepository;
import org.minzheng.flow.workflow.ProcessRepository.ProcessVersion;
import org.springframework.stereotype.Service;

/**
 * The process owners' console: every process with its versions (the city's and the
 * districts' variants), running instances per version and per district, and the forms
 * each version uses.
 */
@Service
public class ProcessConsole {

	/** The code variable every chain's instances carry for their district. */
	static final String DISTRICT_VARIABLE = "districtCode";

	private final ProcessRepository repository;

	private final OrgDirectory orgs;

	ProcessConsole(ProcessRepository repository, OrgDirectory orgs) {
		this.repository = repository;
		this.orgs = orgs;
	}

	/** One process and its versions, newest first. */
	public record ProcessEntry(String key, String name, List<VersionEntry> versions) {
	}

	/** A version: running instances by district (code → name and count), forms used. */
	public record VersionEntry(ProcessVersion version, String variantName, List<DistrictCount> runningByDistrict,
			Set<String> forms) {
	}

	public record DistrictCount(String districtCode, String districtName, long running) {
	}

	public List<ProcessEntry> processes(StaffUser user) {
		ProcessChanges.requireAnyOwner(user);
		Map<String, List<VersionEntry>> byKey = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (ProcessVersion version : repository.versions()) {
			names.putIfAbsent(version.key(), version.name());
			List<DistrictCount> districts = new ArrayList<>();
			if (version.running() > 0) {
				repository.runningBy(version.definitionId(), DISTRICT_VARIABLE)
					.forEach((code, count) -> districts.add(new DistrictCount(code, orgs.nameOf(code), count)));
			}
			Set<String> forms = repository.xml(version.definitionId())
				.map(xml -> ModelCheck.formsOf(xml.getBytes(StandardCharsets.UTF_8)))
				.orElse(Set.of());
			byKey.computeIfAbsent(version.key(), k -> new ArrayList<>())
				.add(new VersionEntry(version, version.variant() == null ? null : orgs.nameOf(version.variant()),
						districts, forms));
		}
		List<ProcessEntry> entries = new ArrayList<>();
		byKey.forEach((key, versions) -> entries.add(new ProcessEntry(key, names.get(key), versions)));
		return entries;
	}

	/** The model of a version, for the modeler to open. */
	public String xml(StaffUser user, String definitionId) {
		ProcessChanges.requireAnyOwner(user);
		return repository.xml(definitionId)
			.orElseThrow(() -> ApiException.notFound("VERSION_NOT_FOUND", "没有这个流程版本：" + definitionId));
	}

}
