package org.minzheng.flow.cemetery;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.util.List;

import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.shared.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Campaigns: opening one, their dashboards, the city's summary of a year. The district's
 * and the city's staff of the cemetery line read them; a district administrator opens
 * one; operators and enforcement units see nothing of a campaign (only their own
 * inspection), process owners nothing either.
 */
@RestController
class CampaignController {

	private final Campaigns campaigns;

	private final CampaignBoard board;

	private final CemeteryViews views;

	CampaignController(Campaigns campaigns, CampaignBoard board, CemeteryViews views) {
		this.campaigns = campaigns;
		this.board = board;
		this.views = views;
	}

	@Access(lines = BusinessLine.CEMETERY, roles = Role.ADMIN)
	@PostMapping("/api/cemetery/campaigns")
	@ResponseStatus(HttpStatus.CREATED)
	CampaignView open(@RequestBody @Valid OpenCampaign request) {
		return views.campaign(campaigns.open(request.districtCode(), request.year(), CurrentUser.get()));
	}

	@Access(lines = BusinessLine.CEMETERY,
			roles = { Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR })
	@GetMapping("/api/cemetery/campaigns")
	List<CampaignView> list(@RequestParam(required = false) Integer year) {
		return views.campaigns(CurrentUser.get(), year);
	}

	@Access(lines = BusinessLine.CEMETERY,
			roles = { Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR },
			target = "cemetery-campaign:campaignNo")
	@GetMapping("/api/cemetery/campaigns/{campaignNo}")
	CampaignBoard.Board board(@PathVariable String campaignNo) {
		return board.board(campaignNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.CEMETERY,
			roles = { Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR })
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
	record OpenCampaign(@Size(max = 20) String districtCode, Integer year) {
	}

}
