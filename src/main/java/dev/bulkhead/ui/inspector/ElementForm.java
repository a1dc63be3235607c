package dev.bulkhead.ui.inspector;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.CodeOrigin;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.EgressMode;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.EnumNames;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Protocol;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.SupportTier;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TerraformLayout;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.reference.IsolationRubric;
import dev.bulkhead.reference.ReferenceData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;

/**
 * The inspector's rows for each kind of element, and for the model's settings: every attribute of the
 * model, grouped as the mockup groups them. Each edit becomes one named undo step through {@link Actions}.
 */
final class ElementForm {
    /** Where the form's edits go. Each throws {@link IllegalArgumentException} when the edit is refused. */
    interface Actions {
        void replace(String step, Element after);

        void moveInto(ElementId element, ElementId container);

        void settings(String step, ModelSettings after);

        /** Sets (or, when blank, removes) an element's note. */
        void note(Element element, String text);
    }

    /** A labelled editor. */
    record Row(String name, String help, Node editor) {
    }

    /** A titled group of rows. */
    record Section(String title, List<Row> rows) {
    }

    private final Model model;
    private final ReferenceData reference;
    private final Editors editors;
    private final Actions actions;

    ElementForm(Model model, ReferenceData reference, Editors editors, Actions actions) {
        this.model = model;
        this.reference = reference;
        this.editors = editors;
        this.actions = actions;
    }

    /** The element's own sections, then its note. */
    List<Section> sections(Element element) {
        List<Section> sections = new ArrayList<>(kindSections(element));
        sections.add(new Section("Note", List.of(new Row("Note", "A remark for whoever reads the design; it changes no figure "
                + "and no export, and the report lists it", editors.text(model.settings().notes().of(element.id()).orElse(""),
                        v -> actions.note(element, v))))));
        return sections;
    }

    private List<Section> kindSections(Element element) {
        if (element instanceof Environment e) {
            return environment(e);
        } else if (element instanceof Cluster c) {
            return cluster(c);
        } else if (element instanceof NodePool p) {
            return pool(p);
        } else if (element instanceof Tenant t) {
            return tenant(t);
        } else if (element instanceof Agent a) {
            return agent(a);
        } else if (element instanceof ExternalEndpoint x) {
            return endpoint(x);
        } else if (element instanceof Connection c) {
            return connection(c);
        }
        throw new IllegalArgumentException("no form for " + element.kind());
    }

    List<Section> settings(ModelSettings settings) {
        List<Row> rows = List.of(
                new Row("Name", "The model's name, shown in the title bar and reports",
                        editors.text(settings.name(), v -> actions.settings("Rename model", settings.withName(v)))),
                new Row("Description", "What the model is for; it goes into the proposal report",
                        editors.text(settings.description(), v -> actions.settings("Set model description", settings.withDescription(v)))),
                new Row("Pricing profile", "Prices every cost is computed with (see the compare view's assumptions for sources)",
                        editors.choice(ReferenceData.PROFILE_IDS, settings.pricingProfile(), this::profileLabel,
                                v -> actions.settings("Use " + profileLabel(v) + " pricing", settings.withPricingProfile(v)))),
                new Row("Namespace pattern", "How tenant namespaces are named, from {tenant}, {environment} and {cluster}",
                        editors.text(settings.namespacePattern(), v -> actions.settings("Set namespace pattern", settings.withNamespacePattern(v)))));
        return List.of(new Section("Model", rows));
    }

    private List<Section> environment(Environment e) {
        List<TenancyOption> options = new ArrayList<>(Arrays.asList(TenancyOption.values()));
        options.add(0, null);
        return List.of(
                new Section("Identity", List.of(
                        name(e),
                        new Row("Kind", "The stage this environment serves", editors.choice(List.of(EnvironmentKind.values()),
                                e.environmentKind(), ElementForm::words, v -> set(e, e.withEnvironmentKind(v), "kind"))),
                        new Row("Criticality", "How much an outage or breach here matters; sizes vCluster control planes",
                                editors.choice(List.of(Criticality.values()), e.criticality(), ElementForm::words,
                                        v -> set(e, e.withCriticality(v), "criticality"))))),
                new Section("Placement", List.of(
                        new Row("Option", "The tenancy option for the environment's tenants (a tenant may override it)",
                                editors.choice(options, e.option(), TenancyOption::labelOf,
                                        v -> set(e, e.withOption(v), "option"))),
                        new Row("Terraform layout", "A directory per environment, or workspaces sharing one backend",
                                editors.choice(List.of(TerraformLayout.values()), e.terraformLayout(), ElementForm::words,
                                        v -> set(e, e.withTerraformLayout(v), "Terraform layout"))))));
    }

    private List<Section> cluster(Cluster c) {
        return List.of(
                new Section("Identity", List.of(
                        name(c),
                        parent(c, ElementKind.ENVIRONMENT, "Environment", "The environment the cluster belongs to"))),
                new Section("Platform", List.of(
                        new Row("Provider", "Who runs the control plane; sets its price",
                                editors.choice(List.of(Provider.values()), c.provider(), Provider::label, v -> set(c, c.withProvider(v), "provider"))),
                        new Row("Region", "Cloud region, for example us-east-1", editors.text(c.region(), v -> set(c, c.withRegion(v), "region"))),
                        new Row("Support tier", "Managed control-plane tier: free, standard or extended support",
                                editors.choice(List.of(SupportTier.values()), c.supportTier(), ElementForm::words,
                                        v -> set(c, c.withSupportTier(v), "support tier"))),
                        new Row("Sandbox runtimes", "Runtimes its nodes offer; runc is always available",
                                editors.several(SandboxRuntime.class, c.sandboxRuntimes(), SandboxRuntime::label,
                                        v -> set(c, c.withSandboxRuntimes(v), "sandbox runtimes"))),
                        new Row("Default-deny network", "Tenant namespaces get a default-deny NetworkPolicy",
                                editors.check(c.networkPolicyDefaultDeny(), v -> set(c, c.withNetworkPolicyDefaultDeny(v), "default-deny"))),
                        new Row("Address range", "CIDR other clusters see its pods at (pod range or egress NAT), for "
                                + "NetworkPolicies there; empty when unknown",
                                editors.text(orEmpty(c.addressRange()), v -> set(c, c.withAddressRange(blankToNull(v)), "address range"))))));
    }

    private List<Section> pool(NodePool p) {
        List<ElementId> tenants = new ArrayList<>();
        tenants.add(null);
        model.children(p.cluster(), Tenant.class).stream().sorted(Comparator.comparing(Tenant::name))
                .forEach(t -> tenants.add(t.id()));
        return List.of(
                new Section("Identity", List.of(
                        name(p),
                        parent(p, ElementKind.CLUSTER, "Cluster", "The cluster the pool's nodes join"))),
                new Section("Nodes", List.of(
                        new Row("Instance type", "Machine type; its price comes from the pricing profile",
                                editors.text(p.instanceType(), v -> set(p, p.withInstanceType(v), "instance type"))),
                        new Row("vCPU per node", "", editors.number(p.vcpu(), v -> set(p, p.withVcpu(v), "vCPU per node"))),
                        new Row("Memory per node (GiB)", "", editors.number(p.memoryGiB(), v -> set(p, p.withMemoryGiB(v), "memory per node"))),
                        new Row("Price per node-hour", "Leave empty to take the price from the pricing profile",
                                editors.optionalNumber(p.hourlyPrice(), "from pricing profile", v -> set(p, p.withHourlyPrice(v), "price per node-hour"))),
                        new Row("Minimum nodes", "", editors.integer(p.minCount(), v -> set(p, p.withMinCount(v), "minimum nodes"))),
                        new Row("Maximum nodes", "", editors.integer(p.maxCount(), v -> set(p, p.withMaxCount(v), "maximum nodes"))))),
                new Section("Scheduling", List.of(
                        new Row("Dedicated to", "A tenant whose pods alone run here, or shared by all",
                                editors.choice(tenants, p.dedicatedTo(), id -> id == null ? "shared" : nameOf(id),
                                        v -> set(p, p.withDedicatedTo(v), "dedication"))),
                        new Row("Labels", "Node labels as key=value", editors.map(p.labels(), v -> set(p, p.withLabels(v), "labels"))),
                        new Row("Taints", "Taints in kubectl syntax, for example tenant=payments:NoSchedule",
                                editors.list(p.taints(), v -> set(p, p.withTaints(v), "taints"))))));
    }

    private List<Section> tenant(Tenant t) {
        String environment = model.environmentOf(t.id()).map(Element::name).orElse("");
        ResourceDemand demand = t.demand();
        List<Row> requirement = new ArrayList<>();
        EnvironmentKind environmentKind = model.environmentOf(t.id()).map(Environment::environmentKind).orElse(EnvironmentKind.PROD);
        IsolationRubric.EnvironmentScope scope = reference.rubric().environmentScopes().get(TenantKind.REGULATED);
        boolean regulatedByDefault = scope == null || scope.appliesIn().contains(environmentKind);
        // The defaults shown are those that apply here: a regulated tenant without regulated data in this
        // environment is held to another kind's (the rubric's environmentScope), by the analysis's own rule.
        TenantKind defaultsFrom = reference.rubric().kindHeldTo(t.tenantKind(), t.regulatedData(), environmentKind);
        Map<IsolationDimension, Integer> defaults = reference.rubric().requirements().get(defaultsFrom);
        for (IsolationDimension dimension : IsolationDimension.values()) {
            int fromKind = defaults.getOrDefault(dimension, 0);
            List<Integer> choices = new ArrayList<>(List.of(0, 1, 2, 3, 4));
            choices.add(0, null);
            requirement.add(new Row(dimension.label(), "Minimum score 0 to 4; by default what a " + defaultsFrom.label()
                    + " needs (" + fromKind + ")",
                    editors.choice(choices, t.requirementOverrides().get(dimension),
                            score -> score == null ? "≥ " + fromKind + " (kind)" : "≥ " + score,
                            v -> actions.replace("Set " + dimension.label().toLowerCase(Locale.ROOT) + " requirement of " + t.name(),
                                    t.withRequirement(dimension, v)))));
        }
        List<TenancyOption> options = new ArrayList<>(Arrays.asList(TenancyOption.values()));
        options.add(0, null);
        String inherited = model.environmentOf(t.id()).map(Environment::option)
                .map(TenancyOption::label).orElse(TenancyOption.UNDECIDED);
        return List.of(
                new Section("Identity", List.of(
                        name(t),
                        new Row("Kind", "Sets the default isolation requirement",
                                editors.choice(List.of(TenantKind.values()), t.tenantKind(), TenantKind::label,
                                        v -> actions.replace("Set kind of " + t.name(), t.withKind(v)))),
                        new Row("Owner group", "The group that owns the tenant; it gets the tenant's RBAC",
                                editors.text(t.ownerGroup(), v -> set(t, t.withOwnerGroup(v), "owner group"))))),
                new Section("Demand" + (environment.isEmpty() ? "" : " · " + environment), List.of(
                        new Row("CPU (vCPU)", "", editors.number(demand.cpu(), v -> demand(t, demand.withCpu(v)))),
                        new Row("Memory (GiB)", "", editors.number(demand.memoryGiB(), v -> demand(t, demand.withMemoryGiB(v)))),
                        new Row("Pods", "", editors.integer(demand.pods(), v -> demand(t, demand.withPods(v)))),
                        new Row("Storage (GiB)", "", editors.number(demand.storageGiB(), v -> demand(t, demand.withStorageGiB(v)))))),
                new Section("Workload", List.of(
                        new Row("Runtime", "The runtime the tenant's own pods run under; it counts in its kernel score on shared nodes",
                                editors.choice(List.of(SandboxRuntime.values()), t.runtime(), SandboxRuntime::label,
                                        v -> actions.replace("Run " + t.name() + "'s pods under " + v.label(), t.withRuntime(v)))),
                        new Row("Code origin", "Third-party code (a partner or customer deploying its own) raises the kernel "
                                + "requirement to " + reference.rubric().thirdPartyCodeKernelRequirement().score(),
                                editors.choice(List.of(CodeOrigin.values()), t.codeOrigin(), CodeOrigin::label,
                                        v -> actions.replace("Set code origin of " + t.name(), t.withCodeOrigin(v)))),
                        new Row("Regulated data here", "Whether this environment holds the tenant's regulated data; only "
                                + "a regulated tenant's requirement depends on it",
                                editors.choice(Arrays.asList(null, Boolean.TRUE, Boolean.FALSE), t.regulatedData(),
                                        v -> v == null ? "default for " + EnumNames.of(environmentKind) + " (" + (regulatedByDefault ? "yes" : "no") + ")"
                                                : v ? "yes" : "no",
                                        v -> actions.replace("Set regulated data of " + t.name(), t.withRegulatedData(v)))))),
                new Section("Isolation requirement", requirement),
                new Section("Placement", List.of(
                        new Row("Option", "The tenant's own option, or its environment's",
                                editors.choice(options, t.option(), o -> o == null ? "follow environment (" + inherited + ")" : o.label(),
                                        v -> actions.replace(TenancyOption.placingEdit(t.name(), v),
                                                t.withOption(v)))),
                        parent(t, ElementKind.CLUSTER, "Cluster", "The cluster the tenant runs in"))));
    }

    private List<Section> agent(Agent a) {
        Egress egress = a.egress();
        return List.of(
                new Section("Identity", List.of(
                        name(a),
                        parent(a, ElementKind.TENANT, "Tenant", "The tenant the agent works for"),
                        new Row("Trust", "How far the code it runs can be trusted",
                                editors.choice(List.of(TrustLevel.values()), a.trust(), TrustLevel::label, v -> set(a, a.withTrust(v), "trust"))),
                        new Row("Exposed to untrusted input", "Reads input an attacker can shape (prompt injection)",
                                editors.check(a.exposedToUntrustedInput(), v -> set(a, a.withExposedToUntrustedInput(v), "untrusted input"))))),
                new Section("Sandboxes", List.of(
                        new Row("Runtime", "The runtime its sandboxes run under",
                                editors.choice(List.of(SandboxRuntime.values()), a.runtime(), SandboxRuntime::label,
                                        v -> actions.replace("Run " + a.name() + " under " + v.label(), a.withRuntime(v)))),
                        new Row("Concurrent sandboxes", "Running at the same time at peak",
                                editors.integer(a.concurrency(), v -> set(a, a.withConcurrency(v), "concurrency"))),
                        new Row("Warm pool", "Pre-started idle sandboxes kept ready", editors.integer(a.warmPool(), v -> set(a, a.withWarmPool(v), "warm pool"))),
                        new Row("CPU per sandbox (vCPU)", "", editors.number(a.cpuPerSandbox(), v -> set(a, a.withCpuPerSandbox(v), "CPU per sandbox"))),
                        new Row("Memory per sandbox (GiB)", "", editors.number(a.memoryGiBPerSandbox(),
                                v -> set(a, a.withMemoryGiBPerSandbox(v), "memory per sandbox"))),
                        new Row("Start-up budget (ms)", "How long a sandbox may take to start",
                                editors.integer(a.startupBudgetMs(), v -> set(a, a.withStartupBudgetMs(v), "start-up budget"))))),
                new Section("Access", List.of(
                        new Row("Egress", "Outbound traffic its sandboxes may send",
                                editors.choice(List.of(EgressMode.values()), egress.mode(), ElementForm::words,
                                        v -> set(a, a.withEgress(new Egress(v, v == EgressMode.ALLOW_LIST ? egress.allowList() : List.of())), "egress"))),
                        new Row("Allowed destinations", "Hosts or CIDR blocks, with egress set to allow-list",
                                editors.list(egress.allowList(), v -> set(a, a.withEgress(new Egress(v.isEmpty() ? egress.mode() : EgressMode.ALLOW_LIST, v)),
                                        "allowed destinations"))),
                        new Row("Secrets access", "Its sandboxes can read secrets (API keys, credentials)",
                                editors.check(a.secretsAccess(), v -> set(a, a.withSecretsAccess(v), "secrets access"))),
                        new Row("Tools", "Tools it may call, for example github, sql", editors.list(a.tools(), v -> set(a, a.withTools(v), "tools"))))));
    }

    private List<Section> endpoint(ExternalEndpoint x) {
        return List.of(new Section("Identity", List.of(
                name(x),
                new Row("Address", "A host name or CIDR block", editors.text(x.address(), v -> set(x, x.withAddress(v), "address"))),
                new Row("Address range", "For a host name, the CIDR it resolves into, so NetworkPolicies can name it; "
                        + "empty when unknown",
                        editors.text(orEmpty(x.addressRange()), v -> set(x, x.withAddressRange(blankToNull(v)), "address range"))))));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** An optional text field: empty means "not set". */
    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private List<Section> connection(Connection c) {
        List<ElementId> ends = model.elements().values().stream().filter(e -> e.kind().isConnectable())
                .sorted(Comparator.comparing(Element::name)).map(Element::id).toList();
        return List.of(
                new Section("Identity", List.of(name(c))),
                new Section("Traffic", List.of(
                        new Row("From", "Where the traffic starts", editors.choice(ends, c.from(), this::nameOf,
                                v -> set(c, c.withEnds(v, c.to()), "start"))),
                        new Row("To", "Where the traffic goes", editors.choice(ends, c.to(), this::nameOf, v -> set(c, c.withEnds(c.from(), v), "end"))),
                        new Row("Port", "", editors.integer(c.port(), v -> set(c, c.withPort(v), "port"))),
                        new Row("Protocol", "", editors.choice(List.of(Protocol.values()), c.protocol(), Enum::name,
                                v -> set(c, c.withProtocol(v), "protocol"))),
                        new Row("Traffic (GB/month)", "Priced where it crosses clusters or leaves through a NAT gateway",
                                editors.optionalNumber(c.monthlyTrafficGB(), "model's assumption",
                                        v -> set(c, c.withMonthlyTrafficGB(v), "traffic a month"))))));
    }

    // --- helpers --------------------------------------------------------------------------------------

    private Row name(Element element) {
        return new Row("Name", "", editors.text(element.name(),
                v -> actions.replace("Rename " + element.name() + " to " + v, element.withName(v))));
    }

    /** The container an element is in, as a choice that moves it. */
    private Row parent(Element element, ElementKind kind, String label, String help) {
        List<ElementId> containers = model.elements().values().stream().filter(e -> e.kind() == kind)
                .sorted(Comparator.comparing(this::qualifiedName)).map(Element::id).toList();
        return new Row(label, help, editors.choice(containers, element.parentId(), id -> qualifiedName(model.find(id).orElseThrow()),
                v -> actions.moveInto(element.id(), v)));
    }

    /**
     * Replaces an element by a copy with one attribute changed, as a step named after the attribute. The copy is
     * made by the record's typed {@code with…} method inside the editor's commit, so a refused value's message
     * (from the record's checks) reaches the editor.
     */
    private void set(Element element, Element changed, String what) {
        actions.replace("Set " + what + " of " + element.name(), changed);
    }

    private void demand(Tenant tenant, ResourceDemand demand) {
        actions.replace("Set demand of " + tenant.name(), tenant.withDemand(demand));
    }

    private String nameOf(ElementId id) {
        return model.find(id).map(this::qualifiedName).orElse(id.toString());
    }

    /** A name with its environment, since tenants repeat across environments: {@code payments (prod)}. */
    private String qualifiedName(Element element) {
        if (element instanceof Environment || element instanceof ExternalEndpoint) {
            return element.name();
        }
        return element.name() + model.environmentOf(element.id()).map(env -> " (" + env.name() + ")").orElse("");
    }

    private String profileLabel(String id) {
        return reference.profile(id).map(p -> p.name()).orElse(id);
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
