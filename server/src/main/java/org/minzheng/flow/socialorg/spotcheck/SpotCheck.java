package org.minzheng.flow.socialorg.spotcheck;

import java.time.Instant;

/**
 * A planned spot check and its recorded draw: the seed and both candidate lists
 * (comma-separated, in the order the draw used) are stored, so anyone can re-run it.
 */
public record SpotCheck(long id, String checkNo, String registrarCode, String title, long seed, int organisationCount,
		int inspectorCount, String orgCandidates, String inspectorCandidates, String drawnOrganisations,
		String drawnInspectors, String accountingFirmCode, String createdBy, Instant createdAt) {
}
