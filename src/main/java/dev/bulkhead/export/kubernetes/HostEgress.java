package dev.bulkhead.export.kubernetes;

import dev.bulkhead.model.ElementId;

/**
 * Egress the model allows to a host by name that the export's NetworkPolicy opens to every public address on the
 * port, since NetworkPolicy cannot name a host (a CiliumNetworkPolicy can: {@code --network-policy cilium}, where the
 * CNI is Cilium). Kept whole so that the export's README and the proposal report can say what the export opens wider
 * than the model draws, and how to narrow it (review R12h: the bank's card-network flow and the agents' API allow-list
 * were listed nowhere as open to the internet).
 *
 * @param from      the connection's source, or the agent whose egress allow-list names the host
 * @param to        the endpoint the connection goes to, or null for a host in an agent's egress allow-list
 * @param host      the host name meant
 * @param port      the port the policy opens, as the model labels ports ("443/TCP")
 * @param namespace the namespace whose egress policy opens it
 * @param what      what in the model names the host, for the README ("connection 'llm' to OpenAI API", "the egress
 *                  allow-list of agent 'tutor'")
 * @param onGke     whether the namespace is on GKE, whose Dataplane V2 takes no CiliumNetworkPolicy (review R12i: the
 *                  bank's clusters are GKE, and the advice to export with Cilium's policies could not be followed there)
 */
public record HostEgress(ElementId from, ElementId to, String host, String port, String namespace, String what, boolean onGke) {
    /** The port an egress allow-list's host names are opened on: HTTPS. */
    static final String ALLOW_LIST_PORT = "443/TCP";

    /** Whether the host comes from an agent's egress allow-list (else from a connection to an endpoint). */
    public boolean fromAllowList() {
        return to == null;
    }

    /** What to change so that the export names the host, or a range, instead of every public address. */
    public String narrowing() {
        String range = fromAllowList() ? "put the host's address range in the agent's egress allow-list instead of its name"
                : "set the endpoint's address range in the model";
        return range + (onGke ? " (GKE's Dataplane V2 takes no CiliumNetworkPolicy; GKE's own FQDNNetworkPolicy, with GKE "
                + "Enterprise, can name the host, and this export does not write it)"
                : ", or export with --network-policy cilium, which names the host");
    }

    /** The line the export's README lists it with. */
    public String readmeLine() {
        return "`" + namespace + "`: " + what + ": " + host + " is allowed as any public address on " + port + "; to narrow it, "
                + narrowing();
    }
}
