package org.minzheng.flow.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.support.ApplicationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the workbench answers for the users who work it, in Chinese and in
 * English: each user below opens the pages of their role and line (and one they may not
 * open, which shows the no-access page), and no page shows the internal-error message,
 * stays empty or lands on "not found", while no request of the whole walk answers 5xx (a
 * filter in this test's context records every one). Each page's main area shows content,
 * an empty state saying what would appear, or an error, never a blank (see
 * {@link #STATES}). It runs in the {@code h2-it} execution, on the embedded default the
 * README starts (the other browser ITs run on MariaDB). The modeler's pages have their
 * own browser ITs (ProcessModelerBrowserIT, ProcessLifecycleBrowserIT).
 */
@ApplicationTest
@Import(EveryPageBrowserIT.ServerErrors.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageBrowserIT {

	/** Who opens which pages, and in which language. */
	private static final List<Walk> WALKS = List.of(
			new Walk("yt-meisha-clerk", "zh-CN",
					List.of("/inbox", "/applications/new", "/aid/rosters", "/aid/reviews", "/aid/temporary",
							"/aid/reserve-fund", "/aid/settings"),
					List.of("/admin", "/aid/spot-checks", "/admin/security")),
			new Walk("yt-meisha-approver", "en", List.of("/inbox", "/aid/reviews"), List.of("/dashboard")),
			new Walk("yt-supervisor", "zh-CN",
					List.of("/inbox", "/dashboard", "/audit", "/socialorg/credit", "/lottery/areas", "/cemetery",
							"/aid/reviews", "/aid/spot-checks"),
					List.of("/process-admin")),
			new Walk("yt-admin", "en",
					List.of("/admin", "/audit", "/lottery/areas", "/cemetery", "/aid/rates", "/aid/settings",
							"/admin/security", "/me/sessions"),
					List.of()),
			new Walk("city-auditor", "zh-CN",
					List.of("/audit", "/inbox", "/socialorg/credit", "/charity", "/aid/rosters"),
					List.of("/applications/new")),
			new Walk("city-process-owner", "zh-CN",
					List.of("/process-admin", "/process-admin/migrations", "/cemetery/checklists"), List.of()),
			new Walk("so-city-clerk", "en",
					List.of("/inbox", "/socialorg/credit", "/socialorg/annual", "/socialorg/spot-checks",
							"/socialorg/registrations/new"),
					List.of("/cemetery")),
			new Walk("ch-city-clerk", "zh-CN", List.of("/inbox", "/charity"), List.of()),
			new Walk("ch-trustee-pc", "en", List.of("/inbox", "/charity", "/charity/trusts/new"), List.of()),
			new Walk("yt-lottery-clerk", "zh-CN", List.of("/inbox", "/lottery/areas"), List.of("/applications/new")),
			new Walk("cem-op-yt1", "en", List.of("/inbox", "/cemetery"), List.of()));

	private static final List<String> PUBLIC = List.of("/public/lottery", "/public/charity", "/login");

	@LocalServerPort
	int port;

	@Autowired
	ServerErrors serverErrors;

	Browser browser;

	@BeforeAll
	void open() {
		this.browser = new Browser(this.port);
	}

	@AfterAll
	void close() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void everyPageAnswersForItsUsers() {
		List<String> broken = new ArrayList<>();
		int pages = 0;
		for (String path : PUBLIC) {
			this.browser.open(path);
			pages++;
			check("(anonymous)", path, false, broken);
		}
		for (Walk walk : WALKS) {
			this.browser.login(walk.username());
			locale(walk.locale());
			for (String path : walk.pages()) {
				this.browser.open(path);
				pages++;
				check(walk.username() + " " + walk.locale(), path, false, broken);
			}
			for (String path : walk.closed()) {
				this.browser.open(path);
				pages++;
				check(walk.username() + " " + walk.locale(), path, true, broken);
			}
		}
		System.out.printf("pages opened: %d by %d users and anonymously; server errors: %d%n", pages, WALKS.size(),
				this.serverErrors.seen.size());
		assertThat(broken).as("pages that did not answer").isEmpty();
		assertThat(this.serverErrors.seen).as("requests answered 5xx during the walk").isEmpty();
	}

	private void locale(String locale) {
		((JavascriptExecutor) this.browser.driver).executeScript("localStorage.setItem('mzf.locale', arguments[0])",
				locale);
	}

	/** Waits for the page to settle, then records what is wrong with it. */
	private void check(String who, String path, boolean closed, List<String> broken) {
		this.browser.until("the page " + path + " to settle", d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
			.executeScript("return document.readyState === 'complete' && !!document.querySelector('#app *') && "
					+ "![...document.querySelectorAll('.el-loading-mask, .el-skeleton')].some(m => m.offsetParent !== null)")));
		try {
			Thread.sleep(400); // the page's own requests after its first render
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		// the route's chunk and its first answer, on a busy machine
		String blank = states();
		String text = this.browser.pageText();
		String where = who + " " + path;
		if (text.contains("系统内部错误")) {
			broken.add(where + ": shows the internal-error message");
		}
		if (text.strip().length() < 10) {
			broken.add(where + ": empty");
		}
		if (blank != null) {
			broken.add(where + ": " + blank);
		}
		boolean noAccess = !this.browser.all(By.cssSelector("[data-testid=no-access]")).isEmpty();
		boolean notFound = !this.browser.all(By.cssSelector("[data-testid=not-found]")).isEmpty();
		if (notFound) {
			broken.add(where + ": not found");
		}
		if (closed != noAccess) {
			broken.add(where + (closed ? ": opened although not the user's" : ": shows no access"));
		}
		if (!broken.isEmpty() && broken.get(broken.size() - 1).startsWith(where)) {
			this.browser.screenshot("every-page-" + who.replace(' ', '-') + path.replace('/', '_'));
		}
	}

	/**
	 * What is wrong with the page's main area, or null, given a few seconds to render its
	 * route (a chunk still loading) and its first answer.
	 */
	private String states() {
		String problem = null;
		for (int i = 0; i < 50; i++) {
			problem = (String) ((JavascriptExecutor) this.browser.driver).executeScript(STATES);
			if (problem == null) {
				return null;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return problem;
			}
		}
		return problem;
	}

	/**
	 * What is wrong with the page's main area once it has settled, or null: it must show
	 * content (a form, a table's rows, a record, or some text beyond its title and
	 * toolbar), an empty state or an error, never a blank area; and an empty state says
	 * what would appear there, not just "no data".
	 */
	private static final String STATES = """
			const main = document.querySelector('#main') || document.querySelector('#app');
			const shown = (e) => e.checkVisibility ? e.checkVisibility() : e.offsetParent !== null;
			const any = (css) => [...main.querySelectorAll(css)].some(shown);
			const bare = ['暂无数据', 'No Data', 'No data', 'Nothing here'];
			const said = [...main.querySelectorAll('.el-table__empty-text, .el-empty__description')]
				.filter(shown).map((e) => e.innerText.trim());
			const mute = said.find((text) => bare.includes(text));
			if (mute !== undefined) return 'an empty state says only "' + mute + '", not what would appear';
			const state = any('.el-empty, .el-alert--error, [data-testid=page-error], .el-table__empty-text, [data-testid=no-access], [data-testid=not-found]');
			const content = any('.el-form, form:not(.toolbar), .el-table__row, .el-descriptions, .el-card__body, .el-collapse, svg');
			let text = 0;
			const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) {
				const node = walker.currentNode;
				const parent = node.parentElement;
				if (!parent || !shown(parent) || parent.closest('h1, .toolbar, button, .el-select, .el-input, .el-tabs__header, nav, label')) continue;
				text += node.textContent.trim().length;
			}
			return state || content || text >= 20 ? null : 'shows neither content, an empty state nor an error (a blank main area)';
			""";

	private record Walk(String username, String locale, List<String> pages, List<String> closed) {
	}

	/** Records every response of 500 or more while the application runs. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ServerErrors {

		final List<Map.Entry<String, Integer>> seen = new CopyOnWriteArrayList<>();

		@Bean
		OncePerRequestFilter serverErrorRecorder() {
			return new OncePerRequestFilter() {
				@Override
				protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
						FilterChain chain) throws ServletException, IOException {
					chain.doFilter(request, response);
					if (response.getStatus() >= 500) {
						ServerErrors.this.seen
							.add(Map.entry(request.getMethod() + " " + request.getRequestURI(), response.getStatus()));
					}
				}
			};
		}

	}

}
