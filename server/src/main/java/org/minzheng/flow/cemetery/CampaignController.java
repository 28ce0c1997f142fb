package org.minzheng.flow.cemetery;

import java.util.List;

import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns: opening one, their dashboards, the city's summary of a year. */
@RestController
class CampaignController {

	private final Campaigns campaigns;

	private final CampaignBoard board;

	CampaignController(Campaigns campaigns, CampaignBoard board) {
		this.campaigns = campaigns;
		this.board = board;
	}

	@PostMapping("/api/cemetery/campaigns")
	@ResponseStatus(HttpStatus.CREATED)
	Campaign open(@RequestBody OpenCampaign request) {
		return campaigns.open(request.districtCode(), request.year(), CurrentUser.get());
	}

	@GetMapping("/api/cemetery/campaigns")
	List<Campaign> list(@RequestParam(required = false) Integer year) {
		return campaigns.list(CurrentUser.get(), year);
	}

	@GetMapping("/api/cemetery/campaigns/{campaignNo}")
	CampaignBoard.Board board(@PathVariable String campaignNo) {
		return board.board(campaignNo, CurrentUser.get());
	}

	@GetMapping("/api/cemetery/summary")
	List<CampaignBoard.DistrictSummary> summary(@RequestParam(required = false) String year) {
		int parsed;
		try {
			parsed = Integer.parseInt(year == null ? "" : year.strip());
		}
		catch (NumberFormatException ex) {
			throw ApiException.badRequest("YEAR_INVALID", "year", "请指定年份，例如 2026");
		}
		return board.summary(CurrentUser.get(), parsed);
	}

	/** Open the campaign of a district and year. */
	record OpenCampaign(String districtCode, Integer year) {
	}

}
