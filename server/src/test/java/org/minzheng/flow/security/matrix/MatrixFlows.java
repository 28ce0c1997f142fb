package org.minzheng.flow.security.matrix;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Steps the matrix fixtures take through the API. Tasks are found through the engine by
 * business key, not through the inbox: the matrix may share its database with other tests
 * whose tasks crowd the first page of a user's 待办.
 */
final class MatrixFlows {

	private MatrixFlows() {
	}

	/**
	 * Waits for the open task of the case and returns its id once the user can open it.
	 */
	static String task(MatrixFixtures.Setup setup, ApiSession user, String businessKey, String taskKey) {
		TaskService tasks = setup.context().getBean(TaskService.class);
		String[] id = new String[1];
		AidFlows.await(user.username + " may open " + taskKey + " of " + businessKey, () -> {
			Task task = tasks.createTaskQuery()
				.processInstanceBusinessKey(businessKey)
				.taskDefinitionKey(taskKey)
				.singleResult();
			id[0] = task == null ? null : task.getId();
			return id[0] != null && user.get("/api/tasks/" + id[0]).status() == 200;
		});
		return id[0];
	}

	/** Completes the open task of the case as the user, with the form's data. */
	static void complete(MatrixFixtures.Setup setup, ApiSession user, String businessKey, String taskKey,
			Map<String, Object> data) {
		AidFlows.complete(user, task(setup, user, businessKey, taskKey), data);
	}

	static JdbcTemplate jdbc(MatrixFixtures.Setup setup) {
		return setup.context().getBean(JdbcTemplate.class);
	}

}
