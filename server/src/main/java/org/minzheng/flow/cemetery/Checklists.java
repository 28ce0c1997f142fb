package org.minzheng.flow.cemetery;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgLevel;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The on-site checklist as versioned data. A city process owner publishes a new version
 * (for next year's campaigns) without code; a campaign keeps the version it opened with,
 * so a running campaign never changes under its inspectors.
 */
@Service
public class Checklists {

	private final CemeteryMapper cemeteries;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final Clock clock;

	Checklists(CemeteryMapper cemeteries, OrgDirectory orgs, AuditTrail audit, Clock clock) {
		this.cemeteries = cemeteries;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	/** The version new campaigns open with. */
	@Transactional(readOnly = true)
	public ChecklistVersion current() {
		CemeteryMapper.ChecklistHeader header = cemeteries.currentChecklist();
		if (header == null) {
			throw new IllegalStateException("no cemetery checklist published");
		}
		return header.with(cemeteries.checklistItems(header.id()));
	}

	@Transactional(readOnly = true)
	public ChecklistVersion version(long id) {
		CemeteryMapper.ChecklistHeader header = cemeteries.checklist(id);
		if (header == null) {
			throw ApiException.notFound("CHECKLIST_NOT_FOUND", "检查表版本不存在");
		}
		return header.with(cemeteries.checklistItems(header.id()));
	}

	/** Every version, newest first, with their items. */
	@Transactional(readOnly = true)
	public List<ChecklistVersion> versions() {
		return cemeteries.checklists().stream().map(h -> h.with(cemeteries.checklistItems(h.id()))).toList();
	}

	/**
	 * Publishes the next version. Only a process owner of the city bureau may; items are
	 * checked as a whole, and nothing is stored when one is refused.
	 */
	@Transactional
	public ChecklistVersion publish(PublishChecklist request, StaffUser owner) {
		String city = orgs.find(Campaigns.CITY)
			.filter(unit -> unit.level() == OrgLevel.CITY)
			.map(OrgUnit::code)
			.orElseThrow(() -> new IllegalStateException("no city unit"));
		if (!owner.covers(BusinessLine.CEMETERY, Role.PROCESS_OWNER, city)) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有市民政局流程管理员可以发布检查表");
		}
		CemeteryDirectory.require(request.title(), "title", "检查表名称", 100);
		if (request.items() == null || request.items().isEmpty() || request.items().size() > 50) {
			throw ApiException.badRequest("CHECKLIST_ITEMS_INVALID", "items", "检查表须有 1 至 50 项");
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < request.items().size(); i++) {
			PublishChecklist.Item item = request.items().get(i);
			String field = "items[" + i + "]";
			if (item == null || item.itemCode() == null
					|| !CemeteryDirectory.ITEM_CODE.matcher(item.itemCode()).matches()) {
				throw ApiException.badRequest("ITEM_CODE_INVALID", field + ".itemCode", "检查项代码须为大写字母、数字或下划线");
			}
			if (!codes.add(item.itemCode())) {
				throw ApiException.badRequest("ITEM_CODE_DUPLICATE", field + ".itemCode", "检查项代码重复");
			}
			CemeteryDirectory.require(item.category(), field + ".category", "类别", 40);
			CemeteryDirectory.require(item.text(), field + ".text", "检查内容", 300);
		}
		int next = current().versionNo() + 1;
		CemeteryMapper.Key key = new CemeteryMapper.Key();
		try {
			cemeteries.insertChecklist(key, next, request.title().strip(), owner.username(), clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict("CHECKLIST_CHANGED", "检查表刚被他人发布了新版本，请刷新后重试");
		}
		for (int i = 0; i < request.items().size(); i++) {
			PublishChecklist.Item item = request.items().get(i);
			cemeteries.insertChecklistItem(key.id,
					new ChecklistItem(item.itemCode(), i + 1, item.category().strip(), item.text().strip()));
		}
		audit.record(owner, Role.PROCESS_OWNER, city, null, "CEMETERY_CHECKLIST_PUBLISHED",
				"发布公墓年检检查表第 " + next + " 版：" + request.title().strip() + "（" + request.items().size() + " 项）",
				request.reason());
		return version(key.id);
	}

	/** A new checklist version. */
	public record PublishChecklist(@Size(max = 100) String title, @Size(max = 50) List<@Valid Item> items,
			@Size(max = 500) String reason) {

		/** One item. */
		public record Item(@Size(max = 40) String itemCode, @Size(max = 40) String category,
				@Size(max = 300) String text) {
		}

	}

}
