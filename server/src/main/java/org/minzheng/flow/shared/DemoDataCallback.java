package org.minzheng.flow.shared;

import java.sql.SQLException;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * A feature's demo rows, written by Flyway right after the migrations, in their
 * transaction and under the start-up lock they run under (before {@code OrgDirectory}
 * reads the org-unit tree once): each row looked for before it is inserted
 * ({@link DemoRows}).
 */
public abstract class DemoDataCallback implements Callback {

	private final String name;

	protected DemoDataCallback(String name) {
		this.name = name;
	}

	/** Writes the rows that are missing. */
	protected abstract void create(DemoRows rows) throws SQLException;

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public String getCallbackName() {
		return name;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			create(new DemoRows(context.getConnection()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(name + ": " + ex.getMessage(), ex);
		}
	}

}
