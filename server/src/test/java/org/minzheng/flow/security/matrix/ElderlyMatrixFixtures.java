package org.minzheng.flow.security.matrix;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.minzheng.flow.elderly.PopulationMessage;
import org.minzheng.flow.elderly.SimulatedPopulationFeed;
import org.minzheng.flow.support.ApiSession;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A 高龄津贴 case for the authorisation matrix: a 沙头角街道 (440308003) resident who reached 80
 * today, announced by the simulated population registry without a bank account, so the
 * rule cannot decide it and it waits for the street's clerk ({@code GL_CASE}). The line's
 * street clerk, district reviewer and district approver join the panel.
 */
class ElderlyMatrixFixtures implements MatrixFixtures {

	@Override
	public Map<String, String> create(Setup setup) {
		SimulatedPopulationFeed feed = setup.context().getBean(SimulatedPopulationFeed.class);
		LocalDate reached = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate birth = reached.minusYears(80);
		String messageId = "MATRIX-" + System.nanoTime() % 1_000_000_000L;
		PopulationMessage message = new PopulationMessage(messageId, PopulationMessage.Kind.REACHED_80,
				SimulatedPopulationFeed.idNumber("440308", birth, 700 + (int) (System.nanoTime() % 200)), "矩阵长者", birth,
				reached, "440308003", null, "13800138000", false);
		if (feed.emit(message) != PopulationMessage.Outcome.OPENED) {
			throw new IllegalStateException("the matrix's 高龄津贴 message did not open a case");
		}
		JdbcTemplate jdbc = setup.context().getBean(JdbcTemplate.class);
		// the job executor decides it: the unclear case waits for the street's clerk
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (true) {
			var cases = jdbc.queryForList(
					"SELECT case_no FROM elderly_allowance WHERE message_id = ? AND status = 'PENDING_STAFF'",
					String.class, messageId);
			if (!cases.isEmpty()) {
				return Map.of("GL_CASE", cases.get(0));
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("the matrix's 高龄津贴 case never reached the street's clerk");
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	@Override
	public Map<String, String> users() {
		Map<String, String> users = new LinkedHashMap<>();
		for (String user : new String[] { "yt-shatoujiao-elderly-clerk", "yt-elderly-reviewer",
				"yt-elderly-approver" }) {
			users.put(user, ApiSession.DEMO_PASSWORD);
		}
		return users;
	}

}
