package org.minzheng.flow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.org.ReferenceOrgs;
import org.minzheng.flow.security.Role;

/**
 * The 办理 dialog's next steps name the division that does the step: the candidate group's
 * line and unit, read through the divisions (the group syntax is unchanged).
 */
class TaskPreviewWhoTest {

	private final TaskPreview preview = new TaskPreview(null, null, null, ReferenceOrgs.directory(),
			ReferenceOrgs.divisions());

	@Test
	void aDistrictSocialOrganisationReviewerIsTheDistrictsSection() {
		assertThat(preview.who("socialorg-reviewer@440308")).hasValueSatisfying(who -> {
			assertThat(who.role()).isEqualTo(Role.REVIEWER);
			assertThat(who.orgUnitName()).isEqualTo("盐田区民政局");
			assertThat(who.division()).isEqualTo("社会组织管理科");
		});
		assertThat(preview.who("charity-approver@440300")).map(TaskPreview.Who::division).contains("慈善事业促进和社会工作处");
	}

	@Test
	void aStreetStepHasNoDivisionToShow() {
		assertThat(preview.who("aid-clerk@440308001")).hasValueSatisfying(who -> {
			assertThat(who.orgUnitName()).isEqualTo("梅沙街道");
			assertThat(who.division()).isNull();
		});
	}

}
