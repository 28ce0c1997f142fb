package org.minzheng.flow.shared;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MyBatis side of {@link PersonalDataCrypto}, so that mappers encrypt and search
 * personal identifiers without any feature touching a cipher:
 * <ul>
 * <li>{@link SealedText} properties and results are sealed and opened by type;</li>
 * <li>a {@code String} parameter or result column is sealed/opened with
 * {@code #{idNumber,typeHandler=sealed}};</li>
 * <li>its blind index is written or searched with
 * {@code #{idNumber,typeHandler=blindIndex}}.</li>
 * </ul>
 * Registered with their key material (not found by the package scan, which needs a
 * no-argument constructor), so the handlers exist before any mapper statement is parsed.
 */
@Configuration(proxyBeanMethods = false)
public class PersonalDataTypeHandlers {

	@Bean
	ConfigurationCustomizer sealedTypeHandlers(PersonalDataCrypto crypto) {
		return configuration -> {
			var registry = configuration.getTypeHandlerRegistry();
			registry.register(SealedText.class, new SealedTextHandler(crypto));
			registry.register(markerOf(Sealed.class), new Sealed(crypto));
			registry.register(markerOf(BlindIndex.class), new BlindIndex(crypto));
			configuration.getTypeAliasRegistry().registerAlias("sealed", Sealed.class);
			configuration.getTypeAliasRegistry().registerAlias("blindIndex", BlindIndex.class);
		};
	}

	/**
	 * The handler's own class as the "Java type" it is registered for: MyBatis then finds
	 * it by name in a statement and never picks it for a plain {@code String}.
	 */
	@SuppressWarnings("unchecked")
	private static <T> Class<T> markerOf(Class<?> handler) {
		return (Class<T>) handler;
	}

	/** {@link SealedText} ⇄ its sealed text. */
	static final class SealedTextHandler extends BaseTypeHandler<SealedText> {

		private final PersonalDataCrypto crypto;

		SealedTextHandler(PersonalDataCrypto crypto) {
			this.crypto = crypto;
		}

		@Override
		public void setNonNullParameter(PreparedStatement ps, int i, SealedText parameter, JdbcType jdbcType)
				throws SQLException {
			ps.setString(i, crypto.seal(parameter.value()));
		}

		@Override
		public SealedText getNullableResult(ResultSet rs, String columnName) throws SQLException {
			return SealedText.of(crypto.open(rs.getString(columnName)));
		}

		@Override
		public SealedText getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
			return SealedText.of(crypto.open(rs.getString(columnIndex)));
		}

		@Override
		public SealedText getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
			return SealedText.of(crypto.open(cs.getString(columnIndex)));
		}

	}

	/** A clear {@code String} ⇄ its sealed text, named in the statement. */
	public static final class Sealed extends BaseTypeHandler<String> {

		private final PersonalDataCrypto crypto;

		Sealed(PersonalDataCrypto crypto) {
			this.crypto = crypto;
		}

		@Override
		public void setNonNullParameter(PreparedStatement ps, int i, String parameter, JdbcType jdbcType)
				throws SQLException {
			ps.setString(i, crypto.seal(parameter));
		}

		@Override
		public String getNullableResult(ResultSet rs, String columnName) throws SQLException {
			return crypto.open(rs.getString(columnName));
		}

		@Override
		public String getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
			return crypto.open(rs.getString(columnIndex));
		}

		@Override
		public String getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
			return crypto.open(cs.getString(columnIndex));
		}

	}

	/**
	 * A clear identifier ({@code String} or {@link SealedText}) → its blind index; read
	 * back as stored.
	 */
	public static final class BlindIndex extends BaseTypeHandler<Object> {

		private final PersonalDataCrypto crypto;

		BlindIndex(PersonalDataCrypto crypto) {
			this.crypto = crypto;
		}

		@Override
		public void setNonNullParameter(PreparedStatement ps, int i, Object parameter, JdbcType jdbcType)
				throws SQLException {
			String clear = parameter instanceof SealedText text ? text.value() : parameter.toString();
			ps.setString(i, crypto.blindIndex(clear));
		}

		@Override
		public Object getNullableResult(ResultSet rs, String columnName) throws SQLException {
			return rs.getString(columnName);
		}

		@Override
		public Object getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
			return rs.getString(columnIndex);
		}

		@Override
		public Object getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
			return cs.getString(columnIndex);
		}

	}

}
