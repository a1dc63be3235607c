package dev.bulkhead.export.terraform;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.LimitRangeItem;
import io.fabric8.kubernetes.api.model.LimitRangeSpec;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceSpec;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ResourceQuotaSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The fabric8 objects of a tenant's namespace (namespace, quota, limit range, service account, role, binding,
 * NetworkPolicy, and object metadata) read field by field into the HCL values {@link HclValues#viaJackson} makes of
 * them, without serialising them into a Jackson tree first. It follows what fabric8's Jackson annotations say for
 * model 7.4: fields in each class's {@code @JsonPropertyOrder}, nulls left out, and empty lists and maps left out
 * (every list and map of these classes is {@code NON_EMPTY}). A field it does not write (a status, owner
 * references, additional properties, ...) that is set makes it give up: {@link #of} returns null and the caller
 * takes the Jackson path, so an object this reader does not fully know is never written differently.
 * {@code DirectHclValuesTest} compares both paths on every object of the sample models' exports.
 */
final class DirectHclValues {
    /** Gives up on an object; never escapes {@link #of}. No stack trace: it is a branch, not an error. */
    private static final class Unknown extends RuntimeException {
        private static final Unknown INSTANCE = new Unknown();

        private Unknown() {
            super("not read directly", null, false, false);
        }
    }

    private DirectHclValues() {
    }

    /** The object as an HCL object, or null when this reader does not know everything set in it. */
    static Hcl.Obj of(Object kubernetesObject) {
        try {
            if (kubernetesObject instanceof NetworkPolicy policy) {
                return networkPolicy(policy);
            } else if (kubernetesObject instanceof Namespace namespace) {
                return namespace(namespace);
            } else if (kubernetesObject instanceof ResourceQuota quota) {
                return resourceQuota(quota);
            } else if (kubernetesObject instanceof LimitRange limits) {
                return limitRange(limits);
            } else if (kubernetesObject instanceof ServiceAccount account) {
                return serviceAccount(account);
            } else if (kubernetesObject instanceof Role role) {
                return role(role);
            } else if (kubernetesObject instanceof RoleBinding binding) {
                return roleBinding(binding);
            } else if (kubernetesObject instanceof ObjectMeta metadata) {
                return metadata(metadata);
            }
            return null;
        } catch (Unknown unknown) {
            return null;
        }
    }

    private static Hcl.Obj namespace(Namespace namespace) {
        noExtras(namespace.getAdditionalProperties());
        absent(namespace.getStatus());
        Hcl.Obj out = withMetadata(namespace.getMetadata());
        NamespaceSpec spec = namespace.getSpec();
        if (spec != null) {
            noExtras(spec.getAdditionalProperties());
            out.put("spec", strings(new Hcl.Obj(), "finalizers", spec.getFinalizers()));
        }
        return out;
    }

    private static Hcl.Obj resourceQuota(ResourceQuota quota) {
        noExtras(quota.getAdditionalProperties());
        absent(quota.getStatus());
        Hcl.Obj out = withMetadata(quota.getMetadata());
        ResourceQuotaSpec spec = quota.getSpec();
        if (spec != null) {
            noExtras(spec.getAdditionalProperties());
            absent(spec.getScopeSelector());
            Hcl.Obj specOut = quantities(new Hcl.Obj(), "hard", spec.getHard());
            out.put("spec", strings(specOut, "scopes", spec.getScopes()));
        }
        return out;
    }

    private static Hcl.Obj limitRange(LimitRange limits) {
        noExtras(limits.getAdditionalProperties());
        Hcl.Obj out = withMetadata(limits.getMetadata());
        LimitRangeSpec spec = limits.getSpec();
        if (spec != null) {
            noExtras(spec.getAdditionalProperties());
            out.put("spec", objects(new Hcl.Obj(), "limits", spec.getLimits(), DirectHclValues::limit));
        }
        return out;
    }

    private static Hcl.Obj limit(LimitRangeItem item) {
        noExtras(item.getAdditionalProperties());
        Hcl.Obj out = new Hcl.Obj();
        quantities(out, "default", item.getDefault());
        quantities(out, "default_request", item.getDefaultRequest());
        quantities(out, "max", item.getMax());
        quantities(out, "max_limit_request_ratio", item.getMaxLimitRequestRatio());
        quantities(out, "min", item.getMin());
        return string(out, "type", item.getType());
    }

    private static Hcl.Obj serviceAccount(ServiceAccount account) {
        noExtras(account.getAdditionalProperties());
        none(account.getImagePullSecrets());
        none(account.getSecrets());
        Hcl.Obj out = withMetadata(account.getMetadata());
        if (account.getAutomountServiceAccountToken() != null) {
            out.put("automount_service_account_token", Hcl.bool(account.getAutomountServiceAccountToken()));
        }
        return out;
    }

    private static Hcl.Obj role(Role role) {
        noExtras(role.getAdditionalProperties());
        return objects(withMetadata(role.getMetadata()), "rules", role.getRules(), DirectHclValues::rule);
    }

    private static Hcl.Obj rule(PolicyRule rule) {
        noExtras(rule.getAdditionalProperties());
        Hcl.Obj out = strings(new Hcl.Obj(), "api_groups", rule.getApiGroups());
        // Jackson's field is nonResourceURLs; snake-cased letter by letter, as HclValues does.
        strings(out, HclValues.snakeCase("nonResourceURLs"), rule.getNonResourceURLs());
        strings(out, "resource_names", rule.getResourceNames());
        strings(out, "resources", rule.getResources());
        return strings(out, "verbs", rule.getVerbs());
    }

    private static Hcl.Obj roleBinding(RoleBinding binding) {
        noExtras(binding.getAdditionalProperties());
        Hcl.Obj out = withMetadata(binding.getMetadata());
        RoleRef ref = binding.getRoleRef();
        if (ref != null) {
            noExtras(ref.getAdditionalProperties());
            Hcl.Obj refOut = string(new Hcl.Obj(), "kind", ref.getKind());
            string(refOut, "api_group", ref.getApiGroup());
            out.put("role_ref", string(refOut, "name", ref.getName()));
        }
        return objects(out, "subjects", binding.getSubjects(), DirectHclValues::subject);
    }

    private static Hcl.Obj subject(Subject subject) {
        noExtras(subject.getAdditionalProperties());
        Hcl.Obj out = string(new Hcl.Obj(), "kind", subject.getKind());
        string(out, "api_group", subject.getApiGroup());
        string(out, "name", subject.getName());
        return string(out, "namespace", subject.getNamespace());
    }

    private static Hcl.Obj networkPolicy(NetworkPolicy policy) {
        noExtras(policy.getAdditionalProperties());
        Hcl.Obj out = withMetadata(policy.getMetadata());
        NetworkPolicySpec spec = policy.getSpec();
        if (spec != null) {
            noExtras(spec.getAdditionalProperties());
            Hcl.Obj specOut = objects(new Hcl.Obj(), "egress", spec.getEgress(), DirectHclValues::egress);
            objects(specOut, "ingress", spec.getIngress(), DirectHclValues::ingress);
            selector(specOut, "pod_selector", spec.getPodSelector());
            out.put("spec", strings(specOut, "policy_types", spec.getPolicyTypes()));
        }
        return out;
    }

    private static Hcl.Obj egress(NetworkPolicyEgressRule rule) {
        noExtras(rule.getAdditionalProperties());
        Hcl.Obj out = objects(new Hcl.Obj(), "ports", rule.getPorts(), DirectHclValues::port);
        return objects(out, "to", rule.getTo(), DirectHclValues::peer);
    }

    private static Hcl.Obj ingress(NetworkPolicyIngressRule rule) {
        noExtras(rule.getAdditionalProperties());
        Hcl.Obj out = objects(new Hcl.Obj(), "from", rule.getFrom(), DirectHclValues::peer);
        return objects(out, "ports", rule.getPorts(), DirectHclValues::port);
    }

    private static Hcl.Obj peer(NetworkPolicyPeer peer) {
        noExtras(peer.getAdditionalProperties());
        Hcl.Obj out = new Hcl.Obj();
        IPBlock block = peer.getIpBlock();
        if (block != null) {
            noExtras(block.getAdditionalProperties());
            Hcl.Obj blockOut = string(new Hcl.Obj(), "cidr", block.getCidr());
            out.put("ip_block", strings(blockOut, "except", block.getExcept()));
        }
        selector(out, "namespace_selector", peer.getNamespaceSelector());
        return selector(out, "pod_selector", peer.getPodSelector());
    }

    private static Hcl.Obj port(NetworkPolicyPort port) {
        noExtras(port.getAdditionalProperties());
        Hcl.Obj out = new Hcl.Obj();
        if (port.getEndPort() != null) {
            out.put("end_port", Hcl.number(port.getEndPort()));
        }
        IntOrString value = port.getPort();
        if (value != null) {
            // IntOrString is written as its value: a JSON number (HclValues writes it bare) or a string.
            if (value.getValue() instanceof Integer number) {
                out.put("port", Hcl.number(number));
            } else if (value.getValue() instanceof String text) {
                out.put("port", text);
            } else {
                throw Unknown.INSTANCE;
            }
        }
        return string(out, "protocol", port.getProtocol());
    }

    private static Hcl.Obj selector(Hcl.Obj out, String key, LabelSelector selector) {
        if (selector == null) {
            return out;
        }
        noExtras(selector.getAdditionalProperties());
        Hcl.Obj selectorOut = objects(new Hcl.Obj(), "match_expressions", selector.getMatchExpressions(),
                DirectHclValues::requirement);
        return out.put(key, stringMap(selectorOut, "match_labels", selector.getMatchLabels()));
    }

    private static Hcl.Obj requirement(LabelSelectorRequirement requirement) {
        noExtras(requirement.getAdditionalProperties());
        Hcl.Obj out = string(new Hcl.Obj(), "key", requirement.getKey());
        string(out, "operator", requirement.getOperator());
        return strings(out, "values", requirement.getValues());
    }

    /** A new object with the metadata, the first field after apiVersion and kind in every top-level class. */
    private static Hcl.Obj withMetadata(ObjectMeta metadata) {
        Hcl.Obj out = new Hcl.Obj();
        if (metadata != null) {
            out.put("metadata", metadata(metadata));
        }
        return out;
    }

    private static Hcl.Obj metadata(ObjectMeta metadata) {
        noExtras(metadata.getAdditionalProperties());
        absent(metadata.getCreationTimestamp());
        absent(metadata.getDeletionGracePeriodSeconds());
        absent(metadata.getDeletionTimestamp());
        absent(metadata.getGeneration());
        none(metadata.getManagedFields());
        none(metadata.getOwnerReferences());
        Hcl.Obj out = stringMap(new Hcl.Obj(), "annotations", metadata.getAnnotations());
        strings(out, "finalizers", metadata.getFinalizers());
        string(out, "generate_name", metadata.getGenerateName());
        stringMap(out, "labels", metadata.getLabels());
        string(out, "name", metadata.getName());
        string(out, "namespace", metadata.getNamespace());
        string(out, "resource_version", metadata.getResourceVersion());
        string(out, "self_link", metadata.getSelfLink());
        return string(out, "uid", metadata.getUid());
    }

    private static Hcl.Obj string(Hcl.Obj out, String key, String value) {
        return value == null ? out : out.put(key, value);
    }

    private static Hcl.Obj strings(Hcl.Obj out, String key, List<String> values) {
        if (values == null || values.isEmpty()) {
            return out;
        }
        List<Hcl.Value> items = new ArrayList<>(values.size());
        for (String value : values) {
            if (value == null) {
                throw Unknown.INSTANCE;
            }
            items.add(Hcl.str(value));
        }
        return out.put(key, Hcl.list(items));
    }

    private static <T> Hcl.Obj objects(Hcl.Obj out, String key, List<T> values, Function<T, Hcl.Obj> each) {
        if (values == null || values.isEmpty()) {
            return out;
        }
        List<Hcl.Value> items = new ArrayList<>(values.size());
        for (T value : values) {
            if (value == null) {
                throw Unknown.INSTANCE;
            }
            items.add(each.apply(value));
        }
        return out.put(key, Hcl.list(items));
    }

    /** A label or annotation map, sorted by key as {@link HclValues} sorts it. */
    private static Hcl.Obj stringMap(Hcl.Obj out, String key, Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return out;
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        values.forEach((name, value) -> sorted.put(name, required(value)));
        return out.put(key, Hcl.stringMap(sorted));
    }

    /** Quantities by resource name, each written as Quantity's serializer does: amount then format. */
    private static Hcl.Obj quantities(Hcl.Obj out, String key, Map<String, Quantity> values) {
        if (values == null || values.isEmpty()) {
            return out;
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        values.forEach((name, quantity) -> {
            Quantity value = required(quantity);
            String amount = value.getAmount() == null ? "" : value.getAmount();
            sorted.put(name, value.getFormat() == null ? amount : amount + value.getFormat());
        });
        return out.put(key, Hcl.stringMap(sorted));
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw Unknown.INSTANCE;
        }
        return value;
    }

    private static void absent(Object value) {
        if (value != null) {
            throw Unknown.INSTANCE;
        }
    }

    private static void none(List<?> values) {
        if (values != null && !values.isEmpty()) {
            throw Unknown.INSTANCE;
        }
    }

    private static void noExtras(Map<String, Object> additionalProperties) {
        if (additionalProperties != null && !additionalProperties.isEmpty()) {
            throw Unknown.INSTANCE;
        }
    }
}
