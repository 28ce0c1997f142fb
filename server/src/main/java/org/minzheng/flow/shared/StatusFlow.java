package org.minzheng.flow.shared;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A case status whose allowed moves are declared by the enum itself ({@link #canMoveTo})
 * and checked in one place ({@link #moveTo}): every change of a stored status goes
 * through {@code from.moveTo(to)} before the compare-and-set update that records it.
 *
 * @param <S> the status enum
 */
public interface StatusFlow<S extends Enum<S> & StatusFlow<S>> {

	/**
	 * Code of the 409 refusal when a case is asked to move where its status does not
	 * allow.
	 */
	String TRANSITION_INVALID = "STATUS_TRANSITION_INVALID";

	/** Whether this status may be followed by {@code next}. */
	boolean canMoveTo(S next);

	/**
	 * The status after a move to {@code next}.
	 * @throws ApiException 409 {@value #TRANSITION_INVALID} when the move is not allowed
	 */
	@SuppressWarnings("unchecked")
	default S moveTo(S next) {
		if (!canMoveTo(next)) {
			throw new ApiException(HttpStatus.CONFLICT, TRANSITION_INVALID, "案件状态已变化，不能从 {0} 变为 {1}，请刷新",
					Map.of("from", String.valueOf(this), "to", String.valueOf(next)), this, next);
		}
		return next;
	}

}
