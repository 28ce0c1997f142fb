package org.minzheng.flow.processes.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed in behaviour between two versions of a model, for the four-eyes reviewer:
 * the process itself (name, history time to live, version tag, candidate starters, its
 * properties and listeners), the messages, signals, errors and escalations, and every
 * flow element, lane and artifact wherever it sits, each with the old and new value of
 * each change. What changes nothing is not a change: attributes written out with their
 * default value, namespace prefixes, attribute order, whitespace, comments (see
 * {@link CanonicalModel}). Diagram moves are listed apart, as layout.
 */
public final class ModelDiff {

	/** Longest value shown; a longer one is cut with "…" around where it differs. */
	static final int MAX_VALUE = 300;

	/** Most fields listed for one element. */
	static final int MAX_FIELDS = 200;

	private ModelDiff() {
	}

	/** An element of one version. */
	public record Element(String id, String type, String name) {
	}

	/** How an element differs. */
	public enum Kind {

		ADDED, REMOVED, CHANGED

	}

	/**
	 * One value that differs: a readable path ({@code name},
	 * {@code extensionElements/camunda:properties/camunda:property[slaWorkingDays]},
	 * {@code timerEventDefinition/timeDuration}, {@code conditionExpression}) with the
	 * value before and after ({@code null} where absent).
	 */
	public record Field(String path, String before, String after) {
	}

	/**
	 * An element added, removed or changed, with its fields (for an added or removed
	 * element, everything it holds).
	 */
	public record Change(String elementId, String elementType, String name, Kind kind, List<Field> fields) {
	}

	/**
	 * The differences: the elements added, removed and changed (as before), the detail of
	 * each, and the elements whose diagram layout alone changed.
	 */
	public record Diff(List<Element> added, List<Element> removed, List<Element> changed, List<Change> changes,
			List<String> layout) {

		/** Whether nothing that changes behaviour changed (layout may have). */
		public boolean empty() {
			return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
		}

	}

	/**
	 * Compares two models.
	 * @param older the version replaced, or {@code null} (everything is added)
	 * @throws IllegalArgumentException if a model is not well-formed or nests too deep
	 */
	public static Diff between(String older, String newer) {
		CanonicalModel before = older == null ? CanonicalModel.none() : CanonicalModel.read(older);
		CanonicalModel after = CanonicalModel.read(newer);
		List<Element> added = new ArrayList<>();
		List<Element> removed = new ArrayList<>();
		List<Element> changed = new ArrayList<>();
		List<Change> changes = new ArrayList<>();
		after.items().forEach((key, item) -> {
			CanonicalModel.Item old = before.items().get(key);
			if (old == null) {
				added.add(view(item));
				changes.add(change(item, Kind.ADDED, fields(Map.of(), item.fields())));
			}
			else {
				List<Field> fields = new ArrayList<>();
				if (!old.type().equals(item.type())) {
					fields.add(new Field("type", old.type(), item.type()));
				}
				fields.addAll(fields(old.fields(), item.fields()));
				if (!fields.isEmpty()) {
					changed.add(view(item));
					changes.add(change(item, Kind.CHANGED, fields));
				}
			}
		});
		before.items().forEach((key, item) -> {
			if (!after.items().containsKey(key)) {
				removed.add(view(item));
				changes.add(change(item, Kind.REMOVED, fields(item.fields(), Map.of())));
			}
		});
		return new Diff(added, removed, changed, changes, layout(before, after));
	}

	/**
	 * The elements (kept in both versions) whose shape or edge moved, resized or was
	 * restyled.
	 */
	private static List<String> layout(CanonicalModel before, CanonicalModel after) {
		Set<String> shown = new LinkedHashSet<>(after.layout().keySet());
		shown.addAll(before.layout().keySet());
		List<String> moved = new ArrayList<>();
		for (String id : shown) {
			boolean addedOrRemoved = before.items().containsKey(id) != after.items().containsKey(id);
			if (!addedOrRemoved && !Objects.equals(before.layout().get(id), after.layout().get(id))) {
				moved.add(id);
			}
		}
		return moved;
	}

	private static List<Field> fields(Map<String, String> before, Map<String, String> after) {
		Set<String> paths = new LinkedHashSet<>(after.keySet());
		paths.addAll(before.keySet());
		List<Field> fields = new ArrayList<>();
		int differing = 0;
		for (String path : paths) {
			String old = before.get(path);
			String now = after.get(path);
			if (!Objects.equals(old, now)) {
				differing++;
				if (fields.size() < MAX_FIELDS) {
					fields.add(new Field(excerpt(path, null), excerpt(old, now), excerpt(now, old)));
				}
			}
		}
		if (differing > MAX_FIELDS) {
			fields.add(new Field("…", null, "+" + (differing - MAX_FIELDS)));
		}
		return fields;
	}

	private static Change change(CanonicalModel.Item item, Kind kind, List<Field> fields) {
		return new Change(item.id(), item.type(), excerpt(item.name(), null), kind, fields);
	}

	private static Element view(CanonicalModel.Item item) {
		return new Element(item.id(), item.type(), excerpt(item.name(), null));
	}

	/**
	 * The value, or for a long one {@link #MAX_VALUE} characters of it from shortly
	 * before where it first differs from the other value, cut with "…".
	 */
	static String excerpt(String value, String other) {
		if (value == null || value.length() <= MAX_VALUE) {
			return value;
		}
		int differs = 0;
		if (other != null) {
			int common = Math.min(value.length(), other.length());
			while (differs < common && value.charAt(differs) == other.charAt(differs)) {
				differs++;
			}
		}
		int start = Math.max(0, Math.min(differs - MAX_VALUE / 3, value.length() - MAX_VALUE));
		if (start > 0 && Character.isLowSurrogate(value.charAt(start))) {
			start--;
		}
		int end = Math.min(value.length(), start + MAX_VALUE);
		if (end < value.length() && Character.isLowSurrogate(value.charAt(end))) {
			end++;
		}
		return (start > 0 ? "…" : "") + value.substring(start, end) + (end < value.length() ? "…" : "");
	}

}
