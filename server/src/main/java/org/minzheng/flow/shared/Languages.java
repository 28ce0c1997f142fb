package org.minzheng.flow.shared;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The reader's language, the one source for every text the server writes for staff
 * (ProblemDetail messages, case labels, notifications): the request's
 * {@code Accept-Language} (the workbench sends its own language), Chinese when absent or
 * neither Chinese nor English. It is set for the whole request, the security filters
 * included, so that a refusal there speaks the same language as the controllers.
 */
@Configuration(proxyBeanMethods = false)
public class Languages {

	/** The language of the records, and of staff unless they ask for English. */
	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

	/** The reader's language: English when asked for, Chinese otherwise. */
	public static Locale reader() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = context == null ? null : context.getLocale();
		return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
	}

	/**
	 * A text as the reader reads it: its English for an English reader where it has one,
	 * the Chinese otherwise (the models' and forms' own {@code @en} texts).
	 */
	public static String text(String chinese, String english) {
		return english != null && !english.isBlank() && Locale.ENGLISH.equals(reader()) ? english : chinese;
	}

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setDefaultLocale(CHINESE);
		resolver.setSupportedLocales(SUPPORTED);
		return resolver;
	}

	/**
	 * Right after Spring's request context filter (which takes the servlet's locale, the
	 * JVM's when the header is absent): the resolver's answer instead, for the filters
	 * that answer before the dispatcher does.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> readerLanguage(LocaleResolver resolver) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						LocaleContext previous = LocaleContextHolder.getLocaleContext();
						LocaleContextHolder.setLocale(resolver.resolveLocale(request));
						try {
							chain.doFilter(request, response);
						}
						finally {
							LocaleContextHolder.setLocaleContext(previous);
						}
					}
				});
		// Spring Boot's OrderedRequestContextFilter runs at
		// REQUEST_WRAPPER_FILTER_MAX_ORDER - 105
		registration.setOrder(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 104);
		return registration;
	}

}
