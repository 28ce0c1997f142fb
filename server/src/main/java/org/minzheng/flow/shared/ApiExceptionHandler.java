package org.minzheng.flow.shared;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place that turns exceptions into {@link ProblemDetail}s with a stable
 * {@code code}. Messages are for staff, from the bundle {@code messages*.properties} in
 * the reader's language ({@link ProblemMessages}); no stack trace or SQL ever reaches a
 * response.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ApiException.class)
	ProblemDetail api(ApiException ex) {
		ProblemDetail problem = problem(ex.status(), ex.code(), ProblemMessages.detail(ex));
		ex.properties().forEach(problem::setProperty);
		return problem;
	}

	/**
	 * Another user's action changed the task while this request read or changed it (a
	 * withdrawal deleting it, a concurrent claim): the user refreshes and sees the new
	 * state.
	 */
	@ExceptionHandler(org.minzheng.flow.workflow.TaskConflictException.class)
	ProblemDetail taskChanged(org.minzheng.flow.workflow.TaskConflictException ex) {
		log.info("task changed concurrently: {}", ex.getMessage());
		return problem(HttpStatus.CONFLICT, "TASK_CHANGED", "任务已被他人处理，请刷新");
	}

	/**
	 * A feature started a process its owners retired: nothing was created (the start is
	 * in the feature's transaction), the staff are told why.
	 */
	@ExceptionHandler(org.minzheng.flow.workflow.ProcessRetiredException.class)
	ProblemDetail processRetired(org.minzheng.flow.workflow.ProcessRetiredException ex) {
		log.info("start of retired process {} refused", ex.processKey());
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "PROCESS_RETIRED", "该业务流程已停用，不再受理新的办理；已在办的案件照常办结");
		problem.setProperty("processKey", ex.processKey());
		return problem;
	}

	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException ex) {
		// Spring reports every exceeded multipart limit so, the part's header size (the
		// file name) too
		for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
			if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("header")) {
				ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "ATTACHMENT_NAME_TOO_LONG",
						"文件名过长，请改短文件名（至多 200 字）后再上传");
				problem.setProperty("field", "file");
				return problem;
			}
		}
		ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "ATTACHMENT_TOO_LARGE", "文件超过 5 MB，请压缩或分页扫描后再上传");
		problem.setProperty("field", "file");
		return problem;
	}

	@ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
	ProblemDetail missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "FILE_MISSING", "请选择要上传的文件");
		problem.setProperty("field", ex.getRequestPartName());
		return problem;
	}

	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ProblemDetail multipart(org.springframework.web.multipart.MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST, "MULTIPART_INVALID", "上传的内容无法读取，请重新选择文件上传");
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
			.toList();
		FieldError first = ex.getBindingResult().getFieldError();
		ProblemDetail problem = localised(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
				first == null ? ProblemMessages.detail("VALIDATION_FAILED", "input", "输入不合法") : ProblemMessages.detail(
						"VALIDATION_FAILED", "field", "字段 {0} 不合法：{1}", first.getField(), first.getDefaultMessage()));
		if (first != null) {
			problem.setProperty("field", first.getField());
		}
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
	ProblemDetail constraint(jakarta.validation.ConstraintViolationException ex) {
		var first = ex.getConstraintViolations().stream().findFirst();
		String path = first.map(v -> v.getPropertyPath().toString()).orElse("");
		String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
		ProblemDetail problem = localised(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", ProblemMessages.detail(
				"VALIDATION_FAILED", "parameter", "参数 {0} 不合法：{1}", field, first.map(v -> v.getMessage()).orElse("")));
		problem.setProperty("field", field);
		return problem;
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameter(HandlerMethodValidationException ex) {
		return localised(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
				ProblemMessages.detail("VALIDATION_FAILED", "request", "请求参数不合法"));
	}

	/** A value refused by {@link InputRules} in a service or a parameter. */
	@ExceptionHandler(InputRules.Violation.class)
	ProblemDetail rule(InputRules.Violation ex) {
		return localised(HttpStatus.BAD_REQUEST, ex.code(),
				ProblemMessages.detail("INPUT_RULE", "input", "输入不合法：{0}", message(ex)));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		InputRulesConfig.Rejected rejected = cause(ex, InputRulesConfig.Rejected.class);
		if (rejected != null) {
			String field = path(rejected);
			ProblemDetail problem = localised(HttpStatus.BAD_REQUEST, rejected.violation().code(),
					field.isEmpty()
							? ProblemMessages.detail("INPUT_RULE", "body", "输入 不合法：{0}", message(rejected.violation()))
							: ProblemMessages.detail("INPUT_RULE", "field", "字段 {0} 不合法：{1}", field,
									message(rejected.violation())));
			problem.setProperty("field", field);
			return problem;
		}
		if (cause(ex, com.fasterxml.jackson.core.exc.StreamConstraintsException.class) != null) {
			return problem(HttpStatus.BAD_REQUEST, "INPUT_TOO_LARGE", "请求内容过大或层次过深（至多 {0} 个字符、{1} 层）",
					InputRules.MAX_DOCUMENT_CHARS, InputRules.MAX_DEPTH);
		}
		if (cause(ex, com.fasterxml.jackson.core.exc.InputCoercionException.class) != null) {
			com.fasterxml.jackson.databind.JsonMappingException mapping = cause(ex,
					com.fasterxml.jackson.databind.JsonMappingException.class);
			String field = mapping == null ? "" : path(mapping);
			ProblemDetail problem = localised(HttpStatus.BAD_REQUEST, "NUMBER_OUT_OF_RANGE",
					field.isEmpty() ? ProblemMessages.detail("NUMBER_OUT_OF_RANGE", "number", "数字 超出可接受的范围")
							: ProblemMessages.detail("NUMBER_OUT_OF_RANGE", "field", "字段 {0} 超出可接受的范围", field));
			problem.setProperty("field", field);
			return problem;
		}
		if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD", "不认识的字段：{0}",
					unknown.getPropertyName());
			problem.setProperty("field", unknown.getPropertyName());
			return problem;
		}
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = path(mismatch);
			String code = "WRONG_TYPE";
			ProblemDetail problem = localised(HttpStatus.BAD_REQUEST, code,
					ProblemMessages.detail("WRONG_TYPE", "field", "字段 {0} 的类型或格式不对", field));
			problem.setProperty("field", field);
			return problem;
		}
		return problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "请求内容不是合法的 JSON");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		InputRules.Violation violation = cause(ex, InputRules.Violation.class);
		if (violation != null) {
			ProblemDetail problem = localised(HttpStatus.BAD_REQUEST, violation.code(), ProblemMessages
				.detail("INPUT_RULE", "parameter", "参数 {0} 不合法：{1}", ex.getName(), message(violation)));
			problem.setProperty("field", ex.getName());
			return problem;
		}
		ProblemDetail problem = localised(HttpStatus.BAD_REQUEST, "WRONG_TYPE",
				ProblemMessages.detail("WRONG_TYPE", "parameter", "参数 {0} 的类型或格式不对", ex.getName()));
		problem.setProperty("field", ex.getName());
		return problem;
	}

	/**
	 * A path value that converts to nothing (a blank enum or number): the client's
	 * mistake.
	 */
	@ExceptionHandler(org.springframework.web.bind.MissingPathVariableException.class)
	ProblemDetail missingPathValue(org.springframework.web.bind.MissingPathVariableException ex) {
		if (!ex.isMissingAfterConversion()) {
			return unexpected(ex);
		}
		ProblemDetail problem = localised(HttpStatus.BAD_REQUEST, "WRONG_TYPE",
				ProblemMessages.detail("WRONG_TYPE", "parameter", "参数 {0} 的类型或格式不对", ex.getVariableName()));
		problem.setProperty("field", ex.getVariableName());
		return problem;
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", "缺少参数 {0}", ex.getParameterName());
		problem.setProperty("field", ex.getParameterName());
		return problem;
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "请以 application/json 提交");
	}

	@ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
	ProblemDetail notAcceptable(org.springframework.web.HttpMediaTypeNotAcceptableException ex) {
		return problem(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "无法以所请求的格式返回");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail method(HttpRequestMethodNotSupportedException ex) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持该请求方法");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail noResource(NoResourceFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "资源不存在");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrent(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "CONCURRENT_UPDATE", "数据已被他人修改，请刷新后重试");
	}

	/** The database out of reach for a moment: try again, nothing was done. */
	@ExceptionHandler({ org.springframework.transaction.CannotCreateTransactionException.class,
			org.springframework.dao.DataAccessResourceFailureException.class })
	org.springframework.http.ResponseEntity<ProblemDetail> databaseAway(RuntimeException ex) {
		log.warn("database unavailable: {}", ex.getMessage());
		return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", "5")
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE", "数据库暂时无法连接，请稍后重试"));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "系统内部错误，请联系管理员");
	}

	/** The first cause of the given type, the exception itself included. */
	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	/** A Jackson error's path as staff read it: {@code settlors[3].name}. */
	private static String path(com.fasterxml.jackson.databind.JsonMappingException ex) {
		return ex.getPath()
			.stream()
			.map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("");
	}

	/** An input rule's message in the reader's language. */
	private static String message(InputRules.Violation violation) {
		return java.util.Locale.ENGLISH.equals(Languages.reader()) ? violation.messageEn() : violation.getMessage();
	}

	/**
	 * A ProblemDetail whose detail is the code's text from the bundle in the reader's
	 * language, given here in Chinese ({@code {0}} per argument).
	 */
	static ProblemDetail problem(HttpStatus status, String code, String detail, Object... args) {
		return localised(status, code, ProblemMessages.detail(code, null, detail, args));
	}

	/** A ProblemDetail with a detail already in the reader's language. */
	private static ProblemDetail localised(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("code", code);
		return problem;
	}

}
