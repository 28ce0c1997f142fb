package org.minzheng.flow.org;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The org-unit tree. Org units change only through migrations (new streets are rare and
 * announced), so the tree is read once and kept: an immutable cache, safe on every node
 * of a cluster.
 */
@Service
public class OrgDirectory {

	private final Map<String, OrgUnit> byCode;

	/**
	 * Each unit's children in the reference order: the tree is walked on every request.
	 */
	private final Map<String, List<OrgUnit>> childrenOf;

	OrgDirectory(OrgUnitMapper mapper) {
		List<OrgUnit> units = mapper.findAll();
		this.byCode = units.stream().collect(Collectors.toUnmodifiableMap(OrgUnit::code, Function.identity()));
		this.childrenOf = units.stream()
			.filter(unit -> unit.parentCode() != null)
			.collect(Collectors.groupingBy(OrgUnit::parentCode, Collectors.toUnmodifiableList()));
	}

	public Optional<OrgUnit> find(String code) {
		return Optional.ofNullable(code).map(byCode::get);
	}

	/** The unit itself and every unit below it. */
	public Set<String> withDescendants(String code) {
		Set<String> result = new LinkedHashSet<>();
		collect(code, result);
		return result;
	}

	/** Units below and including each of the given ones. */
	public Set<String> withDescendants(Collection<String> codes) {
		Set<String> result = new LinkedHashSet<>();
		codes.forEach(code -> collect(code, result));
		return result;
	}

	public List<OrgUnit> children(String code) {
		return childrenOf.getOrDefault(code, List.of());
	}

	/** The district a unit belongs to (itself if it is a district), if any. */
	public Optional<OrgUnit> districtOf(String code) {
		Optional<OrgUnit> unit = find(code);
		while (unit.isPresent() && unit.get().level().ordinal() > OrgLevel.DISTRICT.ordinal()) {
			unit = find(unit.get().parentCode());
		}
		return unit.filter(OrgUnit::isDistrict);
	}

	public String nameOf(String code) {
		return find(code).map(OrgUnit::name).orElse(code);
	}

	private void collect(String code, Set<String> into) {
		if (!byCode.containsKey(code) || !into.add(code)) {
			return;
		}
		children(code).forEach(unit -> collect(unit.code(), into));
	}

}
