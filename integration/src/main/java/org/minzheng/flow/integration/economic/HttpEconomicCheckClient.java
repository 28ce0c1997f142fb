package org.minzheng.flow.integration.economic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.flow.integration.Masking;
import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.RegistryHttpSupport;
import org.minzheng.flow.integration.economic.EconomicCheckWire.CheckBody;
import org.minzheng.flow.integration.economic.EconomicCheckWire.FindingBody;
import org.minzheng.flow.integration.economic.EconomicCheckWire.ReceiptBody;
import org.minzheng.flow.integration.economic.EconomicCheckWire.SubmitBody;

/**
 * {@link EconomicCheckClient} over the centre's JSON API (contract in
 * {@code EconomicCheckWire}).
 *
 * <p>
 * The client does not retry by itself: a retryable failure is thrown to the calling job,
 * whose retry cycle is the backoff. Retrying here as well would multiply the waiting
 * inside one job execution and could outlast the job's lock.
 */
public final class HttpEconomicCheckClient implements EconomicCheckClient {

	/** Registry name in exceptions and logs. */
	public static final String REGISTRY = "economic-check";

	private final RegistryHttpSupport http;

	public HttpEconomicCheckClient(RegistryEndpoint endpoint) {
		this.http = new RegistryHttpSupport(REGISTRY, endpoint);
	}

	@Override
	public EconomicCheckReceipt submit(EconomicCheckRequest request) {
		String operation = "submit check for " + request.applicationNo();
		var response = http.post(operation, EconomicCheckWire.CHECKS_PATH, request.idempotencyKey(),
				SubmitBody.of(request));
		ReceiptBody body = http.read(operation, response, ReceiptBody.class);
		// An absent duplicate flag means a new request: claiming a duplicate we cannot
		// vouch for is worse.
		return new EconomicCheckReceipt(http.require(operation, body.requestId(), "requestId"),
				http.require(operation, body.acceptedAt(), "acceptedAt"), Boolean.TRUE.equals(body.duplicate()));
	}

	@Override
	public Optional<EconomicCheckResult> fetchResult(String requestId) {
		String operation = "fetch check " + requestId;
		var response = http.get(operation,
				EconomicCheckWire.CHECKS_PATH + "/" + RegistryHttpSupport.pathSegment(requestId), null);
		CheckBody body = http.read(operation, response, CheckBody.class);
		if (!requestId.equals(http.require(operation, body.requestId(), "requestId"))) {
			throw http.protocol(operation, "answer is about another request");
		}
		String status = http.require(operation, body.status(), "status");
		return switch (status) {
			case EconomicCheckWire.PENDING -> Optional.empty();
			case EconomicCheckWire.COMPLETED -> Optional.of(toResult(operation, body));
			default -> throw http.protocol(operation, "unknown status");
		};
	}

	private EconomicCheckResult toResult(String operation, CheckBody body) {
		List<FindingBody> findings = http.require(operation, body.memberFindings(), "memberFindings");
		List<MemberFinding> members = new ArrayList<>();
		for (int i = 0; i < findings.size(); i++) {
			members.add(toFinding(operation, findings.get(i), "memberFindings[" + i + "]."));
		}
		return new EconomicCheckResult(body.requestId(), http.require(operation, body.applicationNo(), "applicationNo"),
				http.require(operation, body.outcome(), "outcome"), members,
				http.require(operation, body.completedAt(), "completedAt"));
	}

	private MemberFinding toFinding(String operation, FindingBody finding, String prefix) {
		if (finding == null) {
			throw http.protocol(operation, "response has an empty member finding");
		}
		String idNumber = http.require(operation, finding.idNumber(), prefix + "idNumber");
		String member = operation + " (member " + Masking.idNumber(idNumber) + ")";
		return new MemberFinding(idNumber,
				http.require(member, finding.monthlyIncomeFen(), prefix + "monthlyIncomeFen"),
				http.require(member, finding.realEstateCount(), prefix + "realEstateCount"),
				http.require(member, finding.vehicleCount(), prefix + "vehicleCount"),
				http.require(member, finding.companyShareholder(), prefix + "companyShareholder"));
	}

}
