package org.minzheng.flow.workflow.camunda;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.ScriptEngineException;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * The engine's script engines: none. A script (a script task, a script listener, a script
 * condition or input/output mapping, a decision in a script language) would run whatever
 * it says with no allow-list, and the engine's own JUEL script engine resolves any method
 * of any value; our models use none ({@code ModelRules} refuses them at the console), so
 * a model deployed another way that carries one fails when the script is reached — an
 * incident in a job, an exception and a rollback otherwise — and nothing of it runs.
 */
final class NoScriptEngines implements ScriptEngineResolver {

	@Override
	public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
		throw new ScriptEngineException("Refused: process models may not run scripts (script language '" + language
				+ "'); the engine has no script engine");
	}

	@Override
	public void addScriptEngineFactory(ScriptEngineFactory factory) {
		throw new UnsupportedOperationException("the engine has no script engines");
	}

	@Override
	public ScriptEngineManager getScriptEngineManager() {
		throw new UnsupportedOperationException("the engine has no script engines");
	}

}
