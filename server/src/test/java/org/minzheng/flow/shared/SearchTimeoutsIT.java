package org.minzheng.flow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The queries a user's input shapes keep a time limit; fixed queries on keys and writes
 * run without the driver's timer ({@link SearchTimeouts}).
 */
@ApplicationTest
class SearchTimeoutsIT {

	@Autowired
	SqlSessionFactory sessions;

	@Test
	void searchesHaveATimeLimitAndLookupsByKeyNone() {
		Configuration mybatis = sessions.getConfiguration();
		// the inbox: SQL built from the clerk's filters
		assertThat(mybatis.getMappedStatement("org.minzheng.flow.inbox.WorkItemMapper.inbox").getTimeout())
			.isEqualTo(30);
		// a fixed statement searching by text
		assertThat(
				mybatis.getMappedStatement("org.minzheng.flow.carehome.CareHomeMapper.applicationCount").getTimeout())
			.isEqualTo(30);
		// a case by its number, a task's work item: an index lookup, no timer
		assertThat(mybatis.getMappedStatement("org.minzheng.flow.aid.AidMapper.findByNo").getTimeout()).isNull();
		assertThat(mybatis.getMappedStatement("org.minzheng.flow.inbox.WorkItemMapper.find").getTimeout()).isNull();
		// writes too, even built per call (a transaction's audit rows in one INSERT)
		assertThat(mybatis.getMappedStatement("org.minzheng.flow.audit.AuditMapper.insertAll").getTimeout()).isNull();
		assertThat(mybatis.getDefaultStatementTimeout()).isNull();
	}

}
