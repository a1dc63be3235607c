package dev.bulkhead.ui.canvas;

import dev.bulkhead.analysis.Severity;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TrustLevel;
import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws one element in canvas coordinates (the graphics context carries the zoom). {@code detail} says how
 * much to draw: 2 everything, 1 titles only, 0 shapes only; zoomed out, text is unreadable and costly.
 */
final class ElementPainter {
    private final CanvasTheme theme;
    /** Measured widths of pill labels: few distinct labels, measured once each. */
    private final java.util.Map<String, Double> widths = new java.util.HashMap<>();

    ElementPainter(CanvasTheme theme) {
        this.theme = theme;
    }

    /** The width of a pill label in its font. */
    double textWidth(String label) {
        return widths.computeIfAbsent(label, text -> {
            javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
            measure.setFont(theme.semiBold(10.5));
            return Math.ceil(measure.getLayoutBounds().getWidth());
        });
    }

    void paint(GraphicsContext g, Model model, Element element, Geometry b, int detail, Decorations marks) {
        if (element instanceof Environment environment) {
            environment(g, environment, b, detail);
        } else if (element instanceof Cluster cluster) {
            cluster(g, cluster, b, detail);
        } else if (element instanceof NodePool pool) {
            pool(g, model, pool, b, detail);
        } else if (element instanceof Tenant tenant) {
            tenant(g, model, tenant, b, detail, marks.unmet().contains(tenant.id()));
        } else if (element instanceof Agent agent) {
            agent(g, agent, b, detail);
        } else if (element instanceof ExternalEndpoint endpoint) {
            endpoint(g, endpoint, b, detail);
        }
        Severity worst = marks.worstFinding().get(element.id());
        if (worst != null && detail > 0) {
            badge(g, b, worst == Severity.ERROR ? theme.color("-bh-danger") : theme.color("-bh-warning"));
        }
    }

    private void environment(GraphicsContext g, Environment environment, Geometry b, int detail) {
        Color header = environment.environmentKind() == EnvironmentKind.PROD || environment.criticality() == Criticality.HIGH
                ? theme.color("-bh-environment") : theme.color("-bh-environment-dev");
        g.setFill(theme.color("-bh-surface"));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 16, 16);
        g.setFill(header);
        double headerHeight = Math.min(b.height(), ElementSizes.header(environment.kind()));
        g.fillRoundRect(b.x(), b.y(), b.width(), headerHeight, 16, 16);
        if (b.height() > headerHeight) {
            g.fillRect(b.x(), b.y() + headerHeight - 8, b.width(), 8);
        }
        g.setStroke(header);
        g.setLineWidth(1.5);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 16, 16);
        if (detail == 0) {
            return;
        }
        g.setFill(Color.WHITE);
        icon(g, environment.kind(), 14, b.x() + 14, b.y() + 20);
        text(g, theme.semiBold(14), "ENVIRONMENT · " + environment.name(), b.x() + 34, b.y() + 20, b.width() * 0.55 - 20);
        if (detail > 1) {
            g.setFill(Color.web("#cbd5e1"));
            String option = environment.option() == null ? "no option chosen" : "option: " + environment.option().label();
            rightText(g, theme.regular(11.5), "criticality " + lower(environment.criticality()) + " · " + option
                    + " · Terraform: " + lower(environment.terraformLayout()), b.maxX() - 16, b.y() + 20, b.width() * 0.42);
        }
    }

    private void cluster(GraphicsContext g, Cluster cluster, Geometry b, int detail) {
        g.setFill(theme.color("-bh-cluster"));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 12, 12);
        g.setStroke(theme.color("-bh-border-strong"));
        g.setLineWidth(1);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 12, 12);
        if (detail == 0) {
            return;
        }
        g.setFill(theme.color("-bh-text"));
        icon(g, cluster.kind(), 13, b.x() + 12, b.y() + 17);
        text(g, theme.semiBold(12.5), "CLUSTER " + cluster.name(), b.x() + 31, b.y() + 17, b.width() * 0.5 - 19);
        if (detail > 1) {
            g.setFill(theme.color("-bh-text-muted"));
            String runtimes = EnumSet.copyOf(cluster.sandboxRuntimes()).stream().map(SandboxRuntime::label)
                    .collect(Collectors.joining(", "));
            rightText(g, theme.regular(11.5), cluster.provider().name().replace('_', '-') + " " + cluster.region() + " · "
                    + lower(cluster.supportTier()) + " tier · " + runtimes, b.maxX() - 14, b.y() + 17, b.width() * 0.48);
        }
    }

    private void pool(GraphicsContext g, Model model, NodePool pool, Geometry b, int detail) {
        g.setFill(theme.color("-bh-surface"));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 8, 8);
        g.setStroke(pool.isShared() ? theme.color("-bh-border-strong") : theme.color("-bh-dedicated"));
        g.setLineWidth(1);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 8, 8);
        if (detail == 0) {
            return;
        }
        g.setFill(theme.color("-bh-text"));
        double titleY = b.y() + b.height() / 2 - (detail > 1 ? 6 : 0);
        icon(g, pool.kind(), 11, b.x() + 8, titleY);
        text(g, theme.semiBold(11.5), pool.name(), b.x() + 24, titleY, b.width() - 33);
        if (detail > 1) {
            g.setFill(theme.color("-bh-text-muted"));
            String dedicated = pool.isShared() ? "" : " · " + model.find(pool.dedicatedTo()).map(Element::name).orElse("?");
            text(g, theme.regular(10.5), pool.minCount() + "–" + pool.maxCount() + " × " + pool.instanceType() + dedicated,
                    b.x() + 9, b.y() + b.height() / 2 + 7, b.width() - 18);
        }
    }

    private void tenant(GraphicsContext g, Model model, Tenant tenant, Geometry b, int detail, boolean unmet) {
        TenancyOption option = effectiveOption(model, tenant);
        Color color = theme.option(option);
        g.setFill(theme.color("-bh-surface"));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 10, 10);
        g.setFill(color);
        g.fillRoundRect(b.x(), b.y(), 5, b.height(), 5, 5);
        g.setStroke(unmet ? theme.color("-bh-danger") : color);
        g.setLineWidth(unmet ? 2.2 : 1.5);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 10, 10);
        if (unmet) {
            g.setFill(theme.color("-bh-danger"));
            g.fillOval(b.maxX() - 16, b.y() + 8, 9, 9);
        }
        if (detail == 0) {
            return;
        }
        g.setFill(theme.color("-bh-text"));
        text(g, theme.semiBold(13.5), tenant.name(), b.x() + 14, b.y() + 19, b.width() - 44);
        g.setFill(color);
        icon(g, tenant.kind(), 12, b.maxX() - (unmet ? 36 : 22), b.y() + 19);
        if (detail > 1) {
            boolean ownNodes = model.children(tenant.cluster(), NodePool.class).stream()
                    .anyMatch(p -> tenant.id().equals(p.dedicatedTo()));
            g.setFill(theme.color("-bh-text-muted"));
            text(g, theme.regular(11.5), tenant.tenantKind().label() + (ownNodes ? " · own nodes" : ""), b.x() + 14,
                    b.y() + 37, b.width() - 24);
            pill(g, option == null ? "undecided" : option.label(), color, b.x() + 14, b.y() + 50);
        }
    }

    private void agent(GraphicsContext g, Agent agent, Geometry b, int detail) {
        Color amber = theme.color("-bh-agent");
        g.setFill(theme.color("-bh-agent-fill"));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 10, 10);
        g.setStroke(amber);
        g.setLineWidth(1.3);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 10, 10);
        if (detail == 0) {
            return;
        }
        g.setFill(amber);
        icon(g, agent.kind(), 11, b.x() + 9, b.y() + 16);
        text(g, theme.semiBold(11.5), "AGENT " + agent.name(), b.x() + 25, b.y() + 16, b.width() - 50);
        g.setFill(switch (agent.trust()) {
            case UNTRUSTED -> theme.color("-bh-danger");
            case REVIEWED -> theme.color("-bh-warning");
            case TRUSTED -> theme.color("-bh-ok");
        });
        g.setFont(ElementIcons.font(12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(ElementIcons.trustGlyph(agent.trust()), b.maxX() - 24, b.y() + 16);
        if (detail > 1) {
            g.setFill(agent.trust() == TrustLevel.UNTRUSTED ? theme.color("-bh-danger") : theme.color("-bh-text-muted"));
            text(g, theme.regular(11), agent.trust() == TrustLevel.UNTRUSTED ? "LLM-generated code" : agent.trust().label() + " code",
                    b.x() + 10, b.y() + 33, b.width() - 20);
            pill(g, agent.runtime().label(), agent.runtime() == SandboxRuntime.RUNC ? theme.color("-bh-danger") : amber,
                    b.x() + 10, b.y() + 43);
            g.setFill(theme.color("-bh-text-muted"));
            text(g, theme.regular(10.5), agent.concurrency() + " sandboxes · warm " + agent.warmPool(), b.x() + 10,
                    b.y() + 75, b.width() - 20);
        }
    }

    private void endpoint(GraphicsContext g, ExternalEndpoint endpoint, Geometry b, int detail) {
        g.setFill(theme.color("-bh-surface-muted"));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 12, 12);
        g.setStroke(theme.color("-bh-external"));
        g.setLineWidth(1.3);
        g.setLineDashes(5, 4);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 12, 12);
        g.setLineDashes((double[]) null);
        if (detail == 0) {
            return;
        }
        g.setFill(theme.color("-bh-text"));
        icon(g, endpoint.kind(), 12, b.x() + 11, b.y() + 19);
        text(g, theme.semiBold(12.5), endpoint.name(), b.x() + 29, b.y() + 19, b.width() - 41);
        if (detail > 1) {
            g.setFill(theme.color("-bh-text-muted"));
            text(g, theme.regular(11), endpoint.address(), b.x() + 12, b.y() + 38, b.width() - 24);
        }
    }

    /** A rounded label such as an option name or a port. */
    void pill(GraphicsContext g, String label, Color fill, double x, double y) {
        double width = textWidth(label) + 16;
        g.setFill(fill);
        g.fillRoundRect(x, y, width, 19, 19, 19);
        g.setFill(Color.WHITE);
        g.setFont(theme.semiBold(10.5));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, x + width / 2, y + 9.5);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void badge(GraphicsContext g, Geometry b, Color color) {
        double size = 16;
        double x = b.maxX() - size / 2 - 2;
        double y = b.y() - size / 2 + 2;
        g.setFill(color);
        g.fillOval(x, y, size, size);
        g.setFill(Color.WHITE);
        g.setFont(theme.semiBold(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("!", x + size / 2, y + size / 2);
        g.setTextAlign(TextAlignment.LEFT);
    }

    /** The element type's icon, left-aligned at x and centred on y, in the current fill. */
    private static void icon(GraphicsContext g, dev.bulkhead.model.ElementKind kind, double size, double x, double y) {
        g.setFont(ElementIcons.font(size));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(ElementIcons.glyph(kind), x, y);
    }

    private static void text(GraphicsContext g, javafx.scene.text.Font font, String text, double x, double y, double maxWidth) {
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y, Math.max(1, maxWidth));
    }

    private static void rightText(GraphicsContext g, javafx.scene.text.Font font, String text, double x, double y, double maxWidth) {
        g.setFont(font);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y, Math.max(1, maxWidth));
        g.setTextAlign(TextAlignment.LEFT);
    }

    /** The option a tenant is placed with: its own, else its environment's, else none. */
    static TenancyOption effectiveOption(Model model, Tenant tenant) {
        if (tenant.option() != null) {
            return tenant.option();
        }
        return model.environmentOf(tenant.id()).map(Environment::option).orElse(null);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
