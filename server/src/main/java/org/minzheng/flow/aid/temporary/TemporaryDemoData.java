package org.minzheng.flow.aid.temporary;

import org.minzheng.flow.shared.StartupLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: 盐田区 tops up the reserve funds of 梅沙街道 and 盐田街道 with ¥50,000 each (as its
 * approver would, through the same ledger and audit trail), once.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "minzheng.demo.enabled", havingValue = "true")
class TemporaryDemoData implements ApplicationRunner {

	static final long DEMO_TOP_UP_FEN = 5_000_000L;

	private final ReserveFund fund;

	private final StartupLock lock;

	private final TransactionTemplate transactions;

	TemporaryDemoData(ReserveFund fund, StartupLock lock, TransactionTemplate transactions) {
		this.fund = fund;
		this.lock = lock;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		lock.run("the demo reserve funds", () -> transactions.executeWithoutResult(status -> {
			for (String street : new String[] { "440308001", "440308002" }) {
				if (fund.balance(street) == 0 && fund.latest(street, 1).isEmpty()) {
					fund.topUp(street, DEMO_TOP_UP_FEN, "深盐民〔2026〕备用金 1 号（演示）", "yt-approver", "APPROVER");
				}
			}
		}));
	}

}
