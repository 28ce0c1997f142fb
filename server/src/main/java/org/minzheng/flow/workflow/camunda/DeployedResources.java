package org.minzheng.flow.workflow.camunda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;

/**
 * The forms and decision files of a deployment, read once: a deployment never changes.
 * Shipped deployments name a form by its path ({@code forms/aid/aid-street-review.form}),
 * a process owner's by its id ({@code aid-street-review.form}); both are found by id.
 */
final class DeployedResources {

	private static final int DEPLOYMENTS = 500;

	private final RepositoryService repository;

	private final Map<String, Map<String, String>> forms = new ConcurrentHashMap<>();

	DeployedResources(RepositoryService repository) {
		this.repository = repository;
	}

	/** Form-js JSON by form id. */
	Map<String, String> forms(String deploymentId) {
		Map<String, String> cached = forms.get(deploymentId);
		if (cached != null) {
			return cached;
		}
		Map<String, String> loaded = Map.copyOf(read(deploymentId, ".form", true));
		if (forms.size() > DEPLOYMENTS) {
			forms.clear();
		}
		forms.put(deploymentId, loaded);
		return loaded;
	}

	/** DMN XML by resource name. */
	Map<String, String> decisionFiles(String deploymentId) {
		return read(deploymentId, ".dmn", false);
	}

	private Map<String, String> read(String deploymentId, String suffix, boolean byBaseName) {
		Map<String, String> byName = new LinkedHashMap<>();
		for (String name : repository.getDeploymentResourceNames(deploymentId)) {
			if (!name.endsWith(suffix)) {
				continue;
			}
			String key = byBaseName ? name.substring(name.lastIndexOf('/') + 1, name.length() - suffix.length()) : name;
			try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
				byName.put(key, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return byName;
	}

}
