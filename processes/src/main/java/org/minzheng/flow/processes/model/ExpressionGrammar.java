package org.minzheng.flow.processes.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;

/**
 * The small grammar a process model's expressions must keep to, checked on the syntax
 * tree of the engine's own expression parser (JUEL), so that what is checked is exactly
 * what the engine would evaluate:
 * <ul>
 * <li>process variables by name, and string, number, boolean and {@code null}
 * literals;</li>
 * <li>comparisons ({@code == != < > <= >=} and their word forms), {@code && || !},
 * {@code and or not}, {@code empty}, parentheses;</li>
 * <li>calls of a registered bean's registered method, with the arguments its entry in
 * {@link ExpressionAllowList} names ({@code ${sla.due(execution)}}).</li>
 * </ul>
 * Nothing else: no method call on a value, no property or index access (so nothing can
 * walk from {@code execution} to the engine's services), no functions, no arithmetic, no
 * deferred {@code #{…}} form.
 */
public final class ExpressionGrammar {

	/** Longest expression text accepted; the parser recurses on nesting. */
	public static final int MAX_LENGTH = 500;

	/** Deepest nesting of parentheses accepted. */
	public static final int MAX_NESTING = 10;

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/** What a location in a model accepts. */
	public enum Form {

		/** No expression: the value is used as written. */
		NONE,
		/**
		 * Process variables only, e.g. {@code ${approverGroup}} or
		 * {@code x@${districtCode}}.
		 */
		VARIABLE,
		/** A delegate bean named in the allow-list, exactly {@code ${bean}}. */
		DELEGATE,
		/** The whole grammar. */
		GENERAL

	}

	/**
	 * Why an expression was refused: a stable rule code and the reason in both languages.
	 */
	public record Refusal(String rule, String message, String messageEn) {
	}

	private ExpressionGrammar() {
	}

	/** Whether a value holds anything the engine would evaluate. */
	public static boolean isExpression(String value) {
		return value != null && (value.contains("${") || value.contains("#{"));
	}

	/**
	 * Checks a value written at a location that accepts {@code form}.
	 * @return the refusal, or empty when the value may stand
	 */
	public static Optional<Refusal> check(String value, Form form, ExpressionAllowList allowList) {
		if (!isExpression(value)) {
			return Optional.empty();
		}
		if (form == Form.NONE) {
			return refuse("EXPRESSION_NOT_ALLOWED", "此处只能填写固定值，不能使用表达式",
					"Only a fixed value is allowed here, not an expression");
		}
		if (value.length() > MAX_LENGTH) {
			return refuse("EXPRESSION_TOO_LONG", "表达式不能超过 " + MAX_LENGTH + " 个字符",
					"An expression may not exceed " + MAX_LENGTH + " characters");
		}
		if (nesting(value) > MAX_NESTING) {
			return refuse("EXPRESSION_TOO_DEEP", "表达式的括号嵌套不能超过 " + MAX_NESTING + " 层",
					"Parentheses may not be nested more than " + MAX_NESTING + " deep");
		}
		Tree tree;
		try {
			tree = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(value);
		}
		catch (RuntimeException | StackOverflowError ex) {
			return refuse("EXPRESSION_SYNTAX", "表达式无法解析：" + value, "The expression cannot be parsed: " + value);
		}
		if (tree.isDeferred() || value.contains("#{")) {
			return refuse("EXPRESSION_DEFERRED", "不允许使用 #{…} 形式的表达式，请使用 ${…}",
					"The #{…} form is not allowed; use ${…}");
		}
		List<Node> evals = new ArrayList<>();
		Node root = tree.getRoot();
		if (root instanceof AstComposite) {
			for (int i = 0; i < root.getCardinality(); i++) {
				Node part = root.getChild(i);
				if (part instanceof AstEval) {
					evals.add(part.getChild(0));
				}
				else if (!(part instanceof AstText)) {
					return unknown(part);
				}
			}
		}
		else if (root instanceof AstEval) {
			evals.add(root.getChild(0));
		}
		else {
			return Optional.empty();
		}
		if (form == Form.DELEGATE) {
			if (!(root instanceof AstEval) || !(evals.get(0) instanceof AstIdentifier identifier)) {
				return refuse("EXPRESSION_FORM", "处理程序须写作 ${bean}，bean 为已登记的处理程序",
						"A delegate must be written ${bean}, naming a registered bean");
			}
			String bean = identifier.getName();
			if (!allowList.delegates().contains(bean)) {
				return refuse("BEAN_NOT_ALLOWED", "处理程序不在允许清单内：" + bean,
						"The delegate bean is not on the allow-list: " + bean);
			}
			return Optional.empty();
		}
		if (form == Form.VARIABLE) {
			for (Node eval : evals) {
				if (!(eval instanceof AstIdentifier identifier)) {
					return refuse("EXPRESSION_FORM", "此处只能引用流程变量，写作 ${变量名}",
							"Only a process variable may be used here, written ${name}");
				}
				Optional<Refusal> name = variable(identifier.getName(), allowList);
				if (name.isPresent()) {
					return name;
				}
			}
			return Optional.empty();
		}
		if (root instanceof AstComposite) {
			return refuse("EXPRESSION_FORM", "条件或取值须是一个完整的 ${…} 表达式，不能夹杂文字",
					"A condition or value must be one whole ${…} expression, without surrounding text");
		}
		return node(evals.get(0), allowList);
	}

	private static Optional<Refusal> node(Node node, ExpressionAllowList allowList) {
		if (node instanceof AstString || node instanceof AstNumber || node instanceof AstBoolean
				|| node instanceof AstNull) {
			return Optional.empty();
		}
		if (node instanceof AstIdentifier identifier) {
			return variable(identifier.getName(), allowList);
		}
		if (node instanceof AstNested) {
			return node(node.getChild(0), allowList);
		}
		if (node instanceof AstUnary unary) {
			if (unary.getOperator() == AstUnary.NEG) {
				return operator("-");
			}
			return node(unary.getChild(0), allowList);
		}
		if (node instanceof AstBinary binary) {
			AstBinary.Operator op = binary.getOperator();
			if (op == AstBinary.ADD || op == AstBinary.SUB || op == AstBinary.MUL || op == AstBinary.DIV
					|| op == AstBinary.MOD) {
				return operator(op.toString());
			}
			Optional<Refusal> left = node(binary.getChild(0), allowList);
			return left.isPresent() ? left : node(binary.getChild(1), allowList);
		}
		if (node instanceof AstMethod method) {
			return method(method, allowList);
		}
		return unknown(node);
	}

	private static Optional<Refusal> method(AstMethod method, ExpressionAllowList allowList) {
		Node target = method.getChild(0);
		Node parameters = method.getChild(1);
		if (!(target instanceof AstDot dot) || !(dot.getChild(0) instanceof AstIdentifier bean)
				|| !(parameters instanceof AstParameters)) {
			return refuse("EXPRESSION_METHOD_NOT_ALLOWED", "只能调用已登记处理程序的已登记方法，不能在取值上调用方法",
					"Only a registered bean's registered methods may be called, never a method of a value");
		}
		String name = dot.toString().replaceFirst("^\\.\\s*", "").strip();
		List<ExpressionAllowList.Method> candidates = allowList.methods(bean.getName(), name);
		ExpressionAllowList.Method match = candidates.stream()
			.filter(m -> m.parameters().size() == parameters.getCardinality())
			.findFirst()
			.orElse(null);
		if (match == null) {
			return refuse("EXPRESSION_METHOD_NOT_ALLOWED", "方法不在允许清单内：" + bean.getName() + "." + name,
					"The method is not on the allow-list: " + bean.getName() + "." + name + " with "
							+ parameters.getCardinality() + " argument(s)");
		}
		for (int i = 0; i < parameters.getCardinality(); i++) {
			Node argument = parameters.getChild(i);
			boolean fits = switch (match.parameters().get(i)) {
				case EXECUTION -> argument instanceof AstIdentifier id && "execution".equals(id.getName());
				case LITERAL -> argument instanceof AstString || argument instanceof AstNumber;
				case VARIABLE -> argument instanceof AstIdentifier id && variable(id.getName(), allowList).isEmpty();
			};
			if (!fits) {
				return refuse("EXPRESSION_ARGUMENT_NOT_ALLOWED",
						"第 " + (i + 1) + " 个参数不符合 " + match.signature() + " 的登记",
						"Argument " + (i + 1) + " does not fit the registered " + match.signature());
			}
		}
		return Optional.empty();
	}

	/** A bare name is a process variable: never an engine object or a registered bean. */
	private static Optional<Refusal> variable(String name, ExpressionAllowList allowList) {
		if (allowList.engineNames().contains(name)) {
			return refuse("EXPRESSION_IDENTIFIER_NOT_ALLOWED", "“" + name + "”只能作为已登记方法的参数使用",
					"'" + name + "' may only be passed to a registered method");
		}
		if (allowList.beans().contains(name)) {
			return refuse("EXPRESSION_IDENTIFIER_NOT_ALLOWED", "处理程序“" + name + "”只能调用其已登记的方法",
					"The bean '" + name + "' may only be used to call its registered methods");
		}
		if (!IDENTIFIER.matcher(name).matches()) {
			return refuse("EXPRESSION_IDENTIFIER_NOT_ALLOWED", "变量名不合规：" + name, "Not a valid variable name: " + name);
		}
		return Optional.empty();
	}

	private static Optional<Refusal> operator(String operator) {
		return refuse("EXPRESSION_OPERATOR_NOT_ALLOWED", "表达式只能使用比较和逻辑运算，不能使用 " + operator,
				"Only comparison and boolean operators are allowed, not " + operator);
	}

	private static Optional<Refusal> unknown(Node node) {
		String kind = node.getClass().getSimpleName();
		return switch (kind) {
			case "AstDot", "AstBracket" -> refuse("EXPRESSION_PROPERTY_NOT_ALLOWED", "表达式不能读取对象的属性或下标，请直接引用流程变量",
					"An expression may not read an object's properties or indexes; use a process variable");
			case "AstFunction" ->
				refuse("EXPRESSION_FUNCTION_NOT_ALLOWED", "表达式不能调用函数", "An expression may not call functions");
			case "AstChoice" -> operator("?:");
			default -> refuse("EXPRESSION_NOT_ALLOWED", "表达式含有不允许的写法（" + kind + "）",
					"The expression holds a construct that is not allowed (" + kind + ")");
		};
	}

	private static int nesting(String value) {
		int depth = 0;
		int max = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '(' || c == '[' || c == '{') {
				max = Math.max(max, ++depth);
			}
			else if (c == ')' || c == ']' || c == '}') {
				depth--;
			}
		}
		return max;
	}

	private static Optional<Refusal> refuse(String rule, String message, String messageEn) {
		return Optional.of(new Refusal(rule, message, messageEn));
	}

}
