package org.minzheng.flow.cemetery;

import java.math.BigDecimal;

/** One line of a cemetery's price catalogue (价格目录), by tier. */
public record PriceItem(String itemCode, int seq, String name, String tier, String unit, BigDecimal priceYuan) {
}
