package org.minzheng.flow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransactionReadsTest {

	@Test
	void namesTheTablesAStatementReadsOrWrites() {
		assertThat(TransactionReads.tablesIn("SELECT * FROM aid_application WHERE application_no = ?"))
			.containsExactly("aid_application");
		assertThat(TransactionReads.tablesIn("UPDATE aid_member SET hukou_verified = ? WHERE id = ?"))
			.containsExactly("aid_member");
		assertThat(TransactionReads.tablesIn("INSERT INTO work_item (task_id) VALUES (?)"))
			.containsExactly("work_item");
		assertThat(TransactionReads.tablesIn("DELETE FROM work_item_group WHERE task_id = ?"))
			.containsExactly("work_item_group");
		assertThat(TransactionReads.tablesIn("""
				SELECT a.*, m.name FROM Aid_Application a
				  LEFT JOIN aid_member m ON m.household_id = a.household_id
				 WHERE a.id IN (SELECT application_id FROM aid_beneficiary)"""))
			.containsExactlyInAnyOrder("aid_application", "aid_member", "aid_beneficiary");
		assertThat(TransactionReads.tablesIn("INSERT INTO case_copy (id) SELECT id FROM `work_item`"))
			.containsExactlyInAnyOrder("case_copy", "work_item");
	}

}
