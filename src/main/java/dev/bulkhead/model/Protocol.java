package dev.bulkhead.model;

/** Transport protocol of an allowed connection, as Kubernetes NetworkPolicy names them. */
public enum Protocol {
    TCP, UDP, SCTP
}
