package org.minzheng.flow.elderly;

import java.time.LocalDate;

import org.minzheng.flow.shared.StartupLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data: twelve 盐田区 residents who reached 80 in January 2026, announced by the
 * simulated registry once the engine runs: nine clear ones (granted by the rule, 秒批) and
 * one of each unclear kind at 沙头角街道 for its clerk (no bank account, a name that does not
 * match, a number the registry knows as no Shenzhen hukou). The messages have fixed ids,
 * so a restart receives each once.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "minzheng.demo.enabled", havingValue = "true")
class ElderlyDemoData implements ApplicationRunner {

	static final String[] STREETS = { "440308001", "440308002", "440308003", "440308004" };

	static final String[] NAMES = { "陈桂英", "林国强", "黄秀珍", "张建华", "李淑芬", "王志明", "刘玉兰", "吴德胜", "郑美华" };

	private final SimulatedPopulationFeed feed;

	private final StartupLock lock;

	ElderlyDemoData(SimulatedPopulationFeed feed, StartupLock lock) {
		this.feed = feed;
		this.lock = lock;
	}

	@Override
	public void run(ApplicationArguments args) {
		lock.run("the 高龄津贴 demo messages", this::create);
	}

	private void create() {
		for (int i = 0; i < NAMES.length; i++) {
			feed.emit(message("DEMO-GL-" + (i + 1), "440308", 5 + i, 801 + i, STREETS[i % 4], NAMES[i],
					"62220202" + String.format("%010d", 1000 + i)));
		}
		// the three unclear kinds, for 沙头角街道's clerk
		feed.emit(message("DEMO-GL-10", "440308", 20, 810, "440308003", "何月娥", null));
		feed.emit(message("DEMO-GL-11", "440308", 21, 811, "440308003", "罗冒生", "6222020200000011"));
		feed.emit(message("DEMO-GL-12", "441302", 22, 812, "440308003", "谢金水", "6222020200000012"));
	}

	private static PopulationMessage message(String id, String region, int day, int sequence, String street,
			String name, String account) {
		LocalDate reached = LocalDate.of(2026, 1, day);
		LocalDate birth = reached.minusYears(80);
		return new PopulationMessage(id, PopulationMessage.Kind.REACHED_80,
				SimulatedPopulationFeed.idNumber(region, birth, sequence), name, birth, reached, street, account,
				"1380013" + String.format("%04d", sequence), false);
	}

}
