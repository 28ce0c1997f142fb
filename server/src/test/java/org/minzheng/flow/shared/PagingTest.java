package org.minzheng.flow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PagingTest {

	@Test
	void refusesAPageWhoseOffsetWouldOverflow() {
		assertThatThrownBy(() -> Paging.of(10_737_419, 200, 200)).isInstanceOfSatisfying(ApiException.class,
				ex -> assertThat(ex.code()).isEqualTo("PAGE_NUMBER"));
		assertThat(Paging.of(Paging.MAX_PAGE, 200, 200).offset()).isEqualTo(20_000_000);
	}

	@Test
	void refusesSizesOutsideTheEndpointsLimit() {
		assertThatThrownBy(() -> Paging.of(0, 201, 200)).isInstanceOfSatisfying(ApiException.class,
				ex -> assertThat(ex.properties()).containsEntry("field", "size"));
		assertThatThrownBy(() -> Paging.of(0, 0, 200)).isInstanceOf(ApiException.class);
		assertThatThrownBy(() -> Paging.of(-1, 20, 200)).isInstanceOfSatisfying(ApiException.class,
				ex -> assertThat(ex.code()).isEqualTo("PAGE_NUMBER"));
	}

}
