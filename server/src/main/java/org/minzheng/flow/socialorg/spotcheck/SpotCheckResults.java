package org.minzheng.flow.socialorg.spotcheck;

import java.util.List;

import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads spot checks and their published results. */
@Service
public class SpotCheckResults {

	private final SpotCheckService spotChecks;

	private final SpotCheckMapper mapper;

	private final OrganisationMapper organisations;

	SpotCheckResults(SpotCheckService spotChecks, SpotCheckMapper mapper, OrganisationMapper organisations) {
		this.spotChecks = spotChecks;
		this.mapper = mapper;
		this.organisations = organisations;
	}

	@Transactional(readOnly = true)
	public SpotCheckView view(String checkNo, StaffUser user) {
		SpotCheck check = spotChecks.visible(checkNo, user);
		List<ItemView> items = mapper.items(check.id())
			.stream()
			.map(item -> new ItemView(item.itemNo(), organisations.find(item.organisationId()).name(), item.status(),
					item.findings(), item.result()))
			.toList();
		return new SpotCheckView(check.checkNo(), check.registrarCode(), check.title(), check.seed(),
				SpotCheckDraw.split(check.orgCandidates()), SpotCheckDraw.split(check.inspectorCandidates()),
				SpotCheckDraw.split(check.drawnOrganisations()), SpotCheckDraw.split(check.drawnInspectors()),
				check.accountingFirmCode(), items);
	}

	/** Published results are public (双随机一公开): any signed-in user may read them. */
	@Transactional(readOnly = true)
	public List<SpotCheckMapper.PublishedResult> published(String registrar) {
		return mapper.published(registrar);
	}

	/** A spot check with its recorded draw. */
	public record SpotCheckView(String checkNo, String registrarCode, String title, long seed,
			List<String> organisationCandidates, List<String> inspectorCandidates, List<String> drawnOrganisations,
			List<String> drawnInspectors, String accountingFirmCode, List<ItemView> items) {
	}

	/** One drawn organisation. */
	public record ItemView(String itemNo, String organisationName, String status, String findings, String result) {
	}

}
