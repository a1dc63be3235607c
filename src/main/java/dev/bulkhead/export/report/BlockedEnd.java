package dev.bulkhead.export.report;

import java.util.List;

/**
 * One connection end the report's planned export writes no network policy rule for, so that the namespace at that
 * end would deny the flow.
 *
 * @param environment the environment of the namespace with no rule ("" when it has none)
 * @param from        the connection's source as the report tells it apart ("prod / checkout")
 * @param to          its destination
 * @param outgoing    whether the missing rule is the source's egress rule (else the destination's ingress rule)
 * @param reason      why the export could not write it, naming what to add to the model
 */
public record BlockedEnd(String environment, String from, String to, String connection, String port, String namespace,
                         boolean outgoing, String reason) {
    /** The columns of {@link #row()}, the header of the file beside a report that lists only the first ends. */
    static final List<String> COLUMNS = List.of("Environment", "From", "To", "Connection", "Port", "Namespace", "Direction", "Why");

    /** The end as the report lists it: the flow, then why. */
    public String line() {
        return from + " → " + to + ", " + connection + " (" + port + "): no rule lets it " + (outgoing ? "out of " : "into ")
                + "namespace " + namespace + ", because " + reason + ".";
    }

    /** The end as a row of {@link #COLUMNS}; its direction "out" or "in" of its namespace, as the export's README says. */
    List<String> row() {
        return List.of(environment, from, to, connection, port, namespace, outgoing ? "out" : "in", reason);
    }
}
