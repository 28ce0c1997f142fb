package org.minzheng.flow.security;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;
import org.apache.ibatis.type.TypeHandler;

/**
 * Stores a {@link BusinessLine} as its code ({@code aid}); {@code null} — a line-less
 * assignment — as {@value BusinessLine#ALL_LINES}. Registered for every mapper through
 * {@code mybatis.type-handlers-package}.
 */
@MappedTypes(BusinessLine.class)
public class BusinessLineTypeHandler implements TypeHandler<BusinessLine> {

	@Override
	public void setParameter(PreparedStatement ps, int i, BusinessLine line, JdbcType jdbcType) throws SQLException {
		ps.setString(i, line == null ? BusinessLine.ALL_LINES : line.code());
	}

	@Override
	public BusinessLine getResult(ResultSet rs, String columnName) throws SQLException {
		return parse(rs.getString(columnName));
	}

	@Override
	public BusinessLine getResult(ResultSet rs, int columnIndex) throws SQLException {
		return parse(rs.getString(columnIndex));
	}

	@Override
	public BusinessLine getResult(CallableStatement cs, int columnIndex) throws SQLException {
		return parse(cs.getString(columnIndex));
	}

	private static BusinessLine parse(String code) {
		if (code == null || BusinessLine.ALL_LINES.equals(code)) {
			return null;
		}
		return BusinessLine.of(code).orElseThrow(() -> new IllegalStateException("unknown business line " + code));
	}

}
