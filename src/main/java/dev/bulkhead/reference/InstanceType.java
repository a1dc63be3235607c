package dev.bulkhead.reference;

/**
 * A node size a pricing profile has a price for.
 *
 * @param architecture CPU architecture ({@code x86_64} or {@code arm64}), or null when not stated
 * @param family       what the provider sells the size as ({@code general-purpose}, {@code cost-optimized},
 *                     {@code bare-metal}, ...), or null when not stated
 * @param enis         network interfaces an EC2 type attaches (Amazon VPC CNI max-pods formula), or null
 * @param ipv4PerEni   IPv4 addresses per network interface (same formula), or null
 * @param about        where the architecture, family and interface figures come from, or null
 */
public record InstanceType(String type, double vcpu, double memoryGiB, Sourced hourly, String architecture, String family,
                           Integer enis, Integer ipv4PerEni, String about) {
    /** A size with a price and nothing else known about it. */
    public InstanceType(String type, double vcpu, double memoryGiB, Sourced hourly) {
        this(type, vcpu, memoryGiB, hourly, null, null, null, null, null);
    }

    /**
     * Pods the Amazon VPC CNI lets a node of this type run in secondary-IP mode: {@code ENIs × (IPv4 per ENI − 1) + 2}
     * (the first address of each interface is the node's own; the 2 are the host-network aws-node and kube-proxy
     * pods). Source: awslabs/amazon-eks-ami nodeadm eni_max_pods.go, cost-isolation-data.md §10a. Empty when the
     * interface figures are not listed.
     */
    public java.util.OptionalInt vpcCniMaxPods() {
        return enis == null || ipv4PerEni == null ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(enis * (ipv4PerEni - 1) + 2);
    }
}
