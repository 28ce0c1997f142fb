/**
 * Material attached to a case (scans of ID cards, hukou books, income proofs): type
 * checked by content, size-limited, stored with the case in the database and audited.
 */
package org.minzheng.flow.attachment;
