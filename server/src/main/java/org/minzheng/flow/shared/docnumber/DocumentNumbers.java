package org.minzheng.flow.shared.docnumber;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives document numbers such as 深民慈〔2026〕3号: the issuing unit's abbreviation, the kind's
 * mark, the year and the next number of the unit's yearly sequence for that kind. The
 * number is taken in the caller's transaction, under the lock of the sequence's row: a
 * concurrent caller waits until this one commits (so numbers follow commit order), and a
 * rollback gives the number back, so the sequence has no gaps.
 */
@Service
public class DocumentNumbers {

	private final DocumentNumberMapper mapper;

	private final TransactionTemplate newTransaction;

	DocumentNumbers(DocumentNumberMapper mapper, PlatformTransactionManager transactions) {
		this.mapper = mapper;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The next number of {@code kind} at {@code unitCode} for {@code year}, formatted.
	 * @param unitCode the issuing org unit (it must have an abbreviation)
	 * @param kind the kind of document, as its mark in the number (e.g. 慈 for charity
	 * decisions, 募 for public-fundraising qualifications)
	 * @param year the year of the document
	 * @throws IllegalStateException when the unit has no abbreviation (a configuration
	 * fault: the migration lists every issuing unit)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String next(String unitCode, String kind, int year) {
		String abbreviation = this.mapper.abbreviation(unitCode);
		if (abbreviation == null) {
			throw new IllegalStateException("no document-number abbreviation for unit " + unitCode);
		}
		return format(abbreviation, kind, year, take(unitCode, kind, year));
	}

	/** 深民慈〔2026〕3号. */
	static String format(String abbreviation, String kind, int year, int number) {
		return abbreviation + kind + "〔" + year + "〕" + number + "号";
	}

	private int take(String unitCode, String kind, int year) {
		if (this.mapper.next(unitCode, kind, year) == 0) {
			// the year's first number: create the row in its own short transaction, so
			// that
			// a concurrent first caller's duplicate key spoils neither transaction
			try {
				this.newTransaction.executeWithoutResult(status -> this.mapper.start(unitCode, kind, year));
			}
			catch (DuplicateKeyException alreadyStarted) {
				// another caller created it first: take the next number of that row
			}
			if (this.mapper.next(unitCode, kind, year) == 0) {
				throw new IllegalStateException("document-number sequence " + unitCode + "/" + kind + "/" + year);
			}
		}
		return this.mapper.last(unitCode, kind, year);
	}

}
