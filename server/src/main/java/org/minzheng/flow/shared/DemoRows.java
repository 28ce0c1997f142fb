package org.minzheng.flow.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Plain JDBC for demo rows written right after the migrations, on Flyway's connection
 * (see the features' demo-data Flyway callbacks): each row is looked for before it is
 * inserted, so a database that has them already gets nothing twice.
 */
public final class DemoRows {

	private final Connection connection;

	public DemoRows(Connection connection) {
		this.connection = connection;
	}

	/** Whether {@code countSql} (a {@code SELECT COUNT(*)}) finds anything. */
	public boolean exists(String countSql, Object... args) throws SQLException {
		try (PreparedStatement statement = prepare(countSql, args); ResultSet result = statement.executeQuery()) {
			return result.next() && result.getLong(1) > 0;
		}
	}

	/** The first column of the first row {@code sql} finds, or null. */
	public Long id(String sql, Object... args) throws SQLException {
		try (PreparedStatement statement = prepare(sql, args); ResultSet result = statement.executeQuery()) {
			return result.next() ? result.getLong(1) : null;
		}
	}

	public void insert(String sql, Object... args) throws SQLException {
		try (PreparedStatement statement = prepare(sql, args)) {
			statement.executeUpdate();
		}
	}

	/**
	 * An external party's org unit (level EXTERNAL) under {@code parentCode}, unless it
	 * exists.
	 */
	public void externalUnit(String code, String name, String parentCode, int sortOrder) throws SQLException {
		if (!exists("SELECT COUNT(*) FROM org_unit WHERE code = ?", code)) {
			insert("INSERT INTO org_unit (code, name, level, parent_code, sort_order) VALUES (?, ?, 'EXTERNAL', ?, ?)",
					code, name, parentCode, sortOrder);
		}
	}

	private PreparedStatement prepare(String sql, Object... args) throws SQLException {
		PreparedStatement statement = this.connection.prepareStatement(sql);
		for (int i = 0; i < args.length; i++) {
			statement.setObject(i + 1, args[i]);
		}
		return statement;
	}

}
