package org.minzheng.flow.security;

import java.time.Clock;
import java.util.List;

import org.minzheng.flow.shared.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo users, one per role, for 盐田区 (all 4 streets), 福田区 (园岭, 南园) and the city bureau.
 * All share the password {@value #PASSWORD}; the README lists them. Created only when
 * missing and only with {@code minzheng.demo.enabled=true} (the embedded default; off in
 * the mysql profile unless asked for).
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "minzheng.demo.enabled", havingValue = "true")
class DemoUsers implements ApplicationRunner {

	static final String PASSWORD = "minzheng2026";

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	/**
	 * A demo user holding one role at one unit for the lines listed; none listed is a
	 * line-less role (administrators, the city's auditor).
	 */
	record Demo(String username, String displayName, Role role, String orgUnitCode, BusinessLine... lines) {

		List<RoleAssignment> assignments() {
			if (lines.length == 0) {
				return List.of(new RoleAssignment(null, role, orgUnitCode));
			}
			return java.util.Arrays.stream(lines).map(line -> new RoleAssignment(line, role, orgUnitCode)).toList();
		}

	}

	static final List<Demo> USERS = List.of(
			new Demo("yt-meisha-clerk", "梅沙街道 受理员 陈晓", Role.CLERK, "440308001", BusinessLine.AID),
			new Demo("yt-meisha-reviewer", "梅沙街道 审核员 林静", Role.REVIEWER, "440308001", BusinessLine.AID),
			new Demo("yt-meisha-approver", "梅沙街道 审批人（受托） 黄伟", Role.APPROVER, "440308001", BusinessLine.AID),
			new Demo("yt-yantian-clerk", "盐田街道 受理员 吴敏", Role.CLERK, "440308002", BusinessLine.AID),
			new Demo("yt-yantian-reviewer", "盐田街道 审核员 郑芳", Role.REVIEWER, "440308002", BusinessLine.AID),
			new Demo("yt-yantian-approver", "盐田街道 审批人（受托） 周强", Role.APPROVER, "440308002", BusinessLine.AID),
			new Demo("yt-shatoujiao-clerk", "沙头角街道 受理员 何丽", Role.CLERK, "440308003", BusinessLine.AID),
			new Demo("yt-shatoujiao-reviewer", "沙头角街道 审核员 罗军", Role.REVIEWER, "440308003", BusinessLine.AID),
			new Demo("yt-shatoujiao-approver", "沙头角街道 审批人（受托） 梁红", Role.APPROVER, "440308003", BusinessLine.AID),
			new Demo("yt-haishan-clerk", "海山街道 受理员 谢磊", Role.CLERK, "440308004", BusinessLine.AID),
			new Demo("yt-haishan-reviewer", "海山街道 审核员 宋洁", Role.REVIEWER, "440308004", BusinessLine.AID),
			new Demo("yt-haishan-approver", "海山街道 审批人（受托） 唐勇", Role.APPROVER, "440308004", BusinessLine.AID),
			// a street's own 科长: overdue economic checks of its cases come to them first
			new Demo("yt-meisha-supervisor", "梅沙街道 社会救助科长 方秀兰", Role.SUPERVISOR, "440308001", BusinessLine.AID),
			new Demo("yt-yantian-supervisor", "盐田街道 社会救助科长 邱建华", Role.SUPERVISOR, "440308002", BusinessLine.AID),
			// the district's reviewer of decisions its streets made under entrustment
			// (抽查)
			new Demo("yt-reviewer", "盐田区民政局 社会救助科 审核员 郭明", Role.REVIEWER, "440308", BusinessLine.AID),
			new Demo("yt-approver", "盐田区民政局 审批人 许海", Role.APPROVER, "440308", BusinessLine.AID, BusinessLine.SOCIALORG,
					BusinessLine.LOTTERY, BusinessLine.CEMETERY, BusinessLine.ELDERLY),
			new Demo("yt-supervisor", "盐田区民政局 科长 邓婷", Role.SUPERVISOR, "440308", BusinessLine.AID,
					BusinessLine.SOCIALORG, BusinessLine.LOTTERY, BusinessLine.CEMETERY, BusinessLine.ELDERLY),
			new Demo("yt-admin", "盐田区民政局 管理员 冯涛", Role.ADMIN, "440308"),
			new Demo("yt-auditor", "盐田区民政局 审计 曹丽萍", Role.AUDITOR, "440308", BusinessLine.AID, BusinessLine.SOCIALORG,
					BusinessLine.LOTTERY, BusinessLine.CEMETERY, BusinessLine.ELDERLY),
			new Demo("yt-lottery-clerk", "盐田区民政局 福彩代销受理员 温岚", Role.CLERK, "440308", BusinessLine.LOTTERY),
			new Demo("yt-lottery-reviewer", "盐田区民政局 福彩代销审核员 骆川", Role.REVIEWER, "440308", BusinessLine.LOTTERY),
			// 市福彩发行中心 (深圳市福利彩票发行中心): appoints agents — review and decision of
			// the agency, contract, terminal, 代销证; suspends or withdraws an agency
			new Demo("city-lottery-clerk", "市福彩发行中心 受理员 邝敏", Role.CLERK, "440300", BusinessLine.LOTTERY),
			new Demo("city-lottery-reviewer", "市福彩发行中心 审核员 黎志坚", Role.REVIEWER, "440300", BusinessLine.LOTTERY),
			new Demo("city-lottery-approver", "市福彩发行中心 审批人 欧阳慧", Role.APPROVER, "440300", BusinessLine.LOTTERY),
			new Demo("ft-yuanling-clerk", "园岭街道 受理员 彭亮", Role.CLERK, "440304001", BusinessLine.AID),
			new Demo("ft-yuanling-reviewer", "园岭街道 审核员 曾琳", Role.REVIEWER, "440304001", BusinessLine.AID),
			new Demo("ft-nanyuan-clerk", "南园街道 受理员 萧文静", Role.CLERK, "440304002", BusinessLine.AID),
			new Demo("ft-nanyuan-reviewer", "南园街道 审核员 田丽", Role.REVIEWER, "440304002", BusinessLine.AID),
			new Demo("ft-approver", "福田区民政局 审批人 董卫东", Role.APPROVER, "440304", BusinessLine.AID, BusinessLine.CEMETERY),
			new Demo("ft-supervisor", "福田区民政局 科长 袁志强", Role.SUPERVISOR, "440304", BusinessLine.AID,
					BusinessLine.CEMETERY),
			new Demo("ft-admin", "福田区民政局 管理员 潘越", Role.ADMIN, "440304"),
			new Demo("city-supervisor", "市民政局 处长 蒋华", Role.SUPERVISOR, "440300", BusinessLine.AID,
					BusinessLine.SOCIALORG, BusinessLine.CHARITY, BusinessLine.LOTTERY, BusinessLine.CEMETERY,
					BusinessLine.ELDERLY),
			new Demo("city-process-owner", "市民政局 流程管理员 蔡宁", Role.PROCESS_OWNER, "440300", BusinessLine.AID,
					BusinessLine.SOCIALORG, BusinessLine.CHARITY, BusinessLine.LOTTERY, BusinessLine.CEMETERY,
					BusinessLine.ELDERLY),
			// four eyes: a change one process owner proposes is deployed only once
			// another approves
			new Demo("city-process-owner-2", "市民政局 流程管理员 郑岚", Role.PROCESS_OWNER, "440300", BusinessLine.AID,
					BusinessLine.SOCIALORG, BusinessLine.CHARITY, BusinessLine.LOTTERY, BusinessLine.CEMETERY,
					BusinessLine.ELDERLY),
			new Demo("yt-process-owner", "盐田区民政局 流程管理员 冯远", Role.PROCESS_OWNER, "440308", BusinessLine.AID),
			new Demo("city-auditor", "市民政局 审计 余洋", Role.AUDITOR, "440300"),
			new Demo("city-admin", "市民政局 系统管理员 杜文斌", Role.ADMIN, "440300"),
			// four eyes: a change of the benefit standards one administrator proposes
			// takes
			// effect only once another approves
			new Demo("city-admin-2", "市民政局 系统管理员 万志勇", Role.ADMIN, "440300"),
			new Demo("so-city-clerk", "市民政局 社会组织管理局 受理员 方志刚", Role.CLERK, "440300", BusinessLine.SOCIALORG),
			new Demo("so-city-reviewer", "市民政局 社会组织管理局 审查员 钟文杰", Role.REVIEWER, "440300", BusinessLine.SOCIALORG),
			new Demo("so-city-inspector", "市民政局 社会组织管理局 审查员 白晓燕", Role.REVIEWER, "440300", BusinessLine.SOCIALORG),
			new Demo("so-city-approver", "市民政局 社会组织管理局 审批人 韩松", Role.APPROVER, "440300", BusinessLine.SOCIALORG),
			new Demo("so-yt-clerk", "盐田区民政局 社会组织管理科 受理员 温秀英", Role.CLERK, "440308", BusinessLine.SOCIALORG),
			new Demo("so-yt-reviewer", "盐田区民政局 社会组织管理科 审查员 严振华", Role.REVIEWER, "440308", BusinessLine.SOCIALORG),
			new Demo("so-su-sports", "深圳市文化广电旅游体育局 业务主管单位联络员 高飞", Role.PARTY, "SO-SU-0001", BusinessLine.SOCIALORG),
			new Demo("so-su-science", "深圳市科协 业务主管单位联络员 秦立新", Role.PARTY, "SO-SU-0002", BusinessLine.SOCIALORG),
			new Demo("so-af-pengcheng", "鹏城会计师事务所 注册会计师 陆平", Role.PARTY, "SO-AF-0001", BusinessLine.SOCIALORG),
			// 公墓年检: district inspectors, and the external parties (operators, joint
			// enforcement)
			new Demo("yt-cemetery-inspector", "盐田区民政局 社会事务科 殡葬检查员 龚平", Role.REVIEWER, "440308", BusinessLine.CEMETERY),
			new Demo("ft-cemetery-inspector", "福田区民政局 社会事务科 殡葬检查员 钱伟", Role.REVIEWER, "440304", BusinessLine.CEMETERY),
			new Demo("cem-op-yt1", "海景纪念园 经营单位 严峰", Role.PARTY, "CEM-OP-0001", BusinessLine.CEMETERY),
			new Demo("cem-op-yt2", "梅沙福寿园 经营单位 孔丽", Role.PARTY, "CEM-OP-0002", BusinessLine.CEMETERY),
			new Demo("cem-op-yt3", "沙头角安息园 经营单位 车宏", Role.PARTY, "CEM-OP-0003", BusinessLine.CEMETERY),
			new Demo("cem-op-ft1", "莲花纪念园 经营单位 邵敏", Role.PARTY, "CEM-OP-0004", BusinessLine.CEMETERY),
			new Demo("cem-op-ft2", "南园福荫园 经营单位 毛杰", Role.PARTY, "CEM-OP-0005", BusinessLine.CEMETERY),
			new Demo("cem-op-ft3", "园岭思源园 经营单位 贺莹", Role.PARTY, "CEM-OP-0006", BusinessLine.CEMETERY),
			new Demo("cem-en-yt", "盐田区殡葬联合执法组 林涛", Role.PARTY, "CEM-EN-440308", BusinessLine.CEMETERY),
			new Demo("cem-en-ft", "福田区殡葬联合执法组 汪建军", Role.PARTY, "CEM-EN-440304", BusinessLine.CEMETERY),
			// the bodies an unqualified cemetery is referred to by finding type
			new Demo("cem-amr-yt", "盐田区市场监督管理局 执法人员 黄建华", Role.PARTY, "CEM-AMR-440308", BusinessLine.CEMETERY),
			new Demo("cem-cg-yt", "盐田区城市管理和综合执法局 执法队员 陈志强", Role.PARTY, "CEM-CG-440308", BusinessLine.CEMETERY),
			new Demo("cem-jd-yt-ms", "盐田区梅沙街道办事处 综合行政执法队 刘伟明", Role.PARTY, "CEM-JD-440308001", BusinessLine.CEMETERY),
			new Demo("cem-jd-yt-yt", "盐田区盐田街道办事处 综合行政执法队 张丽娟", Role.PARTY, "CEM-JD-440308002", BusinessLine.CEMETERY),
			new Demo("cem-jd-yt-stj", "盐田区沙头角街道办事处 综合行政执法队 郑海波", Role.PARTY, "CEM-JD-440308003", BusinessLine.CEMETERY),
			new Demo("cem-amr-ft", "福田区市场监督管理局 执法人员 林晓燕", Role.PARTY, "CEM-AMR-440304", BusinessLine.CEMETERY),
			new Demo("cem-cg-ft", "福田区城市管理和综合执法局 执法队员 何国平", Role.PARTY, "CEM-CG-440304", BusinessLine.CEMETERY),
			new Demo("cem-jd-ft-yl", "福田区园岭街道办事处 综合行政执法队 杨振宇", Role.PARTY, "CEM-JD-440304001", BusinessLine.CEMETERY),
			new Demo("cem-jd-ft-ny", "福田区南园街道办事处 综合行政执法队 周秀兰", Role.PARTY, "CEM-JD-440304002", BusinessLine.CEMETERY),
			// 养老服务: 高龄津贴 cases a rule cannot decide go to the street's clerk; the
			// district reviews and approves
			new Demo("yt-shatoujiao-elderly-clerk", "沙头角街道 养老服务受理员 邱美玲", Role.CLERK, "440308003", BusinessLine.ELDERLY),
			new Demo("yt-elderly-reviewer", "盐田区民政局 养老服务科 审核员 麦志明", Role.REVIEWER, "440308", BusinessLine.ELDERLY),
			new Demo("yt-elderly-approver", "盐田区民政局 养老服务科 审批人 区丽华", Role.APPROVER, "440308", BusinessLine.ELDERLY),
			new Demo("city-elderly-process-owner", "市民政局 养老服务处 流程管理员 关永康", Role.PROCESS_OWNER, "440300",
					BusinessLine.ELDERLY),
			// 慈善: the city bureau's charity section, and trustees of charitable trusts
			new Demo("ch-city-clerk", "市民政局 慈善事业促进和社会工作处 受理员 李静怡", Role.CLERK, "440300", BusinessLine.CHARITY),
			new Demo("ch-city-reviewer", "市民政局 慈善事业促进和社会工作处 审查员 王建平", Role.REVIEWER, "440300", BusinessLine.CHARITY),
			new Demo("ch-city-approver", "市民政局 慈善事业促进和社会工作处 审批人 赵国庆", Role.APPROVER, "440300", BusinessLine.CHARITY),
			new Demo("ch-trustee-pc", "深圳市鹏城慈善会 信托专员 孙丽娟", Role.PARTY, "CH-TR-0001", BusinessLine.CHARITY),
			new Demo("ch-trustee-qw", "深圳前湾信托有限公司 信托经理 周志明", Role.PARTY, "CH-TR-0002", BusinessLine.CHARITY),
			new Demo("ch-trustee-ns", "深圳市南山公益基金会 信托专员 吴海燕", Role.PARTY, "CH-TR-0003", BusinessLine.CHARITY));

	private final UserMapper users;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final StartupLock lock;

	private final TransactionTemplate tx;

	DemoUsers(UserMapper users, PasswordEncoder encoder, Clock clock, StartupLock lock, TransactionTemplate tx) {
		this.users = users;
		this.encoder = encoder;
		this.clock = clock;
		this.lock = lock;
		this.tx = tx;
	}

	/**
	 * Under the start-up lock, committed before it is released: nodes started at the same
	 * moment create the demo users once.
	 */
	@Override
	public void run(ApplicationArguments args) {
		lock.run("the demo users", () -> tx.executeWithoutResult(status -> createOrResync()));
	}

	void createOrResync() {
		String hash = null;
		int created = 0;
		int resynced = 0;
		for (Demo demo : USERS) {
			UserMapper.UserRow existing = users.findByUsername(demo.username());
			if (existing != null) {
				// demo data only: a database from before business lines (or edited by
				// hand) gets the lines the README lists
				if (!new java.util.HashSet<>(users.findAssignments(existing.id()))
					.equals(new java.util.HashSet<>(demo.assignments()))) {
					users.deleteAssignments(existing.id());
					demo.assignments().forEach(a -> users.insertAssignment(existing.id(), a));
					resynced++;
				}
				// and the display name the README's list gives (names with their
				// division)
				else if (!demo.displayName().equals(existing.displayName())) {
					resynced++;
				}
				if (!demo.displayName().equals(existing.displayName())) {
					users.updateDisplayName(existing.id(), demo.displayName());
				}
				continue;
			}
			hash = hash == null ? encoder.encode(PASSWORD) : hash;
			UserMapper.NewUser user = new UserMapper.NewUser(demo.username(), demo.displayName(), hash,
					demo.role() == Role.PARTY ? "EXTERNAL" : "STAFF", clock.instant());
			users.insertUser(user);
			demo.assignments().forEach(a -> users.insertAssignment(user.id, a));
			created++;
		}
		if (resynced > 0) {
			log.info("Reset the roles or names of {} demo users to the README's", resynced);
		}
		if (created > 0) {
			log.info("Created {} demo users (password {})", created, PASSWORD);
		}
	}

}
