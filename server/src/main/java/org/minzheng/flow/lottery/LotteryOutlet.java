package org.minzheng.flow.lottery;

import java.math.BigDecimal;
import java.time.Instant;

/** A welfare-lottery outlet (销售场所) with its location: OPEN, SUSPENDED or CLOSED. */
public record LotteryOutlet(long id, String outletNo, String areaCode, String name, String address, BigDecimal latitude,
		BigDecimal longitude, OutletStatus status, Long applicationId, String certificateNo, Instant openedAt,
		Instant closedAt) {
}
