package org.minzheng.flow.workflow.camunda;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.minzheng.flow.processes.model.ExpressionAllowList;
import org.springframework.beans.factory.BeanFactory;

/**
 * The part of the engine's expression resolution that reaches code, held to
 * {@link ExpressionAllowList}:
 * <ul>
 * <li>an identifier that names a bean resolves only if the list names the bean (a method
 * bean or a delegate); any other bean ({@code runtimeService}, {@code dataSource}, …) is
 * refused. An identifier that is neither a variable nor a bean stays unresolved, as the
 * engine has always answered it;</li>
 * <li>a method is invoked only on a listed method bean (the very instance the context
 * holds, so a Spring proxy counts as itself), with a listed name and number of arguments;
 * a call on anything else ({@code ''.getClass()}, {@code execution.getVariable('x')}) is
 * refused before it runs;</li>
 * <li>a property of an object ({@code execution.processEngineServices}) is refused: it
 * would call a getter. Maps, lists and arrays are left to the read-only resolvers behind
 * this one, which look up a key or an index and call no code of the value's.</li>
 * </ul>
 * Placed after the engine's variable resolvers, so a process variable still wins over a
 * bean of the same name.
 */
final class AllowListElResolver extends ELResolver {

	private final ExpressionAllowList allowList;

	private final BeanFactory beans;

	private final BeanELResolver invoker = new BeanELResolver(true);

	AllowListElResolver(ExpressionAllowList allowList, BeanFactory beans) {
		this.allowList = allowList;
		this.beans = beans;
	}

	@Override
	public Object getValue(ELContext context, Object base, Object property) {
		if (base == null) {
			String name = String.valueOf(property);
			if (!beans.containsBean(name)) {
				return null;
			}
			if (!allowList.beans().contains(name)) {
				throw ExpressionRefusedException.bean(name);
			}
			context.setPropertyResolved(true);
			return beans.getBean(name);
		}
		if (isCollection(base)) {
			return null;
		}
		throw ExpressionRefusedException.property(property, base);
	}

	@Override
	public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
		String name = String.valueOf(method);
		int arity = params == null ? 0 : params.length;
		String bean = allowedMethodBeanOf(base, name, arity);
		if (bean == null) {
			bean = methodBeanOf(base);
		}
		if (bean == null || !allowList.allows(bean, name, arity)) {
			throw ExpressionRefusedException.method(bean, name, arity, base);
		}
		return invoker.invoke(context, base, name, paramTypes, params);
	}

	@Override
	public void setValue(ELContext context, Object base, Object property, Object value) {
		if (base == null ? beans.containsBean(String.valueOf(property)) : !isCollection(base)) {
			throw ExpressionRefusedException.assignment(property, base);
		}
	}

	@Override
	public Class<?> getType(ELContext context, Object base, Object property) {
		return null;
	}

	@Override
	public boolean isReadOnly(ELContext context, Object base, Object property) {
		return true;
	}

	@Override
	public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
		return null;
	}

	@Override
	public Class<?> getCommonPropertyType(ELContext context, Object base) {
		return base == null ? String.class : null;
	}

	/**
	 * The listed method bean that is this very object and has this method, or null. Looks
	 * only at the beans the method is listed for, so a call made while the engine deploys
	 * its models (a timer start event's cycle) does not create the other method beans,
	 * which may depend on the engine itself.
	 */
	private String allowedMethodBeanOf(Object base, String method, int arity) {
		for (String name : allowList.methodBeans()) {
			if (allowList.allows(name, method, arity) && beans.containsBean(name) && beans.getBean(name) == base) {
				return name;
			}
		}
		return null;
	}

	/** The listed method bean that is this very object, or null. */
	private String methodBeanOf(Object base) {
		for (String name : allowList.methodBeans()) {
			if (beans.containsBean(name) && beans.getBean(name) == base) {
				return name;
			}
		}
		return null;
	}

	private static boolean isCollection(Object base) {
		return base instanceof Map || base instanceof List || base.getClass().isArray();
	}

}
