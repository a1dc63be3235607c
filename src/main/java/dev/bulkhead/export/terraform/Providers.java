package dev.bulkhead.export.terraform;

import static dev.bulkhead.export.terraform.Hcl.raw;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The providers an export uses, their sources and pinned versions, and the blocks that declare them. A version
 * is pinned where the export checked its inputs against that version (see the README's table); Google's
 * providers are left to the kubernetes-engine module's own constraint, which follows its releases.
 */
final class Providers {
    /** Terraform 1.3 brought optional() object attributes, which the tenant modules' inputs use. */
    static final String TERRAFORM_VERSION = ">= 1.5";

    /** Local name to {source, version constraint or null}. */
    private static final Map<String, String[]> PROVIDERS = Map.of(
            "aws", new String[] {"hashicorp/aws", ">= 6.28"},
            "google", new String[] {"hashicorp/google", null},
            "google-beta", new String[] {"hashicorp/google-beta", null},
            "azurerm", new String[] {"hashicorp/azurerm", ">= 4.78, < 5.0"},
            "kubernetes", new String[] {"hashicorp/kubernetes", "~> 3.0"},
            "helm", new String[] {"hashicorp/helm", "~> 3.1"});

    private Providers() {
    }

    /** A module's versions.tf: the providers its resources use. */
    static String moduleVersions(String... providers) {
        return versions(java.util.List.of(providers));
    }

    /** A {@code terraform} block requiring these providers (sorted), as versions.tf holds it. */
    static String versions(Collection<String> providers) {
        Hcl.Block file = Hcl.Block.file();
        Hcl.Block terraform = file.block("terraform").attr("required_version", TERRAFORM_VERSION);
        terraform.blank();
        Hcl.Block required = terraform.block("required_providers");
        for (String name : new TreeSet<>(providers)) {
            String[] provider = PROVIDERS.get(name);
            if (provider == null) {
                throw new IllegalArgumentException("unknown provider " + name);
            }
            Hcl.Obj pin = new Hcl.Obj().put("source", provider[0]);
            if (provider[1] != null) {
                pin.put("version", provider[1]);
            }
            required.attr(name, pin);
        }
        return file.text();
    }

    /**
     * The Kubernetes and Helm provider blocks for one cluster, wired to its module's outputs ({@code output} turns
     * an output's name into the expression that reads it; the CA certificate comes decoded). Helm provider 3.x
     * takes {@code kubernetes} as an attribute (an object), not a block as 2.x did.
     */
    static void clusterProviders(Hcl.Block file, String alias, UnaryOperator<String> output, boolean helm) {
        String ca = output.apply("ca_certificate");
        Hcl.Block kubernetes = file.block("provider", "kubernetes");
        kubernetes.attr("alias", alias).attr("host", raw(output.apply("endpoint"))).attr("cluster_ca_certificate", raw(ca));
        kubernetes.blank();
        kubernetes.block("exec").attr("api_version", "client.authentication.k8s.io/v1beta1")
                .attr("command", raw(output.apply("exec_command"))).attr("args", raw(output.apply("exec_args")));
        if (helm) {
            Hcl.Obj exec = new Hcl.Obj().put("api_version", "client.authentication.k8s.io/v1beta1")
                    .put("command", raw(output.apply("exec_command"))).put("args", raw(output.apply("exec_args")));
            Hcl.Obj connection = new Hcl.Obj().put("host", raw(output.apply("endpoint")))
                    .put("cluster_ca_certificate", raw(ca)).put("exec", exec);
            file.block("provider", "helm").attr("alias", alias).attr("kubernetes", connection);
        }
    }
}
