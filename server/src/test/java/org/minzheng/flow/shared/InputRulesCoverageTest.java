package org.minzheng.flow.shared;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request body's fields are bounded where the column bounds them: a string by
 * {@code @Size(max)} (or a {@code @Pattern} that fixes its length), a decimal by
 * {@code @Digits}, a list or map by {@code @Size}. The global {@link InputRules} stop
 * what no column could hold; this test keeps a new request record from relying on them
 * alone.
 */
class InputRulesCoverageTest {

	/**
	 * Untyped bodies whose keys and values the receiving service checks against a form.
	 */
	private static final Set<String> UNTYPED = Set.of("org.minzheng.flow.inbox.InboxController$CompleteRequest.data",
			"org.minzheng.flow.inbox.InboxController$CompleteRequest");

	@Test
	void everyRequestFieldIsBounded() throws Exception {
		Set<String> unbounded = new TreeSet<>();
		Set<Class<?>> seen = new HashSet<>();
		int bodies = 0;
		int fields = 0;
		for (JavaClass controller : new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.minzheng.flow")) {
			if (!controller.isAnnotatedWith(RestController.class)) {
				continue;
			}
			for (Method method : controller.reflect().getDeclaredMethods()) {
				for (Parameter parameter : method.getParameters()) {
					if (parameter.isAnnotationPresent(RequestBody.class)) {
						bodies++;
						fields += check(parameter.getType(), parameter.getAnnotatedType(),
								controller.getSimpleName() + "." + method.getName() + "(body)", unbounded, seen);
					}
				}
			}
		}
		System.out.printf("request bodies: %d, fields checked: %d%n", bodies, fields);
		assertThat(bodies).isGreaterThan(30);
		assertThat(unbounded).as("request fields without a bound (add @Size / @Digits)").isEmpty();
	}

	private static int check(Class<?> type, AnnotatedType annotated, String where, Set<String> unbounded,
			Set<Class<?>> seen) {
		if (!type.isRecord() || !seen.add(type) || UNTYPED.contains(type.getName())) {
			return 0;
		}
		int fields = 0;
		for (RecordComponent component : type.getRecordComponents()) {
			String name = type.getName() + "." + component.getName();
			if (UNTYPED.contains(name)) {
				continue;
			}
			fields++;
			checkValue(component.getType(), component.getAnnotatedType(), component.getAccessor(), name, unbounded,
					seen);
		}
		return fields;
	}

	private static void checkValue(Class<?> type, AnnotatedType annotated, Method accessor, String name,
			Set<String> unbounded, Set<Class<?>> seen) {
		List<java.lang.annotation.Annotation> annotations = new ArrayList<>(List.of(annotated.getAnnotations()));
		if (accessor != null) {
			annotations.addAll(List.of(accessor.getAnnotations()));
		}
		if (type == String.class) {
			if (!has(annotations, Size.class) && !has(annotations, Pattern.class)) {
				unbounded.add(name + " (String)");
			}
		}
		else if (type == BigDecimal.class) {
			if (!has(annotations, Digits.class)) {
				unbounded.add(name + " (BigDecimal)");
			}
		}
		else if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
			if (!has(annotations, Size.class) && !has(annotations, jakarta.validation.constraints.NotEmpty.class)) {
				unbounded.add(name + " (" + type.getSimpleName() + ")");
			}
			if (annotated instanceof AnnotatedParameterizedType parameterized) {
				AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
				AnnotatedType element = arguments[arguments.length - 1];
				if (element.getType() instanceof Class<?> elementType) {
					checkValue(elementType, element, null, name + "[]", unbounded, seen);
				}
				else if (element.getType() instanceof java.lang.reflect.ParameterizedType p
						&& p.getRawType() instanceof Class<?> raw) {
					checkValue(raw, element, null, name + "[]", unbounded, seen);
				}
			}
		}
		else if (type.isRecord()) {
			check(type, annotated, name, unbounded, seen);
		}
	}

	private static boolean has(List<java.lang.annotation.Annotation> annotations,
			Class<? extends java.lang.annotation.Annotation> type) {
		return annotations.stream().anyMatch(a -> a.annotationType() == type);
	}

}
