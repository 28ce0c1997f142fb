package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A process, a candidate group and a case number each name their business line: the line
 * decides who may see and do anything, so none may be left without one.
 */
class BusinessLineTest {

	private static final Pattern PROCESS_ID = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");

	@Test
	void everyShippedProcessBelongsToTheLineOfItsFolder() throws IOException {
		Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*/*.bpmn");
		assertThat(models).hasSizeGreaterThanOrEqualTo(17);
		for (Resource model : models) {
			String folder = model.getURL().toString().replaceAll(".*/bpmn/([^/]+)/[^/]+$", "$1");
			Matcher process = PROCESS_ID.matcher(model.getContentAsString(StandardCharsets.UTF_8));
			assertThat(process.find()).as(model.getFilename()).isTrue();
			assertThat(BusinessLine.ofProcessKey(process.group(1)).map(BusinessLine::code))
				.as("the line of %s (%s)", process.group(1), model.getFilename())
				.contains(folder);
		}
	}

	@Test
	void aProcessKeyNamesItsLineByItsPrefixOnly() {
		assertThat(BusinessLine.ofProcessKey("AidApplicationProcess")).contains(BusinessLine.AID);
		assertThat(BusinessLine.ofProcessKey("SocialOrgSpotCheckProcess")).contains(BusinessLine.SOCIALORG);
		assertThat(BusinessLine.ofProcessKey("CharityTrustFilingProcess")).contains(BusinessLine.CHARITY);
		assertThat(BusinessLine.ofProcessKey("LotteryOfferProcess")).contains(BusinessLine.LOTTERY);
		assertThat(BusinessLine.ofProcessKey("CemeteryInspectionProcess")).contains(BusinessLine.CEMETERY);
		// a word that merely begins with a line's name is not that line
		assertThat(BusinessLine.ofProcessKey("Aidedprocess")).isEmpty();
		assertThat(BusinessLine.ofProcessKey("Aid")).isEmpty();
		assertThat(BusinessLine.ofProcessKey("ElderlyAllowanceProcess")).contains(BusinessLine.ELDERLY);
		assertThat(BusinessLine.ofProcessKey("Elderlyprocess")).isEmpty();
		assertThat(BusinessLine.ofProcessKey("HousingSubsidyProcess")).isEmpty();
		assertThat(BusinessLine.ofProcessKey(null)).isEmpty();
	}

	@Test
	void aCandidateGroupNamesItsLineBeforeTheRole() {
		assertThat(BusinessLine.ofGroup("aid-approver@440308001")).contains(BusinessLine.AID);
		assertThat(BusinessLine.ofGroup("socialorg-party@SO-SU-0001")).contains(BusinessLine.SOCIALORG);
		assertThat(BusinessLine.ofGroup("approver@440308")).isEmpty();
		assertThat(BusinessLine.ofGroup("tax-clerk@440308")).isEmpty();
	}

	@Test
	void aCaseNumberNamesItsLineByItsPrefix() {
		assertThat(BusinessLine.ofCaseRef("DB-440308-2026-000001")).contains(BusinessLine.AID);
		assertThat(BusinessLine.ofCaseRef("TK-440304-2026-000002")).contains(BusinessLine.AID);
		assertThat(BusinessLine.ofCaseRef("SO-REG-440300-2026-000003")).contains(BusinessLine.SOCIALORG);
		assertThat(BusinessLine.ofCaseRef("CH-REC-440300-2026-000004")).contains(BusinessLine.CHARITY);
		assertThat(BusinessLine.ofCaseRef("CTF-440300-2026-000005")).contains(BusinessLine.CHARITY);
		assertThat(BusinessLine.ofCaseRef("LTO-440308-P0001-000006")).contains(BusinessLine.LOTTERY);
		assertThat(BusinessLine.ofCaseRef("CEM-440308-2026-01")).contains(BusinessLine.CEMETERY);
		assertThat(BusinessLine.ofCaseRef("GL-440308003-2026-000007")).contains(BusinessLine.ELDERLY);
		assertThat(BusinessLine.ofCaseRef("YL-440308-2026-000008")).contains(BusinessLine.ELDERLY);
		assertThat(BusinessLine.ofCaseRef("MZ-1")).isEmpty();
	}

	@Test
	void onlyAdministratorsAndAuditorsMayHoldALineLessRole() {
		RoleAssignment admin = new RoleAssignment(null, Role.ADMIN, "440308");
		assertThat(admin.appliesTo(BusinessLine.LOTTERY)).isTrue();
		assertThat(admin.lineCode()).isEqualTo("*");
		assertThat(RoleAssignment.LINE_LESS_ROLES).containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR);
		assertThat(new RoleAssignment(BusinessLine.AID, Role.CLERK, "440308001").appliesTo(BusinessLine.LOTTERY))
			.isFalse();
	}

}
