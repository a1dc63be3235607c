package dev.bulkhead.reference;

/**
 * How a pricing profile prices the nodes that run a sandbox runtime apart from the general pool: as an
 * instance type of their own when the general sizes cannot run it (Kata or Firecracker need
 * {@code /dev/kvm}), or as a pool of the general pool's type when the provider runs the runtime only on pools
 * set aside for it (GKE Sandbox taints its gVisor nodes).
 *
 * @param type an instance type the profile lists, or null for nodes of the general pool's own type
 * @param why  what the provider requires, with its source
 */
public record SandboxNode(String type, String why) {
    /** Whether these nodes are the general pool's type in a pool of their own, rather than a type of their own. */
    public boolean samePoolType() {
        return type == null;
    }
}
