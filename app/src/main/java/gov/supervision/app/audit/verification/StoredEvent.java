package gov.supervision.app.audit.verification;

import gov.supervision.app.audit.chain.EventContent;

/**
 * One row of the event table as stored: what its hash covers, and the hash stored in its metadata.
 *
 * @param chainHash {@code null} when the row's metadata holds none
 */
record StoredEvent(EventContent content, String chainHash) {

    long sequence() {
        return content.sequenceNumber();
    }
}
