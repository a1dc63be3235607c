package dev.bulkhead.reference;

/**
 * The instance type a pricing profile prices nodes as when they run a sandbox runtime that needs hardware
 * virtualisation the general-purpose sizes do not offer (Kata or Firecracker need {@code /dev/kvm}).
 *
 * @param type an instance type the profile lists
 * @param why  what the provider requires, with its source
 */
public record SandboxNode(String type, String why) {
}
