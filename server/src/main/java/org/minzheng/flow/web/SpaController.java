package org.minzheng.flow.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * History-mode routing for the browser workbench (the web module's Vite build, served
 * from classpath:/static): a page the browser loads directly, such as
 * {@code /cases/DB-…}, gets the single page's index.html, whose router shows the right
 * view. Only the workbench's own routes are forwarded; everything else (the API, assets,
 * unknown paths) is left alone. The sign-in page is the same shell plus a plain form for
 * browsers without JavaScript, which posts to the same form-login endpoint.
 */
@Controller
class SpaController {

	private static final String APP = "<div id=\"app\"></div>";

	@GetMapping({ "/", "/inbox", "/applications/new", "/tasks/{id}", "/cases/{no}", "/cases/{no}/print", "/dashboard",
			"/audit", "/admin", "/admin/security", "/me/sessions", "/socialorg", "/socialorg/registrations/new",
			"/socialorg/registrations/{no}", "/socialorg/credit", "/socialorg/annual", "/socialorg/spot-checks",
			"/process-admin", "/process-admin/model/{definitionId}", "/process-admin/changes/{id}",
			"/process-admin/migrations", "/cemetery", "/cemetery/checklists", "/cemetery/campaigns/{no}",
			"/cemetery/inspections/{no}" })
	String index() {
		return "forward:/index.html";
	}

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> login(CsrfToken csrf) throws IOException {
		String form = "<noscript><form method=\"post\" action=\"/login\" style=\"max-width:320px;margin:48px auto\">"
				+ "<h1>民政流程平台</h1><p>浏览器未启用 JavaScript，可在此登录。</p>"
				+ "<p><label>用户名 <input name=\"username\" autocomplete=\"username\" required></label></p>"
				+ "<p><label>密码 <input type=\"password\" name=\"password\" autocomplete=\"current-password\" required>"
				+ "</label></p><input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName())
				+ "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\"><button type=\"submit\">登录</button>"
				+ "</form></noscript>";
		String shell = shell();
		String page = shell.contains(APP) ? shell.replace(APP, APP + form)
				: "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>MinZheng Flow</title></head>"
						+ "<body>" + form.replace("<noscript>", "").replace("</noscript>", "") + "</body></html>";
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(page);
	}

	/** The built index.html, or empty when the web module was built without its UI. */
	private static String shell() throws IOException {
		ClassPathResource index = new ClassPathResource("static/index.html");
		if (!index.exists()) {
			return "";
		}
		try (InputStream in = index.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
