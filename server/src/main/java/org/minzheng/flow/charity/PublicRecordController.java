package org.minzheng.flow.charity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

import org.minzheng.flow.security.Access;
import org.minzheng.flow.shared.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published charity records: read and verified by anyone without signing in (GET,
 * like the lottery's public queue; see {@code SecurityConfig}); a copy someone holds is
 * checked by a signed-in user (POST).
 */
@RestController
class PublicRecordController {

	static final int LATEST = 100;

	private final PublicRecords records;

	private final CharityViews views;

	PublicRecordController(PublicRecords records, CharityViews views) {
		this.records = records;
		this.views = views;
	}

	@Access(anonymous = true)
	@GetMapping("/api/public/charity/records")
	List<PublicRecordView> latest() {
		return views.latestRecords(LATEST);
	}

	@Access(anonymous = true)
	@GetMapping("/api/public/charity/records/{recordNo}")
	CharityViews.RecordPage record(@PathVariable String recordNo) {
		return views.record(recordNo);
	}

	@Access(anonymous = true)
	@GetMapping("/api/public/charity/records/{recordNo}/verification")
	PublicRecords.Verification verify(@PathVariable String recordNo) {
		return records.verify(recordNo, null);
	}

	@Access(readOnlyMayCall = true)
	@PostMapping("/api/charity/records/{recordNo}/verification")
	PublicRecords.Verification verifyCopy(@PathVariable String recordNo, @RequestBody @Valid CopyToVerify copy) {
		if (copy == null || copy.content() == null || copy.content().isEmpty()) {
			throw ApiException.badRequest("FIELD_REQUIRED", "content", "请提供要核验的公开内容");
		}
		return records.verify(recordNo, copy.content());
	}

	/** A copy of a record's content to check. */
	record CopyToVerify(@Size(max = 50) Map<@Size(max = 100) String, @Size(max = 5000) String> content) {
	}

}
