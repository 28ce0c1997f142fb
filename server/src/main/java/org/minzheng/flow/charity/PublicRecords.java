package org.minzheng.flow.charity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minzheng.flow.audit.AuditEventView;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.audit.AuditVerification;
import org.minzheng.flow.audit.AuditVerifier;
import org.minzheng.flow.shared.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes filings and decisions as public records and makes them tamper-evident: the
 * SHA-256 of a record's canonical content is written into the audit chain in the same
 * transaction, and {@link #verify} checks a record (the stored one or a copy someone
 * holds) against the chain.
 * <p>
 * Canonical content: a JSON object of text fields only (fields without a value are left
 * out, so a copy with or without them is the same), keys in ascending order, no
 * whitespace outside strings, no escaping beyond JSON's own, UTF-8. {@code content_hash}
 * is the lowercase hex SHA-256 of those bytes. The audit row ({@value #AUDIT_ACTION},
 * case = the record number) holds the hash in groups of four separated by colons, so that
 * the audit trail's masking of ID and mobile numbers can never touch it.
 */
@Service
public class PublicRecords {

	static final String AUDIT_ACTION = "CHARITY_RECORD_PUBLISHED";

	private static final String HASH_PREFIX = "内容 SHA-256 ";

	private static final Logger log = LoggerFactory.getLogger(PublicRecords.class);

	private static final ObjectMapper CANONICAL = new ObjectMapper();

	private final CharityMapper charities;

	private final AuditTrail audit;

	private final AuditVerifier verifier;

	private final Clock clock;

	PublicRecords(CharityMapper charities, AuditTrail audit, AuditVerifier verifier, Clock clock) {
		this.charities = charities;
		this.audit = audit;
		this.verifier = verifier;
		this.clock = clock;
	}

	/**
	 * Publishes a record of the case (numbered {@code <case>-P<n>}) and writes its hash
	 * to the audit chain, in the caller's transaction.
	 */
	@Transactional
	public PublicRecord publish(String recordType, String caseRef, String registrarCode, String title,
			Map<String, String> content) {
		String canonical = canonical(content);
		String hash = sha256(canonical);
		String recordNo = caseRef + "-P" + (charities.countRecordsOf(caseRef) + 1);
		PublicRecord record = new PublicRecord(0, recordNo, recordType, caseRef, registrarCode, title, canonical, hash,
				clock.instant());
		charities.insertRecord(record);
		audit.recordSystem(registrarCode, recordNo, AUDIT_ACTION, "公开 " + title + "；" + HASH_PREFIX + grouped(hash),
				null);
		log.info("[{}] published {} as {} ({})", caseRef, recordType, recordNo, hash);
		return charities.record(recordNo);
	}

	/** A published record, or 404. */
	@Transactional(readOnly = true)
	public PublicRecord find(String recordNo) {
		return Optional.ofNullable(charities.record(recordNo))
			.orElseThrow(() -> ApiException.notFound("RECORD_NOT_FOUND", "公开记录不存在"));
	}

	@Transactional(readOnly = true)
	public List<PublicRecord> latest(int limit) {
		return charities.latestRecords(limit);
	}

	@Transactional(readOnly = true)
	public List<PublicRecord> of(String caseRef) {
		return charities.recordsOf(caseRef);
	}

	/**
	 * Checks a record against the audit chain: the hash of the content (the stored
	 * content, or {@code copy} when given) must be the hash the chain recorded when the
	 * record was published, and the chain from that row to its head must be intact.
	 * @param recordNo the record
	 * @param copy a copy of its content someone holds, or {@code null} for the stored one
	 */
	@Transactional(readOnly = true)
	public Verification verify(String recordNo, Map<String, String> copy) {
		PublicRecord record = find(recordNo);
		String content = copy == null ? record.content() : canonical(copy);
		String hash = sha256(content);
		AuditEventView published = audit.forCase(recordNo)
			.stream()
			.filter(e -> AUDIT_ACTION.equals(e.action()))
			.findFirst()
			.orElse(null);
		if (published == null) {
			return new Verification(recordNo, false, hash, null, null, "NOT_IN_AUDIT_CHAIN", "审计链中没有该记录的公开");
		}
		String chained = hashIn(published.summary());
		AuditVerification chain = verifier.verifyFrom(published.id());
		if (!chain.intact()) {
			return new Verification(recordNo, false, hash, chained, published.id(), "AUDIT_CHAIN_BROKEN",
					"审计链自公开之后被改动（" + chain.problem() + "）");
		}
		if (!hash.equals(chained)) {
			return new Verification(recordNo, false, hash, chained, published.id(), "CONTENT_MISMATCH",
					"内容与公开时记入审计链的哈希不符（被改动过）");
		}
		return new Verification(recordNo, true, hash, chained, published.id(), null, "内容与审计链记录一致，未被改动");
	}

	/** The record's content as a map, for display and for a copy to check. */
	static Map<String, String> contentOf(PublicRecord record) {
		try {
			return CANONICAL.readValue(record.content(), new TypeReference<Map<String, String>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored content of " + record.recordNo() + " is not JSON", ex);
		}
	}

	static String canonical(Map<String, String> content) {
		try {
			Map<String, String> sorted = new TreeMap<>();
			content.forEach((key, value) -> {
				if (value != null) {
					sorted.put(key, value);
				}
			});
			return CANONICAL.writeValueAsString(sorted);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(String canonical) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	static String grouped(String hash) {
		StringBuilder out = new StringBuilder(80);
		for (int i = 0; i < hash.length(); i += 4) {
			out.append(i == 0 ? "" : ":").append(hash, i, i + 4);
		}
		return out.toString();
	}

	private static String hashIn(String summary) {
		int at = summary == null ? -1 : summary.indexOf(HASH_PREFIX);
		return at < 0 ? null : summary.substring(at + HASH_PREFIX.length()).replace(":", "").strip();
	}

	/**
	 * The outcome of checking a record.
	 *
	 * @param recordNo the record
	 * @param verified whether the content is what was published and the chain is intact
	 * @param contentHash SHA-256 of the content checked
	 * @param chainedHash SHA-256 the audit chain holds for it
	 * @param auditEventId the audit row that holds it
	 * @param problem {@code NOT_IN_AUDIT_CHAIN}, {@code AUDIT_CHAIN_BROKEN},
	 * {@code CONTENT_MISMATCH}, or {@code null}
	 * @param message what it means, in Chinese
	 */
	public record Verification(String recordNo, boolean verified, String contentHash, String chainedHash,
			Long auditEventId, String problem, String message) {
	}

}
