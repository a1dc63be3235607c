package dev.bulkhead.export.kubernetes;

import dev.bulkhead.model.ElementId;

/**
 * One end of a modelled connection that no NetworkPolicy rule could express: the namespace's default deny then
 * blocks it. Kept whole (not as the README's line) so the proposal report can say which flow it is, from its own
 * elements' names.
 *
 * @param namespace  the namespace whose policy has no rule for it
 * @param outgoing   whether the missing rule is the namespace's egress (else its ingress)
 * @param reason     why no rule could be written, naming the peer and what to add to the model
 */
public record UnwrittenConnection(ElementId from, ElementId to, String connection, String port, String namespace,
                                  boolean outgoing, String reason) {
    /** The line the export's README lists it with. */
    public String readmeLine() {
        return "`" + namespace + "`: " + connection + " (" + port + ") " + (outgoing ? "out" : "in") + ": " + reason;
    }
}
