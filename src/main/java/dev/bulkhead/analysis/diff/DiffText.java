package dev.bulkhead.analysis.diff;

import dev.bulkhead.analysis.Money;
import dev.bulkhead.analysis.diff.ElementChange.Status;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** A diff as plain text (terminal, the app's diff panel) or Markdown (a pull request, meeting notes). */
public final class DiffText {
    private final ModelDiff diff;
    private final boolean markdown;

    private DiffText(ModelDiff diff, boolean markdown) {
        this.diff = diff;
        this.markdown = markdown;
    }

    /** Plain text, one change a line. */
    public static String text(ModelDiff diff) {
        return new DiffText(diff, false).render();
    }

    /** Markdown: headings, lists and a table of tenants. */
    public static String markdown(ModelDiff diff) {
        return new DiffText(diff, true).render();
    }

    private String render() {
        StringBuilder out = new StringBuilder();
        out.append(markdown ? "# Diff: " : "Diff: ").append(diff.before()).append(" → ").append(diff.after()).append("\n");
        if (diff.isEmpty()) {
            return out.append(markdown ? "\n" : "").append("No differences (layout aside).\n").toString();
        }
        out.append(markdown ? "\n" : "").append("Monthly cost: ").append(money(diff.costBefore())).append(" → ")
                .append(money(diff.costAfter())).append(" (").append(signed(diff.costAfter().subtract(diff.costBefore())))
                .append("); unmet requirements: ").append(diff.unmetBefore()).append(" → ").append(diff.unmetAfter()).append("\n");
        List<TenantDelta> moved = diff.moved();
        if (!moved.isEmpty()) {
            heading(out, "Tenants moved between options");
            for (TenantDelta t : moved) {
                item(out, t.environment() + " / " + t.name() + ": " + label(t.placementBefore()) + " → " + label(t.placementAfter())
                        + because(t.movedBecause()));
            }
        }
        if (!diff.changes().isEmpty()) {
            heading(out, "Elements added (+), removed (-) and changed (~)");
            for (ElementChange change : diff.changes()) {
                String mark = switch (change.status()) {
                    case ADDED -> "+";
                    case REMOVED -> "-";
                    case CHANGED -> "~";
                };
                String where = change.where().isEmpty() ? "" : " (" + change.where() + ")";
                String head = (markdown ? "`" + mark + "`" : mark) + " " + change.kind().label() + " " + change.name() + where;
                if (change.status() == Status.CHANGED) {
                    item(out, head + ": " + String.join("; ", change.details()));
                } else {
                    item(out, head + (change.details().isEmpty() ? "" : ": " + String.join("; ", change.details())));
                }
            }
        }
        if (!diff.settings().isEmpty()) {
            heading(out, "Settings");
            diff.settings().forEach(line -> item(out, line));
        }
        if (!diff.tenants().isEmpty()) {
            heading(out, "Cost and isolation per tenant (the design as modelled)");
            if (markdown) {
                out.append("| Environment | Tenant | Placement | Cost a month | Isolation score | Requirement |\n");
                out.append("|---|---|---|---:|---:|---|\n");
            }
            for (TenantDelta t : diff.tenants()) {
                // The placement is said even when it stayed, as where the tenant is; every other figure only when it
                // moved: "isolation 21.9 → 21.9" made a room look for a change that is not there.
                String placement = t.placementBefore() == t.placementAfter() ? label(t.placementAfter())
                        : label(t.placementBefore()) + " → " + label(t.placementAfter());
                String cost = !t.costChanged() ? "" : money(t.costBefore()) + " → " + money(t.costAfter())
                        + (t.costDelta() == null ? "" : " (" + signed(t.costDelta()) + ")") + because(t.costBecause());
                String score = !t.scoreChanged() ? "" : score(t.scoreBefore()) + " → " + score(t.scoreAfter());
                String verdict = !t.requirementChanged() ? "" : (t.verdictChanged() ? verdict(t.meetsBefore()) + " → " + verdict(t.meetsAfter())
                        : "still " + verdict(t.meetsAfter())) + (t.requirementChanges().isEmpty() ? ""
                        : " (" + String.join("; ", t.requirementChanges().stream().map(RequirementChange::describe).toList()) + ")")
                        + because(t.requirementBecause());
                if (markdown) {
                    out.append("| ").append(t.environment()).append(" | ").append(t.name()).append(" | ").append(placement)
                            .append(" | ").append(cell(cost)).append(" | ").append(cell(score)).append(" | ").append(cell(verdict)).append(" |\n");
                } else {
                    StringBuilder line = new StringBuilder(t.environment() + " / " + t.name() + ": " + placement);
                    if (!cost.isEmpty()) {
                        line.append("; ").append(cost);
                    }
                    if (!score.isEmpty()) {
                        line.append("; isolation ").append(score);
                    }
                    if (!verdict.isEmpty()) {
                        line.append("; requirement ").append(verdict);
                    }
                    item(out, line.toString());
                }
            }
        }
        return out.toString();
    }

    /** A table cell: a figure that did not change reads "unchanged" rather than an empty cell a reader takes for missing. */
    private static String cell(String changed) {
        return changed.isEmpty() ? "unchanged" : changed;
    }

    /** {@code , because follows environment prod's option (Namespace → Dedicated)}, or nothing when the tenant's own edit says why. */
    private static String because(String cause) {
        return cause.isEmpty() ? "" : ", because " + cause;
    }

    private void heading(StringBuilder out, String title) {
        out.append("\n").append(markdown ? "## " : "").append(title).append(markdown ? "\n\n" : "\n");
    }

    private void item(StringBuilder out, String line) {
        out.append(markdown ? "- " : "  ").append(line).append("\n");
    }

    private String money(BigDecimal amount) {
        return amount == null ? "absent" : Money.format(diff.symbol(), amount);
    }

    private String signed(BigDecimal amount) {
        return (amount.signum() >= 0 ? "+" : "-") + Money.format(diff.symbol(), amount.abs());
    }

    private static String label(dev.bulkhead.analysis.Placement placement) {
        return placement == null ? "absent" : PlacementWords.of(placement);
    }

    private static String score(Double score) {
        return score == null ? "absent" : String.format(Locale.ROOT, "%.1f", score);
    }

    private static String verdict(Boolean meets) {
        return meets == null ? "absent" : meets ? "met" : "unmet";
    }
}
