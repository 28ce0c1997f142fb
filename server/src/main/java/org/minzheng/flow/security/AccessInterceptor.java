package org.minzheng.flow.security;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minzheng.flow.shared.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Permission first: runs after sign-in and before the handler's arguments are read or
 * validated, and refuses a request whose {@link Access} the user does not meet. A handler
 * under {@code /api/**} without {@link Access} is refused: an endpoint added later
 * without a declared rule cannot be reached.
 */
@Configuration(proxyBeanMethods = false)
class AccessInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(AccessInterceptor.class);

	private final List<AccessTargets> features;

	private volatile Map<String, AccessTargets.Kind> byKind;

	AccessInterceptor(@Lazy List<AccessTargets> features) {
		this.features = features;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Access access = method.getMethodAnnotation(Access.class);
		if (access == null && !method.getBeanType().getPackageName().startsWith("org.minzheng.flow")) {
			// a library's endpoint (the OpenAPI document): signed-in users, as the filter
			// chain already ensured
			return true;
		}
		if (access == null) {
			log.error("{} {} has no @Access rule: refused", request.getMethod(), request.getRequestURI());
			throw ApiException.forbidden("ACCESS_UNDECLARED", "该接口未声明访问规则，已拒绝");
		}
		if (access.anonymous()) {
			return true;
		}
		StaffUser user = CurrentUser.get();
		boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
		String[] target = access.target().isEmpty() ? null : access.target().split(":", 2);
		AccessTargets.Kind kind = target == null ? null : kind(target[0]);
		if (write && user.readOnly() && !access.readOnlyMayCall()) {
			// an auditor who may read the record is told why; anyone else learns nothing
			if (kind != null && !readableByAuditor(user, find(kind, request, target[1]))) {
				throw kind.notFound();
			}
			throw ApiException.forbidden("READ_ONLY", "审计人员只能查阅，不能办理或修改");
		}
		if (access.lines().length == 0 && access.roles().length == 0 && target == null) {
			return true;
		}
		Set<BusinessLine> lines = access.lines().length == 0 ? user.lines() : Set.of(access.lines());
		if (lines.stream().noneMatch(line -> holdsAny(user, line, access.roles()))) {
			throw kind != null ? kind.notFound() : ApiException.forbidden("ACCESS_DENIED", "您没有该业务条线的相应角色");
		}
		if (kind != null) {
			AccessTargets.Target found = find(kind, request, target[1]);
			if (found == null || !reaches(user, found, access) || !lines.contains(found.line())) {
				throw kind.notFound();
			}
		}
		return true;
	}

	/** The record the path variable names, or null. */
	private static AccessTargets.Target find(AccessTargets.Kind kind, HttpServletRequest request, String variable) {
		String id = pathVariable(request, variable);
		return id == null ? null : kind.find().apply(id).orElse(null);
	}

	private static boolean readableByAuditor(StaffUser user, AccessTargets.Target found) {
		return found != null && found.units().stream().anyMatch(unit -> user.covers(found.line(), Role.AUDITOR, unit));
	}

	private static boolean holdsAny(StaffUser user, BusinessLine line, Role[] roles) {
		if (roles.length == 0) {
			return !user.scope(line).isEmpty();
		}
		return Arrays.stream(roles).anyMatch(role -> user.holds(line, role));
	}

	private static boolean reaches(StaffUser user, AccessTargets.Target target, Access access) {
		if (target.groups() != null) {
			// only groups of the roles the endpoint names: a clerk-only action is not
			// reached through a supervisor's group at the same record
			Set<Role> roles = access.roles().length == 0 ? Set.of(Role.values()) : Set.of(access.roles());
			return user.username().equals(target.assignee()) || target.groups()
				.stream()
				.anyMatch(group -> Role.ofGroup(group).filter(roles::contains).isPresent()
						&& user.assignmentFor(group).isPresent());
		}
		Role[] roles = access.roles().length == 0 ? Role.values() : access.roles();
		return Arrays.stream(roles)
			.anyMatch(role -> target.units().stream().anyMatch(unit -> user.covers(target.line(), role, unit)));
	}

	@SuppressWarnings("unchecked")
	private static String pathVariable(HttpServletRequest request, String name) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return variables instanceof Map<?, ?> map ? ((Map<String, String>) map).get(name) : null;
	}

	private AccessTargets.Kind kind(String name) {
		Map<String, AccessTargets.Kind> map = byKind;
		if (map == null) {
			map = new HashMap<>();
			for (AccessTargets feature : features) {
				for (AccessTargets.Kind kind : feature.kinds()) {
					if (map.put(kind.name(), kind) != null) {
						throw new IllegalStateException("Two AccessTargets answer for the kind " + kind.name());
					}
				}
			}
			byKind = map;
		}
		AccessTargets.Kind kind = map.get(name);
		if (kind == null) {
			throw new IllegalStateException("No AccessTargets for kind " + name);
		}
		return kind;
	}

}
