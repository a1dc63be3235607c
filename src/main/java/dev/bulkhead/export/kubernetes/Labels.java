package dev.bulkhead.export.kubernetes;

/** Label and annotation keys Bulkhead puts on what it exports. */
final class Labels {
    static final String TENANT = "bulkhead.dev/tenant";
    static final String ENVIRONMENT = "bulkhead.dev/environment";
    static final String TENANCY = "bulkhead.dev/tenancy";
    static final String AGENT = "bulkhead.dev/agent";
    static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    static final String NAMESPACE_NAME = "kubernetes.io/metadata.name";
    static final String DESTINATION = "bulkhead.dev/destination";
    static final String MAX_CONCURRENT = "bulkhead.dev/max-concurrent-sandboxes";

    private Labels() {
    }
}
