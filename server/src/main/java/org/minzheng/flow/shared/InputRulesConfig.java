package org.minzheng.flow.shared;

import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Applies {@link InputRules} to every request: to JSON bodies through the application's
 * {@code ObjectMapper} (a string, date, decimal and list deserialiser around Jackson's
 * own, and stream limits on the document), and to query and path parameters through a
 * binder every controller shares. A refusal becomes {@code 400} with the rule's code
 * ({@link ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class InputRulesConfig {

	/**
	 * Installed by Spring Boot into the application's ObjectMapper, as every Module bean.
	 */
	@Bean
	SimpleModule inputRulesModule() {
		return module();
	}

	@Bean
	Jackson2ObjectMapperBuilderCustomizer inputLimits() {
		return builder -> builder.postConfigurer(mapper -> mapper.getFactory()
			.setStreamReadConstraints(StreamReadConstraints.builder()
				.maxDocumentLength(InputRules.MAX_DOCUMENT_CHARS)
				.maxNestingDepth(InputRules.MAX_DEPTH)
				.maxStringLength(InputRules.MAX_STRING_CHARS)
				.maxNumberLength(100)
				.build()));
	}

	/**
	 * The Jackson module applying the rules; public for tests building their own mapper.
	 */
	static SimpleModule module() {
		SimpleModule module = new SimpleModule("minzheng-input-rules");
		module.addDeserializer(Object.class, new UntypedDeserializer());
		module.addKeyDeserializer(String.class, new TextKeyDeserializer());
		module.setDeserializerModifier(new Modifier());
		return module;
	}

	/** A refused value: Jackson adds the path, {@link ApiExceptionHandler} the answer. */
	static final class Rejected extends JsonMappingException {

		private final InputRules.Violation violation;

		Rejected(JsonParser parser, InputRules.Violation violation) {
			super(parser, violation.messageEn());
			this.violation = violation;
		}

		InputRules.Violation violation() {
			return violation;
		}

	}

	private static final class Modifier extends BeanDeserializerModifier {

		@Override
		public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
				JsonDeserializer<?> deserializer) {
			Class<?> type = description.getBeanClass();
			if (type == String.class) {
				return new TextDeserializer(true);
			}
			if (type == LocalDate.class || type == BigDecimal.class) {
				return new Checked(deserializer);
			}
			return deserializer;
		}

		@Override
		public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
				BeanDescription description, JsonDeserializer<?> deserializer) {
			return new Checked(deserializer);
		}

		@Override
		public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
				BeanDescription description, JsonDeserializer<?> deserializer) {
			return new Checked(deserializer);
		}

		@Override
		public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
				BeanDescription description, JsonDeserializer<?> deserializer) {
			return new Checked(deserializer);
		}

	}

	/**
	 * Jackson's own deserialiser, then the rule for what it read: a date's range, a
	 * decimal's digits, a list's, array's or map's size.
	 */
	private static final class Checked extends DelegatingDeserializer {

		Checked(JsonDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
			return new Checked(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			return check(parser, super.deserialize(parser, context));
		}

		@Override
		@SuppressWarnings("unchecked")
		public Object deserialize(JsonParser parser, DeserializationContext context, Object into) throws IOException {
			return check(parser, ((JsonDeserializer<Object>) _delegatee).deserialize(parser, context, into));
		}

		private static Object check(JsonParser parser, Object value) throws Rejected {
			try {
				if (value instanceof LocalDate date) {
					InputRules.date(date);
				}
				else if (value instanceof BigDecimal decimal) {
					InputRules.decimal(decimal);
				}
				else if (size(value) > InputRules.MAX_ITEMS) {
					throw InputRules.tooManyItems(InputRules.MAX_ITEMS);
				}
				return value;
			}
			catch (InputRules.Violation violation) {
				throw new Rejected(parser, violation);
			}
		}

		private static int size(Object value) {
			if (value instanceof Collection<?> collection) {
				return collection.size();
			}
			if (value instanceof Map<?, ?> map) {
				return map.size();
			}
			if (value instanceof Object[] array) {
				return array.length;
			}
			return value != null && value.getClass().isArray() ? java.lang.reflect.Array.getLength(value) : 0;
		}

	}

	/**
	 * Every JSON string: Jackson's reading (which also takes scalars as text), then the
	 * text rule.
	 */
	private static final class TextDeserializer extends StdDeserializer<String> implements ContextualDeserializer {

		private final boolean normalise;

		TextDeserializer(boolean normalise) {
			super(String.class);
			this.normalise = normalise;
		}

		@Override
		public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
			boolean verbatim = property != null && property.getAnnotation(InputRules.Verbatim.class) != null;
			return verbatim == !normalise ? this : new TextDeserializer(!verbatim);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String raw = StringDeserializer.instance.deserialize(parser, context);
			try {
				return InputRules.text(raw, normalise);
			}
			catch (InputRules.Violation violation) {
				throw new Rejected(parser, violation);
			}
		}

		@Override
		public Object getEmptyValue(DeserializationContext context) {
			return "";
		}

	}

	/** Map keys are text too (a form's field names become process variables). */
	private static final class TextKeyDeserializer extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) throws IOException {
			try {
				return InputRules.text(key);
			}
			catch (InputRules.Violation violation) {
				throw new Rejected(context.getParser(), violation);
			}
		}

	}

	/**
	 * Untyped values ({@code Map<String, Object>}, a task form's data): maps, lists,
	 * numbers and booleans as Jackson reads them untyped, every string and key under the
	 * text rule, every list and map under the size rule.
	 */
	private static final class UntypedDeserializer extends StdDeserializer<Object> {

		UntypedDeserializer() {
			super(Object.class);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			JsonNode node = context.readTree(parser);
			try {
				return plain(node);
			}
			catch (InputRules.Violation violation) {
				throw new Rejected(parser, violation);
			}
		}

		private static Object plain(JsonNode node) {
			if (node == null || node.isNull() || node.isMissingNode()) {
				return null;
			}
			if (node.isTextual()) {
				return InputRules.text(node.textValue());
			}
			if (node.isBoolean()) {
				return node.booleanValue();
			}
			if (node.isBigDecimal()) {
				return InputRules.decimal(node.decimalValue());
			}
			if (node.isNumber()) {
				return node.numberValue();
			}
			if (node.size() > InputRules.MAX_ITEMS) {
				throw InputRules.tooManyItems(InputRules.MAX_ITEMS);
			}
			if (node.isArray()) {
				List<Object> list = new ArrayList<>(node.size());
				node.forEach(item -> list.add(plain(item)));
				return list;
			}
			if (node.isObject()) {
				Map<String, Object> map = new LinkedHashMap<>();
				for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
					Map.Entry<String, JsonNode> field = fields.next();
					map.put(InputRules.text(field.getKey()), plain(field.getValue()));
				}
				return map;
			}
			return node.toString();
		}

	}

	/**
	 * Query and path parameters: text under the text rule, dates (ISO) in range, for
	 * every controller.
	 */
	@ControllerAdvice
	static class Parameters {

		@InitBinder
		void rules(WebDataBinder binder) {
			binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
				@Override
				public void setAsText(String text) {
					setValue(InputRules.text(text));
				}
			});
			binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
				@Override
				public void setAsText(String text) {
					if (text == null || text.isBlank()) {
						setValue(null);
						return;
					}
					try {
						setValue(InputRules.date(LocalDate.parse(text.strip())));
					}
					catch (DateTimeParseException ex) {
						throw new IllegalArgumentException("not an ISO date: " + text, ex);
					}
				}
			});
		}

	}

}
