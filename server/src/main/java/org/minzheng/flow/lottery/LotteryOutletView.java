package org.minzheng.flow.lottery;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An outlet as the API shows it: the stored row without its internal ids.
 */
public record LotteryOutletView(String outletNo, String areaCode, String name, String address, BigDecimal latitude,
		BigDecimal longitude, OutletStatus status, String certificateNo, Instant openedAt, Instant closedAt) {

	static LotteryOutletView of(LotteryOutlet row) {
		return new LotteryOutletView(row.outletNo(), row.areaCode(), row.name(), row.address(), row.latitude(),
				row.longitude(), row.status(), row.certificateNo(), row.openedAt(), row.closedAt());
	}

}
