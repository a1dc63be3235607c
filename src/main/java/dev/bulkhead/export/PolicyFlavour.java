package dev.bulkhead.export;

/**
 * How egress to host names is written. Kubernetes NetworkPolicy has no host names, so there a host can only
 * mean "the public internet on that port". Cilium's CiliumNetworkPolicy can name the host itself
 * ({@code toFQDNs}, enforced on the addresses its DNS proxy saw returned for that name). Calico's domain
 * policy is a Calico Enterprise / Calico Cloud feature that Calico Open Source ignores, so it is not offered.
 */
public enum PolicyFlavour {
    /** NetworkPolicy only: a host name is the public internet on its port (private ranges excluded). */
    KUBERNETES,
    /** NetworkPolicy, plus a CiliumNetworkPolicy with {@code toFQDNs} wherever the model names hosts. */
    CILIUM
}
