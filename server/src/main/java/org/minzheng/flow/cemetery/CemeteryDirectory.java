package org.minzheng.flow.cemetery;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.UnifiedSocialCreditCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cemetery master data: read by district and city staff in scope and by each operator for
 * its own cemetery only; changed by the district's administrator (operator USCC
 * validated, price catalogue replaced as a whole, every change audited).
 */
@Service
public class CemeteryDirectory {

	static final Pattern ITEM_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

	private final CemeteryMapper cemeteries;

	private final AuditTrail audit;

	private final Clock clock;

	CemeteryDirectory(CemeteryMapper cemeteries, AuditTrail audit, Clock clock) {
		this.cemeteries = cemeteries;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The cemeteries the user may see: those of the districts in their scope, or the one
	 * their operator unit runs.
	 */
	@Transactional(readOnly = true)
	public List<Cemetery> list(StaffUser user) {
		Set<String> units = CemeteryReaders.units(user, CemeteryReaders.STAFF_AND_PARTIES);
		if (units.isEmpty()) {
			return List.of();
		}
		Map<Long, Cemetery> visible = new LinkedHashMap<>();
		cemeteries.cemeteriesIn(units).forEach(c -> visible.put(c.id(), c));
		cemeteries.cemeteriesOperatedBy(units).forEach(c -> visible.putIfAbsent(c.id(), c));
		return List.copyOf(visible.values());
	}

	/** A cemetery the user may see, or 404. */
	@Transactional(readOnly = true)
	public Cemetery visible(String code, StaffUser user) {
		return Optional.ofNullable(cemeteries.cemetery(code))
			.filter(c -> CemeteryReaders.reads(user, CemeteryReaders.STAFF_AND_PARTIES, c.districtCode(),
					c.operatorUnitCode()))
			.orElseThrow(() -> ApiException.notFound("CEMETERY_NOT_FOUND", "公墓不存在或无权查看"));
	}

	@Transactional(readOnly = true)
	public List<PriceItem> prices(Cemetery cemetery) {
		return cemeteries.prices(cemetery.id());
	}

	/**
	 * The district administrator corrects a cemetery's master data and replaces its price
	 * catalogue. Nothing changes when any field is refused.
	 */
	@Transactional
	public Cemetery update(String code, UpdateCemetery request, StaffUser admin) {
		Cemetery cemetery = visible(code, admin);
		if (!admin.covers(BusinessLine.CEMETERY, Role.ADMIN, cemetery.districtCode())) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有公墓所在区的管理员可以修改公墓信息");
		}
		validate(request);
		Cemetery updated = new Cemetery(cemetery.id(), cemetery.code(), cemetery.name(), cemetery.districtCode(),
				cemetery.address(), request.operatorName().strip(),
				UnifiedSocialCreditCode.of(request.operatorUscc()).value(), cemetery.operatorUnitCode(),
				request.landAreaSqm(), request.approvedPlots(), request.licenceNo().strip(),
				request.licenceValidUntil(), cemetery.commercial(), clock.instant());
		cemeteries.updateCemetery(updated);
		cemeteries.deletePrices(cemetery.id());
		for (int i = 0; i < request.prices().size(); i++) {
			UpdateCemetery.Price price = request.prices().get(i);
			cemeteries.insertPrice(cemetery.id(), new PriceItem(price.itemCode(), i + 1, price.name().strip(),
					price.tier().strip(), price.unit().strip(), price.priceYuan()));
		}
		audit.record(admin, Role.ADMIN, cemetery.districtCode(), cemetery.code(), "CEMETERY_MASTER_DATA_UPDATED",
				"修改公墓信息：" + cemetery.name() + "，经营单位 " + updated.operatorName() + "（" + updated.operatorUscc()
						+ "），许可证有效期至 " + updated.licenceValidUntil() + "，价格目录 " + request.prices().size() + " 项",
				request.reason());
		return cemeteries.cemeteryById(cemetery.id());
	}

	private static void validate(UpdateCemetery request) {
		require(request.operatorName(), "operatorName", "经营单位名称", 100);
		String uscc = request.operatorUscc() == null ? "" : request.operatorUscc().strip();
		UnifiedSocialCreditCode.problem(uscc).ifPresent(problem -> {
			throw ApiException.badRequest(problem.name(), "operatorUscc", problem.message());
		});
		if (request.landAreaSqm() == null || request.landAreaSqm().signum() <= 0
				|| request.landAreaSqm().compareTo(new BigDecimal("10000000")) >= 0) {
			throw ApiException.badRequest("LAND_AREA_INVALID", "landAreaSqm", "批准用地面积须为正数（平方米）");
		}
		if (request.approvedPlots() == null || request.approvedPlots() <= 0) {
			throw ApiException.badRequest("PLOTS_INVALID", "approvedPlots", "批准墓穴数须为正整数");
		}
		require(request.licenceNo(), "licenceNo", "经营许可证号", 50);
		if (request.licenceValidUntil() == null || request.licenceValidUntil().isBefore(LocalDate.of(2000, 1, 1))) {
			throw ApiException.badRequest("FIELD_REQUIRED", "licenceValidUntil", "请填写许可证有效期");
		}
		require(request.reason(), "reason", "修改原因", 500);
		if (request.prices() == null || request.prices().isEmpty() || request.prices().size() > 50) {
			throw ApiException.badRequest("PRICES_INVALID", "prices", "价格目录须有 1 至 50 项");
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < request.prices().size(); i++) {
			UpdateCemetery.Price price = request.prices().get(i);
			String field = "prices[" + i + "]";
			if (price == null || price.itemCode() == null || !ITEM_CODE.matcher(price.itemCode()).matches()) {
				throw ApiException.badRequest("ITEM_CODE_INVALID", field + ".itemCode", "项目代码须为大写字母、数字或下划线");
			}
			if (!codes.add(price.itemCode())) {
				throw ApiException.badRequest("ITEM_CODE_DUPLICATE", field + ".itemCode", "项目代码重复");
			}
			require(price.name(), field + ".name", "收费项目", 100);
			require(price.tier(), field + ".tier", "档次", 30);
			require(price.unit(), field + ".unit", "计价单位", 20);
			if (price.priceYuan() == null || price.priceYuan().signum() < 0 || price.priceYuan().scale() > 2
					|| price.priceYuan().compareTo(new BigDecimal("10000000")) >= 0) {
				throw ApiException.badRequest("PRICE_INVALID", field + ".priceYuan", "价格须为不小于 0 的金额（元，最多两位小数）");
			}
		}
	}

	static void require(String value, String field, String label, int max) {
		if (value == null || value.isBlank()) {
			throw ApiException.badRequest("FIELD_REQUIRED", field, "请填写：{0}", label);
		}
		if (value.strip().codePointCount(0, value.strip().length()) > max) {
			throw ApiException.badRequest("FIELD_TOO_LONG", field, "{0}：不能超过 {1} 字", label, max);
		}
	}

	/** A change of master data, with the whole new price catalogue and a reason. */
	public record UpdateCemetery(@Size(max = 100) String operatorName, @Size(max = 18) String operatorUscc,
			@Digits(integer = 10, fraction = 2) BigDecimal landAreaSqm, Integer approvedPlots,
			@Size(max = 50) String licenceNo, LocalDate licenceValidUntil, @Size(max = 50) List<@Valid Price> prices,
			@Size(max = 500) String reason) {

		/** One line of the new price catalogue. */
		public record Price(@Size(max = 40) String itemCode, @Size(max = 100) String name, @Size(max = 30) String tier,
				@Size(max = 20) String unit, @Digits(integer = 10, fraction = 2) BigDecimal priceYuan) {
		}

	}

}
