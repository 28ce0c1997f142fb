package org.minzheng.flow.socialorg.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.StatusFlow;

/** The moves of a registration, the association's two stages included. */
class RegistrationStatusTest {

	@Test
	void anAssociationPreparesThenAppliesForEstablishment() {
		assertThat(RegistrationStatus.IN_PROGRESS.moveTo(RegistrationStatus.PREPARING))
			.isEqualTo(RegistrationStatus.PREPARING);
		assertThat(RegistrationStatus.PREPARING.canMoveTo(RegistrationStatus.ESTABLISHMENT_APPLIED)).isTrue();
		assertThat(RegistrationStatus.ESTABLISHMENT_APPLIED.canMoveTo(RegistrationStatus.PREPARING)).isTrue();
		assertThat(RegistrationStatus.ESTABLISHMENT_APPLIED.canMoveTo(RegistrationStatus.REGISTERED)).isTrue();
	}

	@Test
	void aPreparationEitherLapsesOrLeadsToTheEstablishmentApplication() {
		assertThat(RegistrationStatus.PREPARING.canMoveTo(RegistrationStatus.PREPARATION_LAPSED)).isTrue();
		assertThat(RegistrationStatus.PREPARING.canMoveTo(RegistrationStatus.REGISTERED)).isFalse();
		assertThat(RegistrationStatus.PREPARING.canMoveTo(RegistrationStatus.REFUSED)).isFalse();
		assertThat(RegistrationStatus.IN_PROGRESS.canMoveTo(RegistrationStatus.PREPARATION_LAPSED)).isFalse();
		assertThat(RegistrationStatus.IN_PROGRESS.canMoveTo(RegistrationStatus.ESTABLISHMENT_APPLIED)).isFalse();
	}

	@Test
	void aClosedRegistrationMovesNowhere() {
		for (RegistrationStatus closed : EnumSet.of(RegistrationStatus.REGISTERED, RegistrationStatus.REFUSED,
				RegistrationStatus.PREPARATION_REFUSED, RegistrationStatus.PREPARATION_LAPSED,
				RegistrationStatus.NAME_REJECTED)) {
			assertThat(closed.closed()).isTrue();
			for (RegistrationStatus next : RegistrationStatus.values()) {
				assertThat(closed.canMoveTo(next)).as(closed + " -> " + next).isFalse();
			}
		}
		assertThatThrownBy(() -> RegistrationStatus.PREPARATION_LAPSED.moveTo(RegistrationStatus.ESTABLISHMENT_APPLIED))
			.isInstanceOf(ApiException.class)
			.hasFieldOrPropertyWithValue("code", StatusFlow.TRANSITION_INVALID);
	}

}
