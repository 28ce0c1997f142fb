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

	OrgDirectory(OrgUnitMapper mapper) {
		this.byCode = mapper.findAll()
			.stream()
			.collect(Collectors.toUnmodifiableMap(OrgUnit::code, Function.identity()));
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
		return byCode.values().stream().filter(unit -> code.equals(unit.parentCode())).toList();
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
		byCode.values()
			.stream()
			.filter(unit -> code.equals(unit.parentCode()))
			.forEach(unit -> collect(unit.code(), into));
	}

}
