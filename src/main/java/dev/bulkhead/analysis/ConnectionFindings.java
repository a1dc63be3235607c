package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TrustLevel;
import java.util.List;
import java.util.Optional;

/** Findings about allowed connections: traffic across tenants, from untrusted agents, across environments. */
final class ConnectionFindings {
    private ConnectionFindings() {
    }

    static void addTo(Model model, List<Finding> findings) {
        for (Connection connection : model.all(Connection.class)) {
            Element from = model.find(connection.from()).orElseThrow();
            Element to = model.find(connection.to()).orElseThrow();
            Optional<Tenant> fromTenant = model.tenantOf(from.id());
            Optional<Tenant> toTenant = model.tenantOf(to.id());
            Optional<Environment> fromEnvironment = model.environmentOf(from.id());
            Optional<Environment> toEnvironment = model.environmentOf(to.id());
            if (fromEnvironment.isPresent() && toEnvironment.isPresent() && !fromEnvironment.equals(toEnvironment)) {
                findings.add(Finding.warning(FindingCode.CROSS_ENVIRONMENT_CONNECTION, connection.id(), "'" + from.name() + "' in "
                        + fromEnvironment.get().name() + " may call '" + to.name() + "' in " + toEnvironment.get().name()
                        + " (" + connection.portLabel() + "); traffic between stages weakens both, keep it only if intended"));
            }
            if (fromTenant.isEmpty() || toTenant.isEmpty() || fromTenant.get().id().equals(toTenant.get().id())) {
                continue;
            }
            String where = fromEnvironment.map(e -> " (" + e.name() + ")").orElse("");
            if (from instanceof Agent agent && agent.trust() == TrustLevel.UNTRUSTED) {
                findings.add(Finding.warning(FindingCode.UNTRUSTED_AGENT_REACHES_TENANT, connection.id(), "untrusted agent '"
                        + agent.name() + "' of '" + fromTenant.get().name() + "'" + where + " may call tenant '" + toTenant.get().name()
                        + "' on " + connection.portLabel() + "; a prompt injection can use this path, so limit what that "
                        + "service accepts from it"));
            } else {
                findings.add(Finding.info(FindingCode.CROSS_TENANT_CONNECTION, connection.id(), "'" + fromTenant.get().name()
                        + "'" + where + " may call '" + toTenant.get().name() + "' on " + connection.portLabel()
                        + "; exported network policies allow exactly this"));
            }
        }
    }
}
